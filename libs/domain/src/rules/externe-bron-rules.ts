/** Rules against reference data from outside the messages: the productcode list in use. */
import type { Bericht } from '../../../istandaarden/src/index.js';
import { catalogueEntry } from '../../../istandaarden/src/index.js';
import { all, root, type At } from '../../../istandaarden/src/rules/paths.js';
import { failure, type CrossMessageRule } from './cross-message-rule.js';

/** Per message type: where the product classes are and which date of theirs picks the list in use. */
const PRODUCTS: Readonly<Record<string, { steps: string; datum: string }>> = {
  '301': { steps: 'Client/ToegewezenProducten/ToegewezenProduct', datum: 'Ingangsdatum' },
  '305': { steps: 'Client/StartProducten/StartProduct', datum: 'Begindatum' },
  '307': { steps: 'Client/StopProducten/StopProduct', datum: 'Begindatum' },
  '315': { steps: 'Client/AangevraagdeProducten/AangevraagdProduct', datum: 'ToewijzingIngangsdatum' },
  '317': { steps: 'Client/Verzoek/NieuweProducten/NieuwProduct', datum: 'GewensteIngangsdatum' },
};

/** A coded product; its path (`at.path`) is written only for one that fails. */
function coded(bericht: Bericht): Array<{ at: At; categorie: string; code: string; datum: string }> {
  const type = catalogueEntry(bericht.code)?.type ?? '';
  if (type === '323') {
    return all(root(bericht), 'Declaratie/Clienten/Client/Prestaties/Prestatie').map((at) => ({
      at,
      categorie: String(at.node.ProductCategorie),
      code: String(at.node.ProductCode),
      datum: String((at.node.ProductPeriode as { Begindatum: string }).Begindatum),
    }));
  }
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

export const TR381: CrossMessageRule = {
  id: 'TR381',
  retourcode: 'S329',
  level: 'externe bron',
  appliesTo: ['301', '305', '307', '315', '317', '323'],
  klasse: 'ToegewezenProduct, StartProduct, StopProduct, AangevraagdProduct, NieuwProduct, Prestatie',
  explanation: 'A product code belongs to its category according to the product code list in use.',
  check(bericht, { reference }) {
    return coded(bericht)
      .filter((p) => !reference.hasProductcode(bericht.standaard, p.categorie, p.code, p.datum))
      .map((p) =>
        failure(
          TR381,
          p.at.path,
          `productcode ${p.code} is not in category ${p.categorie} on ${p.datum} (list ${reference.productcodes.versie})`,
        ),
      );
  },
};
