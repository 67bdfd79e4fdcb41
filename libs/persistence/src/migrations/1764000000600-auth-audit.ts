/**
 * The authentication audit: one row per refused request or rejected sender — who (the credential's
 * name, or the client address when there was none), what (method and path, the claimed sender), when,
 * and the outcome. No message content and no personal data: senders are AGB codes of organisations.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthAudit1764000000600 implements MigrationInterface {
  name = 'AuthAudit1764000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE auth_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        credential text NOT NULL,
        remote_address text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        outcome text NOT NULL,
        detail text
      )`);
    await db.query(`CREATE INDEX auth_audit_at ON auth_audit (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE auth_audit`);
  }
}
