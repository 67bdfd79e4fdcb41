/**
 * The product-like classes that share conditions on Product, Omvang, Budget and period (toegewezen,
 * aangevraagd, nieuw, te wijzigen), with the names their period elements have in each. A rule on
 * these classes names the classes it covers; the message types it applies to follow from them.
 */
import type { BerichtType } from '../catalogue.js';
import {
  inMessageRule,
  type InMessageRuleSpec,
  type MessageFacts,
  type Violation,
} from './in-message-rule.js';
import { all, type At } from './paths.js';
import type { Rule } from './rule.js';

export interface ProductClass {
  readonly type: BerichtType;
  readonly name: string;
  /** From the root `Bericht` to the class elements. */
  readonly steps: string;
  readonly start: string;
  readonly end: string;
}

export const TOEGEWEZEN: ProductClass = {
  type: '301',
  name: 'ToegewezenProduct',
  steps: 'Client/ToegewezenProducten/ToegewezenProduct',
  start: 'Ingangsdatum',
  end: 'Einddatum',
};
export const AANGEVRAAGD: ProductClass = {
  type: '315',
  name: 'AangevraagdProduct',
  steps: 'Client/AangevraagdeProducten/AangevraagdProduct',
  start: 'ToewijzingIngangsdatum',
  end: 'ToewijzingEinddatum',
};
export const NIEUW: ProductClass = {
  type: '317',
  name: 'NieuwProduct',
  steps: 'Client/Verzoek/NieuweProducten/NieuwProduct',
  start: 'GewensteIngangsdatum',
  end: 'Einddatum',
};
export const TE_WIJZIGEN: ProductClass = {
  type: '317',
  name: 'TeWijzigenProduct',
  steps: 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct',
  start: 'GewensteIngangsdatum',
  end: 'Einddatum',
};

/** A problem with one product: the element it is about (below the product) and what is wrong. */
export interface ProductProblem {
  readonly element: string;
  readonly message: string;
}

export interface ProductRuleSpec extends Omit<InMessageRuleSpec, 'appliesTo' | 'violations'> {
  readonly classes: readonly ProductClass[];
  problem(product: At, klasse: ProductClass, facts: MessageFacts): ProductProblem | undefined;
}

/** A rule checked on each product of the named classes. */
export function productRule(spec: ProductRuleSpec): Rule {
  const { classes, problem, ...rest } = spec;
  return inMessageRule({
    ...rest,
    appliesTo: [...new Set(classes.map((klasse) => klasse.type))],
    *violations(facts): Iterable<Violation> {
      for (const klasse of classes) {
        if (klasse.type !== facts.type) continue;
        for (const product of all(facts.root, klasse.steps)) {
          const found = problem(product, klasse, facts);
          if (found) yield { path: `${product.path}/${found.element}`, message: found.message };
        }
      }
    },
  });
}

/** The products of the classes of this message type, in document order per class. */
export function productsOf(facts: MessageFacts, classes: readonly ProductClass[]): Array<[At, ProductClass]> {
  return classes
    .filter((klasse) => klasse.type === facts.type)
    .flatMap((klasse) => all(facts.root, klasse.steps).map((at): [At, ProductClass] => [at, klasse]));
}
