/**
 * Budget monitoring: when use of a toewijzing (declared vs assigned volume or budget) or of a lumpsum
 * arrangement (care days vs the days its budget pays for) reaches 80 % and 100 %, one event each —
 * the budget_signaal table's key makes "once" hold across batches and instances.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  eventRoutingKey,
  eventType,
  BUDGET_SIGNAAL_EVENT_NAME,
  type BudgetSignaalData,
  type FundingEvent,
} from '../../../../libs/messaging/src/index.js';

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
): Promise<FundingEvent[]> {
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
  const events = candidates
    .filter(({ use, drempel }) => reached.has(`${use.data.soort}|${use.sleutel}|${use.periode}|${drempel}`))
    .map(({ use, drempel }) =>
      fundingEvent(use.standaard, BUDGET_SIGNAAL_EVENT_NAME, use, {
        ...use.data,
        drempel,
      } as BudgetSignaalData),
    );
  await addFundingEvents(manager, events);
  return events;
}

export function fundingEvent<T>(
  standaard: string,
  name: string,
  owner: { gemeente: string; aanbieder: string; berichtId: string | null },
  data: T,
): FundingEvent<T> {
  const key = eventRoutingKey(standaard, name);
  return {
    type: eventType(key),
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    gemeente: owner.gemeente,
    aanbieder: owner.aanbieder,
    berichtId: owner.berichtId,
    standaard,
    berichtcode: null,
    data,
  };
}

/** Writes funding events to the outbox (the relay publishes them like any other). */
export async function addFundingEvents(
  manager: EntityManager,
  events: readonly FundingEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (event_id, routing_key, payload, message_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::uuid[])`,
    [
      events.map((event) => event.id),
      events.map((event) => event.type.replace(/\.v\d+$/, '')),
      events.map((event) => JSON.stringify(event)),
      events.map((event) => event.berichtId),
    ],
  );
}
