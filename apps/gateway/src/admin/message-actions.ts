/**
 * The engineer's actions on a message, each audited in the transaction that does it:
 * - reprocess: the current outcome moves to `message_outcome` (history) and the message is processed
 *   again by the ordinary pipeline, whose outcome becomes the current one;
 * - resend: a parked delivery is queued again;
 * - mark handled: a comment on the message.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Account } from './accounts.repository.js';
import type { AuditRepository } from './audit.repository.js';

export class ActionRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Runs processing for one message now (the gateway's MessageProcessor.processNow). */
export type ProcessNow = (id: string) => Promise<boolean>;

const REPROCESS_WAIT_MS = 30_000;

/**
 * State a rejected message left behind and its reprocessing writes again: the prestaties of a refused
 * declaration (issue 5 stores them as afgewezen). The earlier outcome itself stays in message_outcome.
 */
async function forgetSupersededState(manager: EntityManager, id: string): Promise<void> {
  // Issue 5's assessed prestaties (`prestatie` is the cross-message rule state, written only for accepted messages).
  const [table] = (await manager.query(
    `SELECT to_regclass('prestatie_beoordeling') IS NOT NULL AS present`,
  )) as Array<{ present: boolean }>;
  if (table?.present) await manager.query(`DELETE FROM prestatie_beoordeling WHERE message_id = $1`, [id]);
}

export class MessageActions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    private readonly processNow: ProcessNow,
    private readonly wakeDeliveries: () => void,
  ) {}

  /** Processes a rejected inbound message again; returns its new status. */
  async reprocess(account: Account, id: string): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT status, direction, gemeente FROM message WHERE id = $1 FOR UPDATE`,
        [id],
      )) as Array<{ status: string; direction: string; gemeente: string | null }>;
      const message = rows[0];
      if (!message || !account.gemeenten.includes(message.gemeente ?? ''))
        throw new ActionRefused(404, 'Bericht niet gevonden.');
      if (message.direction !== 'in' || message.status !== 'rejected')
        throw new ActionRefused(409, 'Alleen een afgekeurd inkomend bericht kan opnieuw worden verwerkt.');
      await manager.query(
        `INSERT INTO message_outcome (message_id, status, findings, retourcodes, retour_id, processed_at, superseded_by)
         SELECT id, status, findings, retourcodes, retour_id, processed_at, $2 FROM message WHERE id = $1`,
        [id, account.gebruikersnaam],
      );
      await manager.query(
        `UPDATE message SET status = 'received', findings = '[]', retourcodes = NULL, retour_id = NULL
         WHERE id = $1`,
        [id],
      );
      await forgetSupersededState(manager, id);
      await this.audit.write(
        { gebruikersnaam: account.gebruikersnaam, actie: 'herverwerkt', messageId: id },
        manager,
      );
    });
    const deadline = Date.now() + REPROCESS_WAIT_MS;
    await this.processNow(id);
    for (;;) {
      const rows = (await this.dataSource.query(`SELECT status FROM message WHERE id = $1`, [id])) as Array<{
        status: string;
      }>;
      const status = rows[0]!.status;
      if (status !== 'received' || Date.now() > deadline) return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Queues a parked delivery again, with a fresh series of attempts. */
  async resend(account: Account, deliveryId: string): Promise<string> {
    const messageId = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT d.status, d.message_id, m.gemeente FROM delivery d JOIN message m ON m.id = d.message_id
         WHERE d.id = $1 FOR UPDATE OF d`,
        [deliveryId],
      )) as Array<{ status: string; message_id: string; gemeente: string | null }>;
      const delivery = rows[0];
      if (!delivery || !account.gemeenten.includes(delivery.gemeente ?? ''))
        throw new ActionRefused(404, 'Verzending niet gevonden.');
      if (delivery.status !== 'parked')
        throw new ActionRefused(409, 'Alleen een geparkeerde verzending kan opnieuw worden verstuurd.');
      await manager.query(
        `UPDATE delivery SET status = 'pending', attempts = 0, next_attempt_at = now() WHERE id = $1`,
        [deliveryId],
      );
      await this.audit.write(
        {
          gebruikersnaam: account.gebruikersnaam,
          actie: 'opnieuw-verzonden',
          messageId: delivery.message_id,
          details: { verzending: deliveryId },
        },
        manager,
      );
      return delivery.message_id;
    });
    this.wakeDeliveries();
    return messageId;
  }

  async markHandled(account: Account, id: string, opmerking: string): Promise<void> {
    const text = opmerking.trim();
    if (text.length === 0 || text.length > 2000)
      throw new ActionRefused(400, 'Geef een opmerking van 1 tot 2000 tekens.');
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(`SELECT gemeente FROM message WHERE id = $1`, [id])) as Array<{
        gemeente: string | null;
      }>;
      if (!rows[0] || !account.gemeenten.includes(rows[0].gemeente ?? ''))
        throw new ActionRefused(404, 'Bericht niet gevonden.');
      await manager.query(
        `INSERT INTO message_handled (message_id, gebruikersnaam, opmerking) VALUES ($1, $2, $3)`,
        [id, account.gebruikersnaam, text],
      );
      await this.audit.write(
        {
          gebruikersnaam: account.gebruikersnaam,
          actie: 'afgehandeld',
          messageId: id,
          details: { opmerking: text },
        },
        manager,
      );
    });
  }
}
