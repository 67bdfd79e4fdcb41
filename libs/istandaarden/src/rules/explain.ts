/**
 * What a finding rule, a rule of the standard or a retourcode means, in our own words: the text
 * `istd explain` prints and the API attaches to each finding. Rule texts come from the inventory; a
 * retourcode is explained by the rules that give it.
 */
import { ruleInventory, inventoryEntry } from './rule-inventory.js';
import type { InventoryEntry } from './inventory/entry.js';

/** The finding rules that are not rules of the standard. */
export const FINDING_RULES: Readonly<Record<string, string>> = {
  XSD: 'The message does not satisfy its XML schema (structure, order, cardinality, types, lengths, patterns or code values). The standard answers this with no retour message: the sender gets an error through the chain.',
  XML: 'The document is not well-formed XML (or not valid UTF-8), so it cannot be read as a message at all.',
  INPUT:
    'The document was refused before parsing: too large, not UTF-8, or it carries a document type declaration (DTDs and entities are never processed).',
  BERICHT:
    'The document is XML but not an iJw 3.2 or iWmo 3.2 message: its root is not a Bericht in one of the 28 message namespaces, or it is not the message type that was expected.',
  MODEL:
    'A JSON model given to build does not have the shape of the message: an unknown or misplaced element, a list where one value belongs, or a required element missing.',
};

/** The retourcodes that are not tied to one rule. */
const GENERAL_RETOURCODES: Readonly<Record<string, string>> = {
  '0001':
    'Rejected for technical reasons: a rule checkable within the message (XSLT kind, condition or constraint) failed; the retour holds the Header alone.',
  '0200': 'No remarks on this berichtklasse.',
  '0233': 'This berichtklasse was not assessed (a class above it was refused).',
};

export interface Explanation {
  readonly code: string;
  readonly text: string;
  /** Message types per standard the rule or code applies to, e.g. `iJw 305 307`. */
  readonly messages: readonly string[];
}

function messagesOf(entries: readonly InventoryEntry[]): string[] {
  return (['ijw', 'iwmo'] as const).flatMap((standaard) => {
    const types = [...new Set(entries.flatMap((entry) => entry.berichten[standaard] ?? []))].sort();
    return types.length ? [`${standaard === 'ijw' ? 'iJw' : 'iWmo'} ${types.join(' ')}`] : [];
  });
}

/** A rule id (TR063, CD005, XSD) explained, or undefined when unknown. */
export function explainRule(id: string): Explanation | undefined {
  const code = id.trim().toUpperCase();
  if (FINDING_RULES[code]) return { code, text: FINDING_RULES[code]!, messages: [] };
  const entry = inventoryEntry(code);
  if (!entry) return undefined;
  const retourcode = entry.retourcode ? `, retourcode ${entry.retourcode}` : '';
  return {
    code,
    text: `${entry.explanation} (${entry.level}${retourcode}; ${entry.status})`,
    messages: messagesOf([entry]),
  };
}

/** A retourcode (9063, 0233) explained by its meaning or the rules that give it, or undefined when no rule gives it. */
export function explainRetourcode(retourcode: string): Explanation | undefined {
  const code = retourcode.trim();
  if (GENERAL_RETOURCODES[code]) return { code, text: GENERAL_RETOURCODES[code]!, messages: [] };
  const entries = ruleInventory.filter((entry) => entry.retourcode === code);
  if (!entries.length) return undefined;
  return {
    code,
    text: entries.map((entry) => `${entry.id}: ${entry.explanation}`).join(' '),
    messages: messagesOf(entries),
  };
}

/** The one-line text a finding of `rule` carries in API answers. */
export function findingExplanation(rule: string): string | undefined {
  return explainRule(rule)?.text;
}
