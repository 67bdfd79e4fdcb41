/**
 * What declaration checks read and write, a batch at a time: the latest version of each toewijzing
 * the batch's prestaties name, the arrangements of its gemeente × aanbieder pairs and the earlier
 * prestaties on those toewijzingen (three queries however many prestaties), and the new prestaties
 * (one statement, the rows as one JSON parameter).
 */
import { unnestColumns } from '../../../../libs/persistence/src/index.js';
import type { EntityManager } from 'typeorm';
import type {
  BeoordelingContext,
  EerderePrestatie,
  ToewijzingStand,
} from '../../../../libs/domain/src/index.js';

export interface ToewijzingKey {
  readonly standaard: string;
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly toewijzingNummer: number;
}

export interface NewPrestatie {
  readonly messageId: string;
  readonly standaard: string;
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly declaratieNummer: string;
  readonly bsn: string;
  readonly toewijzingNummer: number;
  readonly productCategorie: string;
  readonly productCode: string;
  readonly referentieNummer: string;
  readonly vorigReferentieNummer: string | null;
  readonly begindatum: string;
  readonly einddatum: string;
  readonly eenheid: string;
  readonly tarief: number | null;
  readonly debetCredit: 'D' | 'C';
  readonly volume: number;
  readonly bedrag: number;
  readonly retourcodes: readonly string[];
  readonly status: 'ingediend' | 'afgewezen';
}

const KEY_TYPES = ['text', 'text', 'bigint', 'text'];
/** The keys of a lookup as rows: `unnest($1::text[], …)` over one array per column. */
const KEY_COLUMNS = unnestColumns(KEY_TYPES, []).sql;

function keyParameters(keys: readonly ToewijzingKey[]): unknown[] {
  return unnestColumns(
    KEY_TYPES,
    keys.map((key) => [key.gemeente, key.aanbieder, key.toewijzingNummer, key.standaard]),
  ).parameters;
}

export class DeclaratieStateRepository {
  async toewijzingen(
    manager: EntityManager,
    keys: readonly ToewijzingKey[],
  ): Promise<Array<ToewijzingStand & BeoordelingContext>> {
    if (keys.length === 0) return [];
    const rows = (await manager.query(
      `SELECT DISTINCT ON (t.standaard, t.gemeente, t.aanbieder, t.toewijzing_nummer)
         t.standaard, t.gemeente, t.aanbieder, t.toewijzing_nummer, t.bsn, t.product_categorie, t.product_code,
         to_char(t.ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum, to_char(t.einddatum, 'YYYY-MM-DD') AS einddatum,
         t.reden_wijziging, t.volume, t.eenheid, t.frequentie, t.budget
       FROM toewijzing t
       JOIN ${KEY_COLUMNS} AS k (gemeente, aanbieder, nummer, standaard)
         ON t.gemeente = k.gemeente AND t.aanbieder = k.aanbieder AND t.toewijzing_nummer = k.nummer
           AND t.standaard = k.standaard
       ORDER BY t.standaard, t.gemeente, t.aanbieder, t.toewijzing_nummer, t.id DESC`,
      keyParameters(keys),
    )) as ToewijzingRow[];
    return rows.map((row) => ({
      standaard: row.standaard,
      gemeente: row.gemeente,
      aanbieder: row.aanbieder,
      toewijzingNummer: Number(row.toewijzing_nummer),
      bsn: row.bsn,
      productCategorie: row.product_categorie,
      productCode: row.product_code,
      ingangsdatum: row.ingangsdatum,
      einddatum: row.einddatum,
      redenWijziging: row.reden_wijziging,
      volume: row.volume === null ? null : Number(row.volume),
      eenheid: row.eenheid,
      frequentie: row.frequentie,
      budget: row.budget === null ? null : Number(row.budget),
    }));
  }

  async eerderePrestaties(
    manager: EntityManager,
    keys: readonly ToewijzingKey[],
  ): Promise<Array<EerderePrestatie & BeoordelingContext>> {
    if (keys.length === 0) return [];
    const rows = (await manager.query(
      `SELECT p.standaard, p.gemeente, p.aanbieder, p.toewijzing_nummer, p.referentie_nummer, p.vorig_referentie_nummer, p.debet_credit, p.volume, p.bedrag,
         to_char(p.begindatum, 'YYYY-MM-DD') AS begindatum,
         -- Until the back office decides, a prestatie the gateway advised to refuse does not count.
         CASE WHEN p.status = 'ingediend' AND cardinality(p.retourcodes) > 0 THEN 'afgewezen' ELSE p.status END AS status
       FROM prestatie_beoordeling p
       JOIN ${KEY_COLUMNS} AS k (gemeente, aanbieder, nummer, standaard)
         ON p.gemeente = k.gemeente AND p.aanbieder = k.aanbieder AND p.toewijzing_nummer = k.nummer
           AND p.standaard = k.standaard
       ORDER BY p.id`,
      keyParameters(keys),
    )) as Array<Record<string, string | null>>;
    return rows.map((row) => ({
      standaard: row.standaard!,
      gemeente: row.gemeente!,
      aanbieder: row.aanbieder!,
      toewijzingNummer: Number(row.toewijzing_nummer),
      referentieNummer: row.referentie_nummer!,
      vorigReferentieNummer: row.vorig_referentie_nummer ?? null,
      debetCredit: row.debet_credit as 'D' | 'C',
      volume: Number(row.volume),
      bedrag: Number(row.bedrag),
      begindatum: row.begindatum!,
      status: row.status as EerderePrestatie['status'],
    }));
  }

  async insertPrestaties(manager: EntityManager, prestaties: readonly NewPrestatie[]): Promise<void> {
    if (prestaties.length === 0) return;
    // One array per column (the retourcodes of a prestatie as one comma-separated text): the 60,000
    // prestaties of a 50 MB declaration in one statement, without a JSON document to parse first.
    const { sql, parameters } = unnestColumns(
      [
        ...['uuid', 'text', 'text', 'text', 'text', 'text', 'bigint', 'text', 'text', 'text', 'text'],
        ...['date', 'date', 'text', 'bigint', 'text', 'bigint', 'bigint', 'text', 'text'],
      ],
      prestaties.map((p) => [
        ...[p.messageId, p.standaard, p.gemeente, p.aanbieder, p.declaratieNummer, p.bsn, p.toewijzingNummer],
        ...[p.productCategorie, p.productCode, p.referentieNummer, p.vorigReferentieNummer, p.begindatum],
        ...[
          p.einddatum,
          p.eenheid,
          p.tarief,
          p.debetCredit,
          p.volume,
          p.bedrag,
          p.retourcodes.join(','),
          p.status,
        ],
      ]),
    );
    await manager.query(
      `INSERT INTO prestatie_beoordeling (message_id, standaard, gemeente, aanbieder, declaratie_nummer, bsn, toewijzing_nummer,
         product_categorie, product_code, referentie_nummer, vorig_referentie_nummer, begindatum, einddatum, eenheid,
         tarief, debet_credit, volume, bedrag, retourcodes, status)
       SELECT message_id, standaard, gemeente, aanbieder, declaratie_nummer, bsn, toewijzing_nummer, product_categorie,
         product_code, referentie_nummer, vorig_referentie_nummer, begindatum, einddatum, eenheid, tarief, debet_credit,
         volume, bedrag, string_to_array(retourcodes, ','), status
       FROM ${sql}
         AS r (message_id, standaard, gemeente, aanbieder, declaratie_nummer, bsn, toewijzing_nummer, product_categorie,
           product_code, referentie_nummer, vorig_referentie_nummer, begindatum, einddatum, eenheid, tarief, debet_credit,
           volume, bedrag, retourcodes, status)`,
      parameters,
    );
  }
}

interface ToewijzingRow {
  standaard: string;
  gemeente: string;
  aanbieder: string;
  toewijzing_nummer: string;
  bsn: string;
  product_categorie: string | null;
  product_code: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  reden_wijziging: string | null;
  volume: string | null;
  eenheid: string | null;
  frequentie: string | null;
  budget: string | null;
}
