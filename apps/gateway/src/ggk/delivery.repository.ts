/** SQL for outbound deliveries to the GGk: queued with the message they carry, claimed when due. */
import type { EntityManager } from 'typeorm';

export type DeliveryKind = 'Di01' | 'Du01' | 'Fo01';

export interface NewDelivery {
  readonly id: string;
  readonly messageId: string;
  readonly kind: DeliveryKind;
  readonly envelope: string;
}

export interface DueDelivery extends NewDelivery {
  readonly attempts: number;
}

export class DeliveryRepository {
  async addMany(manager: EntityManager, deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await manager.query(
      `INSERT INTO delivery (id, message_id, kind, envelope)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
      [
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.messageId),
        deliveries.map((d) => d.kind),
        deliveries.map((d) => d.envelope),
      ],
    );
  }

  async claimDue(manager: EntityManager, limit: number): Promise<DueDelivery[]> {
    const rows = (await manager.query(
      `SELECT id, message_id, kind, envelope, attempts FROM delivery
       WHERE status = 'pending' AND next_attempt_at <= now()
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

  async markDelivered(manager: EntityManager, delivery: DueDelivery): Promise<void> {
    await manager.query(
      `UPDATE delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1 WHERE id = $1`,
      [delivery.id],
    );
    await manager.query(`UPDATE message SET status = 'delivered' WHERE id = $1 AND direction = 'out'`, [
      delivery.messageId,
    ]);
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
