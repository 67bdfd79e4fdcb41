/**
 * The rule state in SQL: records derived from processed messages written in the processing transaction
 * (one statement per table), and the state a batch needs read back in one statement per table — the
 * gateway's implementation of the rule engine's `RuleStateSource`.
 */
import type { EntityManager } from 'typeorm';
import { unnestColumns } from '../../../../libs/persistence/src/index.js';
import type {
  RuleStateSource,
  StateKeys,
  StateOwner,
  StateRecords,
  StoredState,
} from '../../../../libs/domain/src/index.js';

export interface MessageState {
  readonly messageId: string;
  readonly standaard: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly records: StateRecords;
}

type Row = Record<string, unknown>;

/** Per table: its columns, their SQL types and the record field each holds (after message_id and the owner). */
const TABLES = {
  toewijzingen: {
    table: 'toewijzing',
    columns: [
      ['toewijzing_nummer', 'bigint', 'toewijzingNummer'],
      ['bsn', 'text', 'bsn'],
      ['referentie_aanbieder', 'text', 'referentieAanbieder'],
      ['product_categorie', 'text', 'productCategorie'],
      ['product_code', 'text', 'productCode'],
      ['ingangsdatum', 'date', 'ingangsdatum'],
      ['einddatum', 'date', 'einddatum'],
      ['reden_wijziging', 'text', 'redenWijziging'],
      ['volume', 'bigint', 'volume'],
      ['eenheid', 'text', 'eenheid'],
      ['frequentie', 'text', 'frequentie'],
      ['budget', 'bigint', 'budget'],
    ],
  },
  leveringen: {
    table: 'levering',
    columns: [
      ['soort', 'text', 'soort'],
      ['bsn', 'text', 'bsn'],
      ['toewijzing_nummer', 'bigint', 'toewijzingNummer'],
      ['product_categorie', 'text', 'productCategorie'],
      ['product_code', 'text', 'productCode'],
      ['toewijzing_ingangsdatum', 'date', 'toewijzingIngangsdatum'],
      ['begindatum', 'date', 'begindatum'],
      ['einddatum', 'date', 'einddatum'],
      ['reden_beeindiging', 'text', 'redenBeeindiging'],
      ['status_aanlevering', 'text', 'statusAanlevering'],
    ],
  },
  verzoeken: {
    table: 'verzoek',
    columns: [
      ['soort', 'text', 'soort'],
      ['bsn', 'text', 'bsn'],
      ['referentie_aanbieder', 'text', 'referentieAanbieder'],
    ],
  },
  antwoorden: {
    table: 'antwoord',
    columns: [
      ['referentie_aanbieder', 'text', 'referentieAanbieder'],
      ['verzoek_antwoord', 'text', 'verzoekAntwoord'],
    ],
  },
  declaraties: {
    table: 'declaratie',
    columns: [
      ['declaratie_nummer', 'text', 'declaratieNummer'],
      ['periode_begin', 'date', 'periodeBegin'],
      ['periode_eind', 'date', 'periodeEind'],
      ['totaal_bedrag', 'bigint', 'totaalBedrag'],
      ['debet_credit', 'text', 'debetCredit'],
      ['prestaties', 'int', 'prestaties'],
    ],
  },
  prestaties: {
    table: 'prestatie',
    columns: [
      ['declaratie_nummer', 'text', 'declaratieNummer'],
      ['bsn', 'text', 'bsn'],
      ['referentie_nummer', 'text', 'referentieNummer'],
      ['vorig_referentie_nummer', 'text', 'vorigReferentieNummer'],
      ['toewijzing_nummer', 'bigint', 'toewijzingNummer'],
      ['product_categorie', 'text', 'productCategorie'],
      ['product_code', 'text', 'productCode'],
      ['begindatum', 'date', 'begindatum'],
      ['einddatum', 'date', 'einddatum'],
      ['volume', 'bigint', 'volume'],
      ['eenheid', 'text', 'eenheid'],
      ['bedrag', 'bigint', 'bedrag'],
      ['debet_credit', 'text', 'debetCredit'],
    ],
  },
} as const satisfies Record<
  keyof StateRecords,
  { table: string; columns: ReadonlyArray<readonly [string, string, string]> }
>;

type Kind = keyof StateRecords;
const KINDS = Object.keys(TABLES) as Kind[];

/**
 * Which key lists select rows of each table: [key list, keyed column, SQL type, join]. The answers to a
 * client's requests are found through the requests (a 319 names no client).
 */
const LOOKUPS: Record<Kind, ReadonlyArray<readonly [keyof StateKeys, string, string, string?]>> = {
  toewijzingen: [
    ['bsns', 'bsn', 'text'],
    ['toewijzingNummers', 'toewijzing_nummer', 'bigint'],
    ['referenties', 'referentie_aanbieder', 'text'],
  ],
  leveringen: [['bsns', 'bsn', 'text']],
  verzoeken: [
    ['bsns', 'bsn', 'text'],
    ['referenties', 'referentie_aanbieder', 'text'],
  ],
  antwoorden: [
    ['referenties', 't.referentie_aanbieder', 'text'],
    [
      'bsns',
      'v.bsn',
      'text',
      `JOIN verzoek v ON v.standaard = t.standaard AND v.gemeente = t.gemeente AND v.aanbieder = t.aanbieder
         AND v.referentie_aanbieder = t.referentie_aanbieder`,
    ],
  ],
  declaraties: [['declaratieNummers', 'declaratie_nummer', 'text']],
  prestaties: [
    ['bsns', 'bsn', 'text'],
    ['toewijzingNummers', 'toewijzing_nummer', 'bigint'],
    ['referentieNummers', 'referentie_nummer', 'text'],
    ['referentieNummers', 'vorig_referentie_nummer', 'text'],
  ],
};

export class StateRepository {
  async record(manager: EntityManager, states: readonly MessageState[]): Promise<void> {
    for (const kind of KINDS) {
      const { table, columns } = TABLES[kind];
      const rows = states.flatMap((state) =>
        (state.records[kind] as readonly object[]).map((record) => [
          state.messageId,
          state.standaard,
          state.gemeente,
          state.aanbieder,
          ...columns.map(([, , field]) => (record as Record<string, unknown>)[field] ?? null),
        ]),
      );
      if (!rows.length) continue;
      // One array per column: any number of rows in one statement (an accepted 50 MB declaration adds
      // some 60,000 prestaties), and arrays the server parses faster than as many parameters.
      const { sql, parameters } = unnestColumns(
        ['uuid', 'text', 'text', 'text', ...columns.map(([, type]) => type)],
        rows as Array<Array<string | number | null>>,
      );
      await manager.query(
        `INSERT INTO ${table} (message_id, standaard, gemeente, aanbieder, ${columns.map(([column]) => column).join(', ')})
         SELECT * FROM ${sql}`,
        parameters,
      );
    }
  }

  /** The stored state for `keys`: one statement per table, rows in the order they were stored. */
  async load(manager: EntityManager, keys: readonly StateKeys[]): Promise<StoredState> {
    const state = Object.fromEntries(KINDS.map((kind) => [kind, [] as Row[]])) as Record<Kind, Row[]>;
    if (!keys.length) return state as unknown as StoredState;
    for (const kind of KINDS) {
      const { table, columns } = TABLES[kind];
      const parameters: unknown[] = [];
      const selects = LOOKUPS[kind].flatMap(([list, column, type, join = '']) => {
        const tuples = keys.flatMap((key) =>
          (key[list] as readonly unknown[]).map((value) => [key, value] as const),
        );
        if (!tuples.length) return [];
        const keyed = unnestColumns(
          ['text', 'text', 'text', 'text'],
          tuples.map(([key, value]) => [key.standaard, key.gemeente, key.aanbieder, String(value)]),
          parameters.length + 1,
        );
        parameters.push(...keyed.parameters);
        return [
          `SELECT t.id FROM ${table} t ${join} JOIN ${keyed.sql} AS k(standaard, gemeente, aanbieder, v)
             ON t.standaard = k.standaard AND t.gemeente = k.gemeente AND t.aanbieder = k.aanbieder
               AND ${column.includes('.') ? column : `t.${column}`} = k.v::${type}`,
        ];
      });
      if (!selects.length) continue;
      const fields = columns
        .map(([column, type, field]) => `${column}${type === 'date' ? '::text' : ''} AS "${field}"`)
        .join(', ');
      const rows: Row[] = await manager.query(
        `SELECT standaard, gemeente, aanbieder, ${fields} FROM ${table}
          WHERE id IN (${selects.join(' UNION ')}) ORDER BY id`,
        parameters,
      );
      state[kind] = rows.map((row) => numbers(row, columns));
    }
    return state as unknown as StoredState;
  }
}

/** bigint columns arrive as strings from `pg`; the records hold numbers. */
function numbers(row: Row, columns: ReadonlyArray<readonly [string, string, string]>): Row {
  for (const [, type, field] of columns)
    if (type === 'bigint' && row[field] !== null) row[field] = Number(row[field]);
  return row;
}

/** The state source a batch reads through, bound to its transaction. */
export function stateSource(repository: StateRepository, manager: EntityManager): RuleStateSource {
  return { load: (keys) => repository.load(manager, keys) };
}

export type { StateOwner };
