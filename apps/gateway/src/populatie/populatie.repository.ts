/** SQL for population statements: the starts and stops of a lumpsum arrangement's products, and closed statements. */
import type { EntityManager } from 'typeorm';
import type { Levering } from '../../../../libs/domain/src/index.js';
import type { PopulatieData } from '../../../../libs/messaging/src/index.js';
import type { StoredArrangement } from '../arrangementen/arrangement.repository.js';

export class PopulatieRepository {
  /** Starts and stops for the arrangement's gemeente, aanbieder and product that began on or before `eind`, in the order received. */
  async leveringen(
    manager: EntityManager,
    arrangement: StoredArrangement,
    eind: string,
  ): Promise<Levering[]> {
    const rows = (await manager.query(
      `SELECT soort, bsn, toewijzing_nummer, product_code, to_char(begindatum, 'YYYY-MM-DD') AS begindatum,
         to_char(einddatum, 'YYYY-MM-DD') AS einddatum, status_aanlevering
       FROM levering
       WHERE standaard = $1 AND gemeente = $2 AND aanbieder = $3 AND product_categorie = $4
         AND ($5::text IS NULL OR product_code = $5) AND begindatum <= $6::date
       ORDER BY id`,
      [
        arrangement.standaard,
        arrangement.gemeente,
        arrangement.aanbieder,
        arrangement.productCategorie,
        arrangement.productCode,
        eind,
      ],
    )) as Array<Record<string, string | null>>;
    return rows.map((row) => ({
      soort: row.soort as Levering['soort'],
      bsn: row.bsn!,
      toewijzingNummer: row.toewijzing_nummer === null ? null : Number(row.toewijzing_nummer),
      productCode: row.product_code ?? null,
      begindatum: row.begindatum!,
      einddatum: row.einddatum ?? null,
      statusAanlevering: row.status_aanlevering!,
    }));
  }

  /** Stores a closed statement; false when the period was already closed. */
  async insert(manager: EntityManager, statement: PopulatieData): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO populatie_verantwoording (id, arrangement_id, periode, periode_begin, periode_eind, cijfers)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (arrangement_id, periode) DO NOTHING RETURNING id`,
      [
        statement.id,
        statement.arrangementId,
        statement.periode,
        statement.periodeBegin,
        statement.periodeEind,
        JSON.stringify(statement),
      ],
    )) as unknown[];
    return rows.length === 1;
  }

  async list(
    manager: EntityManager,
    filter: { arrangementId?: string; gemeente?: string; aanbieder?: string },
  ): Promise<PopulatieData[]> {
    const rows = (await manager.query(
      `SELECT v.cijfers FROM populatie_verantwoording v JOIN arrangement a ON a.id = v.arrangement_id
       WHERE ($1::uuid IS NULL OR v.arrangement_id = $1::uuid) AND ($2::text IS NULL OR a.gemeente = $2)
         AND ($3::text IS NULL OR a.aanbieder = $3)
       ORDER BY a.gemeente, a.aanbieder, v.periode_begin`,
      [filter.arrangementId ?? null, filter.gemeente ?? null, filter.aanbieder ?? null],
    )) as Array<{ cijfers: PopulatieData }>;
    return rows.map((row) => row.cijfers);
  }

  async get(manager: EntityManager, id: string): Promise<PopulatieData | undefined> {
    const rows = (await manager.query(`SELECT cijfers FROM populatie_verantwoording WHERE id = $1`, [
      id,
    ])) as Array<{
      cijfers: PopulatieData;
    }>;
    return rows[0]?.cijfers;
  }
}
