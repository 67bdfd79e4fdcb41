/**
 * Storage for the message hot path.
 * - Claiming received messages (`status = 'received' AND direction = 'in' ORDER BY received_at LIMIT n
 *   FOR UPDATE SKIP LOCKED`) needs one index that matches both conditions: with the earlier one (status
 *   only) the planner combined two bitmap scans and sorted the whole backlog, bodies included, on every
 *   claim — and bitmap scans never mark dead index entries, so the cost grew with every processed
 *   message until a vacuum.
 * - The answers index only serves lookups by a retour's original, so it leaves out the rows without one
 *   (every inbound message): fewer index entries to write per message.
 * - Message bodies are compressed with lz4 where the server has it: several times cheaper than the
 *   default pglz to compress on insert and to decompress on every read, for about the same size.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HotPathStorage1764000000100 implements MigrationInterface {
  name = 'HotPathStorage1764000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX message_inbound_to_process ON message (received_at) WHERE status = 'received' AND direction = 'in'`,
    );
    await db.query(`DROP INDEX message_to_process`);
    await db.query(`CREATE INDEX message_answered ON message (answers_id) WHERE answers_id IS NOT NULL`);
    await db.query(`DROP INDEX message_answers`);
    if (await lz4Available(db)) await db.query(`ALTER TABLE message ALTER COLUMN body SET COMPRESSION lz4`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE message ALTER COLUMN body SET COMPRESSION default`);
    await db.query(`CREATE INDEX message_answers ON message (answers_id)`);
    await db.query(`DROP INDEX message_answered`);
    await db.query(`CREATE INDEX message_to_process ON message (received_at) WHERE status = 'received'`);
    await db.query(`DROP INDEX message_inbound_to_process`);
  }
}

/** Whether the server was built with lz4 (PostgreSQL builds without it, such as the embedded one, keep pglz). */
async function lz4Available(db: QueryRunner): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  )) as Array<{ lz4: boolean }>;
  return rows[0]?.lz4 === true;
}
