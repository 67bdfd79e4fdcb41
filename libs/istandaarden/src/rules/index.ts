/** The rule catalogue and its evaluation. Rules are data plus a check; the list can be printed. */
import { catalogueEntry } from '../catalogue.js';
import type { Finding } from '../findings.js';
import type { Bericht } from '../mapping/model.js';
import { TR056, TR135, TR378 } from './header-rules.js';
import type { Rule, RuleContext } from './rule.js';

export type { Rule, RuleContext, RuleLevel, RuleState } from './rule.js';

/** Header rules first: a message whose Header fails is answered on the Header alone. */
export const rules: readonly Rule[] = [TR378, TR135, TR056];

export function rulesFor(code: string): Rule[] {
  const type = catalogueEntry(code)?.type;
  return type ? rules.filter((rule) => rule.appliesTo.includes(type)) : [];
}

export async function evaluateRules(bericht: Bericht, context: RuleContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rulesFor(bericht.code)) findings.push(...(await rule.check(bericht, context)));
  return findings;
}
