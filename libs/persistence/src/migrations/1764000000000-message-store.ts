/** The message store, the outbox and outbound deliveries. */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageStore1764000000000 implements MigrationInterface {
  name = 'MessageStore1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY,
        direction text NOT NULL CHECK (direction IN ('in', 'out')),
        channel text NOT NULL,
        sha256 bytea NOT NULL,
        body bytea NOT NULL,
        size integer NOT NULL,
        standaard text,
        code text,
        berichtcode text,
        afzender text,
        ontvanger text,
        identificatie text,
        dagtekening text,
        gemeente text,
        aanbieder text,
        status text NOT NULL,
        findings jsonb NOT NULL DEFAULT '[]',
        retourcodes jsonb,
        answers_id uuid REFERENCES message (id),
        retour_id uuid REFERENCES message (id),
        envelope jsonb,
        received_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE UNIQUE INDEX message_inbound_sha256 ON message (sha256) WHERE direction = 'in'`);
    await db.query(`CREATE INDEX message_to_process ON message (received_at) WHERE status = 'received'`);
    await db.query(`CREATE INDEX message_identification ON message (afzender, identificatie, dagtekening)`);
    await db.query(`CREATE INDEX message_answers ON message (answers_id)`);
    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        routing_key text NOT NULL,
        payload jsonb NOT NULL,
        message_id uuid REFERENCES message (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL`);
    await db.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        kind text NOT NULL,
        envelope text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        last_error text
      )`);
    await db.query(`CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending'`);
    // Our own BerichtIdentificatie / IdentificatieRetour numbers (at most 12 characters in the standard).
    await db.query(`CREATE SEQUENCE outbound_identificatie`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP SEQUENCE outbound_identificatie');
    await db.query('DROP TABLE delivery');
    await db.query('DROP TABLE outbox');
    await db.query('DROP TABLE message');
  }
}
