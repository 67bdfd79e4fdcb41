/**
 * Back-office commands (opdrachten) and response deadlines (termijnen).
 * - `opdracht`: one row per command id, holding the first outcome, so a repeated command is answered
 *   with it and nothing is sent twice (the primary key makes concurrent repeats wait for the first).
 * - `termijn`: a response time the standard sets, opened by a message sent or received and closed by
 *   the message that answers it; `verlopen_at` marks that its overdue event was written.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboundCommands1764000000400 implements MigrationInterface {
  name = 'OutboundCommands1764000000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE opdracht (
        command_id text PRIMARY KEY,
        soort text NOT NULL,
        kanaal text NOT NULL,
        status text NOT NULL,
        message_id uuid REFERENCES message (id),
        outcome jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE termijn (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES message (id),
        soort text NOT NULL,
        standaard text NOT NULL,
        gemeente text,
        aanbieder text,
        partij text NOT NULL CHECK (partij IN ('gemeente', 'aanbieder')),
        verwacht text[] NOT NULL,
        begindatum date NOT NULL,
        werkdagen integer NOT NULL,
        uiterlijk date NOT NULL,
        sluit_bij_aflevering uuid,
        afgehandeld_at timestamptz,
        afgehandeld_door uuid,
        verlopen_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (message_id, soort)
      )`);
    await db.query(
      `CREATE INDEX termijn_te_controleren ON termijn (uiterlijk) WHERE afgehandeld_at IS NULL AND verlopen_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX termijn_aflevering ON termijn (sluit_bij_aflevering) WHERE sluit_bij_aflevering IS NOT NULL`,
    );
    await db.query(`CREATE INDEX delivery_parked ON delivery (created_at) WHERE status = 'parked'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX delivery_parked');
    await db.query('DROP TABLE termijn');
    await db.query('DROP TABLE opdracht');
  }
}
