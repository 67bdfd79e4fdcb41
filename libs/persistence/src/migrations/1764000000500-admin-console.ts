/**
 * The admin console: accounts and sessions, the append-only audit log, the BSN search index (a keyed
 * hash of each BSN, never the BSN itself), earlier processing outcomes kept when a message is
 * reprocessed, "handled" marks, and the indexes the message list needs to answer quickly at 100,000+
 * messages.
 */
import { randomBytes } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AdminConsole1764000000500 implements MigrationInterface {
  name = 'AdminConsole1764000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE admin_account (
        id bigserial PRIMARY KEY,
        gebruikersnaam text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        rol text NOT NULL CHECK (rol IN ('viewer', 'engineer', 'beheerder')),
        gemeenten text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE admin_session (
        token_hash bytea PRIMARY KEY,
        account_id bigint NOT NULL REFERENCES admin_account (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX admin_session_expiry ON admin_session (expires_at)`);
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        gebruikersnaam text NOT NULL,
        actie text NOT NULL,
        message_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_log_message ON audit_log (message_id) WHERE message_id IS NOT NULL`);
    // Counting recent failed log-ins per name (the console's brake on password guessing).
    await db.query(
      `CREATE INDEX audit_log_failed_login ON audit_log (gebruikersnaam, at) WHERE actie = 'inloggen-mislukt'`,
    );
    // Append-only: the database itself refuses to change or remove what was logged.
    await db.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await db.query(`CREATE TABLE admin_secret (name text PRIMARY KEY, value bytea NOT NULL)`);
    await db.query(`INSERT INTO admin_secret (name, value) VALUES ('bsn-hmac', $1)`, [randomBytes(32)]);
    await db.query(`
      CREATE TABLE message_bsn (
        bsn_hmac bytea NOT NULL,
        message_id uuid NOT NULL REFERENCES message (id),
        PRIMARY KEY (bsn_hmac, message_id)
      )`);
    await db.query(`
      CREATE TABLE message_outcome (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        status text NOT NULL,
        findings jsonb NOT NULL,
        retourcodes jsonb,
        retour_id uuid REFERENCES message (id),
        processed_at timestamptz,
        superseded_at timestamptz NOT NULL DEFAULT now(),
        superseded_by text NOT NULL
      )`);
    await db.query(`CREATE INDEX message_outcome_message ON message_outcome (message_id)`);
    await db.query(`
      CREATE TABLE message_handled (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        gebruikersnaam text NOT NULL,
        opmerking text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX message_handled_message ON message_handled (message_id)`);
    // The message list: newest first, rejected first on the start page, and the filters it offers.
    await db.query(`CREATE INDEX message_newest ON message (received_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX message_rejected_first ON message ((status <> 'rejected'), received_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX message_status_newest ON message (status, received_at DESC)`);
    await db.query(`CREATE INDEX message_gemeente_newest ON message (gemeente, received_at DESC)`);
    await db.query(`CREATE INDEX message_aanbieder_newest ON message (aanbieder, received_at DESC)`);
    await db.query(`CREATE INDEX message_code_newest ON message (code, received_at DESC)`);
    await db.query(`CREATE INDEX message_identificatie ON message (identificatie)`);
    await db.query(`CREATE INDEX message_findings ON message USING gin (findings jsonb_path_ops)`);
    await db.query(`CREATE INDEX outbox_message ON outbox (message_id)`);
    await db.query(`CREATE INDEX delivery_message ON delivery (message_id)`);
    await db.query(`CREATE INDEX delivery_status ON delivery (status) WHERE status <> 'delivered'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'delivery_status',
      'delivery_message',
      'outbox_message',
      'message_findings',
      'message_identificatie',
      'message_code_newest',
      'message_aanbieder_newest',
      'message_gemeente_newest',
      'message_status_newest',
      'message_rejected_first',
      'message_newest',
    ])
      await db.query(`DROP INDEX ${index}`);
    for (const table of [
      'message_handled',
      'message_outcome',
      'message_bsn',
      'admin_secret',
      'audit_log',
      'admin_session',
      'admin_account',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
