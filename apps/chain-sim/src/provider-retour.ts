/**
 * The retour a provider sends on a message of ours (302 on a 301, 320 on a 319), as the chain simulator
 * plays it: the Header copied with the provider's own IdentificatieRetour, and retourcodes on the
 * Header or — `perKlasse` — on every class of the body, copied from the original (IV028).
 */
import {
  build,
  catalogue,
  catalogueEntry,
  loadDefinition,
  parse,
  treeForCode,
  type BerichtNode,
  type ElementSpec,
} from '../../../libs/istandaarden/src/index.js';

export interface RetourOptions {
  /** Retourcodes on the Header (none: accepted without remarks). */
  readonly header?: readonly string[];
  /** Retourcodes on every class of the body (the original's classes are copied). */
  readonly perKlasse?: readonly string[];
  readonly identificatie?: string;
  readonly dagtekening?: string;
}

/** The XML of the provider's retour on `originalXml`. */
export function providerRetour(originalXml: Uint8Array | string, options: RetourOptions = {}): string {
  const original = parse(originalXml);
  if (!original.ok) throw new Error(`the original does not parse: ${original.findings[0]?.message}`);
  const entry = catalogueEntry(original.code)!;
  const retourEntry = catalogue.find(
    (e) => e.standaard === entry.standaard && entry.answeredBy.includes(e.code) && e.isRetour,
  );
  if (!retourEntry) throw new Error(`${original.code} has no retour`);
  const tree = treeForCode(retourEntry.code)!;
  const definition = loadDefinition(retourEntry.standaard).messages.get(retourEntry.code)!;
  const header = (original.bericht as BerichtNode).Header as BerichtNode;
  const retourHeader: BerichtNode = {
    ...header,
    BerichtCode: retourEntry.berichtCode,
    IdentificatieRetour: options.identificatie ?? `R${Date.now() % 1e9}`,
    DagtekeningRetour:
      options.dagtekening ?? String((header.BerichtIdentificatie as BerichtNode).Dagtekening),
    XsdVersieRetour: {
      BasisschemaXsdVersie: definition.basisschemaVersion,
      BerichtXsdVersie: definition.version,
    },
    ...(options.header?.length ? { RetourCodes: { RetourCode: [...options.header] } } : {}),
  };
  const bericht: BerichtNode = { Header: retourHeader };
  if (options.perKlasse?.length) {
    for (const spec of tree.root.children ?? []) {
      if (spec.name === 'Header') continue;
      const value = (original.bericht as BerichtNode)[spec.name];
      if (value !== undefined) bericht[spec.name] = withCodes(spec, value, options.perKlasse) as BerichtNode;
    }
  }
  const built = build({ code: retourEntry.code, bericht });
  if (!built.ok) throw new Error(`retour does not build: ${JSON.stringify(built.findings.slice(0, 3))}`);
  return built.xml;
}

/** The original's class with RetourCodes wherever the retour's schema has them. */
function withCodes(spec: ElementSpec, value: unknown, codes: readonly string[]): unknown {
  if (!spec.children) return value;
  if (Array.isArray(value)) return value.map((item) => withCodes(spec, item, codes));
  const node = value as BerichtNode;
  const copy: BerichtNode = {};
  for (const child of spec.children) {
    if (child.name === 'RetourCodes') copy.RetourCodes = { RetourCode: [...codes] };
    else if (node[child.name] !== undefined)
      copy[child.name] = withCodes(child, node[child.name], codes) as never;
    else if (child.minOccurs > 0) throw new Error(`the retour needs ${child.name}, which the original lacks`);
  }
  return copy;
}
