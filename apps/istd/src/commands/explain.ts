/** `explain <code>`: a message code (JW305), a BerichtCode number (438) or a finding rule (XSD, XML, …). */
import {
  catalogueEntry,
  catalogueEntryByBerichtCode,
  type CatalogueEntry,
} from '../../../../libs/istandaarden/src/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Output } from '../output.js';

const FINDING_RULES: Readonly<Record<string, string>> = {
  XSD: 'The message does not satisfy its XML schema (structure, order, cardinality, types, lengths, patterns or code values). The standard answers this with no retour message: the sender gets an error through the chain.',
  XML: 'The document is not well-formed XML (or not valid UTF-8), so it cannot be read as a message at all.',
  INPUT:
    'The document was refused before parsing: too large, not UTF-8, or it carries a document type declaration (DTDs and entities are never processed).',
  BERICHT:
    'The document is XML but not an iJw 3.2 or iWmo 3.2 message: its root is not a Bericht in one of the 28 message namespaces, or it is not the message type that was expected.',
  MODEL:
    'A JSON model given to build does not have the shape of the message: an unknown or misplaced element, a list where one value belongs, or a required element missing.',
};

export function explainCommand(args: readonly string[], out: Output): number {
  if (args.length !== 1) {
    out.error('usage: explain <code>');
    return EXIT_USAGE;
  }
  const code = args[0]!.trim();
  const rule = FINDING_RULES[code.toUpperCase()];
  if (rule) {
    out.write(`${code.toUpperCase()}: ${rule}\n`);
    return EXIT_OK;
  }
  const entries = [catalogueEntry(code), catalogueEntryByBerichtCode(code)].filter(
    (entry): entry is CatalogueEntry => Boolean(entry),
  );
  if (entries.length === 0) {
    out.error(`${code}: not a known message code, BerichtCode or finding rule`);
    return EXIT_INVALID;
  }
  for (const entry of entries) out.write(describe(entry));
  return EXIT_OK;
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
