/** The rule catalogue and its evaluation. Rules are data plus a check; the list can be printed. */
import { catalogueEntry } from '../catalogue.js';
import type { Finding } from '../findings.js';
import type { Bericht } from '../mapping/model.js';
import { TR056, TR135, TR378 } from './header-rules.js';
import { inMessageRules } from './in-message-rules.js';
import { sharingWalks } from './paths.js';
import type { Rule, RuleContext } from './rule.js';

export type { Rule, RuleContext, RuleLevel, RuleState } from './rule.js';
export {
  ruleInventory,
  inventoryEntry,
  inventoryCounts,
  INVENTORY_LEVELS,
  INVENTORY_STATUSES,
  type InventoryEntry,
  type InventoryLevel,
  type InventoryStatus,
} from './rule-inventory.js';

/**
 * Header rules first: a message whose Header fails is answered on the Header alone. Then the in-message
 * rules (XSLT kind, condities, constraints), all with retourcode 0001.
 */
export const rules: readonly Rule[] = [TR378, TR135, TR056, ...inMessageRules];

export function rulesFor(code: string): Rule[] {
  const entry = catalogueEntry(code);
  if (!entry) return [];
  return rules.filter(
    (rule) => rule.appliesTo.includes(entry.type) && (rule.standaarden?.includes(entry.standaard) ?? true),
  );
}

export async function evaluateRules(bericht: Bericht, context: RuleContext): Promise<Finding[]> {
  return sharingWalks(bericht, async () => {
    const findings: Finding[] = [];
    for (const rule of rulesFor(bericht.code)) findings.push(...(await rule.check(bericht, context)));
    return findings;
  });
}

/** Version of our in-message (XSLT-kind) rule set, stated as XsltVersie in a retour after a 0001 rejection (IV028). */
export const IN_MESSAGE_RULES_VERSION = '1.0.0';
