/**
 * The body of a retour that answers level-3/4 findings in a client's classes: the classes of the
 * original copied unchanged, in the retour schema's order, each with its RetourCodes. A 325 gets the
 * DeclaratieAntwoord with the refused prestaties and the amount granted (IV087).
 */
import { treeForCode, type ElementSpec } from '../definition/message-tree.js';
import type { Bericht, BerichtNode, Leaf } from '../mapping/model.js';
import { retourCodeFor } from './retourbericht.js';
import {
  GEEN_OPMERKINGEN,
  holdsKlasse,
  klasseInstances,
  type RetourcodesPerKlasse,
} from './retour-klassen.js';

type Value = BerichtNode | Leaf;

export function retourBody(original: Bericht, klassen: RetourcodesPerKlasse): BerichtNode {
  const tree = treeForCode(retourCodeFor(original.code)!)!;
  const body: BerichtNode = {};
  for (const child of tree.root.children ?? []) {
    if (child.name === 'Header') continue;
    const name = child.name === 'DeclaratieAntwoord' ? 'Declaratie' : child.name;
    const value = original.bericht[name];
    if (value !== undefined && typeof value === 'object' && !Array.isArray(value)) {
      const copied = copy(child, value, name, klassen);
      if (copied) body[child.name] = copied;
    }
  }
  if (body.DeclaratieAntwoord) grant(original, body.DeclaratieAntwoord as BerichtNode, klassen);
  return body;
}

/** A copy of `node` shaped by the retour's `spec`, or undefined when it is a class the retour leaves out. */
function copy(
  spec: ElementSpec,
  node: BerichtNode,
  key: string,
  klassen: RetourcodesPerKlasse,
): BerichtNode | undefined {
  const isKlasse = spec.childByName?.has('RetourCodes') ?? false;
  if (isKlasse && !klassen[key]) return undefined;
  const out: BerichtNode = {};
  for (const child of spec.children ?? []) {
    if (child.name === 'RetourCodes') {
      out.RetourCodes = { RetourCode: [...(klassen[key] ?? [GEEN_OPMERKINGEN])] };
      continue;
    }
    const value = node[child.name === 'DeclaratieAntwoord' ? 'Declaratie' : child.name];
    if (value === undefined) continue;
    if (!child.children) {
      // Leaves are strings and numbers: the value itself is the copy (a list of them gets its own array).
      out[child.name] = Array.isArray(value) ? [...(value as Leaf[])] : value;
      continue;
    }
    const list = (Array.isArray(value) ? value : [value]) as BerichtNode[];
    const copies: BerichtNode[] = [];
    // Keys name class instances: a group with no class in it is copied without spelling out its own.
    const prefix = holdsKlasse(child) ? `${key}/${child.name}` : '';
    for (let index = 0; index < list.length; index++) {
      const itemKey = list.length > 1 && prefix ? `${prefix}[${index + 1}]` : prefix;
      const copied = copy(child, list[index]!, itemKey, klassen);
      if (copied) copies.push(copied);
    }
    if (!copies.length) continue;
    out[child.name] = (child.maxOccurs > 1 ? copies : copies[0]!) as Value;
  }
  // A group whose every class was left out (Clienten of a 325 without refused clients) is left out too.
  if (!isKlasse && (spec.children ?? []).some((c) => c.minOccurs > 0 && out[c.name] === undefined))
    return undefined;
  return out;
}

/** TotaalToegekendBedrag: the declared total less the refused prestaties, or 0 when the declaration itself failed. */
function grant(original: Bericht, antwoord: BerichtNode, klassen: RetourcodesPerKlasse): void {
  const declaratie = original.bericht.Declaratie as BerichtNode;
  antwoord.TotaalIngediendBedrag = structuredClone(declaratie.TotaalIngediendBedrag!);
  const failed = (klassen.Declaratie ?? []).some((code) => code !== GEEN_OPMERKINGEN);
  let cents = 0;
  if (!failed) {
    for (const { key, node, parent } of klasseInstances(original)) {
      if (parent === undefined || !key.includes('/Prestaties/') || klassen[key]) continue;
      const bedrag = node.IngediendBedrag as { Bedrag: number; DebetCredit: string };
      cents += bedrag.DebetCredit === 'C' ? -bedrag.Bedrag : bedrag.Bedrag;
    }
  }
  antwoord.TotaalToegekendBedrag = { TotaalBedrag: Math.abs(cents), DebetCredit: cents < 0 ? 'C' : 'D' };
}
