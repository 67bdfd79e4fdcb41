/**
 * Checks an event against the committed JSON Schema of its routing key (libs/messaging/schemas/,
 * copied next to the build output by `npm run build`). Schemas are compiled on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { eventType } from './events.js';

/** Folder holding the event schemas: `dist/libs/messaging/schemas/` when built. */
export const EVENT_SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 3339 date-time, as `Date.prototype.toISOString` writes it and with an offset. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  allErrors: true,
  formats: { uuid: UUID, 'date-time': DATE_TIME },
});
const validators = new Map<string, ValidateFunction | null>();

function validatorFor(routingKey: string): ValidateFunction | null {
  let validator = validators.get(routingKey);
  if (validator === undefined) {
    let text: string | undefined;
    try {
      text = readFileSync(`${EVENT_SCHEMAS_DIR}${eventType(routingKey)}.json`, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    validator = text === undefined ? null : ajv.compile(JSON.parse(text) as object);
    validators.set(routingKey, validator);
  }
  return validator;
}

/** What is wrong with `event` as an event with this routing key; empty when it is valid. */
export function validateEvent(routingKey: string, event: unknown): string[] {
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(routingKey)) return [`${routingKey} is not a routing key`];
  const validate = validatorFor(routingKey);
  if (!validate) return [`no event schema for routing key ${routingKey}`];
  return validate(event) ? [] : (validate.errors ?? []).map(describe);
}

/** An ajv error as `<instance path> <message>[: detail]`. */
export function describe(error: ErrorObject): string {
  const at = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  const detail =
    error.keyword === 'additionalProperties'
      ? `: ${String(params.additionalProperty)}`
      : error.keyword === 'enum'
        ? `: ${JSON.stringify(params.allowedValues)}`
        : error.keyword === 'const'
          ? `: ${JSON.stringify(params.allowedValue)}`
          : '';
  return `${at} ${error.message ?? error.keyword}${detail}`;
}
