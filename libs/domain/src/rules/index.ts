/**
 * The cross-message rule catalogue (TR rules of the berichtoverstijgend and externe-bron kinds) and
 * its evaluation against an in-memory view of the stored state.
 */
import type { Bericht, Finding } from '../../../istandaarden/src/index.js';
import { catalogueEntry } from '../../../istandaarden/src/index.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { CrossMessageRule } from './cross-message-rule.js';
import { DECLARATIE_RULES } from './declaratie-rules.js';
import { TR381 } from './externe-bron-rules.js';
import { LEVERING_RULES } from './levering-rules.js';
import { OUTBOUND_RULES } from './outbound-rules.js';
import type { OwnerState } from './rule-state.js';
import { sharingWalks } from '../../../istandaarden/src/rules/paths.js';
import { VERZOEK_RULES } from './verzoek-rules.js';

export type { CrossMessageRule, CrossMessageContext } from './cross-message-rule.js';
export * from './rule-state.js';

const byId = (a: CrossMessageRule, b: CrossMessageRule) => a.id.localeCompare(b.id);

export const crossMessageRules: readonly CrossMessageRule[] = [
  ...LEVERING_RULES,
  ...VERZOEK_RULES,
  ...DECLARATIE_RULES,
  ...OUTBOUND_RULES,
  TR381,
].sort(byId);

export function crossMessageRulesFor(code: string): CrossMessageRule[] {
  const entry = catalogueEntry(code);
  if (!entry) return [];
  return crossMessageRules.filter(
    (rule) => rule.appliesTo.includes(entry.type) && (rule.standaarden?.includes(entry.standaard) ?? true),
  );
}

export interface CrossMessageInput {
  readonly today: string;
  readonly state: OwnerState;
  readonly reference: ReferenceData;
}

/**
 * Every cross-message finding on `bericht`. A declaration whose Declaratie class fails (TR333) is not
 * processed further (IV087): its prestaties are not assessed.
 */
export function evaluateCrossMessageRules(bericht: Bericht, input: CrossMessageInput): Finding[] {
  return sharingWalks(bericht, () => evaluate(bericht, input));
}

function evaluate(bericht: Bericht, input: CrossMessageInput): Finding[] {
  const applicable = crossMessageRulesFor(bericht.code);
  const whole = applicable.filter((rule) => rule.klasse === 'Declaratie');
  const first = whole.flatMap((rule) => [...rule.check(bericht, input)]);
  if (first.length) return first;
  return applicable
    .filter((rule) => !whole.includes(rule))
    .flatMap((rule) => [...rule.check(bericht, input)]);
}
