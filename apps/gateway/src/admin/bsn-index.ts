/**
 * The BSN search index: for every BSN in a processed message a keyed hash (HMAC-SHA256, key generated
 * in the database at installation), so the console can find messages by exact BSN without the BSN
 * being stored or indexed in clear anywhere outside the message itself.
 */
import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** A BSN element's text, with or without a namespace prefix. */
const BSN_ELEMENT = /<(?:[\w.-]+:)?Bsn>\s*(\d{9})\s*<\/(?:[\w.-]+:)?Bsn>/g;

/** A large body is searched in windows of this many bytes, each overlapping the next by OVERLAP. */
const WINDOW = 1024 * 1024;
const OVERLAP = 4096;

/**
 * The distinct BSNs in a message body. A large body is read in overlapping windows (as latin1: the
 * element names and digits searched for are ASCII), so a 50 MB declaration is never one 50 MB string.
 */
export function bsnsIn(body: Buffer | string): string[] {
  const found = new Set<string>();
  const search = (text: string) => {
    for (const match of text.matchAll(BSN_ELEMENT)) found.add(match[1]!);
  };
  if (typeof body === 'string') search(body);
  else
    for (let start = 0; start < body.length; start += WINDOW)
      search(body.toString('latin1', start, Math.min(body.length, start + WINDOW + OVERLAP)));
  return [...found];
}

export function bsnHmac(key: Buffer, bsn: string): Buffer {
  return createHmac('sha256', key).update(bsn).digest();
}

export class BsnIndex {
  private key: Buffer | undefined;

  async hmacKey(manager: EntityManager): Promise<Buffer> {
    if (!this.key) {
      const rows = (await manager.query(`SELECT value FROM admin_secret WHERE name = 'bsn-hmac'`)) as Array<{
        value: Buffer;
      }>;
      if (!rows[0]) throw new Error('the BSN index key is missing (migration AdminConsole not run?)');
      this.key = rows[0].value;
    }
    return this.key;
  }

  /** Indexes the BSNs of processed messages, in the caller's transaction (repeated calls add nothing). */
  async record(manager: EntityManager, messages: ReadonlyArray<{ id: string; body: Buffer }>): Promise<void> {
    const pairs = messages.flatMap((message) => bsnsIn(message.body).map((bsn) => ({ id: message.id, bsn })));
    if (pairs.length === 0) return;
    const key = await this.hmacKey(manager);
    await manager.query(
      `INSERT INTO message_bsn (bsn_hmac, message_id) SELECT * FROM unnest($1::bytea[], $2::uuid[])
       ON CONFLICT DO NOTHING`,
      [pairs.map((pair) => bsnHmac(key, pair.bsn)), pairs.map((pair) => pair.id)],
    );
  }
}
