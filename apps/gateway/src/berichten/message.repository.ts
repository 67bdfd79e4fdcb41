/** SQL for the message store: every read and write of the `message` table goes through here. */
import type { DataSource, EntityManager } from 'typeorm';
import type { Finding } from '../../../../libs/istandaarden/src/index.js';

export type MessageStatus = 'received' | 'accepted' | 'rejected' | 'queued' | 'delivered' | 'chain-error';
export type Channel = 'rest' | 'ggk' | 'gateway';

export interface MessageRecord {
  readonly id: string;
  readonly direction: 'in' | 'out';
  readonly channel: Channel;
  readonly body: Buffer;
  readonly size: number;
  readonly standaard: string | null;
  readonly code: string | null;
  readonly berichtcode: string | null;
  readonly afzender: string | null;
  readonly ontvanger: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly status: MessageStatus;
  readonly findings: Finding[];
  readonly retourcodes: Record<string, string[]> | null;
  readonly answersId: string | null;
  readonly retourId: string | null;
  readonly envelope: unknown;
  readonly receivedAt: Date;
  readonly processedAt: Date | null;
}

export interface Completion {
  readonly id: string;
  readonly header: HeaderFacts;
  readonly status: MessageStatus;
  readonly findings: readonly Finding[];
  readonly retourcodes: Record<string, string[]> | null;
  readonly retourId: string | null;
}

/** What the Header says, stored for searching and for the rules that look at earlier messages. */
export interface HeaderFacts {
  readonly berichtcode: string | null;
  readonly afzender: string | null;
  readonly ontvanger: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
}

export interface NewMessage {
  readonly id: string;
  readonly direction: 'in' | 'out';
  readonly channel: Channel;
  readonly sha256: Buffer;
  readonly body: Buffer;
  readonly standaard?: string;
  readonly code?: string;
  readonly berichtcode?: string;
  readonly afzender?: string;
  readonly ontvanger?: string;
  readonly identificatie?: string;
  readonly dagtekening?: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
  readonly status: MessageStatus;
  readonly answersId?: string;
  readonly envelope?: unknown;
}

const SUMMARY_COLUMNS = `id, direction, channel, size, standaard, code, berichtcode, afzender, ontvanger, identificatie,
  dagtekening, gemeente, aanbieder, status, findings, retourcodes, answers_id, retour_id, envelope, received_at, processed_at`;
const COLUMNS = `body, ${SUMMARY_COLUMNS}`;

type Row = Record<string, unknown>;
const EMPTY = Buffer.alloc(0);

function toRecord(row: Row): MessageRecord {
  return {
    id: row.id as string,
    direction: row.direction as 'in' | 'out',
    channel: row.channel as Channel,
    body: (row.body as Buffer | undefined) ?? EMPTY,
    size: row.size as number,
    standaard: row.standaard as string | null,
    code: row.code as string | null,
    berichtcode: row.berichtcode as string | null,
    afzender: row.afzender as string | null,
    ontvanger: row.ontvanger as string | null,
    identificatie: row.identificatie as string | null,
    dagtekening: row.dagtekening as string | null,
    gemeente: row.gemeente as string | null,
    aanbieder: row.aanbieder as string | null,
    status: row.status as MessageStatus,
    findings: (row.findings as Finding[]) ?? [],
    retourcodes: row.retourcodes as Record<string, string[]> | null,
    answersId: row.answers_id as string | null,
    retourId: row.retour_id as string | null,
    envelope: row.envelope,
    receivedAt: row.received_at as Date,
    processedAt: row.processed_at as Date | null,
  };
}

export class MessageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores an inbound message unless the same bytes were stored before; returns the stored row and whether it was new. */
  async insertInbound(message: NewMessage): Promise<{ record: MessageRecord; created: boolean }> {
    const rows = (await this.dataSource.query(
      `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, code, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder, status, envelope)
       VALUES ($1, 'in', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (sha256) WHERE direction = 'in' DO NOTHING
       RETURNING ${SUMMARY_COLUMNS}`,
      [
        message.id,
        message.channel,
        message.sha256,
        message.body,
        message.body.length,
        message.standaard ?? null,
        message.code ?? null,
        message.berichtcode ?? null,
        message.afzender ?? null,
        message.ontvanger ?? null,
        message.identificatie ?? null,
        message.dagtekening ?? null,
        message.gemeente ?? null,
        message.aanbieder ?? null,
        message.status,
        message.envelope === undefined ? null : JSON.stringify(message.envelope),
      ],
    )) as Row[];
    if (rows[0]) return { record: toRecord(rows[0]), created: true };
    const existing = (await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM message WHERE sha256 = $1 AND direction = 'in'`,
      [message.sha256],
    )) as Row[];
    return { record: toRecord(existing[0]!), created: false };
  }

  /** Stores outbound messages (retours) in one statement. */
  async insertOutboundMany(manager: EntityManager, messages: readonly NewMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const column = <T>(pick: (message: NewMessage) => T) => messages.map(pick);
    await manager.query(
      `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, code, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder, status, answers_id)
       SELECT id, 'out', channel, sha256, body, length(body), standaard, code, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder, status, answers_id
       FROM unnest($1::uuid[], $2::text[], $3::bytea[], $4::bytea[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::uuid[])
         AS m (id, channel, sha256, body, standaard, code, berichtcode, afzender, ontvanger, identificatie, dagtekening,
           gemeente, aanbieder, status, answers_id)`,
      [
        column((m) => m.id),
        column((m) => m.channel),
        column((m) => m.sha256),
        column((m) => m.body),
        column((m) => m.standaard ?? null),
        column((m) => m.code ?? null),
        column((m) => m.berichtcode ?? null),
        column((m) => m.afzender ?? null),
        column((m) => m.ontvanger ?? null),
        column((m) => m.identificatie ?? null),
        column((m) => m.dagtekening ?? null),
        column((m) => m.gemeente ?? null),
        column((m) => m.aanbieder ?? null),
        column((m) => m.status),
        column((m) => m.answersId ?? null),
      ],
    );
  }

  /** `count` numbers for our own message identifications. */
  async nextIdentificaties(manager: EntityManager, count: number): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT nextval('outbound_identificatie')::text AS n FROM generate_series(1, $1)`,
      [count],
    )) as Array<{ n: string }>;
    return rows.map((row) => row.n);
  }

  /** A message; its body only when `withBody`. */
  async findById(id: string, withBody = false): Promise<MessageRecord | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT ${withBody ? COLUMNS : SUMMARY_COLUMNS} FROM message WHERE id = $1`,
      [id],
    )) as Row[];
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** Locks up to `limit` received inbound messages for this transaction; others skip them. */
  async claimReceived(manager: EntityManager, limit: number, id?: string): Promise<MessageRecord[]> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS} FROM message
       WHERE status = 'received' AND direction = 'in' ${id ? 'AND id = $2' : ''}
       ORDER BY received_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      id ? [limit, id] : [limit],
    )) as Row[];
    return rows.map(toRecord);
  }

  /** Records the outcome of processing for a batch of messages in one statement. */
  async completeMany(manager: EntityManager, completions: readonly Completion[]): Promise<void> {
    if (completions.length === 0) return;
    await manager.query(
      `UPDATE message AS m SET status = c.status, findings = c.findings, retourcodes = c.retourcodes,
         retour_id = c.retour_id, processed_at = now(), attempts = m.attempts + 1,
         berichtcode = c.berichtcode, afzender = c.afzender, ontvanger = c.ontvanger, identificatie = c.identificatie,
         dagtekening = c.dagtekening, gemeente = c.gemeente, aanbieder = c.aanbieder
       FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::jsonb[], $5::uuid[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[])
         AS c (id, status, findings, retourcodes, retour_id, berichtcode, afzender, ontvanger, identificatie, dagtekening,
           gemeente, aanbieder)
       WHERE m.id = c.id`,
      [
        completions.map((c) => c.id),
        completions.map((c) => c.status),
        completions.map((c) => JSON.stringify(c.findings)),
        completions.map((c) => (c.retourcodes ? JSON.stringify(c.retourcodes) : null)),
        completions.map((c) => c.retourId),
        completions.map((c) => c.header.berichtcode),
        completions.map((c) => c.header.afzender),
        completions.map((c) => c.header.ontvanger),
        completions.map((c) => c.header.identificatie),
        completions.map((c) => c.header.dagtekening),
        completions.map((c) => c.header.gemeente),
        completions.map((c) => c.header.aanbieder),
      ],
    );
  }

  /**
   * TR056: of the identifications `afzender|identificatie|dagtekening` given, those an earlier message
   * (not among `exceptIds`) was taken in with — not refused by its schema. Each identification is locked
   * for the transaction first, so instances processing copies at the same time agree on which came first.
   */
  async identificationsTakenIn(
    manager: EntityManager,
    keys: readonly string[],
    exceptIds: readonly string[],
  ): Promise<Set<string>> {
    const unique = [...new Set(keys)].sort();
    if (unique.length === 0) return new Set();
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t (k, n) ORDER BY n`,
      [unique],
    );
    const rows = (await manager.query(
      `SELECT DISTINCT afzender || '|' || identificatie || '|' || dagtekening AS k FROM message
       WHERE direction = 'in' AND afzender || '|' || identificatie || '|' || dagtekening = ANY($1::text[])
         AND id <> ALL($2::uuid[]) AND (status = 'accepted' OR retour_id IS NOT NULL)`,
      [unique, exceptIds],
    )) as Array<{ k: string }>;
    return new Set(rows.map((row) => row.k));
  }
}
