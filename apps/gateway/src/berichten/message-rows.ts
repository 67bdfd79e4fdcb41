/** Rows of the `message` table as records: read back, or known without reading back after an insert. */
import type { Finding } from '../../../../libs/istandaarden/src/index.js';
import type { Channel, MessageRecord, MessageStatus, NewMessage } from './message.repository.js';

export type Row = Record<string, unknown>;
const EMPTY = Buffer.alloc(0);

export interface StoredInbound {
  readonly record: MessageRecord;
  readonly created: boolean;
}

/** The row just stored for `message`, without reading it back. */
export function newRecord(message: NewMessage, receivedAt: Date): MessageRecord {
  return {
    id: message.id,
    direction: 'in',
    channel: message.channel,
    body: EMPTY,
    size: message.body.length,
    standaard: message.standaard ?? null,
    code: message.code ?? null,
    berichtcode: message.berichtcode ?? null,
    afzender: message.afzender ?? null,
    ontvanger: message.ontvanger ?? null,
    identificatie: message.identificatie ?? null,
    dagtekening: message.dagtekening ?? null,
    gemeente: message.gemeente ?? null,
    aanbieder: message.aanbieder ?? null,
    status: message.status,
    findings: [],
    retourcodes: null,
    answersId: null,
    retourId: null,
    envelope: message.envelope ?? null,
    receivedAt,
    processedAt: null,
  };
}

export function toRecord(row: Row): MessageRecord {
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
