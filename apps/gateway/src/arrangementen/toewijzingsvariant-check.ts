/**
 * A 301 the back office asks for, checked against the toewijzingsvarianten table of each product's
 * uitvoeringsvariant (from the arrangement that applies on its Ingangsdatum) before it is built: one
 * finding per wrong field, pointing into the command (`/bericht/Client/ToegewezenProducten/...`), so
 * the command is refused with 422 and nothing is sent. Products without an applicable arrangement,
 * and generic ones (no category to look one up by), are not checked here.
 */
import type { EntityManager } from 'typeorm';
import {
  applicableArrangement,
  checkContractEenheid,
  checkToewijzingsvariant,
  type ToegewezenProductTerms,
} from '../../../../libs/domain/src/index.js';
import { finding, type Finding } from '../../../../libs/istandaarden/src/index.js';
import { ArrangementRepository } from './arrangement.repository.js';

export const TOEWIJZINGSVARIANT_RULE = 'TOEWIJZINGSVARIANT';

/** OP305: a product contracted inspanningsgericht per piece (Eenheid 84) is assigned in unit 84. */
export const STUKS_INSPANNING_RULE = 'OP305';

type Node = Record<string, unknown>;

/** Where each field the check speaks of sits in a ToegewezenProduct. */
const FIELD_PATHS: Readonly<Record<string, string>> = {
  Categorie: 'Product/Categorie',
  Product: 'Product/Code',
  Budget: 'Budget',
  Volume: 'Omvang/Volume',
  Eenheid: 'Omvang/Eenheid',
  Frequentie: 'Omvang/Frequentie',
  Einddatum: 'Einddatum',
  Uitvoeringsvariant: '',
};

export async function checkToewijzingsvarianten(
  manager: EntityManager,
  bericht: unknown,
  owner: { gemeente: string; aanbieder: string },
  arrangements = new ArrangementRepository(),
): Promise<Finding[]> {
  const client = (bericht as Node | undefined)?.Client as Node | undefined;
  const products = ((client?.ToegewezenProducten as Node | undefined)?.ToegewezenProduct ?? []) as Node[];
  if (!Array.isArray(products) || products.length === 0) return [];
  const known = await arrangements.forPairs(manager, [owner]);
  return products.flatMap((product, index) => {
    const terms = product as ToegewezenProductTerms & { Ingangsdatum?: unknown };
    const categorie = terms.Product?.Categorie;
    if (typeof categorie !== 'string' || typeof terms.Ingangsdatum !== 'string') return [];
    const arrangement = applicableArrangement(
      known,
      { ...owner, productCategorie: categorie, productCode: terms.Product?.Code ?? null },
      terms.Ingangsdatum,
    );
    if (!arrangement) return [];
    const base = `/bericht/Client/ToegewezenProducten/ToegewezenProduct/${index}`;
    const findings = checkToewijzingsvariant(arrangement.uitvoeringsvariant, terms).reasons.map((reason) =>
      finding(
        TOEWIJZINGSVARIANT_RULE,
        `${reason.field}: ${reason.message} (${arrangement.uitvoeringsvariant})`,
        {
          path: FIELD_PATHS[reason.field] ? `${base}/${FIELD_PATHS[reason.field]}` : base,
        },
      ),
    );
    const eenheidPath = `${base}/${FIELD_PATHS.Eenheid}`;
    const contract = checkContractEenheid(arrangement, terms);
    if (contract && !findings.some((found) => found.path === eenheidPath))
      findings.push(
        finding(STUKS_INSPANNING_RULE, `${contract.field}: ${contract.message}`, { path: eenheidPath }),
      );
    return findings;
  });
}
