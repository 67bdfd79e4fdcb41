/** SQL for the message store: every read and write of the `message` table goes through here. */
import type { DataSource, EntityManager } from 'typeorm';
import { driverPool, valuesList } from '../../../../libs/persistence/src/index.js';
import { newRecord, toRecord, type Row, type StoredInbound } from './message-rows.js';
import type { Finding } from '../../../../libs/istandaarden/src/index.js';

/** Bodies larger than this are read in parts of this size when claimed for processing. */
const BODY_PART_BYTES = 8 * 1024 * 1024;

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

/** A received message claimed for processing: what processing reads of it. */
export type ClaimedMessage = Pick<
  MessageRecord,
  'id' | 'body' | 'channel' | 'standaard' | 'code' | 'envelope'
>;

export interface Completion {
  readonly id: string;
  readonly header: HeaderFacts;
  readonly status: MessageStatus;
  readonly findings: readonly Finding[];
  readonly retourcodes: Readonly<Record<string, readonly string[]>> | null;
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
/** Column types of the message inserts, in the order of their column lists. */
const MESSAGE_TYPES = ['uuid', 'text', 'bytea', 'bytea', 'int', ...Array<string>(10).fill('text')];
const INBOUND_TYPES = [...MESSAGE_TYPES, 'jsonb'];
const OUTBOUND_TYPES = [...MESSAGE_TYPES, 'uuid'];

export type { StoredInbound };

export class MessageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores inbound messages in one statement — one commit for all of them (group commit) — skipping
   * bytes stored before; returns, for each message in order, the stored row and whether it is new.
   * Copies within the batch are stored once; a copy being stored by a concurrent statement waits for
   * that statement's commit (the unique index) and then returns its row.
   */
  async insertInboundMany(messages: readonly NewMessage[]): Promise<StoredInbound[]> {
    const firstOf = new Map<string, NewMessage>();
    for (const message of messages) {
      const key = message.sha256.toString('hex');
      if (!firstOf.has(key)) firstOf.set(key, message);
    }
    const unique = [...firstOf.values()];
    const { sql, parameters } = valuesList(
      INBOUND_TYPES,
      unique.map((m) => [
        ...[m.id, m.channel, m.sha256, m.body, m.body.length, m.standaard ?? null, m.code ?? null],
        ...[m.berichtcode ?? null, m.afzender ?? null, m.ontvanger ?? null, m.identificatie ?? null],
        ...[m.dagtekening ?? null, m.gemeente ?? null, m.aanbieder ?? null, m.status],
        m.envelope === undefined ? null : JSON.stringify(m.envelope),
      ]),
    );
    const inserted = await driverPool(this.dataSource).query<{ id: string; received_at: Date }>(
      `INSERT INTO message (id, channel, sha256, body, size, standaard, code, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder, status, envelope, direction)
       SELECT *, 'in' FROM (${sql}) AS m
       ON CONFLICT (sha256) WHERE direction = 'in' DO NOTHING
       RETURNING id, received_at`,
      parameters,
    );
    const receivedAt = new Map(inserted.rows.map((row) => [row.id, row.received_at]));
    const stored = new Map<string, StoredInbound>();
    for (const message of unique) {
      const at = receivedAt.get(message.id);
      if (at) stored.set(message.sha256.toString('hex'), { record: newRecord(message, at), created: true });
    }
    const earlier = unique.filter((message) => !receivedAt.has(message.id)).map((m) => m.sha256);
    if (earlier.length) {
      const rows = (await this.dataSource.query(
        `SELECT sha256, ${SUMMARY_COLUMNS} FROM message WHERE sha256 = ANY($1::bytea[]) AND direction = 'in'`,
        [earlier],
      )) as Row[];
      for (const row of rows)
        stored.set((row.sha256 as Buffer).toString('hex'), { record: toRecord(row), created: false });
    }
    return messages.map((message) => {
      const key = message.sha256.toString('hex');
      const result = stored.get(key);
      if (!result) throw new Error(`inbound message ${message.id} was neither stored nor found`);
      // A copy later in the same batch gets the first one's row, as a resend would.
      return firstOf.get(key) === message ? result : { record: result.record, created: false };
    });
  }

  /** Stores outbound messages (retours) in one statement. */
  async insertOutboundMany(manager: EntityManager, messages: readonly NewMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const { sql, parameters } = valuesList(
      OUTBOUND_TYPES,
      messages.map((m) => [
        ...[m.id, m.channel, m.sha256, m.body, m.body.length, m.standaard ?? null, m.code ?? null],
        ...[m.berichtcode ?? null, m.afzender ?? null, m.ontvanger ?? null, m.identificatie ?? null],
        ...[m.dagtekening ?? null, m.gemeente ?? null, m.aanbieder ?? null, m.status, m.answersId ?? null],
      ]),
    );
    await manager.query(
      `INSERT INTO message (id, channel, sha256, body, size, standaard, code, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder, status, answers_id, direction)
       SELECT *, 'out' FROM (${sql}) AS m`,
      parameters,
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

  /**
   * Locks up to `limit` received inbound messages for this transaction (others skip them), with what
   * processing reads. A large body is read in parts straight into shared memory (the validation workers
   * read it there): in one piece it would arrive as a hex string twice its size, and buffered again.
   */
  async claimReceived(manager: EntityManager, limit: number, id?: string): Promise<ClaimedMessage[]> {
    const rows = (await manager.query(
      `SELECT id, CASE WHEN octet_length(body) <= $${id ? 3 : 2} THEN body END AS body, octet_length(body) AS size,
         channel, standaard, code, envelope FROM message
       WHERE status = 'received' AND direction = 'in' ${id ? 'AND id = $2' : ''}
       ORDER BY received_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      id ? [limit, id, BODY_PART_BYTES] : [limit, BODY_PART_BYTES],
    )) as Array<ClaimedMessage & { body: Buffer | null; size: number }>;
    const claimed: ClaimedMessage[] = [];
    for (const { size, ...row } of rows)
      claimed.push({ ...row, body: row.body ?? (await this.bodyInParts(manager, row.id, Number(size))) });
    return claimed;
  }

  private async bodyInParts(manager: EntityManager, id: string, size: number): Promise<Buffer> {
    const body = Buffer.from(new SharedArrayBuffer(size));
    for (let offset = 0; offset < size;) {
      // The escape encoding leaves XML's ASCII as it is: half the size of hex, and quick to turn back.
      const rows = (await manager.query(
        `SELECT encode(substring(body FROM $2 FOR $3), 'escape') AS part FROM message WHERE id = $1`,
        [id, offset + 1, BODY_PART_BYTES],
      )) as Array<{ part: string }>;
      const written = writeUnescaped(rows[0]!.part, body, offset);
      if (written === 0) throw new Error(`message ${id} is shorter than its stored size`);
      offset += written;
    }
    return body;
  }

  /** Records the outcome of processing for a batch of messages in one statement. */
  async completeMany(manager: EntityManager, completions: readonly Completion[]): Promise<void> {
    if (completions.length === 0) return;
    const { sql, parameters } = valuesList(
      ['uuid', 'text', 'jsonb', 'jsonb', 'uuid', ...Array<string>(7).fill('text')],
      completions.map((c) => [
        ...[c.id, c.status, JSON.stringify(c.findings), c.retourcodes ? JSON.stringify(c.retourcodes) : null],
        ...[c.retourId, c.header.berichtcode, c.header.afzender, c.header.ontvanger, c.header.identificatie],
        ...[c.header.dagtekening, c.header.gemeente, c.header.aanbieder],
      ]),
    );
    await manager.query(
      `UPDATE message AS m SET status = c.status, findings = c.findings, retourcodes = c.retourcodes,
         retour_id = c.retour_id, processed_at = now(), attempts = m.attempts + 1,
         berichtcode = c.berichtcode, afzender = c.afzender, ontvanger = c.ontvanger, identificatie = c.identificatie,
         dagtekening = c.dagtekening, gemeente = c.gemeente, aanbieder = c.aanbieder
       FROM (${sql}) AS c (id, status, findings, retourcodes, retour_id, berichtcode, afzender, ontvanger,
         identificatie, dagtekening, gemeente, aanbieder)
       WHERE m.id = c.id`,
      parameters,
    );
  }

  /**
   * TR056: of the identifications given, the keys (`identificationKey`) of those an earlier message
   * (not among `exceptIds`) was taken in with — not refused by its schema. Each identification is locked
   * for the transaction first, so instances processing copies at the same time agree on which came first.
   * The lookup joins on the indexed columns, so it costs the same however many messages are stored.
   * (`direction <> 'out'` says `direction = 'in'` — the column allows only those two — in a way that keeps
   * the planner from reading every inbound row through the partial sha256 index instead, which it
   * otherwise does while the table has no statistics yet.)
   */
  async identificationsTakenIn(
    manager: EntityManager,
    identifications: ReadonlyArray<Pick<HeaderFacts, 'afzender' | 'identificatie' | 'dagtekening'>>,
    exceptIds: readonly string[],
  ): Promise<Set<string>> {
    const byKey = new Map(identifications.map((id) => [identificationKey(id), id]));
    const keys = [...byKey.keys()].sort();
    if (keys.length === 0) return new Set();
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t (k, n) ORDER BY n`,
      [keys],
    );
    const unique = keys.map((key) => byKey.get(key)!);
    const rows = (await manager.query(
      `SELECT DISTINCT m.afzender || '|' || m.identificatie || '|' || m.dagtekening AS k
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t (afzender, identificatie, dagtekening)
       JOIN message m ON m.afzender = t.afzender AND m.identificatie = t.identificatie AND m.dagtekening = t.dagtekening
       WHERE m.direction <> 'out' AND m.id <> ALL($4::uuid[]) AND (m.status = 'accepted' OR m.retour_id IS NOT NULL)`,
      [
        unique.map((id) => id.afzender),
        unique.map((id) => id.identificatie),
        unique.map((id) => id.dagtekening),
        exceptIds,
      ],
    )) as Array<{ k: string }>;
    return new Set(rows.map((row) => row.k));
  }
}

/** The key of a message identification: `afzender|identificatie|dagtekening`. */
export function identificationKey(
  header: Pick<HeaderFacts, 'afzender' | 'identificatie' | 'dagtekening'>,
): string {
  return `${header.afzender ?? ''}|${header.identificatie ?? ''}|${header.dagtekening ?? ''}`;
}

const BACKSLASH = 0x5c;

/**
 * Writes the bytes of a bytea in PostgreSQL's `escape` text encoding (a backslash doubled, a zero byte
 * or one with the high bit set as `\nnn` in octal, every other byte as itself) into `target` at
 * `offset`; returns how many bytes it wrote.
 */
export function writeUnescaped(text: string, target: Buffer, offset: number): number {
  let at = offset;
  let from = 0;
  for (let slash = text.indexOf('\\'); slash >= 0; slash = text.indexOf('\\', from)) {
    at += target.write(text.substring(from, slash), at, 'latin1');
    if (text.charCodeAt(slash + 1) === BACKSLASH) {
      target[at++] = BACKSLASH;
      from = slash + 2;
    } else {
      target[at++] = parseInt(text.substring(slash + 1, slash + 4), 8);
      from = slash + 4;
    }
  }
  at += target.write(text.substring(from), at, 'latin1');
  return at - offset;
}
