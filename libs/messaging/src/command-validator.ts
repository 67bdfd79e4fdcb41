/**
 * Checks a command against the committed JSON Schema of its type (libs/messaging/command-schemas/,
 * copied next to the build output by `npm run build`). Schemas are compiled on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe } from './event-validator.js';
import { commandType, type OpdrachtSoort } from './commands.js';

export const COMMAND_SCHEMAS_DIR = fileURLToPath(new URL('../command-schemas/', import.meta.url));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, formats: { uuid: UUID } });
const validators = new Map<string, ValidateFunction>();

export interface CommandProblem {
  /** JSON Pointer into the command, e.g. `/bericht/Client/Bsn`. */
  readonly path: string;
  readonly message: string;
}

/** What is wrong with `command` as a command of this standard and kind; empty when it fits its schema. */
export function validateCommand(standaard: string, soort: OpdrachtSoort, command: unknown): CommandProblem[] {
  const type = commandType(standaard, soort);
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(`${COMMAND_SCHEMAS_DIR}${type}.json`, 'utf8')) as object);
    validators.set(type, validate);
  }
  return validate(command) ? [] : (validate.errors ?? []).map(toProblem);
}

function toProblem(error: ErrorObject): CommandProblem {
  const described = describe(error);
  const at = error.instancePath || '/';
  return { path: at, message: described.slice(at.length + 1) };
}
