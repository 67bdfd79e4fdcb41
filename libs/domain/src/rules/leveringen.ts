/**
 * Starts and stops as the cross-message rules see them: the logical key of a delivery, the current
 * deliveries after removals (StatusAanlevering 3) and, per product of a message, what it is compared
 * with — removals against what was there before the message, other products against the state after
 * the message's own removals and its earlier products (a stop may be corrected by a removal and a new
 * stop in one message).
 */
import type { Bericht } from '../../../istandaarden/src/index.js';
import { all, root } from '../../../istandaarden/src/rules/paths.js';
import { leveringRecord, type LeveringRecord } from '../state-records.js';
import { PerMessage, type OwnerState } from './rule-state.js';

export const VERWIJDEREN = '3';

/** The key of a start: its toewijzing and Begindatum, or (task-based, IV096) its product and Begindatum. */
export function startKey(levering: LeveringRecord): string {
  return levering.toewijzingNummer !== null
    ? `t${levering.toewijzingNummer}|${levering.begindatum}`
    : `p${levering.productCategorie}|${levering.productCode}|${levering.begindatum}`;
}

/** The key of a stop: the start it ends, with its end date and reason. */
export function stopKey(levering: LeveringRecord): string {
  return `${startKey(levering)}|${levering.einddatum}|${levering.redenBeeindiging}`;
}

export function leveringKey(levering: LeveringRecord): string {
  return levering.soort === 'start' ? startKey(levering) : stopKey(levering);
}

/** The deliveries still standing after applying removals, in the order received. */
export function current(leveringen: readonly LeveringRecord[]): LeveringRecord[] {
  const standing: LeveringRecord[] = [];
  for (const levering of leveringen) {
    const key = leveringKey(levering);
    const earlier = standing.findLastIndex((l) => l.soort === levering.soort && leveringKey(l) === key);
    if (levering.statusAanlevering === VERWIJDEREN) {
      if (earlier >= 0) standing.splice(earlier, 1);
    } else {
      if (levering.statusAanlevering === '2' && earlier >= 0) standing.splice(earlier, 1);
      standing.push(levering);
    }
  }
  return standing;
}

export interface LeveringProduct {
  readonly path: string;
  readonly record: LeveringRecord;
  /** The current deliveries of the client this product is compared with. */
  readonly standing: readonly LeveringRecord[];
}

const products = new PerMessage(compute);

/** The StartProducts or StopProducts of a 305/307, each with the deliveries it is compared with. */
export function leveringProducts(bericht: Bericht, state: OwnerState): LeveringProduct[] {
  return products.of(bericht, state);
}

function compute(bericht: Bericht, state: OwnerState): LeveringProduct[] {
  const client = all(root(bericht), 'Client')[0];
  if (!client) return [];
  const bsn = String(client.node.Bsn);
  const start = client.node.StartProducten !== undefined;
  const steps = start ? 'StartProducten/StartProduct' : 'StopProducten/StopProduct';
  const items = all(client, steps).map((at) => ({
    path: at.path,
    record: leveringRecord(start ? 'start' : 'stop', bsn, at.node),
  }));
  const stored = state.leveringenOf(bsn);
  const before = current(stored);
  const removals = items.filter((item) => item.record.statusAanlevering === VERWIJDEREN);
  const seen: LeveringRecord[] = [...stored, ...removals.map((item) => item.record)];
  return items.map((item) => {
    if (item.record.statusAanlevering === VERWIJDEREN) return { ...item, standing: before };
    const standing = current(seen);
    seen.push(item.record);
    return { ...item, standing };
  });
}
