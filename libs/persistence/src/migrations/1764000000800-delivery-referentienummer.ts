/**
 * A delivery keeps the referentienummer of the envelope it carries (StUF stuurgegevens), so an
 * asynchronous error from the chain (Fo01, whose crossRefnummer names that referentienummer) is linked
 * to the message it is about. Deliveries queued before have none and are not linked.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryReferentienummer1764000000800 implements MigrationInterface {
  name = 'DeliveryReferentienummer1764000000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE delivery ADD COLUMN referentienummer text`);
    await db.query(
      `CREATE INDEX delivery_referentienummer ON delivery (referentienummer) WHERE referentienummer IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX delivery_referentienummer`);
    await db.query(`ALTER TABLE delivery DROP COLUMN referentienummer`);
  }
}
