/** Helpers for the bedrijfsregels (OP): process rules without a retourcode of their own. */
import type { BerichtType } from '../../catalogue.js';
import type { InventoryEntry, NamedCheck } from './entry.js';

/** The bedrijfsregels the iWmo pack holds; the iJw pack holds all of them. */
const IN_IWMO_PACK = new Set([
  'OP003',
  'OP033',
  'OP033x1',
  'OP033x2',
  'OP039',
  'OP043',
  'OP047',
  'OP065',
  'OP071',
  'OP072',
  'OP076',
  'OP079',
  'OP080',
  'OP086',
  'OP087',
  'OP090',
  'OP090x2',
  'OP090x4',
  'OP091',
  'OP095',
  'OP130',
  'OP155',
  'OP179',
]);

type Outcome =
  | { readonly status: 'covered'; readonly by?: readonly string[]; readonly check?: NamedCheck }
  | { readonly status: 'planned'; readonly reason: string; readonly by?: readonly string[] }
  | { readonly status: 'not-applicable'; readonly reason: string };

export const covered = (...by: string[]): Outcome => ({ status: 'covered', by });
/** Enforced by a named check in our code, and possibly by rules too. */
export const checked = (check: NamedCheck, ...by: string[]): Outcome => ({
  status: 'covered',
  check,
  ...(by.length ? { by } : {}),
});
export const planned = (reason: string, ...by: string[]): Outcome => ({
  status: 'planned',
  reason,
  ...(by.length ? { by } : {}),
});
export const notApplicable = (reason: string): Outcome => ({ status: 'not-applicable', reason });

/** A bedrijfsregel with the message types its iJw file lists (the iWmo files list the same where present). */
export function op(
  id: string,
  types: readonly BerichtType[],
  explanation: string,
  outcome: Outcome,
): InventoryEntry {
  const berichten = IN_IWMO_PACK.has(id) ? { ijw: types, iwmo: types } : { ijw: types };
  return { id, level: 'bedrijfsregel', berichten, explanation, ...outcome };
}

/** The response deadlines: opened per message, met by the answer, overdue events, GET /api/v1/termijnen. */
export const TERMIJNEN: NamedCheck = {
  code: 'libs/domain/src/termijnen.ts',
  what: 'termijnRegels and the termijnen the gateway opens, meets and reports overdue (apps/gateway/src/termijnen)',
  test: 'libs/domain/src/termijnen.spec.ts',
};

/** The assessment of a declaration per prestatie against its toewijzing and arrangement. */
export const BEOORDELING = (what: string): NamedCheck => ({
  code: 'libs/domain/src/declaratie-beoordeling.ts',
  what,
  test: 'libs/domain/src/declaratie-beoordeling.spec.ts',
});
