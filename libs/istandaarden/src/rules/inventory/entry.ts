/** The shape of one line of the rule inventory, and small helpers to write the lines. */
import type { BerichtType } from '../../catalogue.js';
import type { Standaard } from '../../definition/model.js';

export type InventoryLevel =
  | 'xslt'
  | 'berichtoverstijgend'
  | 'externe bron'
  | 'conditie'
  | 'constraint'
  | 'restrictie'
  | 'bedrijfsregel';

/**
 * - `implemented`: a Rule object with this id exists and is tested;
 * - `covered`: no Rule of its own, enforced by what `by` names (`XSD`: schema validation, or rule ids)
 *   and/or by a named check in our code (`check`: the module, what in it, and the spec that proves it);
 * - `planned`: needs stored messages or reference data not built yet (`reason` says what, `by` through which rules);
 * - `not-applicable`: nothing for this gateway to check (`reason` says why).
 */
export type InventoryStatus = 'implemented' | 'covered' | 'planned' | 'not-applicable';

export type Berichten = Readonly<Partial<Record<Standaard, readonly BerichtType[]>>>;

/** A check in our code that is not a Rule object (a deadline, the declaration assessment, the retour builder). */
export interface NamedCheck {
  /** The module, from the repository root. */
  readonly code: string;
  /** What in it enforces the rule, in a few words. */
  readonly what: string;
  /** The spec that proves it, from the repository root. */
  readonly test: string;
}

export interface InventoryEntry {
  readonly id: string;
  readonly level: InventoryLevel;
  /** The WJ001 retourcode from the rule file or the condities-constraints table; absent where the source gives none. */
  readonly retourcode?: string;
  /** Message types per standard as the source lists them; a standard is absent when its pack lacks the rule. */
  readonly berichten: Berichten;
  /** Element or berichtklasse: as the source states it, or (TR kinds) where this gateway checks it. */
  readonly where?: string;
  /** One line in our own words. */
  readonly explanation: string;
  readonly status: InventoryStatus;
  /** covered: what enforces it; planned: the rules it will be realised through. */
  readonly by?: readonly string[];
  /** covered: the named check in our code that enforces it. */
  readonly check?: NamedCheck;
  /** planned: what it needs; not-applicable: why. */
  readonly reason?: string;
}

/** The same message types in both standards. */
export function both(...types: BerichtType[]): Berichten {
  return { ijw: types, iwmo: types };
}

/** A rule only the iJw pack has. */
export function ijwOnly(...types: BerichtType[]): Berichten {
  return { ijw: types };
}

/** The technical retour messages (302, 306, 308, 316, 318, 320). */
export const RETOUREN: readonly BerichtType[] = ['302', '306', '308', '316', '318', '320'];

/** Every message type that is not a technical retour. */
export const ALLE: readonly BerichtType[] = ['301', '305', '307', '315', '317', '319', '323', '325'];

/** A cross-message rule checked by a Rule in `libs/domain/src/rules`; `reads` names the stored state it compares with. */
export function implemented(
  id: string,
  retourcode: string,
  berichten: Berichten,
  explanation: string,
  reads: string,
): InventoryEntry {
  return {
    id,
    level: 'berichtoverstijgend',
    retourcode,
    berichten,
    explanation,
    status: 'implemented',
    where: `reads ${reads}`,
  };
}

/** A cross-message rule not built yet; `reason` says what it needs. */
export function planned(
  id: string,
  retourcode: string | undefined,
  berichten: Berichten,
  explanation: string,
  reason: string,
): InventoryEntry {
  return {
    id,
    level: 'berichtoverstijgend',
    ...(retourcode ? { retourcode } : {}),
    berichten,
    explanation,
    status: 'planned',
    reason,
  };
}
