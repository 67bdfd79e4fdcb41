/**
 * `docs/rules.md`, generated from the rule inventory: every rule with its status, per level. The tables
 * are written the way Prettier formats them, so the file stays unchanged under `npm run format`.
 */
import { fileURLToPath } from 'node:url';
import type { InventoryEntry, InventoryLevel, InventoryStatus } from './inventory/entry.js';
import { INVENTORY_LEVELS, INVENTORY_STATUSES, inventoryCounts, ruleInventory } from './rule-inventory.js';

/** From `dist/libs/istandaarden/src/rules/` (or the sources) to the project's `docs/rules.md`. */
export const RULES_DOC_PATH = fileURLToPath(new URL('../../../../../docs/rules.md', import.meta.url));

const LEVEL_TITLES: Readonly<Record<InventoryLevel, string>> = {
  restrictie: 'Restricties (RS): formats and lengths',
  constraint: 'Constraints (CS): allowed values within one message',
  conditie: 'Condities (CD): when an element must or may be filled',
  xslt: 'Technical rules, XSLT kind: within one message',
  berichtoverstijgend: 'Technical rules, berichtoverstijgend: across messages',
  'externe bron': 'Technical rules, externe bron: reference data',
  bedrijfsregel: 'Bedrijfsregels (OP): process rules',
};

const STATUS_MEANINGS: Readonly<Record<InventoryStatus, string>> = {
  implemented:
    'a Rule object checks it (in-message and Header rules in `libs/istandaarden/src/rules`, cross-message and reference-data rules in `libs/domain/src/rules`), with a passing and a failing test.',
  covered: 'no Rule of its own: schema validation (XSD) or the rules named enforce it.',
  planned: 'needs stored messages or reference data that are not built yet; the note says what.',
  'not-applicable': 'nothing for this gateway to check; the note says why.',
};

/** What we noticed in the reference packs while building the inventory (our words, no rule text). */
const SOURCE_NOTES: readonly string[] = [
  'The iJw XSLT rule files list WMO message codes; they are read as the JW messages of the same number.',
  'The iWmo file of TR019 lists its second message as "W<P307"; it is read as 307.',
  'The WJ001 codelist names TR069 for retourcode 9069; the rule files give 9069 to TR382, and TR069 is not in the packs.',
  'TR377 and TR409 (Woonplaatsbeginsel in a 319) exist in iJw only; the iWmo 319 has no Woonplaatsbeginsel.',
  'In iWmo, products of categories 11 to 14 may overlap (TR302, TR386, TR410); iJw has no such exception.',
  'The rule files do not say to which elements a TR is attached; for TR134 and TR380 the elements checked are our reading, tested against the official examples.',
  'Official examples that break in-message rules: JW317 (an Einddatum before its GewensteIngangsdatum and before the Dagtekening: CS003, TR380) and JW323 (ReferentieNummer RN004 twice for one client: TR101).',
  'CD077 and CD078 are two sides of one condition: a product with both Budget and Omvang breaks both.',
  "Our domain brief's TR table lists no iWmo messages for TR135, TR346, TR378 and TR381 and only 305 for TR019; the iWmo rule files list the same messages as iJw, and the inventory follows the files.",
];

const TYPES_NONE = '-';

function types(entry: InventoryEntry, standaard: 'ijw' | 'iwmo'): string {
  const list = entry.berichten[standaard];
  if (!list) return TYPES_NONE;
  return list.length ? [...list].sort().join(' ') : 'all';
}

function note(entry: InventoryEntry): string {
  switch (entry.status) {
    case 'implemented':
      return entry.where ?? '';
    case 'covered':
      return [
        entry.by?.length ? `by ${entry.by.join(', ')}` : '',
        entry.check
          ? `check ${entry.check.what} (\`${entry.check.code}\`, tested in \`${entry.check.test}\`)`
          : '',
      ]
        .filter(Boolean)
        .join('; ');
    case 'planned':
      return `needs ${entry.reason}${entry.by?.length ? `; through ${entry.by.join(', ')}` : ''}`;
    case 'not-applicable':
      return entry.reason ?? '';
  }
}

/** A table the way Prettier writes it: cells padded to the widest in their column. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = header.map((_, c) => Math.max(3, ...cells.map((row) => [...row[c]!].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join(' | ')} |`;
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

function summary(): string {
  const counts = inventoryCounts();
  const rows = INVENTORY_LEVELS.map((level) => {
    const byStatus = INVENTORY_STATUSES.map((status) => counts[level][status]);
    return [level, ...byStatus.map(String), String(byStatus.reduce((a, b) => a + b, 0))];
  });
  const totals = INVENTORY_STATUSES.map((s) =>
    INVENTORY_LEVELS.reduce((sum, level) => sum + counts[level][s], 0),
  );
  rows.push(['all levels', ...totals.map(String), String(ruleInventory.length)]);
  return table(['Level', ...INVENTORY_STATUSES, 'total'], rows);
}

function levelSection(level: InventoryLevel): string {
  const entries = ruleInventory.filter((entry) => entry.level === level);
  const rows = entries.map((entry) => [
    entry.id,
    entry.retourcode ?? TYPES_NONE,
    types(entry, 'ijw'),
    types(entry, 'iwmo'),
    entry.status,
    entry.explanation,
    note(entry),
  ]);
  const header = [
    'Rule',
    'Retourcode',
    'iJw',
    'iWmo',
    'Status',
    'What it says (our words)',
    'Where, by, needs or why not',
  ];
  return `## ${LEVEL_TITLES[level]}\n\n${table(header, rows)}`;
}

export function renderRulesDoc(): string {
  const parts = [
    '# Rules of iJw 3.2 and iWmo 3.2',
    'Generated from `libs/istandaarden/src/rules/rule-inventory.ts`; do not edit by hand. Regenerate with ' +
      '`npm run rules:doc` (a spec fails while this file and the inventory disagree).',
    'Every rule of the reference packs: restricties, constraints, condities, technical rules (XSLT kind, ' +
      'berichtoverstijgend, externe bron) and bedrijfsregels. Message columns give the message types (301 to 325) ' +
      'per standard; "-" means the pack of that standard does not have the rule.',
    INVENTORY_STATUSES.map((status) => `- **${status}**: ${STATUS_MEANINGS[status]}`).join('\n'),
    '## Summary',
    summary(),
    ...INVENTORY_LEVELS.map(levelSection),
    '## Notes on the sources',
    SOURCE_NOTES.map((text) => `- ${text}`).join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}
