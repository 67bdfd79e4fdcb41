/** SQL for the figures: starts/stops, prestatie sums per month (aggregated in the database), arrangements, toewijzing use. */
import type { EntityManager } from 'typeorm';
import type { Levering, Owner, PrestatieSom } from '../../../../libs/domain/src/index.js';

export interface RapportageFilter {
  readonly gemeente?: string;
  readonly aanbieder?: string;
  /** First day of the first month and last day of the last. */
  readonly begin: string;
  readonly eind: string;
}

export interface ToewijzingBudget {
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly toewijzingNummer: number;
  readonly productCategorie: string | null;
  readonly productCode: string | null;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
  readonly volume: number | null;
  readonly eenheid: string | null;
  readonly frequentie: string | null;
  readonly budget: number | null;
  readonly gedeclareerdVolume: number;
  readonly gedeclareerdBedrag: number;
}

export class RapportageRepository {
  /** Starts and stops that began by the end of the period; a start naming only a toewijzing takes its category. */
  async leveringen(manager: EntityManager, filter: RapportageFilter): Promise<Array<Levering & Owner>> {
    const rows = (await manager.query(
      `SELECT l.gemeente, l.aanbieder, COALESCE(l.product_categorie, t.product_categorie) AS product_categorie,
         l.soort, l.bsn, l.toewijzing_nummer, l.product_code, to_char(l.begindatum, 'YYYY-MM-DD') AS begindatum,
         to_char(l.einddatum, 'YYYY-MM-DD') AS einddatum, l.status_aanlevering
       FROM levering l
       LEFT JOIN LATERAL (
         SELECT product_categorie FROM toewijzing
         WHERE gemeente = l.gemeente AND aanbieder = l.aanbieder AND toewijzing_nummer = l.toewijzing_nummer
         ORDER BY id DESC LIMIT 1
       ) t ON l.product_categorie IS NULL
       WHERE l.begindatum <= $1::date AND ($2::text IS NULL OR l.gemeente = $2) AND ($3::text IS NULL OR l.aanbieder = $3)
       ORDER BY l.id`,
      [filter.eind, filter.gemeente ?? null, filter.aanbieder ?? null],
    )) as Array<Record<string, string | null>>;
    return rows
      .filter((row) => row.gemeente && row.aanbieder && row.product_categorie)
      .map((row) => ({
        gemeente: row.gemeente!,
        aanbieder: row.aanbieder!,
        productCategorie: row.product_categorie!,
        soort: row.soort as Levering['soort'],
        bsn: row.bsn!,
        toewijzingNummer: row.toewijzing_nummer === null ? null : Number(row.toewijzing_nummer),
        productCode: row.product_code ?? null,
        begindatum: row.begindatum!,
        einddatum: row.einddatum ?? null,
        statusAanlevering: row.status_aanlevering!,
      }));
  }

  async prestatieSommen(manager: EntityManager, filter: RapportageFilter): Promise<PrestatieSom[]> {
    const rows = (await manager.query(
      `SELECT gemeente, aanbieder, product_categorie, to_char(begindatum, 'YYYY-MM') AS maand,
         sum(CASE WHEN debet_credit = 'C' THEN -bedrag ELSE bedrag END) AS gedeclareerd,
         sum(CASE WHEN status <> 'toegekend' THEN 0 WHEN debet_credit = 'C' THEN -bedrag ELSE bedrag END) AS toegekend,
         sum(CASE WHEN status <> 'afgewezen' THEN 0 WHEN debet_credit = 'C' THEN -bedrag ELSE bedrag END) AS afgewezen
       FROM prestatie
       WHERE begindatum BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR gemeente = $3)
         AND ($4::text IS NULL OR aanbieder = $4)
       GROUP BY 1, 2, 3, 4`,
      [filter.begin, filter.eind, filter.gemeente ?? null, filter.aanbieder ?? null],
    )) as Array<Record<string, string>>;
    return rows.map((row) => ({
      gemeente: row.gemeente!,
      aanbieder: row.aanbieder!,
      productCategorie: row.product_categorie!,
      maand: row.maand!,
      gedeclareerd: Number(row.gedeclareerd),
      toegekend: Number(row.toegekend),
      afgewezen: Number(row.afgewezen),
    }));
  }

  /** Per toewijzing: what was assigned and what is declared against it (credits subtracted, refused prestaties left out). */
  async toewijzingBudgetten(
    manager: EntityManager,
    filter: { gemeente?: string; aanbieder?: string },
  ): Promise<ToewijzingBudget[]> {
    const rows = (await manager.query(
      `SELECT t.gemeente, t.aanbieder, t.toewijzing_nummer, t.product_categorie, t.product_code,
         to_char(t.ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum, to_char(t.einddatum, 'YYYY-MM-DD') AS einddatum,
         t.volume, t.eenheid, t.frequentie, t.budget,
         COALESCE(p.volume, 0) AS gedeclareerd_volume, COALESCE(p.bedrag, 0) AS gedeclareerd_bedrag
       FROM (
         SELECT DISTINCT ON (gemeente, aanbieder, toewijzing_nummer) * FROM toewijzing
         WHERE ($1::text IS NULL OR gemeente = $1) AND ($2::text IS NULL OR aanbieder = $2)
         ORDER BY gemeente, aanbieder, toewijzing_nummer, id DESC
       ) t
       LEFT JOIN (
         SELECT gemeente, aanbieder, toewijzing_nummer,
           sum(CASE WHEN debet_credit = 'C' THEN -volume ELSE volume END) AS volume,
           sum(CASE WHEN debet_credit = 'C' THEN -bedrag ELSE bedrag END) AS bedrag
         FROM prestatie
         WHERE status = 'toegekend' OR (status = 'ingediend' AND cardinality(retourcodes) = 0)
         GROUP BY 1, 2, 3
       ) p USING (gemeente, aanbieder, toewijzing_nummer)
       ORDER BY t.gemeente, t.aanbieder, t.toewijzing_nummer`,
      [filter.gemeente ?? null, filter.aanbieder ?? null],
    )) as Array<Record<string, string | null>>;
    const number = (value: string | null | undefined) =>
      value === null || value === undefined ? null : Number(value);
    return rows.map((row) => ({
      gemeente: row.gemeente!,
      aanbieder: row.aanbieder!,
      toewijzingNummer: Number(row.toewijzing_nummer),
      productCategorie: row.product_categorie ?? null,
      productCode: row.product_code ?? null,
      ingangsdatum: row.ingangsdatum!,
      einddatum: row.einddatum ?? null,
      volume: number(row.volume),
      eenheid: row.eenheid ?? null,
      frequentie: row.frequentie ?? null,
      budget: number(row.budget),
      gedeclareerdVolume: Number(row.gedeclareerd_volume),
      gedeclareerdBedrag: Number(row.gedeclareerd_bedrag),
    }));
  }
}
