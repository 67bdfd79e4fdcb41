/** The explanation shown beside a finding: from the rule inventory, or for the finding kinds that are not rules. */
import { inventoryEntry } from '../../../../libs/istandaarden/src/rules/rule-inventory.js';

const FINDING_KINDS: Readonly<Record<string, string>> = {
  XSD: 'Het bericht voldoet niet aan zijn XML-schema (structuur, volgorde, aantallen, typen, lengtes, patronen of codelijsten). De standaard beantwoordt dit niet met een retourbericht: de afzender krijgt een foutmelding via de keten (Fo01, StUF055).',
  XML: 'Het document is geen goedgevormde XML (of geen geldige UTF-8) en kan niet als bericht worden gelezen.',
  INPUT:
    'Het document is geweigerd voordat het gelezen werd: te groot, geen UTF-8, of met een documenttypedeclaratie (DTD).',
  BERICHT: 'Het document is XML maar geen iJw 3.2- of iWmo 3.2-bericht.',
};

export function ruleExplanation(rule: string): string {
  const kind = FINDING_KINDS[rule];
  if (kind) return kind;
  const entry = inventoryEntry(rule);
  return entry ? entry.explanation : 'Geen toelichting bekend voor deze regel.';
}
