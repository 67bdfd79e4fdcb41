/** Constraints (CS) on products, reasons for change, and declared periods and amounts. */
import { inMessageRule, lastDayOfMonth, sameMonth, type Violation } from './in-message-rule.js';
import { declaratieBody, declaredPeriods, prestatieFacts, productPeriodes } from './message-parts.js';
import {
  AANGEVRAAGD,
  NIEUW,
  productRule,
  TE_WIJZIGEN,
  TOEGEWEZEN,
  type ProductClass,
} from './product-classes.js';
import { all, number, text, type At } from './paths.js';

export const CS335 = productRule({
  id: 'CS335',
  level: 'constraint',
  classes: [TOEGEWEZEN],
  explanation: 'RedenWijziging 13 (deleted) is only used on a toewijzing that ends on the day it starts.',
  problem: (p, k) =>
    text(p.node, 'RedenWijziging') === '13' && text(p.node, k.end) !== text(p.node, k.start)
      ? { element: 'RedenWijziging', message: `RedenWijziging 13 requires ${k.end} equal to ${k.start}` }
      : undefined,
});

export const CS336 = productRule({
  id: 'CS336',
  level: 'constraint',
  classes: [TOEGEWEZEN],
  explanation: 'RedenWijziging 01 (administrative correction, withdrawn from the codelist) is not used.',
  problem: (p) =>
    text(p.node, 'RedenWijziging') === '01'
      ? { element: 'RedenWijziging', message: 'RedenWijziging 01 may not be used' }
      : undefined,
});

const NEEDS_FREQUENTIE = new Set(['14', '16', '83', '84']);
const PERIODIC = new Set(['2', '4', '6']);

function frequentieProblem(p: At, k: ProductClass) {
  const eenheid = text(p.node, 'Omvang/Eenheid');
  const frequentie = text(p.node, 'Omvang/Frequentie');
  const end = text(p.node, k.end);
  if (eenheid === undefined || !NEEDS_FREQUENTIE.has(eenheid) || (end !== undefined && end <= '2020-12-31'))
    return undefined;
  return frequentie !== undefined && !PERIODIC.has(frequentie)
    ? { element: 'Omvang/Frequentie', message: `Eenheid ${eenheid} requires Frequentie 2, 4 or 6` }
    : undefined;
}

const frequentieExplanation =
  'Etmalen, dagdelen, euros and pieces (effort) are assigned per week, per month or in total, not per day.';

export const CS338 = productRule({
  id: 'CS338',
  level: 'constraint',
  classes: [TOEGEWEZEN, NIEUW, TE_WIJZIGEN],
  explanation: frequentieExplanation,
  problem: frequentieProblem,
});

export const CS343 = productRule({
  id: 'CS343',
  level: 'constraint',
  classes: [AANGEVRAAGD],
  explanation: frequentieExplanation,
  problem: frequentieProblem,
});

const FIRST_DECLARABLE = '2021-01-01';

export const CS100 = inMessageRule({
  id: 'CS100',
  level: 'constraint',
  appliesTo: ['323'],
  explanation: 'Declared periods start on or after 1 January 2021 (declarations under release 3 only).',
  *violations(facts) {
    for (const period of declaredPeriods(facts)) {
      const begin = period.begindatum;
      if (begin !== undefined && begin < FIRST_DECLARABLE)
        yield {
          path: `${period.path}/Begindatum`,
          message: `Begindatum ${begin} lies before ${FIRST_DECLARABLE}`,
        };
    }
  },
});

export const CS337 = inMessageRule({
  id: 'CS337',
  level: 'constraint',
  appliesTo: ['323'],
  explanation: 'A product period ends in the calendar month it starts in.',
  *violations(facts) {
    for (const period of productPeriodes(facts)) {
      const begin = period.begindatum;
      const end = period.einddatum;
      if (begin !== undefined && end !== undefined && !sameMonth(begin, end))
        yield {
          path: `${period.path}/Einddatum`,
          message: `Einddatum ${end} is not in the month of ${begin}`,
        };
    }
  },
});

export const CS340 = inMessageRule({
  id: 'CS340',
  level: 'constraint',
  appliesTo: ['323'],
  explanation: 'The declaration period is exactly one whole calendar month.',
  *violations(facts) {
    const body = declaratieBody(facts);
    for (const period of body ? all(body, 'DeclaratiePeriode') : []) {
      const [begin, end] = [text(period.node, 'Begindatum'), text(period.node, 'Einddatum')];
      if (begin === undefined || end === undefined) continue;
      if (!begin.endsWith('-01') || end !== lastDayOfMonth(begin))
        yield { path: period.path, message: `${begin} to ${end} is not one whole calendar month` };
    }
  },
});

export const CS339 = inMessageRule({
  id: 'CS339',
  level: 'constraint',
  appliesTo: ['323'],
  explanation: 'A prestatie in euros (Eenheid 83) declares exactly the delivered volume as its amount.',
  *violations(facts) {
    for (const prestatie of prestatieFacts(facts)) {
      if (prestatie.eenheid !== '83') continue;
      const bedrag = prestatie.bedrag;
      const volume = prestatie.geleverdVolume;
      if (bedrag !== volume)
        yield {
          path: `${prestatie.at.path}/IngediendBedrag/Bedrag`,
          message: `Bedrag ${bedrag} differs from GeleverdVolume ${volume} for Eenheid 83`,
        };
    }
  },
});

export const CS325 = inMessageRule({
  id: 'CS325',
  level: 'constraint',
  appliesTo: ['323', '325'],
  explanation: 'An amount of zero is marked debit (D).',
  *violations(facts) {
    const body = declaratieBody(facts);
    if (!body) return;
    // The totals, then each prestatie's IngediendBedrag: these amounts carry a DebetCredit.
    const totals =
      facts.type === '325' ? ['TotaalIngediendBedrag', 'TotaalToegekendBedrag'] : ['TotaalIngediendBedrag'];
    for (const name of totals)
      for (const group of all(body, name)) yield* zeroMarkedCredit(group, 'TotaalBedrag');
    for (const prestatie of prestatieFacts(facts)) {
      const bedrag = prestatie.at.node.IngediendBedrag;
      if (Array.isArray(bedrag)) {
        // Not in a valid message: each of them, as a walk finds them.
        for (const group of all(prestatie.at, 'IngediendBedrag')) yield* zeroMarkedCredit(group, 'Bedrag');
      } else if (typeof bedrag === 'object' && prestatie.bedrag === 0 && prestatie.debetCredit !== 'D')
        yield { path: `${prestatie.at.path}/IngediendBedrag/DebetCredit`, message: 'Bedrag 0 is marked D' };
    }
  },
});

function* zeroMarkedCredit(group: At, field: string): Iterable<Violation> {
  if (number(group.node, field) === 0 && text(group.node, 'DebetCredit') !== 'D')
    yield { path: `${group.path}/DebetCredit`, message: `${field} 0 is marked D` };
}
