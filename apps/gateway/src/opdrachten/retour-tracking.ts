/**
 * What processing a received message means for what we sent and for the deadlines:
 * - a retour (302 on our 301, 320 on our 319) is matched to the original by its Header (the retour
 *   copies Afzender, Ontvanger and BerichtIdentificatie); the original shows accepted or rejected with
 *   the retourcodes per class, the retour points at it, the original's retour deadline is met, and the
 *   `retour-ontvangen` event says what it answered;
 * - a message we must answer opens its deadlines (our retour; our antwoord on a verzoek; our 325 on a
 *   declaratie). Our retour meets its deadline when the GGk takes it, or at once when it goes back
 *   through the API.
 * Runs inside the processing transaction.
 */
import type { EntityManager } from 'typeorm';
import { catalogueEntry, type Bericht } from '../../../../libs/istandaarden/src/index.js';
import { termijnen as deadlinesOf } from '../../../../libs/domain/src/index.js';
import type { GatewayEvent, RetourMatch } from '../../../../libs/messaging/src/index.js';
import { todayInTheNetherlands } from '../berichten/message-facts.js';
import { TermijnRepository, type NewTermijn } from '../termijnen/termijn.repository.js';
import { retourcodesPerKlasse, retourStatus } from './retourcodes.js';

export interface ProcessedMessage {
  readonly id: string;
  readonly bericht: Bericht | undefined;
  readonly status: string;
  readonly retourId: string | null;
  /** Whether the retour goes back through the GGk (a delivery), rather than through the API. */
  readonly retourDelivered: boolean;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
}

type KeyedEvent = { readonly key: string; readonly event: GatewayEvent };

export class RetourTracking {
  constructor(private readonly termijnen = new TermijnRepository()) {}

  /** Records what the processed messages answer and open; returns the events, retour events with their match. */
  async track(
    manager: EntityManager,
    processed: readonly ProcessedMessage[],
    events: readonly KeyedEvent[],
  ): Promise<KeyedEvent[]> {
    const today = todayInTheNetherlands();
    const opened: NewTermijn[] = [];
    const matches = new Map<string, RetourMatch>();
    for (const message of processed) {
      const entry = message.bericht ? catalogueEntry(message.bericht.code) : undefined;
      if (!entry || !message.bericht) continue;
      if (entry.isRetour && message.status === 'accepted')
        matches.set(message.id, await this.matchRetour(manager, message, message.bericht));
      for (const termijn of deadlinesOf(entry.code, 'in', today)) {
        const ours = termijn.soort === 'retour' ? message.retourId : null;
        if (termijn.soort === 'retour' ? !ours : message.status !== 'accepted') continue;
        opened.push({
          messageId: message.id,
          standaard: entry.standaard,
          gemeente: message.gemeente,
          aanbieder: message.aanbieder,
          termijn,
          ...(ours && message.retourDelivered ? { sluitBijAflevering: ours } : {}),
        });
      }
    }
    await this.termijnen.open(manager, opened);
    for (const message of processed)
      if (message.retourId && !message.retourDelivered)
        await this.termijnen.close(manager, message.id, ['retour'], message.retourId);
    return events.map((keyed) => {
      const match = matches.get(keyed.event.berichtId ?? '');
      return match ? { key: keyed.key, event: { ...keyed.event, origineel: match } } : keyed;
    });
  }

  private async matchRetour(
    manager: EntityManager,
    message: ProcessedMessage,
    retour: Bericht,
  ): Promise<RetourMatch> {
    const entry = catalogueEntry(retour.code)!;
    const originalCode = entry.answers ? catalogueEntry(entry.answers)?.code : undefined;
    const header = (retour.bericht as Record<string, unknown>).Header as Record<string, unknown>;
    const id = header.BerichtIdentificatie as Record<string, string>;
    const retourcodes = retourcodesPerKlasse(retour.bericht);
    const status = retourStatus(retourcodes);
    const rows = (await manager.query(
      `SELECT id FROM message
       WHERE afzender = $1 AND identificatie = $2 AND dagtekening = $3 AND direction = 'out' AND code = $4 AND ontvanger = $5
       ORDER BY received_at LIMIT 1`,
      [String(header.Afzender), id.Identificatie, id.Dagtekening, originalCode, String(header.Ontvanger)],
    )) as Array<{ id: string }>;
    const original = rows[0]?.id;
    if (!original) return { berichtId: null, status, retourcodes };
    await manager.query(
      `UPDATE message SET status = $2, retourcodes = $3, retour_id = $4, processed_at = now() WHERE id = $1`,
      [original, status, JSON.stringify(retourcodes), message.id],
    );
    await manager.query(`UPDATE message SET answers_id = $2 WHERE id = $1`, [message.id, original]);
    await this.termijnen.close(manager, original, ['retour'], message.id);
    return { berichtId: original, status, retourcodes };
  }
}
