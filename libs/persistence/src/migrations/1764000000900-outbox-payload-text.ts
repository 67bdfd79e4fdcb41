/**
 * Outbox events are kept as JSON text (`json`, checked on the way in) instead of `jsonb`: the relay only
 * ever sends the text on, and the event of an accepted 50 MB declaration (its model and assessment,
 * 37 MB) takes seconds to turn into jsonb and back. The event's type and time, which the relay
 * puts on the AMQP message, get columns of their own so it need not read the payload for them.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxPayloadText1764000000900 implements MigrationInterface {
  name = 'OutboxPayloadText1764000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ADD COLUMN event_type text, ADD COLUMN occurred_at timestamptz`);
    await db.query(
      `UPDATE outbox SET event_type = payload->>'type', occurred_at = (payload->>'occurredAt')::timestamptz`,
    );
    await db.query(`ALTER TABLE outbox ALTER COLUMN payload TYPE json USING payload::json`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ALTER COLUMN payload TYPE jsonb USING payload::jsonb`);
    await db.query(`ALTER TABLE outbox DROP COLUMN event_type, DROP COLUMN occurred_at`);
  }
}
