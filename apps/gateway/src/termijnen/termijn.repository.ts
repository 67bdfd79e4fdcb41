/** SQL for the termijnen (response deadlines): opened with the message that starts them, closed by the answer. */
import type { EntityManager } from 'typeorm';
import { valuesList } from '../../../../libs/persistence/src/index.js';
import type { Termijn, TermijnSoort } from '../../../../libs/domain/src/index.js';

export interface NewTermijn {
  readonly messageId: string;
  readonly standaard: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly termijn: Termijn;
  /** The message whose delivery to the GGk meets the deadline (our retour through the chain). */
  readonly sluitBijAflevering?: string;
}

export interface TermijnView {
  readonly id: string;
  readonly berichtId: string;
  /** The message that opened the deadline, e.g. `JW301`. */
  readonly berichtcode: string | null;
  readonly soort: TermijnSoort;
  readonly standaard: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly partij: 'gemeente' | 'aanbieder';
  readonly verwacht: string[];
  readonly begindatum: string;
  /** The deadline in working days, or (the woonplaatsbeginsel's) in calendar days: one of the two is null. */
  readonly werkdagen: number | null;
  readonly kalenderdagen: number | null;
  readonly uiterlijk: string;
  readonly afgehandeld: string | null;
  readonly afgehandeldDoor: string | null;
  readonly verlopen: boolean;
}

export type TermijnFilter = 'verlopen' | 'open' | 'alle';

const COLUMNS = `id::text, message_id, (SELECT code FROM message m WHERE m.id = termijn.message_id) AS code, soort, standaard, gemeente, aanbieder, partij, verwacht,
  to_char(begindatum, 'YYYY-MM-DD') AS begindatum, werkdagen, kalenderdagen, to_char(uiterlijk, 'YYYY-MM-DD') AS uiterlijk,
  afgehandeld_at, afgehandeld_door, verlopen_at`;

export class TermijnRepository {
  async open(manager: EntityManager, termijnen: readonly NewTermijn[]): Promise<void> {
    if (termijnen.length === 0) return;
    const { sql, parameters } = valuesList(
      ['uuid', 'text', 'text', 'text', 'text', 'text', 'text[]', 'date', 'int', 'int', 'date', 'uuid'],
      termijnen.map(({ termijn: t, ...owner }) => [
        ...[owner.messageId, t.soort, owner.standaard, owner.gemeente, owner.aanbieder, t.partij],
        ...[t.verwacht, t.begindatum, t.werkdagen ?? null, t.kalenderdagen ?? null, t.uiterlijk],
        owner.sluitBijAflevering ?? null,
      ]),
    );
    await manager.query(
      `INSERT INTO termijn (message_id, soort, standaard, gemeente, aanbieder, partij, verwacht, begindatum, werkdagen,
         kalenderdagen, uiterlijk, sluit_bij_aflevering) ${sql}
       ON CONFLICT (message_id, soort) DO NOTHING`,
      parameters,
    );
  }

  /** The day a deadline of `messageId` began (the day the message was sent or received), if it has one of `soort`. */
  async begindatum(
    manager: EntityManager,
    messageId: string,
    soort: TermijnSoort,
  ): Promise<string | undefined> {
    const rows = (await manager.query(
      `SELECT to_char(begindatum, 'YYYY-MM-DD') AS begindatum FROM termijn WHERE message_id = $1 AND soort = $2`,
      [messageId, soort],
    )) as Array<{ begindatum: string }>;
    return rows[0]?.begindatum;
  }

  /** Meets the open deadlines of `messageId` (of the kinds given) with the message `door`. */
  async close(
    manager: EntityManager,
    messageId: string,
    soorten: readonly TermijnSoort[],
    door: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE termijn SET afgehandeld_at = now(), afgehandeld_door = $3
       WHERE message_id = $1 AND soort = ANY($2::text[]) AND afgehandeld_at IS NULL`,
      [messageId, soorten, door],
    );
  }

  /** Meets the deadlines waiting for the delivery of each of `messageIds` (our retours, taken by the GGk). */
  async closeByDelivery(manager: EntityManager, messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await manager.query(
      `UPDATE termijn SET afgehandeld_at = now(), afgehandeld_door = sluit_bij_aflevering
       WHERE sluit_bij_aflevering = ANY($1::uuid[]) AND afgehandeld_at IS NULL`,
      [messageIds],
    );
  }

  /** Locks open deadlines that passed before `today` and have no overdue event yet; other instances skip them. */
  async claimOverdue(manager: EntityManager, today: string, limit: number): Promise<TermijnView[]> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM termijn
       WHERE afgehandeld_at IS NULL AND verlopen_at IS NULL AND uiterlijk < $1::date
       ORDER BY uiterlijk LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit],
    )) as Row[];
    return rows.map(toView);
  }

  async markOverdue(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length)
      await manager.query(`UPDATE termijn SET verlopen_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async list(
    manager: EntityManager,
    filter: TermijnFilter,
    today: string,
    where: { gemeente?: string; aanbieder?: string },
    limit: number,
  ): Promise<TermijnView[]> {
    const condition =
      filter === 'verlopen'
        ? 'afgehandeld_at IS NULL AND uiterlijk < $1::date'
        : filter === 'open'
          ? 'afgehandeld_at IS NULL AND $1::date IS NOT NULL'
          : '$1::date IS NOT NULL';
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM termijn
       WHERE ${condition} AND ($2::text IS NULL OR gemeente = $2) AND ($3::text IS NULL OR aanbieder = $3)
       ORDER BY uiterlijk, id LIMIT $4`,
      [today, where.gemeente ?? null, where.aanbieder ?? null, limit],
    )) as Row[];
    return rows.map((row) => ({
      ...toView(row),
      verlopen: !row.afgehandeld_at && String(row.uiterlijk) < today,
    }));
  }
}

type Row = Record<string, unknown>;

function toView(row: Row): TermijnView {
  return {
    id: String(row.id),
    berichtId: row.message_id as string,
    berichtcode: row.code as string | null,
    soort: row.soort as TermijnSoort,
    standaard: row.standaard as string,
    gemeente: row.gemeente as string | null,
    aanbieder: row.aanbieder as string | null,
    partij: row.partij as 'gemeente' | 'aanbieder',
    verwacht: row.verwacht as string[],
    begindatum: row.begindatum as string,
    werkdagen: (row.werkdagen as number | null) ?? null,
    kalenderdagen: (row.kalenderdagen as number | null) ?? null,
    uiterlijk: row.uiterlijk as string,
    afgehandeld: row.afgehandeld_at ? (row.afgehandeld_at as Date).toISOString() : null,
    afgehandeldDoor: (row.afgehandeld_door as string | null) ?? null,
    verlopen: row.verlopen_at !== null,
  };
}
