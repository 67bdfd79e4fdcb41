/**
 * Every rule of the iJw 3.2 and iWmo 3.2 reference packs (technical rules, condities, constraints,
 * restricties, bedrijfsregels) with its level, retourcode, messages per standard, a line in our own
 * words and what this gateway does with it. A spec checks it against the reference folders and against
 * the Rule objects; `docs/rules.md` is generated from it.
 */
import { BEDRIJFSREGELS_OP001_OP192 } from './inventory/bedrijfsregels-op001-op192.js';
import { BEDRIJFSREGELS_OP252_OP308 } from './inventory/bedrijfsregels-op252-op308.js';
import { BEDRIJFSREGELS_OP343_OP380 } from './inventory/bedrijfsregels-op343-op380.js';
import { CONDITIES } from './inventory/condities.js';
import { CONSTRAINTS } from './inventory/constraints.js';
import type { InventoryEntry, InventoryLevel, InventoryStatus } from './inventory/entry.js';
import { RESTRICTIES } from './inventory/restricties.js';
import { DECLARATIE_RULES } from './inventory/technische-regels-declaratie.js';
import { EXTERNE_BRON_RULES, REGIE_RULES } from './inventory/technische-regels-regie.js';
import { XSLT_RULES } from './inventory/technische-regels-xslt.js';

export type { Berichten, InventoryEntry, InventoryLevel, InventoryStatus } from './inventory/entry.js';

/** Levels in the order the standard applies them, narrowest first, then the process rules. */
export const INVENTORY_LEVELS: readonly InventoryLevel[] = [
  'restrictie',
  'constraint',
  'conditie',
  'xslt',
  'berichtoverstijgend',
  'externe bron',
  'bedrijfsregel',
];

export const INVENTORY_STATUSES: readonly InventoryStatus[] = [
  'implemented',
  'covered',
  'planned',
  'not-applicable',
];

const byId = (a: InventoryEntry, b: InventoryEntry) => a.id.localeCompare(b.id);

export const ruleInventory: readonly InventoryEntry[] = [
  ...RESTRICTIES,
  ...CONSTRAINTS,
  ...CONDITIES,
  ...XSLT_RULES,
  ...REGIE_RULES,
  ...DECLARATIE_RULES,
  ...EXTERNE_BRON_RULES,
  ...BEDRIJFSREGELS_OP001_OP192,
  ...BEDRIJFSREGELS_OP252_OP308,
  ...BEDRIJFSREGELS_OP343_OP380,
].sort((a, b) => INVENTORY_LEVELS.indexOf(a.level) - INVENTORY_LEVELS.indexOf(b.level) || byId(a, b));

export function inventoryEntry(id: string): InventoryEntry | undefined {
  return ruleInventory.find((entry) => entry.id === id);
}

/** How many rules per level and status, for the documentation and the report. */
export function inventoryCounts(): Record<InventoryLevel, Record<InventoryStatus, number>> {
  const counts = Object.fromEntries(
    INVENTORY_LEVELS.map((level) => [level, Object.fromEntries(INVENTORY_STATUSES.map((s) => [s, 0]))]),
  ) as Record<InventoryLevel, Record<InventoryStatus, number>>;
  for (const entry of ruleInventory) counts[entry.level][entry.status] += 1;
  return counts;
}
