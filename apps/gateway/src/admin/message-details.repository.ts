/** What the message page shows besides the message: its chain, earlier outcomes, events, deliveries, handling. */
import type { DataSource } from 'typeorm';

export interface ChainLink {
  readonly id: string;
  readonly direction: 'in' | 'out';
  readonly code: string | null;
  readonly status: string;
  readonly receivedAt: Date;
  readonly answersId: string | null;
  readonly gemeente: string | null;
}

export interface EarlierOutcome {
  readonly status: string;
  readonly findings: Array<{ rule: string; retourcode?: string; message: string }>;
  readonly retourId: string | null;
  readonly processedAt: Date | null;
  readonly supersededAt: Date;
  readonly supersededBy: string;
}

export interface EventRow {
  readonly routingKey: string;
  readonly createdAt: Date;
  readonly publishedAt: Date | null;
}

export interface DeliveryRow {
  readonly id: string;
  readonly messageId: string;
  readonly kind: string;
  readonly status: string;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly deliveredAt: Date | null;
  readonly lastError: string | null;
}

export interface HandledMark {
  readonly gebruikersnaam: string;
  readonly opmerking: string;
  readonly at: Date;
}

const MAX_CHAIN = 50;

export class MessageDetailsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The chain a message belongs to: up through `answers_id` to its first message (and, for a retour
   * we received, to the message of ours it answers, found by IdentificatieRetour), then everything
   * answering that, oldest first.
   */
  async chain(id: string, retourOf?: { identificatie: string; dagtekening: string }): Promise<ChainLink[]> {
    let start = id;
    if (retourOf) {
      const original = (await this.dataSource.query(
        `SELECT id FROM message WHERE direction = 'out' AND identificatie = $1 AND dagtekening = $2 LIMIT 1`,
        [retourOf.identificatie, retourOf.dagtekening],
      )) as Array<{ id: string }>;
      if (original[0]) start = original[0].id;
    }
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE up (id, answers_id, depth) AS (
         SELECT id, answers_id, 0 FROM message WHERE id = $1
         UNION ALL SELECT m.id, m.answers_id, up.depth + 1 FROM message m JOIN up ON m.id = up.answers_id
           WHERE up.depth < $2
       ), root AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),
       down (id, depth) AS (
         SELECT id, 0 FROM root
         UNION ALL SELECT m.id, down.depth + 1 FROM message m JOIN down ON m.answers_id = down.id
           WHERE down.depth < $2
       )
       SELECT DISTINCT m.id, m.direction, m.code, m.status, m.received_at, m.answers_id, m.gemeente
       FROM down JOIN message m ON m.id = down.id
       UNION
       SELECT m.id, m.direction, m.code, m.status, m.received_at, m.answers_id, m.gemeente
       FROM message m WHERE m.id = $3
       ORDER BY received_at, id LIMIT $2`,
      [start, MAX_CHAIN, id],
    )) as Array<{
      id: string;
      direction: 'in' | 'out';
      code: string | null;
      status: string;
      received_at: Date;
      answers_id: string | null;
      gemeente: string | null;
    }>;
    return rows.map((row) => ({
      id: row.id,
      direction: row.direction,
      code: row.code,
      status: row.status,
      receivedAt: row.received_at,
      answersId: row.answers_id,
      gemeente: row.gemeente,
    }));
  }

  async earlierOutcomes(id: string): Promise<EarlierOutcome[]> {
    const rows = (await this.dataSource.query(
      `SELECT status, findings, retour_id, processed_at, superseded_at, superseded_by
       FROM message_outcome WHERE message_id = $1 ORDER BY id`,
      [id],
    )) as Array<{
      status: string;
      findings: EarlierOutcome['findings'];
      retour_id: string | null;
      processed_at: Date | null;
      superseded_at: Date;
      superseded_by: string;
    }>;
    return rows.map((row) => ({
      status: row.status,
      findings: row.findings,
      retourId: row.retour_id,
      processedAt: row.processed_at,
      supersededAt: row.superseded_at,
      supersededBy: row.superseded_by,
    }));
  }

  async events(messageIds: readonly string[]): Promise<EventRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT routing_key, created_at, published_at FROM outbox WHERE message_id = ANY($1::uuid[]) ORDER BY id`,
      [messageIds],
    )) as Array<{ routing_key: string; created_at: Date; published_at: Date | null }>;
    return rows.map((row) => ({
      routingKey: row.routing_key,
      createdAt: row.created_at,
      publishedAt: row.published_at,
    }));
  }

  async deliveries(messageIds: readonly string[]): Promise<DeliveryRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, message_id, kind, status, attempts, created_at, delivered_at, last_error
       FROM delivery WHERE message_id = ANY($1::uuid[]) ORDER BY created_at`,
      [messageIds],
    )) as Array<{
      id: string;
      message_id: string;
      kind: string;
      status: string;
      attempts: number;
      created_at: Date;
      delivered_at: Date | null;
      last_error: string | null;
    }>;
    return rows.map((row) => ({
      id: row.id,
      messageId: row.message_id,
      kind: row.kind,
      status: row.status,
      attempts: row.attempts,
      createdAt: row.created_at,
      deliveredAt: row.delivered_at,
      lastError: row.last_error,
    }));
  }

  async handled(id: string): Promise<HandledMark[]> {
    const rows = (await this.dataSource.query(
      `SELECT gebruikersnaam, opmerking, at FROM message_handled WHERE message_id = $1 ORDER BY id`,
      [id],
    )) as HandledMark[];
    return rows;
  }
}
