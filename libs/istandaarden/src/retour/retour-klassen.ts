/**
 * Retourcodes per berichtklasse, as the retour schemas structure them (IV028, IV087): which class
 * instance a finding belongs to, and the codes every class of the retour carries — the failing rule's
 * codes (several where several rules fail), 0200 for a class without remarks, 0233 for a class not
 * assessed because the class above it failed. A level-2 (in-message) failure or a Header failure is
 * answered on the Header alone.
 *
 * Classes are named by their path in the original message without `/Bericht/`, with an index where an
 * element repeats (`Client/StartProducten/StartProduct[2]`), and `Header`.
 */
import { catalogueEntry } from '../catalogue.js';
import { treeForCode, type ElementSpec } from '../definition/message-tree.js';
import type { Finding } from '../findings.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { retourCodeFor } from './retourbericht.js';

export type RetourcodesPerKlasse = Readonly<Record<string, readonly string[]>>;

export const TECHNISCHE_AFKEURING = '0001';
export const GEEN_OPMERKINGEN = '0200';
export const NIET_BEOORDEELD = '0233';

/** The element of the retour that answers `name` of the original (only the declaration's body is renamed). */
export const retourName = (name: string): string => (name === 'Declaratie' ? 'DeclaratieAntwoord' : name);

export interface KlasseInstance {
  readonly key: string;
  readonly node: BerichtNode;
  /** The key of the nearest class above it; undefined for classes right below the root. */
  readonly parent?: string;
}

const holdsKlasseCache = new WeakMap<ElementSpec, boolean>();

/** Whether an element of the retour is a class (it has RetourCodes) or has one somewhere below it. */
export function holdsKlasse(spec: ElementSpec): boolean {
  let holds = holdsKlasseCache.get(spec);
  if (holds === undefined) {
    holds =
      (spec.childByName?.has('RetourCodes') ?? false) ||
      (spec.children ?? []).some((child) => child.children !== undefined && holdsKlasse(child));
    holdsKlasseCache.set(spec, holds);
  }
  return holds;
}

/** Every class instance of the original message that its retour can carry, in document order (Header excluded). */
export function klasseInstances(original: Bericht): KlasseInstance[] {
  const code = retourCodeFor(original.code);
  const tree = code ? treeForCode(code) : undefined;
  if (!tree) return [];
  const out: KlasseInstance[] = [];
  const walk = (spec: ElementSpec, node: BerichtNode, key: string, parent: string | undefined) => {
    for (const child of spec.children ?? []) {
      if (!child.children || child.name === 'Header' || !holdsKlasse(child)) continue;
      const name = child.name === 'DeclaratieAntwoord' ? 'Declaratie' : child.name;
      const value = node[name];
      if (value === undefined) continue;
      const list = (Array.isArray(value) ? value : [value]) as BerichtNode[];
      const isKlasse = child.childByName?.has('RetourCodes') ?? false;
      const prefix = `${key ? `${key}/` : ''}${name}`;
      for (let index = 0; index < list.length; index++) {
        const item = list[index]!;
        const itemKey = list.length > 1 ? `${prefix}[${index + 1}]` : prefix;
        if (isKlasse) out.push(parent ? { key: itemKey, node: item, parent } : { key: itemKey, node: item });
        walk(child, item, itemKey, isKlasse ? itemKey : parent);
      }
    }
  };
  walk(tree.root, original.bericht, '', undefined);
  return out;
}

/**
 * Finds the class instance a finding belongs to — the deepest class on its path, or the Header — by
 * looking up the path and the paths above it, so a declaration with a finding on each of its tens of
 * thousands of prestaties costs a few lookups per finding, not a pass over every class.
 */
export function klasseFinder(
  instances: readonly KlasseInstance[],
): (finding: Pick<Finding, 'path'>) => string {
  const keys = new Set(instances.map((instance) => instance.key));
  return (finding) => {
    const path = finding.path.startsWith('/Bericht/') ? finding.path.slice('/Bericht/'.length) : '';
    // The path itself, then each path above it (`A/B[2]/C`, `A/B[2]`, `A`).
    for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
      const key = end === path.length ? path : path.slice(0, end);
      if (keys.has(key)) return key;
    }
    return 'Header';
  };
}

/**
 * The retourcodes of the answer to `original` given its findings; empty when there is nothing to say
 * (no findings: the retour is the Header alone, without codes).
 */
export function retourcodesPerKlasse(original: Bericht, findings: readonly Finding[]): RetourcodesPerKlasse {
  const coded = findings.filter((f): f is Finding & { retourcode: string } => !!f.retourcode);
  if (!coded.length) return {};
  if (coded.some((f) => f.retourcode === TECHNISCHE_AFKEURING)) return { Header: [TECHNISCHE_AFKEURING] };
  const instances = klasseInstances(original);
  const klasseOfFinding = klasseFinder(instances);
  const codes = new Map<string, string[]>();
  for (const f of coded) {
    const key = klasseOfFinding(f);
    const list = codes.get(key) ?? [];
    if (!list.includes(f.retourcode)) list.push(f.retourcode);
    codes.set(key, list);
  }
  if (codes.has('Header')) return { Header: codes.get('Header')! };
  const declaratie = catalogueEntry(original.code)?.type === '323';
  const failed = (key: string | undefined): boolean => key !== undefined && codes.has(key);
  const result: Record<string, readonly string[]> = { Header: [GEEN_OPMERKINGEN] };
  const byKey = new Map(instances.map((instance) => [instance.key, instance]));
  // Every class with a finding on it or below it: up from each coded class, until one already known.
  const withFindings = new Set<string>();
  for (const key of codes.keys())
    for (
      let at: string | undefined = key;
      at !== undefined && !withFindings.has(at);
      at = byKey.get(at)?.parent
    )
      withFindings.add(at);
  const ancestorFailed = (instance: KlasseInstance): boolean => {
    for (let p = instance.parent; p !== undefined; p = byKey.get(p)?.parent) if (failed(p)) return true;
    return false;
  };
  for (const instance of instances) {
    if (declaratie && !keptInDeclaratieAntwoord(instance, codes, withFindings, byKey)) continue;
    result[instance.key] =
      codes.get(instance.key) ?? (ancestorFailed(instance) ? [NIET_BEOORDEELD] : [GEEN_OPMERKINGEN]);
  }
  return result;
}

/** IV087: a 325 carries the DeclaratieAntwoord, and only the clients with a finding and their refused prestaties. */
function keptInDeclaratieAntwoord(
  instance: KlasseInstance,
  codes: ReadonlyMap<string, string[]>,
  withFindings: ReadonlySet<string>,
  byKey: ReadonlyMap<string, KlasseInstance>,
): boolean {
  if (instance.parent === undefined) return true;
  if (byKey.get(instance.parent)?.parent === undefined) return withFindings.has(instance.key); // a Client
  return codes.has(instance.key) || codes.has(instance.parent); // a Prestatie: refused, or its client failed
}
