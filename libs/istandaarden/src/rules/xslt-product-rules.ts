/** XSLT-kind rules on products, requests and answers: periods, stacking, uniqueness, Woonplaatsbeginsel. */
import type { Standaard } from '../definition/model.js';
import { inMessageRule, type MessageFacts, type Violation } from './in-message-rule.js';
import {
  AANGEVRAAGD,
  NIEUW,
  productRule,
  productsOf,
  TE_WIJZIGEN,
  TOEGEWEZEN,
  type ProductClass,
} from './product-classes.js';
import { all, has, text, type At } from './paths.js';

export const TR018 = inMessageRule({
  id: 'TR018',
  level: 'xslt',
  appliesTo: ['307'],
  explanation: 'The end date of a stopped product is not before its start date.',
  *violations(facts) {
    for (const stop of all(facts.root, 'Client/StopProducten/StopProduct')) {
      const [begin, end] = [text(stop.node, 'Begindatum'), text(stop.node, 'Einddatum')];
      if (begin !== undefined && end !== undefined && end < begin)
        yield { path: `${stop.path}/Einddatum`, message: `Einddatum ${end} lies before Begindatum ${begin}` };
    }
  },
});

/** iWmo lets products of categories 11 to 14 overlap with anything (TR302, TR386, TR410 in the iWmo pack). */
const MAY_STACK_IN_IWMO = new Set(['11', '12', '13', '14']);
const OPEN_END = '9999-12-31';

interface Period {
  readonly at: At;
  readonly klasse: ProductClass;
  readonly categorie?: string;
  readonly code?: string;
  readonly start: string;
  readonly end: string;
}

function periodOf([at, klasse]: [At, ProductClass]): Period {
  const categorie = text(at.node, 'Product/Categorie');
  const code = text(at.node, 'Product/Code');
  return {
    at,
    klasse,
    ...(categorie !== undefined ? { categorie } : {}),
    ...(code !== undefined ? { code } : {}),
    start: text(at.node, klasse.start) ?? '',
    end: text(at.node, klasse.end) ?? OPEN_END,
  };
}

/** Whether two overlapping periods are the same product in the sense of the stacking rules. */
function clash(a: Period, b: Period, standaard: Standaard): boolean {
  if (
    standaard === 'iwmo' &&
    [a.categorie, b.categorie].some((c) => c !== undefined && MAY_STACK_IN_IWMO.has(c))
  )
    return false;
  if (a.categorie === undefined || b.categorie === undefined) return true;
  if (a.code !== undefined && b.code !== undefined) return a.code === b.code;
  return a.categorie === b.categorie;
}

function* stacking(facts: MessageFacts, periods: readonly Period[]): Iterable<Violation> {
  for (const [index, later] of periods.entries()) {
    const earlier = periods
      .slice(0, index)
      .find((p) => p.start <= later.end && later.start <= p.end && clash(p, later, facts.standaard));
    if (earlier)
      yield {
        path: later.at.path,
        message: `${later.klasse.name} overlaps an earlier one for the same product (${earlier.at.path})`,
      };
  }
}

/** A toewijzing removed as a correction (same start and end, RedenWijziging 13 or 01) takes no part in stacking. */
function isRemoved(period: Period): boolean {
  const reden = text(period.at.node, 'RedenWijziging');
  return period.end === period.start && (reden === '13' || reden === '01');
}

export const TR302 = inMessageRule({
  id: 'TR302',
  level: 'xslt',
  appliesTo: ['301'],
  explanation:
    'A toewijzing does not assign the same product (or, without a code, category) twice for overlapping periods.',
  violations: (facts) =>
    stacking(
      facts,
      productsOf(facts, [TOEGEWEZEN])
        .map(periodOf)
        .filter((p) => !isRemoved(p)),
    ),
});

export const TR386 = inMessageRule({
  id: 'TR386',
  level: 'xslt',
  appliesTo: ['315'],
  explanation: 'A verzoek om toewijzing does not request the same product twice for overlapping periods.',
  violations: (facts) => stacking(facts, productsOf(facts, [AANGEVRAAGD]).map(periodOf)),
});

export const TR410 = inMessageRule({
  id: 'TR410',
  level: 'xslt',
  appliesTo: ['317'],
  explanation:
    'The new products of a verzoek om wijziging do not request the same product for overlapping periods.',
  violations: (facts) => stacking(facts, productsOf(facts, [NIEUW]).map(periodOf)),
});

const VERZOEK = 'Client/Verzoek';

export const TR352 = inMessageRule({
  id: 'TR352',
  level: 'xslt',
  appliesTo: ['317'],
  explanation: 'A verzoek om wijziging lists at least one current product, unchanged or to be changed.',
  *violations(facts) {
    for (const verzoek of all(facts.root, VERZOEK)) {
      if (
        !has(verzoek.node, 'OngewijzigdeProducten/OngewijzigdProduct') &&
        !has(verzoek.node, 'TeWijzigenProducten/TeWijzigenProduct')
      )
        yield { path: verzoek.path, message: 'no OngewijzigdProduct and no TeWijzigenProduct' };
    }
  },
});

export const TR353 = inMessageRule({
  id: 'TR353',
  level: 'xslt',
  appliesTo: ['317'],
  explanation:
    'A verzoek om wijziging asks for something: at least one product to change or one new product.',
  *violations(facts) {
    for (const verzoek of all(facts.root, VERZOEK)) {
      if (
        !has(verzoek.node, 'TeWijzigenProducten/TeWijzigenProduct') &&
        !has(verzoek.node, 'NieuweProducten/NieuwProduct')
      )
        yield { path: verzoek.path, message: 'no TeWijzigenProduct and no NieuwProduct' };
    }
  },
});

export const TR380 = productRule({
  id: 'TR380',
  level: 'xslt',
  classes: [NIEUW, TE_WIJZIGEN],
  explanation: 'An end date asked for in a verzoek om wijziging lies after the Dagtekening.',
  problem(product, klasse, facts) {
    const end = text(product.node, klasse.end);
    return end !== undefined && end <= facts.dagtekening
      ? {
          element: klasse.end,
          message: `${klasse.end} ${end} does not lie after the Dagtekening ${facts.dagtekening}`,
        }
      : undefined;
  },
});

export const TR383 = inMessageRule({
  id: 'TR383',
  level: 'xslt',
  appliesTo: ['315'],
  explanation: 'Each requested product in a verzoek om toewijzing has its own ReferentieAanbieder.',
  *violations(facts) {
    const seen = new Set<string>();
    for (const product of all(facts.root, AANGEVRAAGD.steps)) {
      const referentie = text(product.node, 'ReferentieAanbieder');
      if (referentie === undefined) continue;
      if (seen.has(referentie))
        yield {
          path: `${product.path}/ReferentieAanbieder`,
          message: `ReferentieAanbieder ${referentie} is used twice`,
        };
      seen.add(referentie);
    }
  },
});

const WOONPLAATSBEGINSEL = '8';

export const TR377 = inMessageRule({
  id: 'TR377',
  level: 'xslt',
  appliesTo: ['319'],
  standaarden: ['ijw'],
  explanation: 'A request refused because of the woonplaatsbeginsel names the responsible gemeente.',
  *violations(facts) {
    for (const antwoord of all(facts.root, 'Antwoord')) {
      if (
        text(antwoord.node, 'RedenAfwijzingVerzoek') === WOONPLAATSBEGINSEL &&
        !has(antwoord.node, 'Woonplaatsbeginsel')
      )
        yield {
          path: `${antwoord.path}/Woonplaatsbeginsel`,
          message: 'RedenAfwijzingVerzoek 8 needs Woonplaatsbeginsel',
        };
    }
  },
});

export const TR409 = inMessageRule({
  id: 'TR409',
  level: 'xslt',
  appliesTo: ['319'],
  standaarden: ['ijw'],
  explanation: 'Woonplaatsbeginsel is only given when the refusal reason is the woonplaatsbeginsel.',
  *violations(facts) {
    for (const antwoord of all(facts.root, 'Antwoord')) {
      if (
        text(antwoord.node, 'RedenAfwijzingVerzoek') !== WOONPLAATSBEGINSEL &&
        has(antwoord.node, 'Woonplaatsbeginsel')
      )
        yield {
          path: `${antwoord.path}/Woonplaatsbeginsel`,
          message: 'Woonplaatsbeginsel is only allowed with RedenAfwijzingVerzoek 8',
        };
    }
  },
});
