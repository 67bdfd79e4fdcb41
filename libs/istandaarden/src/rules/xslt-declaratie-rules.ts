/** XSLT-kind rules on declarations (323) and declaratie-antwoorden (325): periods, totals, references. */
import { inMessageRule, signed, yearsBefore } from './in-message-rule.js';
import {
  declaratieBody,
  prestatieFacts,
  prestaties,
  declaredPeriods,
  type PrestatieFacts,
} from './message-parts.js';
import { first, number, parentOf, RepeatedKeys, text, texts, type At } from './paths.js';

function amount(node: At['node'], group: string, field = 'Bedrag'): number {
  return signed(number(node, `${group}/${field}`), text(node, `${group}/DebetCredit`));
}

/** The signed IngediendBedrag of the prestaties added up (`amount` of each, read once per message). */
function ingediendSum(list: readonly PrestatieFacts[]): number {
  let sum = 0;
  for (const p of list) sum += signed(p.bedrag, p.debetCredit);
  return sum;
}

export const TR137 = inMessageRule({
  id: 'TR137',
  level: 'xslt',
  appliesTo: ['323', '325'],
  explanation: 'A declared period ends on or after its start and not after the Dagtekening.',
  *violations(facts) {
    for (const period of declaredPeriods(facts)) {
      const begin = period.begindatum;
      const end = period.einddatum;
      if (begin === undefined || end === undefined) continue;
      if (end < begin)
        yield {
          path: `${period.path}/Einddatum`,
          message: `Einddatum ${end} lies before Begindatum ${begin}`,
        };
      else if (end > facts.dagtekening)
        yield {
          path: `${period.path}/Einddatum`,
          message: `Einddatum ${end} lies after the Dagtekening ${facts.dagtekening}`,
        };
    }
  },
});

export const TR315 = inMessageRule({
  id: 'TR315',
  level: 'xslt',
  appliesTo: ['323'],
  explanation: 'A declaration credits a previous prestatie (VorigReferentieNummer) at most once.',
  *violations(facts) {
    const seen = new Set<string>();
    for (const prestatie of prestatieFacts(facts)) {
      const vorig = prestatie.vorigReferentieNummer;
      if (vorig === undefined) continue;
      if (seen.has(vorig))
        yield {
          path: `${prestatie.at.path}/ProductReferentie/VorigReferentieNummer`,
          message: `VorigReferentieNummer ${vorig} occurs more than once in the declaration`,
        };
      seen.add(vorig);
    }
  },
});

export const TR316 = inMessageRule({
  id: 'TR316',
  level: 'xslt',
  appliesTo: ['323'],
  explanation: 'A declaration does not credit a debit prestatie it contains itself.',
  *violations(facts) {
    // The VorigReferentieNummers first (credits are few), then which of them the declaration holds.
    const all323 = prestatieFacts(facts);
    const vorige = new Set<string>();
    for (const p of all323) if (p.vorigReferentieNummer !== undefined) vorige.add(p.vorigReferentieNummer);
    if (!vorige.size) return;
    const nummers = new Set<string>();
    for (const p of all323)
      if (p.referentieNummer !== undefined && vorige.has(p.referentieNummer)) nummers.add(p.referentieNummer);
    for (const prestatie of all323) {
      const vorig = prestatie.vorigReferentieNummer;
      if (vorig !== undefined && nummers.has(vorig))
        yield {
          path: `${prestatie.at.path}/ProductReferentie/VorigReferentieNummer`,
          message: `VorigReferentieNummer ${vorig} refers to a prestatie in the same declaration`,
        };
    }
  },
});

export const TR335 = inMessageRule({
  id: 'TR335',
  level: 'xslt',
  appliesTo: ['323'],
  explanation: 'A prestatie ends no more than five years before the DeclaratieDagtekening.',
  *violations(facts) {
    const body = declaratieBody(facts);
    const dagtekening = body ? text(body.node, 'DeclaratieDagtekening') : undefined;
    if (dagtekening === undefined) return;
    const limit = yearsBefore(dagtekening, 5);
    for (const prestatie of prestatieFacts(facts)) {
      const end = prestatie.einddatum;
      if (end !== undefined && end < limit)
        yield {
          path: `${prestatie.at.path}/ProductPeriode/Einddatum`,
          message: `Einddatum ${end} lies more than 5 years before DeclaratieDagtekening ${dagtekening}`,
        };
    }
  },
});

export const TR358 = inMessageRule({
  id: 'TR358',
  level: 'xslt',
  appliesTo: ['323'],
  explanation: 'The declared total equals the sum of the prestaties, debit added and credit subtracted.',
  *violations(facts) {
    const body = declaratieBody(facts);
    if (!body) return;
    const total = amount(body.node, 'TotaalIngediendBedrag', 'TotaalBedrag');
    const sum = ingediendSum(prestatieFacts(facts));
    if (total !== sum)
      yield {
        path: `${body.path}/TotaalIngediendBedrag`,
        message: `TotaalIngediendBedrag is ${total} cents (signed), the prestaties add up to ${sum}`,
      };
  },
});

const GEEN_OPMERKING = '0200';

export const TR342 = inMessageRule({
  id: 'TR342',
  level: 'xslt',
  appliesTo: ['325'],
  explanation:
    'A declaratie-antwoord lists only refused prestaties, which explain the gap between the declared and granted totals (0 granted when refused as a whole).',
  *violations(facts) {
    const body = declaratieBody(facts);
    if (!body) return;
    const toegekend = amount(body.node, 'TotaalToegekendBedrag', 'TotaalBedrag');
    const refusedAsWhole = texts(body.node, 'RetourCodes/RetourCode').some((code) => code !== GEEN_OPMERKING);
    if (refusedAsWhole) {
      if (toegekend !== 0)
        yield {
          path: `${body.path}/TotaalToegekendBedrag`,
          message: 'the declaration is refused as a whole, so TotaalToegekendBedrag is 0',
        };
      const clienten = first(body, 'Clienten');
      if (clienten)
        yield { path: clienten.path, message: 'a declaration refused as a whole lists no prestaties' };
      return;
    }
    for (const prestatie of prestaties(facts)) {
      if (!texts(prestatie.node, 'RetourCodes/RetourCode').some((code) => code !== GEEN_OPMERKING))
        yield { path: `${prestatie.path}/RetourCodes`, message: 'only refused prestaties are listed' };
    }
    const ingediend = amount(body.node, 'TotaalIngediendBedrag', 'TotaalBedrag');
    const refused = ingediendSum(prestatieFacts(facts));
    if (refused !== ingediend - toegekend)
      yield {
        path: `${body.path}/TotaalToegekendBedrag`,
        message: `the refused prestaties add up to ${refused} cents (signed), declared minus granted is ${ingediend - toegekend}`,
      };
  },
});

/** The Client of a Prestatie (Client/Prestaties/Prestatie). */
function clientOf(prestatie: At): At | undefined {
  const prestaties = parentOf(prestatie);
  return prestaties && parentOf(prestaties);
}

/** ToewijzingNummer, ProductCategorie, ProductCode, ProductPeriode/Begindatum and /Einddatum. */
const DEBET_KEY: ReadonlyArray<(p: PrestatieFacts) => string | undefined> = [
  (p) => p.toewijzingNummer,
  (p) => p.productCategorie,
  (p) => p.productCode,
  (p) => p.begindatum,
  (p) => p.einddatum,
];

export const TR416 = inMessageRule({
  id: 'TR416',
  level: 'xslt',
  appliesTo: ['323'],
  explanation:
    'A declaration holds at most one debit prestatie per client, toewijzing, product and product period.',
  *violations(facts) {
    // Per client: a client's prestaties follow each other in document order.
    let client: At | undefined;
    let seen = new RepeatedKeys(DEBET_KEY);
    for (const prestatie of prestatieFacts(facts)) {
      const of = clientOf(prestatie.at);
      if (of !== client) {
        client = of;
        seen = new RepeatedKeys(DEBET_KEY);
      }
      if (prestatie.debetCredit !== 'D') continue;
      if (seen.repeats(prestatie))
        yield {
          path: `${prestatie.at.path}/IngediendBedrag/DebetCredit`,
          message: 'a second debit prestatie for the same toewijzing, product and product period',
        };
    }
  },
});
