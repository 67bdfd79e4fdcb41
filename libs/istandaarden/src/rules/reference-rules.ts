/**
 * Test support: the rules as the reference packs list them (ids, level by folder, retourcode, message
 * types), read at test time so that a rule added to the packs shows up as missing from the inventory.
 * Only metadata is read; no rule text is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DIR } from '../../../../test/support/reference.js';
import type { BerichtType } from '../catalogue.js';
import type { Standaard } from '../definition/model.js';
import { RETOUREN, type InventoryLevel } from './inventory/entry.js';

export interface ReferenceRule {
  readonly id: string;
  readonly standaard: Standaard;
  readonly level: InventoryLevel;
  /** Undefined where the source gives none (`n.v.t.` or an empty cell). */
  readonly retourcode?: string;
  /** Undefined where the source lists no message types in a form we read (bedrijfsregels). */
  readonly berichten?: readonly BerichtType[];
}

const TR_FOLDERS: Readonly<Record<string, InventoryLevel>> = {
  xslt: 'xslt',
  berichtoverstijgend: 'berichtoverstijgend',
  'externe-bon': 'externe bron',
  'externe-bron': 'externe bron',
};
const CC_LEVELS: Readonly<Record<string, InventoryLevel>> = {
  CD: 'conditie',
  CS: 'constraint',
  RS: 'restrictie',
};

const regels = (standaard: Standaard) => join(REFERENCE_DIR, `${standaard}-3.2`, 'regels');
const idOf = (file: string) => file.replace(/\.md$/, '');

/** `WMO301`, `JW305`, `W<P307` (sic) and `JW Retour` as message types. */
function typesOf(names: readonly string[]): BerichtType[] {
  const types = names.flatMap((name) =>
    /retour/i.test(name) ? [...RETOUREN] : [...(/(\d{3})\s*$/.exec(name) ?? [])].slice(1),
  );
  return [...new Set(types)].sort() as BerichtType[];
}

function technischeRegels(standaard: Standaard): ReferenceRule[] {
  const dir = join(regels(standaard), 'technische-regels');
  return readdirSync(dir).flatMap((folder) =>
    readdirSync(join(dir, folder)).map((file): ReferenceRule => {
      const text = readFileSync(join(dir, folder, file), 'utf8').replace(/\r/g, '');
      const code = /^\|\s*Retourcode\s*\|\s*([^|]*?)\s*\|/m.exec(text)?.[1];
      const uses = /## Gebruik in berichten\n([\s\S]*?)(\n#|\n---|$)/.exec(text)?.[1] ?? '';
      const names = uses.split('\n').flatMap((line) => /^-\s+(\S.*)$/.exec(line.trim())?.slice(1) ?? []);
      return {
        id: idOf(file),
        standaard,
        level: TR_FOLDERS[folder]!,
        ...(code && /^[0-9S]\d{3}$/.test(code) ? { retourcode: code } : {}),
        berichten: typesOf(names),
      };
    }),
  );
}

function bedrijfsregels(standaard: Standaard): ReferenceRule[] {
  return readdirSync(join(regels(standaard), 'bedrijfsregels')).map((file) => ({
    id: idOf(file),
    standaard,
    level: 'bedrijfsregel',
  }));
}

interface CcRow {
  readonly id: string;
  readonly bericht: string;
  readonly retourcode?: string;
}

/** The iJw file has one block per rule and element; the iWmo file one table row per rule and element. */
function ccRows(standaard: Standaard): CcRow[] {
  const dir = join(regels(standaard), 'condities-constraints');
  const text = readdirSync(dir)
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  if (standaard === 'ijw') {
    return text
      .split(/\n# Regel /)
      .slice(1)
      .map((block) => {
        const meta = (key: string) => new RegExp(`^- ${key}: (.*)$`, 'm').exec(block)?.[1]?.trim();
        const retourcode = meta('Retourcode');
        return {
          id: meta('Regelcode') ?? '',
          bericht: meta('Bericht') ?? '',
          ...(retourcode ? { retourcode } : {}),
        };
      });
  }
  return text
    .split('\n')
    .filter((line) => line.startsWith('| WMO'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      // | Bericht | Klasse | Element | CDT | CDT | Sleutel | Codelijst | Regelcode | Regel | Soort | Retourcode |
      const retourcode = cells[11];
      return { id: cells[8] ?? '', bericht: cells[1] ?? '', ...(retourcode ? { retourcode } : {}) };
    });
}

function conditiesConstraints(standaard: Standaard): ReferenceRule[] {
  const rows = new Map<string, CcRow[]>();
  for (const row of ccRows(standaard)) rows.set(row.id, [...(rows.get(row.id) ?? []), row]);
  return [...rows].map(([id, list]): ReferenceRule => {
    const codes = [...new Set(list.flatMap((row) => (row.retourcode ? [row.retourcode] : [])))];
    return {
      id,
      standaard,
      level: CC_LEVELS[id.slice(0, 2)]!,
      ...(codes.length === 1 ? { retourcode: codes[0]! } : {}),
      berichten: typesOf(list.map((row) => row.bericht)),
    };
  });
}

/** Every rule of both packs, one line per rule and standard. */
export function referenceRules(): ReferenceRule[] {
  return (['ijw', 'iwmo'] as const).flatMap((standaard) => [
    ...technischeRegels(standaard),
    ...conditiesConstraints(standaard),
    ...bedrijfsregels(standaard),
  ]);
}

/** Retourcode and rule id pairs of the WJ001 codelist (the column naming the rule that gives the code). */
export function wj001RulePairs(): Array<{ readonly retourcode: string; readonly rule: string }> {
  const text = readFileSync(join(REFERENCE_DIR, 'ijw-3.2', 'codelijsten', 'WJ001_Retourcode.md'), 'utf8');
  return text.split('\n').flatMap((line) => {
    const match = /^\|\s*([0-9S]\d{3})\s*\|[^|]*\|\s*(TR\d{3})\s*\|/.exec(line);
    return match ? [{ retourcode: match[1]!, rule: match[2]! }] : [];
  });
}
