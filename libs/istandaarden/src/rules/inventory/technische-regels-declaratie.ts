/**
 * Cross-message (berichtoverstijgend) rules on declarations (323) and declaratie-antwoorden (325),
 * implemented in `libs/domain/src/rules` against the stored toewijzingen and declarations. The 325 rules
 * without a retourcode are the aanbieder's checks on what we send and hold by how we build a 325; the
 * tariff rules wait for the arrangements.
 */
import { both, implemented, type Berichten, type InventoryEntry } from './entry.js';

const TOEWIJZING = 'the toewijzing the prestatie refers to (from the 301s sent)';
const DECLARATIES = 'the declarations received before from the aanbieder and the decisions on them';
const ANSWERED = 'the declaration answered (a guard on the 325s we send)';

const BY_CONSTRUCTION =
  'a rule the aanbieder applies to the 325 it receives; the gateway builds its 325s from the declaration they answer (buildRetourbericht copies these values), so there is nothing here to reject';

/** A rule on what the gateway sends that holds by how the gateway builds it. */
function byConstruction(
  id: string,
  berichten: Berichten,
  explanation: string,
  reason: string,
): InventoryEntry {
  return { id, level: 'berichtoverstijgend', berichten, explanation, status: 'not-applicable', reason };
}

export const DECLARATIE_RULES: readonly InventoryEntry[] = [
  implemented(
    'TR304',
    '8187',
    both('317', '323', '325'),
    'The BSN belongs to the client of the toewijzing or declaration referred to.',
    `${TOEWIJZING}, or the declaration answered`,
  ),
  implemented(
    'TR307',
    '9307',
    both('323'),
    'A prestatie starts on or after the Ingangsdatum of its toewijzing.',
    TOEWIJZING,
  ),
  implemented(
    'TR308',
    '9308',
    both('323'),
    "A prestatie ends on or before its toewijzing's Einddatum, when that is given.",
    TOEWIJZING,
  ),
  implemented(
    'TR314',
    '8021',
    both('323'),
    'A ReferentieNummer is unique per aanbieder and law, within and across declarations.',
    `${DECLARATIES}; within one message TR101 already finds repeats`,
  ),
  {
    id: 'TR318',
    level: 'berichtoverstijgend',
    retourcode: '8214',
    berichten: both('323'),
    explanation:
      'When care was delivered every month, a declaration period follows the previous one without a gap.',
    status: 'not-applicable',
    reason:
      'the condition is known only to the aanbieder: a month without a declaration may be a month without care, which the rule itself allows, so a gap between declaration periods is never a ground the gemeente can refuse on (OP095)',
  },
  implemented(
    'TR319',
    '9319',
    both('323'),
    'A declaration holds prestaties of its own declaration period or earlier ones only.',
    'no stored state, but it answers per prestatie (9319) in a 325: it comes with the declaratie-antwoord',
  ),
  implemented(
    'TR321',
    '9321',
    both('323'),
    "A prestatie's delivered volume fits the toewijzing's Omvang, converted for unit, frequency and period.",
    TOEWIJZING,
  ),
  implemented(
    'TR322',
    '9322',
    both('323'),
    'All prestaties on a toewijzing together stay within its total Omvang over its whole term.',
    `${TOEWIJZING} and ${DECLARATIES}`,
  ),
  implemented(
    'TR323',
    '8017',
    both('323'),
    'A credit prestatie refers to an earlier, approved debit prestatie.',
    DECLARATIES,
  ),
  implemented(
    'TR333',
    '9333',
    both('323'),
    'A DeclaratieNummer is unique per aanbieder and law.',
    DECLARATIES,
  ),
  byConstruction(
    'TR337',
    both('325'),
    'A declaratie-antwoord names the declaration it answers by its BerichtIdentificatie.',
    BY_CONSTRUCTION,
  ),
  implemented(
    'TR338',
    '9338',
    both('323'),
    'A prestatie belongs to a toewijzing by its ToewijzingNummer.',
    TOEWIJZING,
  ),
  implemented(
    'TR339',
    '9339',
    both('323'),
    "A prestatie's category equals the toewijzing's, where the toewijzing names one.",
    TOEWIJZING,
  ),
  implemented(
    'TR340',
    '9340',
    both('323'),
    "A prestatie's product code equals the toewijzing's, where the toewijzing names one.",
    TOEWIJZING,
  ),
  implemented(
    'TR341',
    '9341',
    both('323'),
    "A prestatie's unit fits the toewijzing's (minutes against hours are allowed).",
    `${TOEWIJZING}, and the contract unit for aspecific and generic toewijzingen`,
  ),
  implemented(
    'TR366',
    '9366',
    both('325'),
    'Every prestatie in a declaratie-antwoord comes from the declaration, by ProductReferentie.',
    ANSWERED,
  ),
  implemented(
    'TR367',
    '9367',
    both('325'),
    'Values repeated in a declaratie-antwoord equal those of the declaration.',
    ANSWERED,
  ),
  implemented(
    'TR369',
    '9369',
    both('323'),
    'All prestaties on a budget toewijzing together stay within its Budget.',
    `${TOEWIJZING} and ${DECLARATIES}`,
  ),
  byConstruction(
    'TR371',
    both('325'),
    'XsdVersieDeclaratie repeats the XsdVersie of the declaration answered.',
    BY_CONSTRUCTION,
  ),
  byConstruction(
    'TR376',
    both('325'),
    'A declaratie-antwoord repeats the DeclaratieNummer of the declaration answered.',
    BY_CONSTRUCTION,
  ),
  implemented(
    'TR384',
    '9384',
    both('323'),
    'Nothing is declared on a toewijzing deleted with RedenWijziging 13.',
    TOEWIJZING,
  ),
  implemented(
    'TR387',
    '9387',
    both('323'),
    "A product period starts on the first of its month, or on the toewijzing's start when that is later in the month.",
    TOEWIJZING,
  ),
  implemented(
    'TR388',
    '9388',
    both('323'),
    "A product period ends on the last of its month, or on the toewijzing's end when that is earlier in the month.",
    TOEWIJZING,
  ),
  implemented(
    'TR389',
    '9389',
    both('323'),
    'A debit for the same period, product and toewijzing is sent again only after the earlier debit was credited.',
    DECLARATIES,
  ),
  implemented('TR390', '9390', both('323'), 'A prestatie is credited at most once.', DECLARATIES),
  {
    id: 'TR418',
    level: 'berichtoverstijgend',
    retourcode: '0611',
    berichten: both('323'),
    explanation: 'The tariff of a prestatie is the contracted tariff of the product.',
    status: 'covered',
    check: {
      code: 'libs/domain/src/declaratie-beoordeling.ts',
      what: "Beoordelaar (checkTarief): ProductTarief against the tariff of the applicable arrangement, 0611 in the assessment's advice",
      test: 'libs/domain/src/declaratie-beoordeling.spec.ts',
    },
  },
];
