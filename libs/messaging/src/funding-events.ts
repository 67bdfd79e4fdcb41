/**
 * Events of the uitvoeringsvarianten (issue 5): the assessment that goes with `declaratie.ontvangen`,
 * `populatie.vastgesteld` (a lumpsum arrangement's population statement at period close) and
 * `budget.drempel-bereikt` (80 % or 100 % of a toewijzing's or lumpsum arrangement's budget used).
 * Their JSON Schemas are generated with the others (`npm run generate`).
 */
import type { JsonSchema } from '../../istandaarden/src/definition/json-schema-writer.js';

export const POPULATIE_EVENT_NAME = 'populatie.vastgesteld';
export const BUDGET_SIGNAAL_EVENT_NAME = 'budget.drempel-bereikt';
export const FUNDING_EVENT_NAMES = [POPULATIE_EVENT_NAME, BUDGET_SIGNAAL_EVENT_NAME] as const;

/** Like a message event, but not always caused by a message: `berichtId` may be null, `berichtcode` is. */
export interface FundingEvent<T = unknown> {
  readonly type: string;
  readonly id: string;
  readonly occurredAt: string;
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly berichtId: string | null;
  readonly standaard: string;
  readonly berichtcode: null;
  readonly data: T;
}

export interface Cijfers {
  readonly clientenInZorg: number;
  readonly starts: number;
  readonly stops: number;
  readonly zorgdagen: number;
}

export interface PopulatieData {
  readonly id: string;
  readonly arrangementId: string;
  readonly productCategorie: string;
  readonly productCode: string | null;
  readonly periode: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly cijfers: Cijfers;
  readonly budget: number;
  readonly budgetZorgdagen: number | null;
  readonly populatie: { readonly postcodes?: readonly string[]; readonly omschrijving?: string } | null;
}

export interface BudgetSignaalData {
  readonly soort: 'toewijzing' | 'arrangement';
  readonly toewijzingNummer: number | null;
  readonly arrangementId: string | null;
  readonly periode: string | null;
  readonly drempel: 80 | 100;
  readonly percentage: number;
  readonly gebruikt: {
    readonly volume: number | null;
    readonly bedrag: number | null;
    readonly zorgdagen: number | null;
  };
  readonly beschikbaar: {
    readonly volume: number | null;
    readonly bedrag: number | null;
    readonly zorgdagen: number | null;
  };
}

const nullableInteger = (description: string): JsonSchema => ({ type: ['integer', 'null'], description });
const integer = (description: string): JsonSchema => ({ type: 'integer', description });
const text = (description: string): JsonSchema => ({ type: 'string', description });
const object = (properties: Record<string, JsonSchema>, description: string): JsonSchema => ({
  type: 'object',
  description,
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const REDEN = object(
  {
    rule: text('The rule: a TR id (e.g. `TR321`), `OP261` for a taakgericht product, or `TARIEF`.'),
    retourcode: {
      type: ['string', 'null'],
      description: 'The WJ001 retourcode for a 325, where the standard gives one.',
    },
    message: text('Why, in words.'),
  },
  'One reason to refuse a prestatie.',
);

/** The `beoordeling` member of a `declaratie.ontvangen` event: the gateway's advice per prestatie. */
export const BEOORDELING_SCHEMA: JsonSchema = object(
  {
    prestaties: {
      type: 'array',
      description: 'One assessment per prestatie, in message order.',
      items: object(
        {
          client: integer('0-based position of the Client in the declaration.'),
          prestatie: integer('0-based position of the Prestatie within its Client.'),
          referentieNummer: text('ProductReferentie/ReferentieNummer.'),
          toewijzingNummer: integer('The toewijzing it is declared on.'),
          uitvoeringsvariant: {
            type: ['string', 'null'],
            enum: ['inspanningsgericht', 'outputgericht', 'taakgericht', null],
            description: 'The variant of the arrangement that applies; null when no arrangement does.',
          },
          oordeel: { enum: ['akkoord', 'afwijzen'], description: 'The advice: grant or refuse.' },
          retourcodes: {
            type: 'array',
            items: { type: 'string' },
            description: 'Retourcodes for refusing it in the 325.',
          },
          redenen: { type: 'array', items: REDEN, description: 'Every reason found; empty when akkoord.' },
        },
        'The assessment of one prestatie against its toewijzing and arrangement.',
      ),
    },
    totaal: object(
      {
        ingediend: integer('TotaalIngediendBedrag in euro cents, negative for credit.'),
        berekend: integer('The sum of the prestaties, debit minus credit, in euro cents.'),
        klopt: { type: 'boolean', description: 'Whether the two are equal.' },
      },
      'Whether the totals add up.',
    ),
    akkoord: integer('Prestaties advised to grant.'),
    afwijzen: integer('Prestaties advised to refuse.'),
    taakgericht: integer('Prestaties for a product under a taakgericht arrangement (refused with 9338).'),
    gebruik: {
      type: 'array',
      description:
        'Per toewijzing declared on: what is declared (all declarations so far) against what was assigned.',
      items: object(
        {
          toewijzingNummer: integer('The toewijzing.'),
          gedeclareerdVolume: integer('Declared volume, credits subtracted.'),
          toegewezenVolume: nullableInteger(
            'Volume assigned over the toewijzing; null without Omvang or end.',
          ),
          gedeclareerdBedrag: integer('Declared amount in euro cents, credits subtracted.'),
          toegewezenBudget: nullableInteger('The toewijzing Budget in euro cents; null without one.'),
        },
        'Use of one toewijzing.',
      ),
    },
  },
  "The gateway's assessment of the declaration, per prestatie: advice for the back office's decision (325).",
);

const CIJFERS = object(
  {
    clientenInZorg: integer('Distinct clients with care in the period.'),
    starts: integer('Starts of care (305) with a Begindatum in the period.'),
    stops: integer('Stops of care (307) with an Einddatum in the period.'),
    zorgdagen: integer('Days of care in the period, summed over clients.'),
  },
  'Population figures.',
);

const GEBRUIK = (description: string): JsonSchema =>
  object(
    {
      volume: nullableInteger('Volume.'),
      bedrag: nullableInteger('Amount in euro cents.'),
      zorgdagen: nullableInteger('Care days.'),
    },
    description,
  );

/** The `data` schema of each funding event, by event name. */
export const FUNDING_EVENT_DATA: Readonly<
  Record<(typeof FUNDING_EVENT_NAMES)[number], { description: string; data: JsonSchema }>
> = {
  [POPULATIE_EVENT_NAME]: {
    description:
      'The population statement of a taakgericht (lumpsum) arrangement for a closed period: clients in care, ' +
      'starts, stops and care days from the start and stop messages, beside the lumpsum budget.',
    data: object(
      {
        id: {
          type: 'string',
          format: 'uuid',
          description: 'Id of the statement (GET /api/v1/populatieverantwoordingen/{id}).',
        },
        arrangementId: { type: 'string', format: 'uuid', description: 'The arrangement.' },
        productCategorie: text('Productcategorie of the arrangement.'),
        productCode: { type: ['string', 'null'], description: 'Productcode, null for the whole category.' },
        periode: text("The period: `2026-03`, `2026-Q1` or `2026`, by the arrangement's budgetPeriode."),
        periodeBegin: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description: 'First day, YYYY-MM-DD.',
        },
        periodeEind: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description: 'Last day, YYYY-MM-DD.',
        },
        cijfers: CIJFERS,
        budget: integer('The lumpsum budget for the period in euro cents.'),
        budgetZorgdagen: nullableInteger('Care days the budget pays for, when the arrangement states them.'),
        populatie: {
          type: ['object', 'null'],
          description: 'Who the budget covers, as the arrangement states it.',
          properties: {
            postcodes: { type: 'array', items: { type: 'string' } },
            omschrijving: { type: 'string' },
          },
          additionalProperties: false,
        },
      },
      'The statement.',
    ),
  },
  [BUDGET_SIGNAAL_EVENT_NAME]: {
    description:
      "A budget threshold reached, once per threshold: 80 % or 100 % of a toewijzing's assigned volume or Budget " +
      "declared, or of the care days a lumpsum arrangement's budget pays for in a period.",
    data: object(
      {
        soort: { enum: ['toewijzing', 'arrangement'], description: 'Whose budget.' },
        toewijzingNummer: nullableInteger('The toewijzing, for soort toewijzing.'),
        arrangementId: { type: ['string', 'null'], description: 'The arrangement, for soort arrangement.' },
        periode: { type: ['string', 'null'], description: 'The budget period, for soort arrangement.' },
        drempel: { enum: [80, 100], description: 'The threshold reached, in percent.' },
        percentage: integer('Use in percent (rounded down) when it was reached.'),
        gebruikt: GEBRUIK('What is used.'),
        beschikbaar: GEBRUIK('What is available.'),
      },
      'The signal.',
    ),
  },
};
