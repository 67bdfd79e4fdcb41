/** SQL for commands (opdrachten): one row per command id with its first outcome, so a repeat changes nothing. */
import type { EntityManager } from 'typeorm';
import type { OpdrachtOutcome } from './opdracht-outcome.js';

export class OpdrachtRepository {
  /**
   * Claims a command id for this transaction; returns the outcome stored for it when it was handled
   * before. A concurrent first attempt makes this wait for its commit (the primary key), then answers
   * with its outcome.
   */
  async claim(
    manager: EntityManager,
    commandId: string,
    soort: string,
    kanaal: string,
  ): Promise<OpdrachtOutcome | undefined> {
    const inserted = (await manager.query(
      `INSERT INTO opdracht (command_id, soort, kanaal, status) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (command_id) DO NOTHING RETURNING command_id`,
      [commandId, soort, kanaal],
    )) as unknown[];
    if (inserted.length) return undefined;
    const rows = (await manager.query(`SELECT outcome FROM opdracht WHERE command_id = $1`, [
      commandId,
    ])) as Array<{
      outcome: OpdrachtOutcome;
    }>;
    return rows[0]?.outcome;
  }

  async complete(manager: EntityManager, outcome: OpdrachtOutcome): Promise<void> {
    await manager.query(
      `UPDATE opdracht SET status = $2, message_id = $3, outcome = $4 WHERE command_id = $1`,
      [outcome.commandId, outcome.status, outcome.berichtId ?? null, JSON.stringify(outcome)],
    );
  }
}
