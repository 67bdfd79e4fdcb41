/**
 * Budget monitoring: when use of a toewijzing (declared vs assigned volume or budget) or of a lumpsum
 * arrangement (care days vs the days its budget pays for) reaches 80 % and 100 %, one event each —
 * the budget_signaal table's key makes "once" hold across batches and instances.
 */
import type { EntityManager } from 'typeorm';
import {
  BUDGET_SIGNAAL_EVENT_NAME,
  newEvent,
  type BudgetSignaalData,
  type GatewayEvent,
} from '../../../../libs/messaging/src/index.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';

export const DREMPELS = [80, 100] as const;

export interface BudgetGebruik {
  readonly standaard: string;
  readonly gemeente: string;
  readonly aanbieder: string;
  /** The declaration that brought the use where it is, when there is one. */
  readonly berichtId: string | null;
  readonly data: Omit<BudgetSignaalData, 'drempel' | 'percentage'> & { readonly percentage: number };
  /** budget_signaal key: toewijzing `gemeente:aanbieder:nummer` or the arrangement id. */
  readonly sleutel: string;
  /** Per arrangement the budget period (`2026-Q1`); per toewijzing `toewijzing`. */
  readonly periode: string;
}

/** Records the thresholds newly reached and writes their events to the outbox; returns the events. */
export async function signaleer(
  manager: EntityManager,
  gebruik: readonly BudgetGebruik[],
): Promise<GatewayEvent[]> {
  // One candidate per key and threshold: the latest use (a batch may touch a toewijzing twice).
  const byKey = new Map<string, { use: BudgetGebruik; drempel: number }>();
  for (const use of gebruik)
    for (const drempel of DREMPELS)
      if (use.data.percentage >= drempel)
        byKey.set(`${use.data.soort}|${use.sleutel}|${use.periode}|${drempel}`, { use, drempel });
  const candidates = [...byKey.values()];
  if (candidates.length === 0) return [];
  const inserted = (await manager.query(
    `INSERT INTO budget_signaal (soort, sleutel, periode, drempel)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT DO NOTHING RETURNING soort, sleutel, periode, drempel`,
    [
      candidates.map(({ use }) => use.data.soort),
      candidates.map(({ use }) => use.sleutel),
      candidates.map(({ use }) => use.periode),
      candidates.map(({ drempel }) => drempel),
    ],
  )) as Array<{ soort: string; sleutel: string; periode: string; drempel: number }>;
  const reached = new Set(inserted.map((row) => `${row.soort}|${row.sleutel}|${row.periode}|${row.drempel}`));
  const events: GatewayEvent[] = [];
  for (const { use, drempel } of candidates)
    if (reached.has(`${use.data.soort}|${use.sleutel}|${use.periode}|${drempel}`))
      events.push(
        await addFundingEvent(
          manager,
          use.standaard,
          BUDGET_SIGNAAL_EVENT_NAME,
          { gemeente: use.gemeente, aanbieder: use.aanbieder, berichtId: use.berichtId },
          {
            ...use.data,
            drempel,
          } as BudgetSignaalData,
        ),
      );
  return events;
}

/** An event of the uitvoeringsvarianten (not about one message, so no berichtcode), written to the outbox. */
export async function addFundingEvent<T>(
  manager: EntityManager,
  standaard: string,
  name: string,
  owner: { gemeente: string; aanbieder: string; berichtId: string | null },
  data: T,
): Promise<GatewayEvent<T>> {
  const { gemeente, aanbieder, berichtId } = owner;
  const { key, event } = newEvent(standaard, name, {
    gemeente,
    aanbieder,
    berichtId,
    berichtcode: null,
    data,
  });
  await new OutboxRepository().add(manager, key, event);
  return event;
}
