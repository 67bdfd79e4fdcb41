/** JSON Schemas of the events about commands and deadlines, and of a retour's match, for generate-schemas.ts. */
import type { JsonSchema } from '../../istandaarden/src/definition/json-schema-writer.js';
import { catalogue } from '../../istandaarden/src/catalogue.js';
import { OPDRACHTEN } from './commands.js';

/** The parts of an event schema that differ per event; generate-schemas.ts wraps them in the envelope. */
export interface EventParts {
  readonly description: string;
  readonly berichtcode: JsonSchema;
  readonly data: JsonSchema;
  /** Envelope properties added or replaced for this event. */
  readonly extra: Record<string, JsonSchema>;
}

const DATE: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

const RETOURCODES: JsonSchema = {
  type: 'object',
  additionalProperties: { type: 'array', items: { type: 'string' } },
};

export function retourMatchSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'The message of ours this retour answers, and what the retour says about it.',
    properties: {
      berichtId: {
        type: ['string', 'null'],
        format: 'uuid',
        description: 'Id of our message (GET /api/v1/berichten/{id}); null when none matches the Header.',
      },
      status: {
        enum: ['accepted', 'rejected'],
        description: 'Rejected when any class has a code other than 0200/0233.',
      },
      retourcodes: {
        ...RETOURCODES,
        description:
          'Retourcodes per class: `Header`, `Client`, `Client/ToegewezenProducten/ToegewezenProduct[1]`, …',
      },
    },
    required: ['berichtId', 'status', 'retourcodes'],
    additionalProperties: false,
  };
}

function codes(standaard: string, types: readonly string[]): string[] {
  return catalogue.filter((e) => e.standaard === standaard && types.includes(e.type)).map((e) => e.code);
}

export function doneCommandEventParts(standaard: string): EventParts {
  return {
    description:
      'A command from the back office (on istandaarden.commands) was carried out: its message was built, ' +
      'checked, stored and queued for delivery to the GGk. `berichtId` is that message; `data` holds the ' +
      'command id and our identification of the message (a retour refers to it).',
    berichtcode: {
      enum: codes(
        standaard,
        OPDRACHTEN.map((o) => o.type),
      ),
      description: 'The message the command became.',
    },
    data: {
      type: 'object',
      properties: {
        commandId: { type: 'string' },
        soort: { enum: OPDRACHTEN.map((o) => o.soort) },
        identificatie: { type: 'string', description: 'BerichtIdentificatie/Identificatie of the message.' },
        dagtekening: { ...DATE, description: 'BerichtIdentificatie/Dagtekening of the message.' },
        toewijzingen: {
          type: 'array',
          description: '301 only: what each ToegewezenProduct does to its assignment.',
          items: {
            type: 'object',
            properties: {
              toewijzingNummer: { type: 'integer' },
              wijziging: { enum: ['nieuw', 'gewijzigd', 'beeindigd', 'ingetrokken'] },
            },
            required: ['toewijzingNummer', 'wijziging'],
            additionalProperties: false,
          },
        },
      },
      required: ['commandId', 'soort', 'identificatie', 'dagtekening'],
      additionalProperties: false,
    },
    extra: {},
  };
}

export function refusedCommandEventParts(standaard: string): EventParts {
  return {
    description:
      'A command from the back office (on istandaarden.commands) was refused: nothing was sent. `data` holds ' +
      'the command id and the reasons.',
    berichtcode: {
      enum: codes(
        standaard,
        OPDRACHTEN.map((o) => o.type),
      ),
      description: 'The message the command would have become.',
    },
    data: {
      type: 'object',
      properties: {
        commandId: { type: 'string' },
        soort: { enum: OPDRACHTEN.map((o) => o.soort) },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              rule: {
                type: 'string',
                description:
                  '`OPDRACHT` (the command), `XSD`, `REDENWIJZIGING`, or a rule id such as `TR302`.',
              },
              line: { type: 'integer', minimum: 0 },
              column: { type: 'integer', minimum: 0 },
              path: {
                type: 'string',
                description: 'JSON Pointer into the command, or element path in the message.',
              },
              message: { type: 'string' },
            },
            required: ['rule', 'line', 'column', 'path', 'message'],
            additionalProperties: false,
          },
        },
      },
      required: ['commandId', 'soort', 'errors'],
      additionalProperties: false,
    },
    extra: { berichtId: { type: 'null', description: 'A refused command became no message.' } },
  };
}

export function overdueEventParts(): EventParts {
  return {
    description:
      'A response deadline (termijn) passed without its answer: published once, the day after its last day. ' +
      '`berichtId` is the message that started it.',
    berichtcode: { type: ['string', 'null'], description: 'The message that started the deadline.' },
    data: {
      type: 'object',
      properties: {
        termijnId: { type: 'string' },
        soort: { enum: ['retour', 'antwoord', 'declaratie-antwoord', 'woonplaatsbeginsel'] },
        partij: { enum: ['gemeente', 'aanbieder'], description: 'Who has to answer.' },
        verwacht: {
          type: 'array',
          items: { type: 'string' },
          description: 'Message types that meet it (e.g. 302).',
        },
        begindatum: DATE,
        werkdagen: { type: 'integer', minimum: 0, description: 'The deadline in working days.' },
        kalenderdagen: {
          type: 'integer',
          minimum: 0,
          description: 'Instead of werkdagen: the deadline in calendar days (the woonplaatsbeginsel, 14).',
        },
        uiterlijk: { ...DATE, description: 'The last day in time.' },
        vastgesteld: { ...DATE, description: 'The day the check found it overdue.' },
      },
      required: ['termijnId', 'soort', 'partij', 'verwacht', 'begindatum', 'uiterlijk', 'vastgesteld'],
      // (Each branch names its member again for validators that check `required` strictly.)
      oneOf: [
        { properties: { werkdagen: true }, required: ['werkdagen'] },
        { properties: { kalenderdagen: true }, required: ['kalenderdagen'] },
      ],
      additionalProperties: false,
    },
    extra: {},
  };
}
