/** Bedrijfsregels OP001 to OP192. */
import { checked, covered, notApplicable, op, TERMIJNEN } from './bedrijfsregel.js';
import { ALLE, RETOUREN, type InventoryEntry } from './entry.js';

const NOT_325 = ALLE.filter((type) => type !== '325');

export const BEDRIJFSREGELS_OP001_OP192: readonly InventoryEntry[] = [
  op(
    'OP001',
    ['301'],
    'The gemeente records who holds parental authority over the client.',
    notApplicable("record-keeping in the gemeente's own administration"),
  ),
  op(
    'OP002',
    ['301'],
    'A toewijzing carries the holder of parental authority as a Relatie.',
    notApplicable(
      'whether the holder is included depends on facts outside the message (OP002x1, OP002x2); the back office composes the 301',
    ),
  ),
  op(
    'OP002x1',
    ['301'],
    "The holder may be left out when the provider's request said the holder is known.",
    notApplicable('an exemption: nothing to reject'),
  ),
  op(
    'OP002x2',
    ['301'],
    'A young client who holds authority over themselves is not repeated as a Relatie.',
    notApplicable('an exemption; age and authority are not in the message'),
  ),
  op(
    'OP003',
    NOT_325,
    'The message traffic is not used when a professional judges the exchange unsafe for the client.',
    notApplicable('a professional judgement outside the message traffic'),
  ),
  op(
    'OP011',
    ['305'],
    'A start is reported only once care has actually begun.',
    notApplicable('the actual start is not knowable here; TR134 keeps the Begindatum out of the future'),
  ),
  op(
    'OP033',
    ['305', '307'],
    'Changes to earlier starts and stops go through StatusAanlevering (remove, then send again).',
    covered('TR063', 'TR071', 'TR074', 'CS058'),
  ),
  op(
    'OP033x1',
    ['301'],
    'A toewijzing is changed by a new message; the latest by Toewijzingsdatum and Toewijzingstijd counts.',
    notApplicable('a permission; the ordering matters to whoever keeps toewijzing state, not to a check'),
  ),
  op('OP033x2', ['305', '307'], 'StatusAanlevering 2 (changed delivery) is not used.', covered('CS058')),
  op(
    'OP039',
    ALLE,
    'Client data outside the logical keys may be sent as each party has it on record.',
    notApplicable('a permission: differences in such data are no reason to reject'),
  ),
  op(
    'OP043',
    ['301'],
    'No toewijzing in kind for a product while the client has a personal budget (PGB) for it.',
    notApplicable('PGB decisions are not part of the message traffic'),
  ),
  op(
    'OP047',
    ALLE,
    'A receiver may refuse a message that does not meet the standard.',
    notApplicable('the ground for every check here, not a check of its own'),
  ),
  op(
    'OP065',
    RETOUREN,
    'A retour lists only the clients with a refused class.',
    checked({
      code: 'libs/istandaarden/src/retour/retour-klassen.ts',
      what: 'retourcodesPerKlasse: a clean message is answered on the Header alone, a 325 lists only the clients with a refused prestatie',
      test: 'libs/istandaarden/src/retour/retour-klassen.spec.ts',
    }),
  ),
  op(
    'OP071',
    ['301'],
    'A relation number is unique per gemeente and client and never changes.',
    notApplicable(
      "numbering relations is the gemeente's own record-keeping (like OP001): the back office assigns the numbers and keeps them, the standard gives no retourcode, and the aanbieder cannot refuse on it",
    ),
  ),
  op('OP072', ['307'], 'A stop is reported only after a start, and refers to it.', covered('TR019', 'TR382')),
  op(
    'OP076',
    ['301'],
    'A contact person comes with their relation to the client, and only when needed.',
    notApplicable('Relatie/Soort is mandatory in the schema; whether the person is needed is a judgement'),
  ),
  op('OP079', ALLE, "Every message uses the client's BSN.", covered('XSD', 'CS002')),
  op(
    'OP080',
    ALLE,
    'No meaning is attached to the order or time in which messages arrive.',
    notApplicable('a design constraint on the state the gateway keeps, not a check'),
  ),
  op(
    'OP086',
    ['301'],
    'Effort- and output-based products are always assigned with a toewijzing message.',
    notApplicable('a duty of the gemeente; a declaration without toewijzing is refused by TR338'),
  ),
  op(
    'OP087',
    ['301'],
    'A toewijzing message holds all current and changed toewijzingen of the client with the aanbieder.',
    notApplicable(
      "which toewijzingen the 301 carries is the back office's composition; the gateway sends the 301 it is given, and the aanbieder's side (a verzoek om wijziging listing every current toewijzing) is TR349",
    ),
  ),
  op(
    'OP090',
    RETOUREN,
    'A retour is sent within three working days; the sender watches for missing ones.',
    checked(TERMIJNEN),
  ),
  op(
    'OP090x2',
    RETOUREN,
    'When no retour can be made, the receiver tells the sender outside the message traffic.',
    notApplicable('an out-of-band duty; the admin console lists such messages'),
  ),
  op(
    'OP090x4',
    ['325'],
    'Each declaration gets its declaratie-antwoord within ten working days.',
    checked(TERMIJNEN),
  ),
  op(
    'OP091',
    ['301'],
    'Extra contact details of a client say which kind of address they are.',
    covered('XSD'),
  ),
  op(
    'OP095',
    NOT_325,
    'No message is refused on information the sender has no access to.',
    notApplicable(
      "a restraint: checks use only the message, the sender's own earlier messages and public reference data",
    ),
  ),
  op(
    'OP130',
    ['301'],
    'A relation has a name and a full address or a phone number.',
    covered('XSD', 'TR006'),
  ),
  op(
    'OP155',
    ['307'],
    'A (temporary) stop refers to the latest start of the delivery.',
    covered('TR382', 'TR326', 'TR413', 'TR415'),
  ),
  op(
    'OP179',
    ALLE,
    'Files stay below 25 MB.',
    notApplicable(
      'a guideline, not a reason to refuse; the gateway has its own input limit (MAX_BODY_BYTES)',
    ),
  ),
  op(
    'OP186',
    ['301'],
    'Ending a toewijzing on a past date needs the aanbieder to agree.',
    notApplicable('an agreement outside the messages'),
  ),
  op('OP191', ['301', '315'], 'Free text is kept to a minimum.', notApplicable('a guideline')),
  op(
    'OP192',
    ALLE,
    'Messages sent meet the technical requirements for format, encoding and structure.',
    covered('XSD'),
  ),
];
