/** SQL for outbound deliveries to the GGk: queued with the message they carry, claimed when due. */
import type { EntityManager } from 'typeorm';

export type DeliveryKind = 'Di01' | 'Du01' | 'Fo01';

export interface NewDelivery {
  readonly id: string;
  readonly messageId: string;
  readonly kind: DeliveryKind;
  readonly envelope: string;
}

export interface DeliveryView {
  readonly id: string;
  readonly berichtId: string;
  readonly berichtcode: string | null;
  readonly kind: DeliveryKind;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly nextAttemptAt: string;
  readonly deliveredAt: string | null;
}

export interface DueDelivery extends NewDelivery {
  readonly attempts: number;
}

/**
 * The referentienummer in the stuurgegevens of an envelope we built (libs/stuf-ggk writes it before
 * any other element of that name): what the chain's Fo01 names as its crossRefnummer.
 */
const REFERENTIENUMMER = /<(?:[\w.-]+:)?referentienummer>([^<]+)<\//;

export class DeliveryRepository {
  async addMany(manager: EntityManager, deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    // A Di01 keeps its pair (gemeente:aanbieder of the message it carries, stored before it) for
    // claimDue's order; created_at is the time of the insert, which per pair follows the owner lock.
    await manager.query(
      `INSERT INTO delivery (id, message_id, kind, envelope, referentienummer, volgorde, created_at)
       SELECT d.id, d.message_id, d.kind, d.envelope, d.referentienummer,
         CASE WHEN d.kind = 'Di01' THEN (SELECT m.gemeente || ':' || m.aanbieder FROM message m WHERE m.id = d.message_id) END,
         clock_timestamp()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[])
         AS d (id, message_id, kind, envelope, referentienummer)`,
      [
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.messageId),
        deliveries.map((d) => d.kind),
        deliveries.map((d) => d.envelope),
        deliveries.map((d) => REFERENTIENUMMER.exec(d.envelope)?.[1] ?? null),
      ],
    );
  }

  /** The message carried by our envelope with `referentienummer` (what a Fo01's crossRefnummer names). */
  async messageWithReferentienummer(
    manager: EntityManager,
    referentienummer: string,
  ): Promise<string | undefined> {
    const rows = (await manager.query(
      `SELECT message_id FROM delivery WHERE referentienummer = $1 ORDER BY created_at LIMIT 1`,
      [referentienummer],
    )) as Array<{ message_id: string }>;
    return rows[0]?.message_id;
  }

  /**
   * The chain refused a message after taking it: the message gets status chain-error, and the stored
   * Fo01 that says so is recorded as answering it.
   */
  async markChainError(manager: EntityManager, messageId: string, fo01Id: string): Promise<void> {
    await manager.query(`UPDATE message SET status = 'chain-error' WHERE id = $1 AND direction = 'out'`, [
      messageId,
    ]);
    await manager.query(`UPDATE message SET answers_id = $2 WHERE id = $1`, [fo01Id, messageId]);
  }

  /**
   * Locks deliveries that are due for this transaction; other instances skip them. A Di01 only when no
   * older Di01 of its gemeente and aanbieder is pending (retrying, or being sent by another instance):
   * what one gemeente sends one aanbieder goes out in the order it was queued, one at a time. A parked
   * one no longer holds the ones after it.
   */
  async claimDue(manager: EntityManager, limit: number): Promise<DueDelivery[]> {
    const rows = (await manager.query(
      `SELECT id, message_id, kind, envelope, attempts FROM delivery d
       WHERE status = 'pending' AND next_attempt_at <= now()
         AND (volgorde IS NULL OR NOT EXISTS (
           SELECT 1 FROM delivery e
           WHERE e.volgorde = d.volgorde AND e.status = 'pending' AND (e.created_at, e.id) < (d.created_at, d.id)))
       ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      id: row.id as string,
      messageId: row.message_id as string,
      kind: row.kind as DeliveryKind,
      envelope: row.envelope as string,
      attempts: row.attempts as number,
    }));
  }

  /** Deliveries the GGk took (Bv03), and the messages they carried, in two statements. */
  async markDelivered(manager: EntityManager, deliveries: readonly DueDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await manager.query(
      `UPDATE delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1
       WHERE id = ANY($1::uuid[])`,
      [deliveries.map((d) => d.id)],
    );
    // Only from queued: a retour that already came back has set the outcome.
    await manager.query(
      `UPDATE message SET status = 'delivered'
       WHERE id = ANY($1::uuid[]) AND direction = 'out' AND status = 'queued'`,
      [deliveries.map((d) => d.messageId)],
    );
  }

  /** A failed attempt: tried again after `retryInMs`, or parked (visible, resendable) when `park`. */
  async markFailed(
    manager: EntityManager,
    delivery: DueDelivery,
    error: string,
    retryInMs: number,
    park: boolean,
  ): Promise<void> {
    await manager.query(
      `UPDATE delivery SET attempts = attempts + 1, last_error = $2, status = $3,
         next_attempt_at = now() + ($4::int * interval '1 millisecond')
       WHERE id = $1`,
      [delivery.id, error.slice(0, 1000), park ? 'parked' : 'pending', retryInMs],
    );
  }

  /** Deliveries in a status (parked ones by default), oldest first. */
  async list(manager: EntityManager, status: string, limit: number): Promise<DeliveryView[]> {
    const rows = (await manager.query(
      `SELECT d.id, d.message_id, d.kind, d.status, d.attempts, d.last_error, d.created_at, d.next_attempt_at,
         d.delivered_at, m.code
       FROM delivery d JOIN message m ON m.id = d.message_id
       WHERE d.status = $1 ORDER BY d.created_at LIMIT $2`,
      [status, limit],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      id: row.id as string,
      berichtId: row.message_id as string,
      berichtcode: row.code as string | null,
      kind: row.kind as DeliveryKind,
      status: row.status as string,
      attempts: row.attempts as number,
      lastError: row.last_error as string | null,
      createdAt: (row.created_at as Date).toISOString(),
      nextAttemptAt: (row.next_attempt_at as Date).toISOString(),
      deliveredAt: row.delivered_at ? (row.delivered_at as Date).toISOString() : null,
    }));
  }

  /** Puts a parked delivery back in the queue with a fresh retry budget; false when it is not parked. */
  async resend(manager: EntityManager, id: string): Promise<'resent' | 'not-parked' | 'not-found'> {
    const rows = (await manager.query(
      `UPDATE delivery SET status = 'pending', attempts = 0, next_attempt_at = now()
       WHERE id = $1 AND status = 'parked' RETURNING id`,
      [id],
    )) as [unknown[], number] | unknown[];
    const updated = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : (rows as unknown[]);
    if (updated.length) return 'resent';
    const exists = (await manager.query(`SELECT 1 FROM delivery WHERE id = $1`, [id])) as unknown[];
    return exists.length ? 'not-parked' : 'not-found';
  }

  async listForMessage(
    manager: EntityManager,
    messageId: string,
  ): Promise<Array<{ kind: string; status: string; attempts: number }>> {
    return (await manager.query(
      `SELECT kind, status, attempts FROM delivery WHERE message_id = $1 ORDER BY created_at`,
      [messageId],
    )) as Array<{ kind: string; status: string; attempts: number }>;
  }
}
