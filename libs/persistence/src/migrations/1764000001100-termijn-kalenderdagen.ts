/**
 * A termijn in calendar days beside those in working days: the woonplaatsbeginsel's two weeks (iJw,
 * OP359). A row holds exactly one of `werkdagen` and `kalenderdagen`.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TermijnKalenderdagen1764000001100 implements MigrationInterface {
  name = 'TermijnKalenderdagen1764000001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE termijn ALTER COLUMN werkdagen DROP NOT NULL, ADD COLUMN kalenderdagen integer`,
    );
    await db.query(
      `ALTER TABLE termijn ADD CONSTRAINT termijn_een_duur CHECK ((werkdagen IS NULL) <> (kalenderdagen IS NULL))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to working days only: a calendar-day termijn cannot be kept.
    await db.query(`DELETE FROM termijn WHERE werkdagen IS NULL`);
    await db.query(`ALTER TABLE termijn DROP CONSTRAINT termijn_een_duur, DROP COLUMN kalenderdagen`);
    await db.query(`ALTER TABLE termijn ALTER COLUMN werkdagen SET NOT NULL`);
  }
}
