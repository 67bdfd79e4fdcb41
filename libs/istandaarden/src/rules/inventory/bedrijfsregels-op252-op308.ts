/** Bedrijfsregels OP252 to OP308. */
import { checked, covered, notApplicable, op, TERMIJNEN } from './bedrijfsregel.js';
import { ALLE, type InventoryEntry } from './entry.js';

const CONTRACT = 'contract content agreed outside the messages';

export const BEDRIJFSREGELS_OP252_OP308: readonly InventoryEntry[] = [
  op(
    'OP252',
    ['301', '305', '307', '315'],
    'A partly unknown birth date says which part is reliable (DatumGebruik).',
    covered('CS139'),
  ),
  op(
    'OP254',
    ALLE,
    'AGB codes route the messages and identify the aanbieder.',
    notApplicable("routing is the hubs' job; the AGB format is in the schema (RS036)"),
  ),
  op(
    'OP257',
    ['301'],
    'A changed care need leads to a new or changed toewijzing for the product.',
    notApplicable("the gemeente's decision"),
  ),
  op(
    'OP258',
    ['301'],
    'Ending a toewijzing is announced to the aanbieder with a toewijzing message.',
    notApplicable('a duty of the back office'),
  ),
  op('OP259', ['301'], 'The same product is not assigned twice for overlapping periods.', covered('TR302')),
  op(
    'OP261',
    ['301'],
    'Per product the gemeente fixes whether delivery is effort-, output- or task-based.',
    checked({
      code: 'libs/domain/src/arrangement.ts',
      what: 'applicableArrangement gives the uitvoeringsvariant per gemeente, aanbieder and product; the toewijzingsvarianten check (libs/domain/src/toewijzingsvarianten.ts) guards the 301s we send and the assessment refuses declarations under taakgericht (9338)',
      test: 'libs/domain/src/toewijzingsvarianten.spec.ts',
    }),
  ),
  op(
    'OP262',
    ['323'],
    'Effort-based products have a tariff per time unit, or per piece for pieces (effort).',
    notApplicable(`${CONTRACT}; declared tariffs are checked by TR418`),
  ),
  op(
    'OP263',
    ['323'],
    'Output-based products have a tariff per piece or an amount per period, with agreed output.',
    notApplicable(CONTRACT),
  ),
  op(
    'OP264',
    ['323'],
    'For output-based products the moment of declaring is agreed.',
    notApplicable(CONTRACT),
  ),
  op('OP267', ['323'], 'The aanbieder declares in a unit that fits the toewijzing.', covered('TR341')),
  op(
    'OP270',
    ['305', '307'],
    'Gemeente and aanbieder agree which dates the start and stop messages carry.',
    notApplicable('a bilateral agreement'),
  ),
  op(
    'OP271',
    ['305'],
    'A start is sent within five working days of the actual start.',
    notApplicable('the actual start is not in the message, and lateness is no reason to refuse'),
  ),
  op(
    'OP272',
    ['307'],
    'A stop is sent within five working days of the actual end.',
    notApplicable('the actual end is not in the message, and lateness is no reason to refuse'),
  ),
  op(
    'OP274',
    ['301', '319'],
    'A verzoek om toewijzing is answered per product within five working days.',
    checked(TERMIJNEN),
  ),
  op(
    'OP275',
    ['301'],
    'Each toewijzing has a number unique within the gemeente and the law.',
    covered('TR332'),
  ),
  op(
    'OP276',
    ['323'],
    'Declarations are only for clients with a toewijzing, never on a deleted one.',
    covered('TR338', 'TR384'),
  ),
  op('OP279', ['323'], "A product is declared within the toewijzing's period.", covered('TR307', 'TR308')),
  op(
    'OP280',
    ['323'],
    'A declaration covers one declaration period, possibly with prestaties of earlier periods.',
    covered('TR319'),
  ),
  op(
    'OP281',
    ['323'],
    'A declaration may hold prestaties of one or more clients.',
    notApplicable('a permission'),
  ),
  op(
    'OP283',
    ['323'],
    'Each prestatie has a reference number unique per aanbieder and law.',
    covered('TR314'),
  ),
  op(
    'OP284',
    ['323'],
    'When care was delivered every month, declaration periods follow each other without gaps.',
    notApplicable(
      'the same as TR318: whether care was delivered in a month without a declaration is known only to the aanbieder, so a gap between declaration periods is no ground to refuse',
    ),
  ),
  op(
    'OP286',
    ALLE.filter((type) => type !== '325'),
    'A message with a technical error is refused as a whole and counts as not sent.',
    notApplicable(
      'how the pipeline answers (Fo01 on a schema failure, a Header-only retour with 0001 on an in-message rule), not a rule on content',
    ),
  ),
  op(
    'OP288',
    ['305', '307'],
    'A delivery reported with a start is always ended with a stop.',
    notApplicable(
      'an aanbieder duty with no message to refuse; open starts can be reported from stored state',
    ),
  ),
  op('OP289', ['305', '307'], 'Only one start is current per toegewezen product.', covered('TR326')),
  op(
    'OP295',
    ['305', '307'],
    'Start and stop messages are mandatory for effort- and output-based work; a stop needs a start.',
    covered('TR019', 'TR382'),
  ),
  op(
    'OP296',
    ['315'],
    'A verzoek om toewijzing fits the contract between gemeente and aanbieder.',
    notApplicable('judged by the gemeente and answered with a 319'),
  ),
  op(
    'OP297',
    ['315'],
    "The referrer's AGB code is given when known, otherwise the name.",
    notApplicable('whether the code was known cannot be seen; CD066 to CD068 check the form'),
  ),
  op(
    'OP298',
    ['301'],
    'Lowering a total volume needs the aanbieder to agree.',
    notApplicable('an agreement outside the messages'),
  ),
  op(
    'OP299',
    ['301'],
    'Lowering a budget needs the aanbieder to agree, unless the aanbieder asked for it.',
    notApplicable('an agreement outside the messages'),
  ),
  op(
    'OP302',
    ['323'],
    'The declared product fits the toewijzing (specific, aspecific or generic).',
    covered('TR339', 'TR340'),
  ),
  op(
    'OP303',
    ['323'],
    'A declaratie-antwoord gives the aanbieder what it needs: each refused prestatie with its reasons.',
    covered('TR342'),
  ),
  op(
    'OP304',
    ['325'],
    'A declaratie-antwoord details only the clients with refused classes.',
    covered('TR342'),
  ),
  op(
    'OP305',
    ['301'],
    'A product contracted per piece of effort is assigned in unit 84.',
    checked({
      code: 'apps/gateway/src/arrangementen/toewijzingsvariant-check.ts',
      what: 'a 301 command for a product whose arrangement is inspanningsgericht per piece (eenheid 84) in another Eenheid is refused with OP305 (422, nothing sent)',
      test: 'test/e2e/uitvoeringsvarianten-keten.spec.ts',
    }),
  ),
  op(
    'OP306',
    ['317'],
    'A verzoek om wijziging starts from current toewijzingen and states the whole desired situation.',
    covered('TR349', 'TR350', 'TR351'),
  ),
  op(
    'OP307',
    ['315'],
    'A verzoek om toewijzing is only used for a client with a referral or an open beschikking.',
    notApplicable('the referral itself is not in our data; the Verwijzer is mandatory in the schema'),
  ),
  op(
    'OP308',
    ['317'],
    'A verzoek om wijziging asks for a coherent whole: the complete new situation.',
    covered('TR349'),
  ),
];
