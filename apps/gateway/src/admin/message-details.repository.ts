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
    return (await this.dataSource.query(
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
       SELECT DISTINCT m.id, m.direction, m.code, m.status, m.received_at AS "receivedAt",
         m.answers_id AS "answersId", m.gemeente
       FROM down JOIN message m ON m.id = down.id
       UNION
       SELECT m.id, m.direction, m.code, m.status, m.received_at, m.answers_id, m.gemeente
       FROM message m WHERE m.id = $3
       ORDER BY "receivedAt", id LIMIT $2`,
      [start, MAX_CHAIN, id],
    )) as ChainLink[];
  }

  async earlierOutcomes(id: string): Promise<EarlierOutcome[]> {
    return (await this.dataSource.query(
      `SELECT status, findings, retour_id AS "retourId", processed_at AS "processedAt",
         superseded_at AS "supersededAt", superseded_by AS "supersededBy"
       FROM message_outcome WHERE message_id = $1 ORDER BY id`,
      [id],
    )) as EarlierOutcome[];
  }

  async events(messageIds: readonly string[]): Promise<EventRow[]> {
    return (await this.dataSource.query(
      `SELECT routing_key AS "routingKey", created_at AS "createdAt", published_at AS "publishedAt"
       FROM outbox WHERE message_id = ANY($1::uuid[]) ORDER BY id`,
      [messageIds],
    )) as EventRow[];
  }

  async deliveries(messageIds: readonly string[]): Promise<DeliveryRow[]> {
    return (await this.dataSource.query(
      `SELECT id, message_id AS "messageId", kind, status, attempts, created_at AS "createdAt",
         delivered_at AS "deliveredAt", last_error AS "lastError"
       FROM delivery WHERE message_id = ANY($1::uuid[]) ORDER BY created_at`,
      [messageIds],
    )) as DeliveryRow[];
  }

  async handled(id: string): Promise<HandledMark[]> {
    const rows = (await this.dataSource.query(
      `SELECT gebruikersnaam, opmerking, at FROM message_handled WHERE message_id = $1 ORDER BY id`,
      [id],
    )) as HandledMark[];
    return rows;
  }
}
