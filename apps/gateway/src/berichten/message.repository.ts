/** SQL for the message store: every read and write of the `message` table goes through here. */
import type { DataSource, EntityManager } from 'typeorm';
import type { Finding } from '../../../../libs/istandaarden/src/index.js';

export type MessageStatus = 'received' | 'accepted' | 'rejected' | 'queued' | 'delivered';
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

const COLUMNS = `id, direction, channel, body, size, standaard, code, berichtcode, afzender, ontvanger, identificatie,
  dagtekening, gemeente, aanbieder, status, findings, retourcodes, answers_id, retour_id, envelope, received_at, processed_at`;

type Row = Record<string, unknown>;

function toRecord(row: Row): MessageRecord {
  return {
    id: row.id as string,
    direction: row.direction as 'in' | 'out',
    channel: row.channel as Channel,
    body: row.body as Buffer,
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
       RETURNING ${COLUMNS}`,
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
      `SELECT ${COLUMNS} FROM message WHERE sha256 = $1 AND direction = 'in'`,
      [message.sha256],
    )) as Row[];
    return { record: toRecord(existing[0]!), created: false };
  }

  async insertOutbound(manager: EntityManager, message: NewMessage): Promise<void> {
    await manager.query(
      `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, code, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder, status, answers_id)
       VALUES ($1, 'out', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
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
        message.answersId ?? null,
      ],
    );
  }

  async findById(id: string): Promise<MessageRecord | undefined> {
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM message WHERE id = $1`, [id])) as Row[];
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

  async completeProcessing(
    manager: EntityManager,
    id: string,
    outcome: {
      status: MessageStatus;
      findings: readonly Finding[];
      retourcodes: Record<string, string[]> | null;
      retourId: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE message SET status = $2, findings = $3, retourcodes = $4, retour_id = $5, processed_at = now(),
         attempts = attempts + 1
       WHERE id = $1`,
      [
        id,
        outcome.status,
        JSON.stringify(outcome.findings),
        outcome.retourcodes ? JSON.stringify(outcome.retourcodes) : null,
        outcome.retourId,
      ],
    );
  }

  /** TR056: an earlier message of this sender with the same identification that was taken in (not refused by its schema). */
  async identificatieBestaat(
    manager: EntityManager,
    afzender: string,
    identificatie: string,
    dagtekening: string,
    exceptId: string,
  ): Promise<boolean> {
    // Serialise the check per identification, so two copies processed at once cannot both pass.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `${afzender}|${identificatie}|${dagtekening}`,
    ]);
    const rows = (await manager.query(
      `SELECT 1 FROM message
       WHERE direction = 'in' AND afzender = $1 AND identificatie = $2 AND dagtekening = $3 AND id <> $4
         AND (status = 'accepted' OR retour_id IS NOT NULL)
       LIMIT 1`,
      [afzender, identificatie, dagtekening, exceptId],
    )) as Row[];
    return rows.length > 0;
  }
}
