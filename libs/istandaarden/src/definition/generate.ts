/**
 * `npm run generate`: writes, from the definition files, our schemas (xsd/<standaard>/<release>/*.xsd)
 * and the TypeScript model (libs/istandaarden/src/model/<standaard>.generated.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definitionFileName, loadDefinition, STANDAARDEN } from './load.js';
import { writeTypeScript } from './typescript-writer.js';
import { writeXsdFiles } from './xsd-writer.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../../', import.meta.url));

export function generatedModelFile(standaard: string): string {
  return `libs/istandaarden/src/model/${standaard}.generated.ts`;
}

for (const standaard of STANDAARDEN) {
  const definition = loadDefinition(standaard);
  const source = `libs/istandaarden/definitions/${definitionFileName(standaard)}`;
  const dir = `${PROJECT_DIR}xsd/${standaard}/${definition.release}`;
  mkdirSync(dir, { recursive: true });
  const files = writeXsdFiles(definition, source);
  for (const file of files) writeFileSync(`${dir}/${file.name}`, file.content);
  mkdirSync(`${PROJECT_DIR}libs/istandaarden/src/model`, { recursive: true });
  writeFileSync(`${PROJECT_DIR}${generatedModelFile(standaard)}`, writeTypeScript(definition, source));
  console.log(`${standaard}: ${files.length} schemas in ${dir}, model in ${generatedModelFile(standaard)}`);
}
