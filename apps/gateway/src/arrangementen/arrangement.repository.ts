/** SQL for arrangements. Overlap is checked under a per-key advisory lock, so two instances cannot both insert. */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Arrangement } from '../../../../libs/domain/src/index.js';

export interface StoredArrangement extends Arrangement {
  readonly id: string;
}

export interface ArrangementFilter {
  readonly gemeente?: string;
  readonly aanbieder?: string;
  readonly productCategorie?: string;
  readonly uitvoeringsvariant?: string;
  /** Only arrangements valid on this date. */
  readonly peildatum?: string;
}

const COLUMNS = `id, standaard, gemeente, aanbieder, product_categorie, product_code,
  to_char(ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum,
  uitvoeringsvariant, eenheid, tarief, budget, budget_periode, zorgdagen, populatie`;

export class ArrangementRepository {
  async list(manager: EntityManager, filter: ArrangementFilter = {}): Promise<StoredArrangement[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql.replaceAll('?', `$${parameters.length}`));
    };
    if (filter.gemeente) where('gemeente = ?', filter.gemeente);
    if (filter.aanbieder) where('aanbieder = ?', filter.aanbieder);
    if (filter.productCategorie) where('product_categorie = ?', filter.productCategorie);
    if (filter.uitvoeringsvariant) where('uitvoeringsvariant = ?', filter.uitvoeringsvariant);
    if (filter.peildatum)
      where('ingangsdatum <= ?::date AND (einddatum IS NULL OR einddatum >= ?::date)', filter.peildatum);
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM arrangement ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY gemeente, aanbieder, product_categorie, product_code NULLS FIRST, ingangsdatum`,
      parameters,
    )) as Row[];
    return rows.map(fromRow);
  }

  /** Every arrangement of the given gemeente × aanbieder pairs: what a batch of declarations needs, in one query. */
  async forPairs(
    manager: EntityManager,
    pairs: ReadonlyArray<{ gemeente: string; aanbieder: string }>,
  ): Promise<StoredArrangement[]> {
    if (pairs.length === 0) return [];
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM arrangement
       WHERE (gemeente, aanbieder) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [pairs.map((pair) => pair.gemeente), pairs.map((pair) => pair.aanbieder)],
    )) as Row[];
    return rows.map(fromRow);
  }

  async get(manager: EntityManager, id: string): Promise<StoredArrangement | undefined> {
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM arrangement WHERE id = $1`, [id])) as Row[];
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  /** Locks the key of an arrangement for this transaction (other writers of the same key wait). */
  async lockKey(manager: EntityManager, arrangement: Arrangement): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      [
        'arrangement',
        arrangement.standaard,
        arrangement.gemeente,
        arrangement.aanbieder,
        arrangement.productCategorie,
      ].join(':'),
    ]);
  }

  /** Arrangements with the same key whose period shares a day with this one (other than `exceptId`). */
  async overlapping(
    manager: EntityManager,
    arrangement: Arrangement,
    exceptId?: string,
  ): Promise<StoredArrangement[]> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM arrangement
       WHERE standaard = $1 AND gemeente = $2 AND aanbieder = $3 AND product_categorie = $4
         AND product_code IS NOT DISTINCT FROM $5
         AND (einddatum IS NULL OR einddatum >= $6::date) AND ($7::date IS NULL OR ingangsdatum <= $7::date)
         AND ($8::uuid IS NULL OR id <> $8::uuid)`,
      [
        arrangement.standaard,
        arrangement.gemeente,
        arrangement.aanbieder,
        arrangement.productCategorie,
        arrangement.productCode,
        arrangement.ingangsdatum,
        arrangement.einddatum,
        exceptId ?? null,
      ],
    )) as Row[];
    return rows.map(fromRow);
  }

  async insert(manager: EntityManager, arrangement: Arrangement): Promise<StoredArrangement> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO arrangement (id, standaard, gemeente, aanbieder, product_categorie, product_code, ingangsdatum,
         einddatum, uitvoeringsvariant, eenheid, tarief, budget, budget_periode, zorgdagen, populatie)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [id, ...values(arrangement)],
    );
    return { id, ...arrangement };
  }

  async update(manager: EntityManager, id: string, arrangement: Arrangement): Promise<StoredArrangement> {
    await manager.query(
      `UPDATE arrangement SET standaard = $2, gemeente = $3, aanbieder = $4, product_categorie = $5, product_code = $6,
         ingangsdatum = $7, einddatum = $8, uitvoeringsvariant = $9, eenheid = $10, tarief = $11, budget = $12,
         budget_periode = $13, zorgdagen = $14, populatie = $15, updated_at = now()
       WHERE id = $1`,
      [id, ...values(arrangement)],
    );
    return { id, ...arrangement };
  }

  /** Deletes an arrangement; false when closed population statements refer to it. */
  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM populatie_verantwoording WHERE arrangement_id = $1`,
      [id],
    )) as [{ count: number }];
    if (count > 0) return false;
    await manager.query(`DELETE FROM arrangement WHERE id = $1`, [id]);
    return true;
  }
}

interface Row {
  id: string;
  standaard: 'ijw' | 'iwmo';
  gemeente: string;
  aanbieder: string;
  product_categorie: string;
  product_code: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  uitvoeringsvariant: Arrangement['uitvoeringsvariant'];
  eenheid: string | null;
  tarief: string | null;
  budget: string | null;
  budget_periode: Arrangement['budgetPeriode'];
  zorgdagen: number | null;
  populatie: Arrangement['populatie'];
}

function fromRow(row: Row): StoredArrangement {
  return {
    id: row.id,
    standaard: row.standaard,
    gemeente: row.gemeente,
    aanbieder: row.aanbieder,
    productCategorie: row.product_categorie,
    productCode: row.product_code,
    ingangsdatum: row.ingangsdatum,
    einddatum: row.einddatum,
    uitvoeringsvariant: row.uitvoeringsvariant,
    eenheid: row.eenheid,
    tarief: row.tarief === null ? null : Number(row.tarief),
    budget: row.budget === null ? null : Number(row.budget),
    budgetPeriode: row.budget_periode,
    zorgdagen: row.zorgdagen,
    populatie: row.populatie,
  };
}

function values(arrangement: Arrangement): unknown[] {
  return [
    arrangement.standaard,
    arrangement.gemeente,
    arrangement.aanbieder,
    arrangement.productCategorie,
    arrangement.productCode,
    arrangement.ingangsdatum,
    arrangement.einddatum,
    arrangement.uitvoeringsvariant,
    arrangement.eenheid,
    arrangement.tarief,
    arrangement.budget,
    arrangement.budgetPeriode,
    arrangement.zorgdagen,
    arrangement.populatie === null ? null : JSON.stringify(arrangement.populatie),
  ];
}
