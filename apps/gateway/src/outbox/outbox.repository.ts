/** SQL for the transactional outbox: events are written with the state change and relayed later. */
import type { EntityManager } from 'typeorm';
import type { GatewayEvent } from '../../../../libs/messaging/src/index.js';
import { valuesList } from '../../../../libs/persistence/src/index.js';

export interface OutboxRow {
  readonly id: string;
  readonly eventId: string;
  readonly routingKey: string;
  readonly payload: GatewayEvent;
}

/**
 * An event waiting to be published: its JSON text as stored, sent on as it is — or, for an event
 * larger than the relay's limit, its envelope without `data` (and a declaration's `beoordeling`),
 * with the stored size, to be published with a reference to the whole event instead.
 */
export type PendingEvent = PendingEventBase &
  (
    | { readonly payload: string }
    | { readonly envelope: string; readonly bytes: number; readonly berichtId: string }
  );

interface PendingEventBase {
  readonly id: string;
  readonly eventId: string;
  readonly routingKey: string;
  readonly type: string;
  readonly occurredAt: Date;
}

/** The members of an event left out of its envelope when it is too large to publish whole. */
const LARGE_EVENT_MEMBERS = ['data', 'beoordeling'] as const;

/** The payload is JSON text (`json`): the relay sends it on unread (migration 1764000000900). */
const COLUMNS = ['uuid', 'text', 'json', 'text', 'timestamptz', 'uuid'];

function row(key: string, event: GatewayEvent): unknown[] {
  return [event.id, key, JSON.stringify(event), event.type, event.occurredAt, event.berichtId];
}

export class OutboxRepository {
  async add(manager: EntityManager, routingKey: string, event: GatewayEvent): Promise<void> {
    await this.addMany(manager, [{ key: routingKey, event }]);
  }

  async addMany(
    manager: EntityManager,
    events: ReadonlyArray<{ key: string; event: GatewayEvent }>,
  ): Promise<void> {
    if (events.length === 0) return;
    const { sql, parameters } = valuesList(
      COLUMNS,
      events.map(({ key, event }) => row(key, event)),
    );
    await manager.query(
      `INSERT INTO outbox (event_id, routing_key, payload, event_type, occurred_at, message_id) ${sql}`,
      parameters,
    );
  }

  /**
   * Locks the oldest unpublished events for this transaction; other relays skip them. An event of more
   * than `maxBytes` about a stored message comes as its envelope: the whole of it stays in the outbox,
   * for the API (events about no message — a period close — are small and always come whole).
   */
  async claimUnpublished(manager: EntityManager, limit: number, maxBytes: number): Promise<PendingEvent[]> {
    const rows = (await manager.query(
      // (The payload's own type and time stand in for rows an instance without those columns wrote.)
      `SELECT id, event_id, routing_key, message_id, size,
         CASE WHEN size <= $2 OR message_id IS NULL THEN payload::text END AS payload,
         CASE WHEN size > $2 AND message_id IS NOT NULL THEN (SELECT json_object_agg(key, value) FROM json_each(payload)
           WHERE key <> ALL ($3::text[]))::text END AS envelope,
         COALESCE(event_type, payload->>'type') AS event_type,
         COALESCE(occurred_at, (payload->>'occurredAt')::timestamptz) AS occurred_at
       FROM (SELECT *, octet_length(payload::text) AS size FROM outbox
         WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) AS claimed
       ORDER BY id`,
      [limit, maxBytes, LARGE_EVENT_MEMBERS],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => {
      const base = {
        id: String(row.id),
        eventId: row.event_id as string,
        routingKey: row.routing_key as string,
        type: row.event_type as string,
        occurredAt: row.occurred_at as Date,
      };
      return row.envelope === null
        ? { ...base, payload: row.payload as string }
        : {
            ...base,
            envelope: row.envelope as string,
            bytes: Number(row.size),
            berichtId: row.message_id as string,
          };
    });
  }

  /** The stored JSON text of one event of a message, or undefined. */
  async eventText(manager: EntityManager, messageId: string, eventId: string): Promise<string | undefined> {
    const rows = (await manager.query(
      `SELECT payload::text AS payload FROM outbox WHERE message_id = $1 AND event_id = $2`,
      [messageId, eventId],
    )) as Array<{ payload: string }>;
    return rows[0]?.payload;
  }

  async markPublished(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length)
      await manager.query(`UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async markFailed(manager: EntityManager, ids: readonly string[], error: string): Promise<void> {
    if (ids.length) {
      await manager.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`,
        [ids, error],
      );
    }
  }

  async listForMessage(
    manager: EntityManager,
    messageId: string,
  ): Promise<Array<OutboxRow & { publishedAt: Date | null }>> {
    const rows = (await manager.query(
      `SELECT id, event_id, routing_key, payload, published_at FROM outbox WHERE message_id = $1 ORDER BY id`,
      [messageId],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      id: String(row.id),
      eventId: row.event_id as string,
      routingKey: row.routing_key as string,
      payload: row.payload as GatewayEvent,
      publishedAt: row.published_at as Date | null,
    }));
  }

  async countUnpublished(manager: EntityManager): Promise<number> {
    const rows = (await manager.query(
      `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`,
    )) as Array<{ n: number }>;
    return rows[0]?.n ?? 0;
  }
}
