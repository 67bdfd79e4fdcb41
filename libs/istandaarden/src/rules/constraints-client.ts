/** Constraints (CS) on client data, contacts, periods and status aanlevering. */
import { inMessageRule } from './in-message-rule.js';
import { bsns, contacts, geboortedata, namen } from './message-parts.js';
import { AANGEVRAAGD, NIEUW, productsOf, TE_WIJZIGEN, TOEGEWEZEN } from './product-classes.js';
import { all, has, text } from './paths.js';

/** The 11-check ("elfproef") of a Burgerservicenummer. */
export function passesElfproef(bsn: string): boolean {
  if (bsn.length !== 9) return false;
  // Nine ASCII digits; the first eight weighed 9 down to 2, the last subtracted (checked per character:
  // one client after another asks).
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const digit = bsn.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += index < 8 ? digit * (9 - index) : -digit;
  }
  return sum % 11 === 0;
}

export const CS002 = inMessageRule({
  id: 'CS002',
  level: 'constraint',
  appliesTo: ['301', '305', '307', '315', '317', '323', '325'],
  explanation: 'Every BSN passes the 11-check.',
  *violations(facts) {
    for (const client of bsns(facts)) {
      const bsn = text(client.node, 'Bsn');
      if (bsn !== undefined && !passesElfproef(bsn))
        yield { path: `${client.path}/Bsn`, message: 'the Bsn does not pass the 11-check' };
    }
  },
});

export const CS003 = inMessageRule({
  id: 'CS003',
  level: 'constraint',
  appliesTo: ['301', '315', '317'],
  explanation: 'An end date, where given, is not before the start date of its period or product.',
  *violations(facts) {
    for (const [product, klasse] of productsOf(facts, [TOEGEWEZEN, AANGEVRAAGD, NIEUW, TE_WIJZIGEN])) {
      const [start, end] = [text(product.node, klasse.start), text(product.node, klasse.end)];
      if (start !== undefined && end !== undefined && end < start)
        yield {
          path: `${product.path}/${klasse.end}`,
          message: `${klasse.end} ${end} lies before ${klasse.start} ${start}`,
        };
    }
    for (const periode of contacts(facts).flatMap((contact) => all(contact, 'Periode'))) {
      const [start, end] = [text(periode.node, 'Begindatum'), text(periode.node, 'Einddatum')];
      if (start !== undefined && end !== undefined && end < start)
        yield {
          path: `${periode.path}/Einddatum`,
          message: `Einddatum ${end} lies before Begindatum ${start}`,
        };
    }
  },
});

export const CS050 = inMessageRule({
  id: 'CS050',
  level: 'constraint',
  appliesTo: ['301'],
  explanation: 'NaamGebruik fits the name: 1 to 4 with a partner name, otherwise 1 or 6.',
  *violations(facts) {
    for (const naam of namen(facts)) {
      const gebruik = text(naam.node, 'NaamGebruik');
      if (gebruik === undefined) continue;
      const partner = has(naam.node, 'Partnernaam');
      const allowed = partner ? ['1', '2', '3', '4'] : ['1', '6'];
      if (!allowed.includes(gebruik))
        yield {
          path: `${naam.path}/NaamGebruik`,
          message: `NaamGebruik ${gebruik} is not allowed ${partner ? 'with' : 'without'} a Partnernaam`,
        };
    }
  },
});

export const CS318 = inMessageRule({
  id: 'CS318',
  level: 'constraint',
  appliesTo: ['301'],
  explanation: 'The client is a natural person: NaamGebruik 6 is not used for the client.',
  *violations(facts) {
    for (const naam of all(facts.root, 'Client/Naam')) {
      if (text(naam.node, 'NaamGebruik') === '6')
        yield {
          path: `${naam.path}/NaamGebruik`,
          message: 'NaamGebruik 6 (not a natural person) is not allowed',
        };
    }
  },
});

export const CS058 = inMessageRule({
  id: 'CS058',
  level: 'constraint',
  appliesTo: ['305', '307'],
  explanation: 'Start and stop lines are sent as a first delivery (1) or a removal (3), never 2 or 9.',
  *violations(facts) {
    const lines = [
      ...all(facts.root, 'Client/StartProducten/StartProduct'),
      ...all(facts.root, 'Client/StopProducten/StopProduct'),
    ];
    for (const line of lines) {
      const status = text(line.node, 'StatusAanlevering');
      if (status !== undefined && status !== '1' && status !== '3')
        yield {
          path: `${line.path}/StatusAanlevering`,
          message: `StatusAanlevering ${status} is not allowed`,
        };
    }
  },
});

const DUTCH_POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

export const CS089 = inMessageRule({
  id: 'CS089',
  level: 'constraint',
  appliesTo: ['301'],
  explanation: 'A Dutch address (LandCode NL) has a postcode of four digits and two capitals.',
  *violations(facts) {
    for (const adres of contacts(facts).flatMap((contact) => all(contact, 'Adres'))) {
      const postcode = text(adres.node, 'Postcode');
      if (text(adres.node, 'LandCode') === 'NL' && postcode !== undefined && !DUTCH_POSTCODE.test(postcode))
        yield { path: `${adres.path}/Postcode`, message: 'the Postcode does not have the Dutch form 1234AB' };
    }
  },
});

/** What the Datum of a Geboortedatum must look like for each DatumGebruik (IV009). */
const PARTLY_UNKNOWN: Readonly<Record<string, RegExp>> = {
  '1': /^\d{4}-\d{2}-01$/,
  '2': /^\d{4}-01-01$/,
  '3': /^1900-01-01$/,
};

export const CS139 = inMessageRule({
  id: 'CS139',
  level: 'constraint',
  appliesTo: ['301', '305', '307', '315'],
  explanation:
    'DatumGebruik matches the birth date: unknown parts are filled with 01 (day, month) or 1900 (year).',
  *violations(facts) {
    for (const geboortedatum of geboortedata(facts)) {
      const gebruik = text(geboortedatum.node, 'DatumGebruik');
      const datum = text(geboortedatum.node, 'Datum');
      const form = gebruik === undefined ? undefined : PARTLY_UNKNOWN[gebruik];
      if (form && datum !== undefined && !form.test(datum))
        yield {
          path: `${geboortedatum.path}/Datum`,
          message: `the birth date does not fit DatumGebruik ${gebruik}`,
        };
    }
  },
});
