/** Condities (CD) on contacts, communication, referrers, answers and prestaties: when an element must or may be filled. */
import { inMessageRule, type MessageFacts, type Violation } from './in-message-rule.js';
import { contacts, prestatieFacts } from './message-parts.js';
import { AANGEVRAAGD } from './product-classes.js';
import { all, has, text, type At } from './paths.js';

/** The Adres of each contact of a toewijzing, with the contact it belongs to. */
function* adressen(facts: MessageFacts): Iterable<[At, At]> {
  for (const contact of contacts(facts)) for (const adres of all(contact, 'Adres')) yield [contact, adres];
}

export const CD005 = inMessageRule({
  id: 'CD005',
  level: 'conditie',
  appliesTo: ['301'],
  explanation: 'An address gives a LandCode exactly when it gives a Postcode.',
  *violations(facts) {
    for (const [, adres] of adressen(facts)) {
      const [postcode, land] = [has(adres.node, 'Postcode'), has(adres.node, 'LandCode')];
      if (postcode && !land)
        yield { path: `${adres.path}/LandCode`, message: 'Postcode is filled, so LandCode is required' };
      if (!postcode && land)
        yield { path: `${adres.path}/LandCode`, message: 'LandCode is only filled with a Postcode' };
    }
  },
});

export const CD007 = inMessageRule({
  id: 'CD007',
  level: 'conditie',
  appliesTo: ['301'],
  explanation:
    'The language is given exactly when the communication form is a language interpreter (Vorm 1).',
  *violations(facts) {
    for (const communicatie of all(facts.root, 'Client/Communicatie')) {
      const tolk = text(communicatie.node, 'Vorm') === '1';
      if (tolk !== has(communicatie.node, 'Taal'))
        yield {
          path: `${communicatie.path}/Taal`,
          message: tolk ? 'Vorm 1 (language interpreter) requires Taal' : 'Taal is only filled with Vorm 1',
        };
    }
  },
});

export const CD009 = inMessageRule({
  id: 'CD009',
  level: 'conditie',
  appliesTo: ['301'],
  explanation: 'Only a temporary address (Soort 04) may carry a Periode.',
  *violations(facts) {
    for (const contact of contacts(facts)) {
      if (has(contact.node, 'Periode') && text(contact.node, 'Soort') !== '04')
        yield { path: `${contact.path}/Periode`, message: 'Periode is only allowed for Soort 04' };
    }
  },
});

export const CD025 = inMessageRule({
  id: 'CD025',
  level: 'conditie',
  appliesTo: ['301'],
  explanation: 'A Dutch address (LandCode NL) gives a house number.',
  *violations(facts) {
    for (const [, adres] of adressen(facts)) {
      if (text(adres.node, 'LandCode') === 'NL' && !has(adres.node, 'Huis'))
        yield { path: `${adres.path}/Huis`, message: 'LandCode NL requires Huis' };
    }
  },
});

export const CD034 = inMessageRule({
  id: 'CD034',
  level: 'conditie',
  appliesTo: ['301'],
  explanation: 'A BRP address (01) or residence address (03) gives a postcode.',
  *violations(facts) {
    for (const [contact, adres] of adressen(facts)) {
      const soort = text(contact.node, 'Soort');
      if ((soort === '01' || soort === '03') && !has(adres.node, 'Postcode'))
        yield { path: `${adres.path}/Postcode`, message: `an address of Soort ${soort} requires Postcode` };
    }
  },
});

export const CD043 = inMessageRule({
  id: 'CD043',
  level: 'conditie',
  appliesTo: ['315'],
  explanation: 'The start date of the beschikking is given exactly when its number is.',
  *violations(facts) {
    for (const product of all(facts.root, AANGEVRAAGD.steps)) {
      const nummer = has(product.node, 'BeschikkingNummer');
      if (nummer !== has(product.node, 'BeschikkingIngangsdatum'))
        yield {
          path: `${product.path}/BeschikkingIngangsdatum`,
          message: nummer
            ? 'BeschikkingNummer is filled, so BeschikkingIngangsdatum is required'
            : 'BeschikkingIngangsdatum is only filled with a BeschikkingNummer',
        };
    }
  },
});

/** Referrer types that are care professionals with an AGB code: huisarts, jeugdarts, GI, medisch specialist. */
const PROFESSIONALS = new Set(['02', '03', '04', '05']);

function verwijzerRule(id: string, explanation: string, problem: (verwijzer: At) => Violation | undefined) {
  return inMessageRule({
    id,
    level: 'conditie',
    appliesTo: ['315'],
    explanation,
    *violations(facts) {
      for (const verwijzer of all(facts.root, `${AANGEVRAAGD.steps}/Verwijzer`)) {
        const found = problem(verwijzer);
        if (found) yield found;
      }
    },
  });
}

function professional(verwijzer: At): boolean {
  return PROFESSIONALS.has(text(verwijzer.node, 'Type') ?? '');
}

export const CD066 = verwijzerRule(
  'CD066',
  'A professional referrer identified by ZorgverlenerCode is not also named.',
  (v) =>
    professional(v) && has(v.node, 'ZorgverlenerCode') && has(v.node, 'Naam')
      ? { path: `${v.path}/Naam`, message: 'Naam stays empty when ZorgverlenerCode is given' }
      : undefined,
);

export const CD067 = verwijzerRule(
  'CD067',
  'A professional referrer without ZorgverlenerCode is named.',
  (v) =>
    professional(v) && !has(v.node, 'ZorgverlenerCode') && !has(v.node, 'Naam')
      ? { path: `${v.path}/Naam`, message: 'Naam is required when ZorgverlenerCode is missing' }
      : undefined,
);

export const CD068 = verwijzerRule(
  'CD068',
  'Only a professional referrer (Type 02 to 05) has a ZorgverlenerCode.',
  (v) =>
    !professional(v) && has(v.node, 'ZorgverlenerCode')
      ? { path: `${v.path}/ZorgverlenerCode`, message: 'ZorgverlenerCode is only allowed for Type 02 to 05' }
      : undefined,
);

function antwoordRule(id: string, explanation: string, verzoekAntwoord: string, required: boolean) {
  return inMessageRule({
    id,
    level: 'conditie',
    appliesTo: ['319'],
    explanation,
    *violations(facts) {
      for (const antwoord of all(facts.root, 'Antwoord')) {
        if (text(antwoord.node, 'VerzoekAntwoord') !== verzoekAntwoord) continue;
        if (has(antwoord.node, 'RedenAfwijzingVerzoek') !== required)
          yield {
            path: `${antwoord.path}/RedenAfwijzingVerzoek`,
            message: `VerzoekAntwoord ${verzoekAntwoord} ${required ? 'requires' : 'excludes'} RedenAfwijzingVerzoek`,
          };
      }
    },
  });
}

export const CD085 = antwoordRule('CD085', 'A refused request (VerzoekAntwoord 1) states why.', '1', true);
export const CD086 = antwoordRule(
  'CD086',
  'A request under investigation (VerzoekAntwoord 2) has no refusal reason.',
  '2',
  false,
);

export const CD060 = inMessageRule({
  id: 'CD060',
  level: 'conditie',
  appliesTo: ['323', '325'],
  explanation:
    'A credit prestatie refers to the prestatie it corrects (VorigReferentieNummer); a debit one does not.',
  *violations(facts) {
    for (const prestatie of prestatieFacts(facts)) {
      const credit = prestatie.debetCredit === 'C';
      if (credit !== prestatie.hasVorigReferentieNummer)
        yield {
          path: `${prestatie.at.path}/ProductReferentie/VorigReferentieNummer`,
          message: credit
            ? 'a credit prestatie requires VorigReferentieNummer'
            : 'only a credit prestatie has one',
        };
    }
  },
});

export const CD087 = inMessageRule({
  id: 'CD087',
  level: 'conditie',
  appliesTo: ['323'],
  explanation: 'A prestatie gives a tariff exactly when its unit is not euros (83).',
  *violations(facts) {
    for (const prestatie of prestatieFacts(facts)) {
      const euros = prestatie.eenheid === '83';
      if (euros === prestatie.hasProductTarief)
        yield {
          path: `${prestatie.at.path}/ProductTarief`,
          message: euros
            ? 'ProductTarief stays empty for Eenheid 83'
            : 'ProductTarief is required unless Eenheid is 83',
        };
    }
  },
});
