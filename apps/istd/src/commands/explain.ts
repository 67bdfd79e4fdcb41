/**
 * `explain <code>`: a message code (JW305), a BerichtCode number (438), a finding rule (XSD, XML, …), a
 * rule of the standard (TR063, CD005, OP261) or a retourcode (9063, 0233).
 */
import {
  catalogueEntry,
  catalogueEntryByBerichtCode,
  explainRetourcode,
  explainRule,
  FINDING_RULES,
  type CatalogueEntry,
  type Explanation,
} from '../../../../libs/istandaarden/src/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Output } from '../output.js';

export function explainCommand(args: readonly string[], out: Output): number {
  if (args.length !== 1) {
    out.error('usage: explain <code>');
    return EXIT_USAGE;
  }
  const code = args[0]!.trim();
  const rule = FINDING_RULES[code.toUpperCase()] ? undefined : explainRule(code);
  if (FINDING_RULES[code.toUpperCase()]) {
    out.write(`${code.toUpperCase()}: ${FINDING_RULES[code.toUpperCase()]}\n`);
    return EXIT_OK;
  }
  if (rule) {
    out.write(explanation('rule', rule));
    return EXIT_OK;
  }
  const entries = [catalogueEntry(code), catalogueEntryByBerichtCode(code)].filter(
    (entry): entry is CatalogueEntry => Boolean(entry),
  );
  const retourcode = /^[0-9A-Z]\d{3}$/.test(code) ? explainRetourcode(code) : undefined;
  if (entries.length === 0 && !retourcode) {
    out.error(`${code}: not a known message code, BerichtCode, rule, retourcode or finding rule`);
    return EXIT_INVALID;
  }
  for (const entry of entries) out.write(describe(entry));
  if (retourcode) out.write(explanation('retourcode', retourcode));
  return EXIT_OK;
}

function explanation(kind: 'rule' | 'retourcode', { code, text, messages }: Explanation): string {
  return [
    `${code} (${kind}): ${text}`,
    ...(messages.length ? [`  messages: ${messages.join('; ')}`] : []),
    '',
  ].join('\n');
}

function describe(entry: CatalogueEntry): string {
  return [
    `${entry.code} (${entry.standaard === 'ijw' ? 'iJw' : 'iWmo'} 3.2, BerichtCode ${entry.berichtCode}): ${entry.naam}`,
    `  direction: ${entry.richting.replace(/-/g, ' ')}`,
    ...(entry.answers ? [`  answers: ${entry.answers}`] : []),
    ...(entry.answeredBy.length ? [`  answered by: ${entry.answeredBy.join(', ')}`] : []),
    `  business keys: ${entry.keys.join(', ')}`,
    '',
  ].join('\n');
}
