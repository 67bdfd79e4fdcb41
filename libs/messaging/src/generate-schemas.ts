/**
 * The JSON Schemas of the events, one file per routing key in libs/messaging/schemas/: the envelope,
 * and as `data` the internal model of the message (generated from the definition files) or, for
 * `bericht.afgekeurd`, the findings. Run as a script (`npm run generate`) it writes the files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { definitionFileName, loadDefinition, STANDAARDEN } from '../../istandaarden/src/definition/load.js';
import {
  JSON_SCHEMA_DIALECT,
  writeJsonSchemas,
  type JsonSchema,
} from '../../istandaarden/src/definition/json-schema-writer.js';
import type { Standaard } from '../../istandaarden/src/definition/model.js';
import { catalogue, type CatalogueEntry } from '../../istandaarden/src/catalogue.js';
import { acceptedEventName, eventRoutingKey, eventType, REJECTED_EVENT_NAME } from './events.js';
import { BEOORDELING_SCHEMA, FUNDING_EVENT_DATA, FUNDING_EVENT_NAMES } from './funding-events.js';
import { DONE_COMMAND_EVENT_NAME, OVERDUE_EVENT_NAME, REFUSED_COMMAND_EVENT_NAME } from './commands.js';
import {
  doneCommandEventParts,
  overdueEventParts,
  refusedCommandEventParts,
  retourMatchSchema,
  type EventParts,
} from './command-event-schemas.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where the committed schemas are, relative to the project. */
export const EVENT_SCHEMAS_PATH = 'libs/messaging/schemas';

/** Base of the schemas' `$id`s (an `.invalid` host: an identifier, not a location). */
export const EVENT_SCHEMA_ID_BASE = 'https://istandaarden-gateway.invalid/schemas/events/';

/** One event the gateway publishes on `istandaarden.events`. */
export interface PublishedEvent {
  readonly standaard: Standaard;
  /** `ijw.start-zorg.ontvangen`. */
  readonly routingKey: string;
  /** `ijw.start-zorg.ontvangen.v1`, the envelope's `type`. */
  readonly type: string;
  /** The accepted message, absent for `bericht.afgekeurd`. */
  readonly message?: CatalogueEntry;
}

/**
 * Every event the gateway can publish: one per inbound message type (sent by an aanbieder) of each
 * standard, in catalogue order, and `bericht.afgekeurd` per standard.
 */
export function publishedEvents(): PublishedEvent[] {
  return STANDAARDEN.flatMap((standaard) => [
    ...catalogue
      .filter((entry) => entry.standaard === standaard && entry.richting === 'aanbieder-naar-gemeente')
      .map((message) => event(standaard, acceptedEventName(message.code), message)),
    event(standaard, REJECTED_EVENT_NAME),
    event(standaard, DONE_COMMAND_EVENT_NAME),
    event(standaard, REFUSED_COMMAND_EVENT_NAME),
    event(standaard, OVERDUE_EVENT_NAME),
  ]);
}

function event(standaard: Standaard, name: string, message?: CatalogueEntry): PublishedEvent {
  const routingKey = eventRoutingKey(standaard, name);
  return { standaard, routingKey, type: eventType(routingKey), ...(message ? { message } : {}) };
}

/** The schema file of an event type: `ijw.start-zorg.ontvangen.v1.json`. */
export function eventSchemaFileName(type: string): string {
  return `${type}.json`;
}

export interface EventSchemaFile {
  readonly name: string;
  readonly content: string;
}

export function eventSchemaFiles(): EventSchemaFile[] {
  const models = new Map<string, JsonSchema>();
  const sources = new Map<Standaard, string>();
  for (const standaard of STANDAARDEN) {
    const source = `libs/istandaarden/definitions/${definitionFileName(standaard)}`;
    sources.set(standaard, source);
    for (const { code, schema } of writeJsonSchemas(loadDefinition(standaard), source))
      models.set(code, schema);
  }
  const messageEvents = publishedEvents().map((published) => {
    const source = sources.get(published.standaard)!;
    const schema = published.message
      ? acceptedEventSchema(published, models.get(published.message.code)!, source)
      : published.routingKey.endsWith(DONE_COMMAND_EVENT_NAME)
        ? partsSchema(published, source, doneCommandEventParts(published.standaard))
        : published.routingKey.endsWith(REFUSED_COMMAND_EVENT_NAME)
          ? partsSchema(published, source, refusedCommandEventParts(published.standaard))
          : published.routingKey.endsWith(OVERDUE_EVENT_NAME)
            ? partsSchema(published, source, overdueEventParts())
            : rejectedEventSchema(published, source);
    return {
      name: eventSchemaFileName(published.type),
      content: `${JSON.stringify(schema, null, 2)}\n`,
    };
  });
  return [...messageEvents, ...fundingEventSchemaFiles()];
}

/** The events of the uitvoeringsvarianten (funding-events.ts), per standard. */
export function fundingEvents(): PublishedEvent[] {
  return STANDAARDEN.flatMap((standaard) => FUNDING_EVENT_NAMES.map((name) => event(standaard, name)));
}

function fundingEventSchemaFiles(): EventSchemaFile[] {
  return fundingEvents().map((published) => {
    const { description, data } =
      FUNDING_EVENT_DATA[
        published.routingKey.slice(published.standaard.length + 1) as (typeof FUNDING_EVENT_NAMES)[number]
      ];
    const schema = envelope(
      published,
      'libs/messaging/src/funding-events.ts',
      description,
      { type: 'null', description: 'Always null: the event is not about one message.' },
      data,
      {},
    );
    const properties = schema.properties as Record<string, JsonSchema>;
    properties.berichtId = {
      type: ['string', 'null'],
      format: 'uuid',
      description: 'The message that caused the event (a declaration), or null (a period close).',
    };
    return { name: eventSchemaFileName(published.type), content: `${JSON.stringify(schema, null, 2)}\n` };
  });
}

function acceptedEventSchema(published: PublishedEvent, model: JsonSchema, source: string): JsonSchema {
  const message = published.message!;
  // The model's root becomes `data`; its $defs move to the top, where its `#/$defs/...` references point.
  const data = Object.fromEntries(
    Object.entries(model).filter(([keyword]) => !['$schema', '$comment', '$defs'].includes(keyword)),
  );
  const schema = envelope(
    published,
    source,
    `${message.code} (${message.naam}) received from an aanbieder and accepted: valid against the ` +
      'schema and the rules. `data` is the message in the internal model.',
    { const: message.code, description: 'The message code.' },
    data,
    model.$defs as JsonSchema,
    message.isRetour ? { origineel: retourMatchSchema() } : {},
  );
  // A declaration's event carries the gateway's assessment per prestatie beside the message.
  if (message.type === '323')
    (schema.properties as Record<string, JsonSchema>).beoordeling = BEOORDELING_SCHEMA;
  return schema;
}

function partsSchema(published: PublishedEvent, source: string, parts: EventParts): JsonSchema {
  return envelope(published, source, parts.description, parts.berichtcode, parts.data, {}, parts.extra);
}

function rejectedEventSchema(published: PublishedEvent, source: string): JsonSchema {
  const codes = catalogue
    .filter((entry) => entry.standaard === published.standaard)
    .map((entry) => entry.code);
  return envelope(
    published,
    source,
    `A received ${published.standaard} message rejected: invalid against the schema or a rule. \`data\` ` +
      'holds the findings, the retourcodes sent back and the id of the retour message, if one was built.',
    {
      type: ['string', 'null'],
      enum: [...codes, null],
      description: 'The message code, null when the message could not be identified.',
    },
    {
      type: 'object',
      properties: {
        findings: {
          type: 'array',
          items: { $ref: '#/$defs/Finding' },
          description: 'Why the message is not acceptable.',
        },
        retourcodes: {
          type: ['object', 'null'],
          additionalProperties: { type: 'array', items: { type: 'string' } },
          description:
            'The retourcodes sent back per berichtklasse: `Header`, and each class instance by its path in the ' +
            'message, e.g. `{"Header": ["0200"], "Client": ["0200"], "Client/StartProducten/StartProduct[2]": ["9063"]}`; ' +
            '0200 no remarks, 0233 not assessed, 0001 (Header only) technical rejection; null when no retour was sent.',
        },
        retourId: {
          type: ['string', 'null'],
          format: 'uuid',
          description: 'Id of the retour message the gateway built and queued; null when none.',
        },
      },
      required: ['findings', 'retourcodes', 'retourId'],
      additionalProperties: false,
    },
    {
      Finding: {
        type: 'object',
        description: 'One reason a message is not acceptable, pinned to a place in the document.',
        properties: {
          rule: {
            type: 'string',
            description:
              '`XSD`, `XML` (not well-formed), `INPUT` (refused before parsing), `BERICHT` (not an ' +
              'iStandaarden message), or a rule id such as `TR056`.',
          },
          line: { type: 'integer', minimum: 0, description: '1-based; 0 for the document as a whole.' },
          column: { type: 'integer', minimum: 0, description: '1-based; 0 when unknown.' },
          path: {
            type: 'string',
            description: 'Element path with local names, e.g. `/Bericht/Client/Bsn`; empty when none.',
          },
          message: { type: 'string' },
          retourcode: {
            type: 'string',
            description: 'The retourcode this finding leads to, where the standard gives one.',
          },
        },
        required: ['rule', 'line', 'column', 'path', 'message'],
        additionalProperties: false,
      },
    },
  );
}

/** Where the whole of an event published without its data is (the relay's EVENT_MAX_BYTES). */
const DATA_REF_SCHEMA: JsonSchema = {
  type: 'object',
  description:
    "Only on an event too large to publish whole (more than the gateway's EVENT_MAX_BYTES of JSON, e.g. " +
    'a large declaration): `data` (and `beoordeling`) are left out, and the whole event — the same JSON with ' +
    "them — is at `href` on the gateway's API.",
  properties: {
    href: {
      type: 'string',
      pattern: '^/api/v1/berichten/[0-9a-f-]{36}/events/[0-9a-f-]{36}$',
      description: "GET /api/v1/berichten/{berichtId}/events/{id}, relative to the gateway's base URL.",
    },
    bytes: { type: 'integer', minimum: 0, description: 'Size of the whole event in bytes of JSON.' },
  },
  required: ['href', 'bytes'],
  additionalProperties: false,
};

function envelope(
  published: PublishedEvent,
  source: string,
  description: string,
  berichtcode: JsonSchema,
  data: JsonSchema,
  defs: JsonSchema,
  /** Optional envelope properties of this event, and a replacement for `berichtId`. */
  extra: Record<string, JsonSchema> = {},
): JsonSchema {
  const nullableString = (text: string) => ({ type: ['string', 'null'], description: text });
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${EVENT_SCHEMA_ID_BASE}${eventSchemaFileName(published.type)}`,
    $comment: `Generated from ${source} by "npm run generate" (libs/messaging/src/generate-schemas.ts); do not edit.`,
    title: published.type,
    description: `Published on istandaarden.events with routing key ${published.routingKey}. ${description}`,
    type: 'object',
    properties: {
      type: {
        const: published.type,
        description: 'The versioned event type: routing key and version; also the AMQP `type` property.',
      },
      id: {
        type: 'string',
        format: 'uuid',
        description: 'Unique id of this event, also the AMQP `message_id`: consumers drop duplicates by it.',
      },
      occurredAt: {
        type: 'string',
        format: 'date-time',
        description: 'When the gateway decided on the message (UTC).',
      },
      gemeente: nullableString('Gemeentecode from the message Header; null when unknown.'),
      aanbieder: nullableString('AGB code of the aanbieder from the message Header; null when unknown.'),
      berichtId: {
        type: 'string',
        format: 'uuid',
        description: 'Id of the stored message in the gateway (GET /api/v1/berichten/{berichtId}).',
      },
      standaard: { const: published.standaard, description: 'The standard of the message.' },
      berichtcode,
      data,
      dataRef: DATA_REF_SCHEMA,
      ...extra,
    },
    required: ['type', 'id', 'occurredAt', 'gemeente', 'aanbieder', 'berichtId', 'standaard', 'berichtcode'],
    // `data` (and a declaration's `beoordeling`) or, for an event too large to publish whole, `dataRef`.
    // (Each branch names its member again for validators that check `required` strictly, such as ajv's.)
    oneOf: [
      { properties: { data: true }, required: ['data'] },
      { properties: { dataRef: true }, required: ['dataRef'] },
    ],
    additionalProperties: false,
    $defs: defs,
  };
}

function main(): void {
  const dir = `${PROJECT_DIR}${EVENT_SCHEMAS_PATH}`;
  mkdirSync(dir, { recursive: true });
  const files = eventSchemaFiles();
  const names = new Set(files.map((file) => file.name));
  // Schemas of events that no longer exist go, so the folder is exactly what the generator gives.
  for (const name of readdirSync(dir))
    if (name.endsWith('.json') && !names.has(name)) rmSync(`${dir}/${name}`);
  for (const file of files) writeFileSync(`${dir}/${file.name}`, file.content);
  console.log(`events: ${files.length} schemas in ${EVENT_SCHEMAS_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
