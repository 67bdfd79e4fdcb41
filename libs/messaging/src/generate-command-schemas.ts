/**
 * The JSON Schemas of the back-office commands, one per standard and command in
 * libs/messaging/command-schemas/: the command envelope and, as `bericht`, the message body in the
 * internal model (generated from the definition files). Run as a script (`npm run generate`) it writes them.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { definitionFileName, loadDefinition, STANDAARDEN } from '../../istandaarden/src/definition/load.js';
import {
  JSON_SCHEMA_DIALECT,
  writeJsonSchemas,
  type JsonSchema,
} from '../../istandaarden/src/definition/json-schema-writer.js';
import { catalogue } from '../../istandaarden/src/catalogue.js';
import { commandRoutingKey, commandType, OPDRACHTEN, type OpdrachtSpec } from './commands.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

export const COMMAND_SCHEMAS_PATH = 'libs/messaging/command-schemas';
export const COMMAND_SCHEMA_ID_BASE = 'https://istandaarden-gateway.invalid/schemas/commands/';

export interface CommandSchemaFile {
  readonly name: string;
  readonly content: string;
}

export function commandSchemaFiles(): CommandSchemaFile[] {
  return STANDAARDEN.flatMap((standaard) => {
    const source = `libs/istandaarden/definitions/${definitionFileName(standaard)}`;
    const models = new Map(
      writeJsonSchemas(loadDefinition(standaard), source).map(({ code, schema }) => [code, schema]),
    );
    return OPDRACHTEN.map((spec) => {
      const code = catalogue.find((entry) => entry.standaard === standaard && entry.type === spec.type)!.code;
      const schema = commandSchema(standaard, spec, code, models.get(code)!, source);
      return {
        name: `${commandType(standaard, spec.soort)}.json`,
        content: `${JSON.stringify(schema, null, 2)}\n`,
      };
    });
  });
}

function commandSchema(
  standaard: string,
  spec: OpdrachtSpec,
  code: string,
  model: JsonSchema,
  source: string,
): JsonSchema {
  const modelProperties = model.properties as Record<string, JsonSchema>;
  const bericht: JsonSchema = {
    type: 'object',
    description: `The ${code} message below its Header, in the internal model; the gateway writes the Header.`,
    properties: Object.fromEntries(spec.body.map((name) => [name, modelProperties[name]!])),
    required: [...spec.body],
    additionalProperties: false,
  };
  const answers = spec.answers.join('/');
  const properties: Record<string, JsonSchema> = {
    commandId: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      description: 'Chosen by the back office; a repeat with the same id is answered with the first outcome.',
    },
    standaard: { const: standaard },
    gemeente: {
      type: 'string',
      pattern: '^[0-9]{4}$',
      description: 'Gemeentecode of the sender (one this gateway serves).',
    },
    aanbieder: { type: 'string', pattern: '^[0-9]{8}$', description: 'AGB code of the aanbieder.' },
    antwoordOp: {
      type: 'string',
      format: 'uuid',
      description: `Id of the received ${answers} this message answers (GET /api/v1/berichten/{id}).`,
    },
  };
  if (spec.type === '325') {
    properties.retourcodes = {
      type: 'array',
      items: { type: 'string', pattern: '^[0-9A-Z]{4}$' },
      minItems: 1,
      description: 'The RetourCodes of the Header (WJ001); 0200 when absent.',
    };
  }
  properties.bericht = bericht;
  const required = spec.answerRequired
    ? ['commandId', 'standaard', 'antwoordOp', 'bericht']
    : ['commandId', 'standaard', 'gemeente', 'aanbieder', 'bericht'];
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${COMMAND_SCHEMA_ID_BASE}${commandType(standaard, spec.soort)}.json`,
    $comment: `Generated from ${source} by "npm run generate" (libs/messaging/src/generate-command-schemas.ts); do not edit.`,
    title: commandType(standaard, spec.soort),
    description:
      `Command to send a ${code}: routing key ${commandRoutingKey(standaard, spec.soort)} on istandaarden.commands, ` +
      `or the REST API.${spec.answerRequired ? ` Gemeente and aanbieder default to those of the ${answers} answered.` : ''}`,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    $defs: model.$defs,
  };
}

function main(): void {
  const dir = `${PROJECT_DIR}${COMMAND_SCHEMAS_PATH}`;
  mkdirSync(dir, { recursive: true });
  const files = commandSchemaFiles();
  const names = new Set(files.map((file) => file.name));
  for (const name of readdirSync(dir))
    if (name.endsWith('.json') && !names.has(name)) rmSync(`${dir}/${name}`);
  for (const file of files) writeFileSync(`${dir}/${file.name}`, file.content);
  console.log(`commands: ${files.length} schemas in ${COMMAND_SCHEMAS_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
