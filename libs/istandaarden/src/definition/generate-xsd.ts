/** `npm run xsd:generate`: writes xsd/<standaard>/<release>/*.xsd from the definition files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definitionFileName, loadDefinition, STANDAARDEN } from './load.js';
import { writeXsdFiles } from './xsd-writer.js';

export const PROJECT_XSD_DIR = fileURLToPath(new URL('../../../../../xsd/', import.meta.url));

for (const standaard of STANDAARDEN) {
  const definition = loadDefinition(standaard);
  const dir = `${PROJECT_XSD_DIR}${standaard}/${definition.release}`;
  mkdirSync(dir, { recursive: true });
  const files = writeXsdFiles(definition, `libs/istandaarden/definitions/${definitionFileName(standaard)}`);
  for (const file of files) writeFileSync(`${dir}/${file.name}`, file.content);
  console.log(`${dir}: ${files.length} schemas`);
}
