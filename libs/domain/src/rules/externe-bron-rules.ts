/** Rules against reference data from outside the messages: the productcode list in use. */
import type { Bericht, Finding } from '../../../istandaarden/src/index.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { catalogueEntry } from '../../../istandaarden/src/index.js';
import { all, root, shared, type At } from '../../../istandaarden/src/rules/paths.js';
import { failure, type CrossMessageRule } from './cross-message-rule.js';

/** Per message type: where the product classes are and which date of theirs picks the list in use. */
const PRODUCTS: Readonly<Record<string, { steps: string; datum: string }>> = {
  '301': { steps: 'Client/ToegewezenProducten/ToegewezenProduct', datum: 'Ingangsdatum' },
  '305': { steps: 'Client/StartProducten/StartProduct', datum: 'Begindatum' },
  '307': { steps: 'Client/StopProducten/StopProduct', datum: 'Begindatum' },
  '315': { steps: 'Client/AangevraagdeProducten/AangevraagdProduct', datum: 'ToewijzingIngangsdatum' },
  '317': { steps: 'Client/Verzoek/NieuweProducten/NieuwProduct', datum: 'GewensteIngangsdatum' },
};

interface Coded {
  readonly at: At;
  readonly categorie: string;
  readonly code: string;
  readonly datum: string;
}

/** A coded product; its path (`at.path`) is written only for one that fails. */
function coded(bericht: Bericht): Coded[] {
  const type = catalogueEntry(bericht.code)?.type ?? '';
  const where = PRODUCTS[type];
  if (!where) return [];
  return all(root(bericht), where.steps).flatMap((at) => {
    const product = at.node.Product as { Categorie?: string; Code?: string } | undefined;
    if (product?.Code === undefined) return [];
    return [
      {
        at,
        categorie: String(product.Categorie),
        code: String(product.Code),
        datum: String(at.node[where.datum]),
      },
    ];
  });
}

/**
 * The prestaties of a declaration as coded products, checked as they are read (a declaration has
 * thousands, with few distinct category, code and date: each is looked up once per message).
 */
function* failingPrestaties(bericht: Bericht, reference: ReferenceData): Iterable<Coded> {
  const known = new Map<string, Map<string, Map<string, boolean>>>();
  for (const at of shared(root(bericht), 'Declaratie/Clienten/Client/Prestaties/Prestatie')) {
    const categorie = String(at.node.ProductCategorie);
    const code = String(at.node.ProductCode);
    const datum = String((at.node.ProductPeriode as { Begindatum: string }).Begindatum);
    let byCode = known.get(categorie);
    if (!byCode) known.set(categorie, (byCode = new Map()));
    let byDatum = byCode.get(code);
    if (!byDatum) byCode.set(code, (byDatum = new Map()));
    let listed = byDatum.get(datum);
    if (listed === undefined) {
      listed = reference.hasProductcode(bericht.standaard, categorie, code, datum);
      byDatum.set(datum, listed);
    }
    if (!listed) yield { at, categorie, code, datum };
  }
}

export const TR381: CrossMessageRule = {
  id: 'TR381',
  retourcode: 'S329',
  level: 'externe bron',
  appliesTo: ['301', '305', '307', '315', '317', '323'],
  klasse: 'ToegewezenProduct, StartProduct, StopProduct, AangevraagdProduct, NieuwProduct, Prestatie',
  explanation: 'A product code belongs to its category according to the product code list in use.',
  check(bericht, { reference }) {
    const failing =
      catalogueEntry(bericht.code)?.type === '323'
        ? failingPrestaties(bericht, reference)
        : coded(bericht).filter(
            (p) => !reference.hasProductcode(bericht.standaard, p.categorie, p.code, p.datum),
          );
    const findings: Finding[] = [];
    for (const p of failing) {
      findings.push(
        failure(
          TR381,
          p.at.path,
          `productcode ${p.code} is not in category ${p.categorie} on ${p.datum} (list ${reference.productcodes.versie})`,
        ),
      );
    }
    return findings;
  },
};
