/** Cross-message rules on declarations (323): each prestatie against its toewijzing and earlier declarations. */
import { catalogueEntry, type Bericht, type Finding } from '../../../istandaarden/src/index.js';
import { all, parentOf, root, shared, type At } from '../../../istandaarden/src/rules/paths.js';
import { prestatieRecord, type PrestatieRecord, type ToewijzingRecord } from '../state-records.js';
import { failure, type CrossMessageRule } from './cross-message-rule.js';
import { PerMessage, type OwnerState } from './rule-state.js';
import { sameMonth } from '../../../istandaarden/src/rules/in-message-rule.js';
import { isVerwijderd } from './toewijzingen.js';
import { TR304_VERZOEK } from './verzoek-rules.js';

interface DeclaredPrestatie {
  readonly at: At;
  readonly record: PrestatieRecord;
  /** The toewijzing under its number, whoever's it is. */
  readonly toewijzing: ToewijzingRecord | undefined;
}

/** The Declaratie of a 323, or the DeclaratieAntwoord of a 325. */
function declaratie(bericht: Bericht): At {
  return all(root(bericht), bericht.bericht.Declaratie ? 'Declaratie' : 'DeclaratieAntwoord')[0]!;
}

/** What a rule says of one prestatie: a failure message, or undefined when it passes. */
type Judge = (p: DeclaredPrestatie) => string | undefined;

/** A per-prestatie rule as the pass runs it. */
interface PrestatieCheck {
  readonly rule: CrossMessageRule;
  /**
   * `own`: only the prestaties whose toewijzing exists, is the client's own and is not deleted (the
   * ones the content rules judge); `every`: every prestatie.
   */
  readonly scope: 'own' | 'every';
  /** The rule's judge for one message and state (it may keep running totals over the pass). */
  readonly start: (bericht: Bericht, state: OwnerState) => Judge;
}

const prestatieChecks: PrestatieCheck[] = [];

interface Running {
  readonly rule: CrossMessageRule;
  readonly judge: Judge;
  readonly into: Finding[];
}

/**
 * One pass over a declaration's prestaties for every per-prestatie rule that applies to the message:
 * each rule's findings in document order (computed once per message and state). The walk from the
 * root is shared with TR381, each prestatie's client two steps up.
 */
const prestatieFindings = new PerMessage(
  (bericht: Bericht, state: OwnerState): Map<CrossMessageRule, Finding[]> => {
    const type = catalogueEntry(bericht.code)?.type;
    const findings = new Map<CrossMessageRule, Finding[]>();
    const every: Running[] = [];
    const own: Running[] = [];
    for (const check of prestatieChecks) {
      if (type === undefined || !check.rule.appliesTo.includes(type)) continue;
      const into: Finding[] = [];
      findings.set(check.rule, into);
      (check.scope === 'own' ? own : every).push({
        rule: check.rule,
        judge: check.start(bericht, state),
        into,
      });
    }
    if (!every.length && !own.length) return findings;
    const name = bericht.bericht.Declaratie ? 'Declaratie' : 'DeclaratieAntwoord';
    const nummer = String(declaratie(bericht).node.DeclaratieNummer);
    let client: At | undefined;
    let bsn = '';
    for (const at of shared(root(bericht), `${name}/Clienten/Client/Prestaties/Prestatie`)) {
      const prestaties = parentOf(at);
      const of = prestaties && parentOf(prestaties);
      if (of !== client) {
        client = of;
        bsn = String(of?.node.Bsn);
      }
      const record = prestatieRecord(nummer, bsn, at.node);
      const toewijzing = state.toewijzing(record.toewijzingNummer);
      const p: DeclaredPrestatie = { at, record, toewijzing };
      for (const running of every) judge(running, p);
      if (own.length && toewijzing !== undefined && toewijzing.bsn === bsn && !isVerwijderd(toewijzing)) {
        for (const running of own) judge(running, p);
      }
    }
    return findings;
  },
);

function judge(running: Running, p: DeclaredPrestatie): void {
  const message = running.judge(p);
  if (message) running.into.push(failure(running.rule, p.at.path, message));
}

/** The findings of a per-prestatie rule on `bericht`, from the shared pass. */
function findingsOf(rule: CrossMessageRule, bericht: Bericht, state: OwnerState): Finding[] {
  return [...(prestatieFindings.of(bericht, state).get(rule) ?? [])];
}

/** A judge for the prestaties on the client's own toewijzing (the toewijzing is there). */
const onOwn =
  (fails: (p: DeclaredPrestatie & { toewijzing: ToewijzingRecord }) => string | undefined) =>
  () =>
  (p: DeclaredPrestatie) =>
    fails(p as DeclaredPrestatie & { toewijzing: ToewijzingRecord });

function rule(
  id: string,
  retourcode: string,
  explanation: string,
  scope: PrestatieCheck['scope'],
  start: PrestatieCheck['start'],
): CrossMessageRule {
  const self: CrossMessageRule = {
    id,
    retourcode,
    level: 'berichtoverstijgend',
    appliesTo: ['323'],
    klasse: 'Prestatie',
    explanation,
    check: (bericht, { state }) => findingsOf(self, bericht, state),
  };
  prestatieChecks.push({ rule: self, scope, start });
  return self;
}

export const TR338 = rule(
  'TR338',
  '9338',
  'A prestatie belongs to a toewijzing by its ToewijzingNummer.',
  'every',
  () => (p) =>
    p.toewijzing === undefined ? `no toewijzing ${p.record.toewijzingNummer} was sent` : undefined,
);

export const TR304: CrossMessageRule = {
  id: 'TR304',
  retourcode: '8187',
  level: 'berichtoverstijgend',
  appliesTo: ['317', '323', '325'],
  klasse: 'Prestatie, OngewijzigdProduct, TeWijzigenProduct',
  explanation: 'The BSN belongs to the client of the toewijzing or declaration referred to.',
  check(bericht, context) {
    if (bericht.bericht.Client !== undefined) return TR304_VERZOEK(bericht, context, TR304);
    return findingsOf(TR304, bericht, context.state);
  },
};
prestatieChecks.push({
  rule: TR304,
  scope: 'every',
  start: () => (p) =>
    p.toewijzing !== undefined && p.toewijzing.bsn !== p.record.bsn
      ? `toewijzing ${p.record.toewijzingNummer} belongs to another client`
      : undefined,
});

export const TR384 = rule(
  'TR384',
  '9384',
  'Nothing is declared on a toewijzing deleted with RedenWijziging 13.',
  'every',
  () => (p) =>
    p.toewijzing?.bsn === p.record.bsn && isVerwijderd(p.toewijzing)
      ? `toewijzing ${p.record.toewijzingNummer} was deleted`
      : undefined,
);

export const TR307 = rule(
  'TR307',
  '9307',
  'A prestatie starts on or after the Ingangsdatum of its toewijzing.',
  'own',
  onOwn(({ record, toewijzing }) =>
    record.begindatum < toewijzing.ingangsdatum
      ? `ProductPeriode starts before the toewijzing (${toewijzing.ingangsdatum})`
      : undefined,
  ),
);

export const TR308 = rule(
  'TR308',
  '9308',
  "A prestatie ends on or before its toewijzing's Einddatum, when that is given.",
  'own',
  onOwn(({ record, toewijzing }) =>
    toewijzing.einddatum !== null && record.einddatum > toewijzing.einddatum
      ? `ProductPeriode ends after the toewijzing (${toewijzing.einddatum})`
      : undefined,
  ),
);

export const TR339 = rule(
  'TR339',
  '9339',
  "A prestatie's category equals the toewijzing's, where the toewijzing names one.",
  'own',
  onOwn(({ record, toewijzing }) =>
    toewijzing.productCategorie !== null && toewijzing.productCategorie !== record.productCategorie
      ? `ProductCategorie ${record.productCategorie}, toewijzing ${toewijzing.productCategorie}`
      : undefined,
  ),
);

export const TR340 = rule(
  'TR340',
  '9340',
  "A prestatie's product code equals the toewijzing's, where the toewijzing names one.",
  'own',
  onOwn(({ record, toewijzing }) =>
    toewijzing.productCode !== null && toewijzing.productCode !== record.productCode
      ? `ProductCode ${record.productCode}, toewijzing ${toewijzing.productCode}`
      : undefined,
  ),
);

const MINUUT = '01';
const UUR = '04';

export const TR341 = rule(
  'TR341',
  '9341',
  "A prestatie's unit fits the toewijzing's (minutes against hours are allowed).",
  'own',
  onOwn(({ record, toewijzing }) =>
    toewijzing.eenheid !== null &&
    toewijzing.eenheid !== record.eenheid &&
    !(toewijzing.eenheid === UUR && record.eenheid === MINUUT)
      ? `Eenheid ${record.eenheid}, toewijzing ${toewijzing.eenheid}`
      : undefined,
  ),
);

const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;
/** `date === firstOfMonth(date)`, without writing the first of the month. */
const isFirstOfMonth = (date: string) =>
  date.length === 10 && date.charCodeAt(8) === 48 /* 0 */ && date.charCodeAt(9) === 49; /* 1 */
const lastDays = new Map<string, string>();
/**
 * The last day of the month of `date`, kept per date: every prestatie of a declaration asks, and a
 * declaration names few dates.
 */
function lastOfMonth(date: string): string {
  let last = lastDays.get(date);
  if (!last) {
    const month = date.slice(0, 7);
    const days = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
    last = `${month}-${String(days).padStart(2, '0')}`;
    if (lastDays.size > 10_000) lastDays.clear();
    lastDays.set(date, last);
  }
  return last;
}

export const TR387 = rule(
  'TR387',
  '9387',
  "A product period starts on the first of its month, or on the toewijzing's start when that is later in the month.",
  'own',
  onOwn(({ record, toewijzing }) => {
    if (
      sameMonth(toewijzing.ingangsdatum, record.begindatum) &&
      toewijzing.ingangsdatum > firstOfMonth(record.begindatum)
    ) {
      return record.begindatum === toewijzing.ingangsdatum
        ? undefined
        : `ProductPeriode should start on ${toewijzing.ingangsdatum}`;
    }
    // The first of the month is written only for a prestatie that does not start on it.
    return isFirstOfMonth(record.begindatum)
      ? undefined
      : `ProductPeriode should start on ${firstOfMonth(record.begindatum)}`;
  }),
);

export const TR388 = rule(
  'TR388',
  '9388',
  "A product period ends on the last of its month, or on the toewijzing's end when that is earlier in the month.",
  'own',
  onOwn(({ record, toewijzing }) => {
    const last = lastOfMonth(record.einddatum);
    const expected =
      toewijzing.einddatum !== null &&
      sameMonth(toewijzing.einddatum, record.einddatum) &&
      toewijzing.einddatum < last
        ? toewijzing.einddatum
        : last;
    return record.einddatum === expected ? undefined : `ProductPeriode should end on ${expected}`;
  }),
);

export const TR314 = rule(
  'TR314',
  '8021',
  'A ReferentieNummer is unique per aanbieder and law, within and across declarations.',
  'every',
  (_, state) => (p) =>
    state.prestaties(p.record.referentieNummer).length > 0
      ? `ReferentieNummer ${p.record.referentieNummer} was declared before`
      : undefined,
);

const isCredit = (p: PrestatieRecord) => p.debetCredit === 'C';

export const TR323 = rule(
  'TR323',
  '8017',
  'A credit prestatie refers to an earlier, approved debit prestatie.',
  'every',
  (_, state) => (p) =>
    isCredit(p.record) &&
    (p.record.vorigReferentieNummer === null ||
      !state.prestaties(p.record.vorigReferentieNummer).some((earlier) => !isCredit(earlier)))
      ? 'no earlier debit prestatie with the VorigReferentieNummer of this credit'
      : undefined,
);

export const TR390 = rule(
  'TR390',
  '9390',
  'A prestatie is credited at most once.',
  'every',
  (_, state) => (p) =>
    isCredit(p.record) &&
    p.record.vorigReferentieNummer !== null &&
    state.creditsOf(p.record.vorigReferentieNummer).length > 0
      ? `prestatie ${p.record.vorigReferentieNummer} was credited before`
      : undefined,
);

export const TR389 = rule(
  'TR389',
  '9389',
  'A debit for the same period, product and toewijzing is sent again only after the earlier debit was credited.',
  'every',
  (_, state) => (p) =>
    !isCredit(p.record) &&
    state
      .prestatiesOn(p.record.toewijzingNummer)
      .some(
        (earlier) =>
          !isCredit(earlier) &&
          earlier.begindatum === p.record.begindatum &&
          earlier.einddatum === p.record.einddatum &&
          earlier.productCategorie === p.record.productCategorie &&
          earlier.productCode === p.record.productCode &&
          state.creditsOf(earlier.referentieNummer).length === 0,
      )
      ? 'an uncredited debit for this period, product and toewijzing exists'
      : undefined,
);

export const TR319 = rule(
  'TR319',
  '9319',
  'A declaration holds prestaties of its own declaration period or earlier ones only.',
  'every',
  (bericht) => {
    const periodeEind = String(
      (declaratie(bericht).node.DeclaratiePeriode as { Einddatum: string }).Einddatum,
    );
    return (p) =>
      p.record.begindatum > periodeEind
        ? `ProductPeriode lies after the declaration period (ends ${periodeEind})`
        : undefined;
  },
);

export const TR333: CrossMessageRule = {
  id: 'TR333',
  retourcode: '9333',
  level: 'berichtoverstijgend',
  appliesTo: ['323'],
  klasse: 'Declaratie',
  explanation: 'A DeclaratieNummer is unique per aanbieder and law.',
  check(bericht, { state }) {
    const body = declaratie(bericht);
    const nummer = String(body.node.DeclaratieNummer);
    return state.declaraties(nummer).length
      ? [failure(TR333, body.path, `DeclaratieNummer ${nummer} was used before`)]
      : [];
  },
};

/** Signed volume of a prestatie in the toewijzing's unit (minutes count as hours against an hourly toewijzing). */
function volumeIn(prestatie: PrestatieRecord, toewijzing: ToewijzingRecord): number {
  const volume =
    prestatie.eenheid === MINUUT && toewijzing.eenheid === UUR ? prestatie.volume / 60 : prestatie.volume;
  return isCredit(prestatie) ? -volume : volume;
}

/** The Omvang of a toewijzing over its whole term, or undefined when it has no end to count to. */
function totalOmvang(toewijzing: ToewijzingRecord): number | undefined {
  if (toewijzing.volume === null || toewijzing.frequentie === null) return undefined;
  if (toewijzing.frequentie === '6') return toewijzing.volume;
  if (toewijzing.einddatum === null) return undefined;
  const days = (Date.parse(toewijzing.einddatum) - Date.parse(toewijzing.ingangsdatum)) / 86_400_000 + 1;
  const months =
    (Number(toewijzing.einddatum.slice(0, 4)) - Number(toewijzing.ingangsdatum.slice(0, 4))) * 12 +
    Number(toewijzing.einddatum.slice(5, 7)) -
    Number(toewijzing.ingangsdatum.slice(5, 7)) +
    1;
  const units: Record<string, number> = { '1': days, '2': Math.ceil(days / 7), '4': months };
  const count = units[toewijzing.frequentie];
  return count === undefined ? undefined : toewijzing.volume * count;
}

/** Findings on the prestaties that take a toewijzing's running total past its limit. */
function withinLimit(
  limit: (t: ToewijzingRecord) => number | undefined,
  amount: (p: PrestatieRecord, t: ToewijzingRecord) => number,
): PrestatieCheck['start'] {
  return (_, state) => {
    const totals = new Map<number, number>();
    return (p) => {
      const { record } = p;
      const toewijzing = p.toewijzing!;
      const max = limit(toewijzing);
      if (max === undefined) return undefined;
      const nummer = toewijzing.toewijzingNummer;
      const before =
        totals.get(nummer) ?? state.prestatiesOn(nummer).reduce((sum, p) => sum + amount(p, toewijzing), 0);
      const total = before + amount(record, toewijzing);
      totals.set(nummer, total);
      return total > max ? `declared ${total} exceeds the assigned ${max}` : undefined;
    };
  };
}

/** How many times the Omvang's Frequentie fits a product period (day, week, month); undefined for a total or other frequency. */
function periodsIn(frequentie: string | null, begin: string, end: string): number | undefined {
  const days = (Date.parse(end) - Date.parse(begin)) / 86_400_000 + 1;
  if (frequentie === '1') return days;
  if (frequentie === '2') return Math.ceil(days / 7);
  if (frequentie === '4') return 1;
  return undefined;
}

export const TR321 = rule(
  'TR321',
  '9321',
  "A prestatie's delivered volume fits the toewijzing's Omvang, converted for unit, frequency and period.",
  'own',
  onOwn(({ record, toewijzing }) => {
    if (toewijzing.volume === null) return undefined;
    const periods = periodsIn(toewijzing.frequentie, record.begindatum, record.einddatum);
    const minutes = record.eenheid === MINUUT && toewijzing.eenheid === UUR;
    if (periods === undefined || (record.eenheid !== toewijzing.eenheid && !minutes)) return undefined;
    const delivered = minutes ? record.volume / 60 : record.volume;
    const allowed = toewijzing.volume * periods;
    return delivered > allowed
      ? `delivered ${delivered}, the Omvang allows ${allowed} in this period`
      : undefined;
  }),
);

export const TR322 = rule(
  'TR322',
  '9322',
  'All prestaties on a toewijzing together stay within its total Omvang over its whole term.',
  'own',
  withinLimit(totalOmvang, volumeIn),
);

export const TR369 = rule(
  'TR369',
  '9369',
  'All prestaties on a budget toewijzing together stay within its Budget.',
  'own',
  withinLimit(
    (t) => t.budget ?? undefined,
    (p) => (isCredit(p) ? -p.volume : p.volume),
  ),
);

export const DECLARATIE_RULES: readonly CrossMessageRule[] = [
  TR304,
  TR307,
  TR308,
  TR314,
  TR319,
  TR321,
  TR322,
  TR323,
  TR333,
  TR338,
  TR339,
  TR340,
  TR341,
  TR369,
  TR384,
  TR387,
  TR388,
  TR389,
  TR390,
];
