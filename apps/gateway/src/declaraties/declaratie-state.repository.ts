/**
 * What declaration checks read and write, a batch at a time: the latest version of each toewijzing
 * the batch's prestaties name, the arrangements of its gemeente × aanbieder pairs and the earlier
 * prestaties on those toewijzingen (three queries however many prestaties), and the new prestaties
 * (one statement, the rows as one JSON parameter).
 */
import { arrayLiteral } from '../../../../libs/persistence/src/index.js';
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
       JOIN unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) AS k (gemeente, aanbieder, nummer, standaard)
         ON t.gemeente = k.gemeente AND t.aanbieder = k.aanbieder AND t.toewijzing_nummer = k.nummer
           AND t.standaard = k.standaard
       ORDER BY t.standaard, t.gemeente, t.aanbieder, t.toewijzing_nummer, t.id DESC`,
      columns(keys),
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
       JOIN unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) AS k (gemeente, aanbieder, nummer, standaard)
         ON p.gemeente = k.gemeente AND p.aanbieder = k.aanbieder AND p.toewijzing_nummer = k.nummer
           AND p.standaard = k.standaard
       ORDER BY p.id`,
      columns(keys),
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
    const column = (value: (p: NewPrestatie) => string | number | null) =>
      arrayLiteral(prestaties.map(value));
    await manager.query(
      `INSERT INTO prestatie_beoordeling (message_id, standaard, gemeente, aanbieder, declaratie_nummer, bsn, toewijzing_nummer,
         product_categorie, product_code, referentie_nummer, vorig_referentie_nummer, begindatum, einddatum, eenheid,
         tarief, debet_credit, volume, bedrag, retourcodes, status)
       SELECT message_id, standaard, gemeente, aanbieder, declaratie_nummer, bsn, toewijzing_nummer, product_categorie,
         product_code, referentie_nummer, vorig_referentie_nummer, begindatum, einddatum, eenheid, tarief, debet_credit,
         volume, bedrag, string_to_array(retourcodes, ','), status
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::date[], $13::date[], $14::text[], $15::bigint[], $16::text[],
         $17::bigint[], $18::bigint[], $19::text[], $20::text[])
         AS r (message_id, standaard, gemeente, aanbieder, declaratie_nummer, bsn, toewijzing_nummer, product_categorie,
           product_code, referentie_nummer, vorig_referentie_nummer, begindatum, einddatum, eenheid, tarief, debet_credit,
           volume, bedrag, retourcodes, status)`,
      [
        column((p) => p.messageId),
        column((p) => p.standaard),
        column((p) => p.gemeente),
        column((p) => p.aanbieder),
        column((p) => p.declaratieNummer),
        column((p) => p.bsn),
        column((p) => p.toewijzingNummer),
        column((p) => p.productCategorie),
        column((p) => p.productCode),
        column((p) => p.referentieNummer),
        column((p) => p.vorigReferentieNummer),
        column((p) => p.begindatum),
        column((p) => p.einddatum),
        column((p) => p.eenheid),
        column((p) => p.tarief),
        column((p) => p.debetCredit),
        column((p) => p.volume),
        column((p) => p.bedrag),
        column((p) => p.retourcodes.join(',')),
        column((p) => p.status),
      ],
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

function columns(keys: readonly ToewijzingKey[]): unknown[] {
  return [
    arrayLiteral(keys.map((key) => key.gemeente)),
    arrayLiteral(keys.map((key) => key.aanbieder)),
    arrayLiteral(keys.map((key) => key.toewijzingNummer)),
    arrayLiteral(keys.map((key) => key.standaard)),
  ];
}
