/**
 * What the gemeente sends one aanbieder (Di01) goes out in the order it was queued, one at a time: a
 * delivery keeps the gemeente and aanbieder of its Di01 (`volgorde`), and the next one of that pair is
 * claimed only when no older one is pending. Before, a Di01 that failed and waited for its retry could be
 * overtaken by a later one — a changed toewijzing arriving before the toewijzing it changes.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryOrder1764000001200 implements MigrationInterface {
  name = 'DeliveryOrder1764000001200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE delivery ADD COLUMN volgorde text`);
    await db.query(
      `UPDATE delivery d SET volgorde = m.gemeente || ':' || m.aanbieder
       FROM message m WHERE m.id = d.message_id AND d.kind = 'Di01' AND d.status = 'pending'`,
    );
    await db.query(
      `CREATE INDEX delivery_pending_order ON delivery (volgorde, created_at, id)
       WHERE status = 'pending' AND volgorde IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX delivery_pending_order`);
    await db.query(`ALTER TABLE delivery DROP COLUMN volgorde`);
  }
}
