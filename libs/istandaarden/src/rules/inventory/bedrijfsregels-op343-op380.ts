/** Bedrijfsregels OP343 to OP380. */
import { checked, covered, notApplicable, op, TERMIJNEN } from './bedrijfsregel.js';
import type { InventoryEntry } from './entry.js';

export const BEDRIJFSREGELS_OP343_OP380: readonly InventoryEntry[] = [
  op(
    'OP343',
    ['317'],
    'A verzoek om wijziging is sent in time, before the changes should take effect.',
    covered('TR380'),
  ),
  op(
    'OP344',
    ['301', '319'],
    'Every request ends in a toewijzing or a refusal, possibly after an investigation.',
    checked(TERMIJNEN, 'TR359', 'TR360', 'TR365'),
  ),
  op(
    'OP345',
    ['317'],
    'A change asked for from a past date may not make care already delivered or declared unlawful.',
    notApplicable('judged by the gemeente when it decides'),
  ),
  op(
    'OP346',
    ['301', '319'],
    'A verzoek om wijziging is answered within five working days.',
    checked(TERMIJNEN),
  ),
  op(
    'OP347',
    ['301', '319'],
    'The same product is not requested twice for overlapping periods.',
    covered('TR386', 'TR410'),
  ),
  op(
    'OP348',
    ['317'],
    'A toewijzing that honours a verzoek om wijziging takes over what was asked.',
    notApplicable(
      'what the gemeente grants is its decision (it may grant less, or refuse with a 319); the back office composes the 301, and TR359 keeps a request from being answered twice',
    ),
  ),
  op('OP349', ['323'], 'Each declaration has a number unique per aanbieder and law.', covered('TR333')),
  op(
    'OP350',
    ['315', '317'],
    'No new request is sent for a client while an earlier one is still open.',
    covered('TR374'),
  ),
  op(
    'OP354',
    ['323'],
    'Care is declared in the following declaration period or a later one.',
    covered('TR319'),
  ),
  op(
    'OP355',
    ['325'],
    'Each declaratie-antwoord relates to a declaration received before.',
    checked({
      code: 'libs/istandaarden/src/retour/retour-klassen.ts',
      what: 'the 325 is built from the declaration it answers (its BerichtIdentificatie, clients and prestaties); the outbound path refers a 325 to a stored 323 (apps/gateway/src/opdrachten/outbound-bericht.ts)',
      test: 'apps/gateway/src/opdrachten/outbound-bericht.spec.ts',
    }),
  ),
  op(
    'OP359',
    ['319'],
    'A refusal on the woonplaatsbeginsel comes within two weeks and names the responsible gemeente.',
    checked(
      {
        ...TERMIJNEN,
        what: 'the woonplaatsbeginsel termijn: 14 calendar days from receiving the JW315, opened by a 319 "in onderzoek" or the refusal itself, met by the refusal or a 301 (woonplaatsbeginselTermijn, antwoordGevolgen; apps/gateway/src/opdrachten/send-opdracht.usecase.ts); TR377 requires the gemeente named',
      },
      'TR377',
    ),
  ),
  op(
    'OP360',
    ['323'],
    'A prestatie is credited only once and only after it was approved.',
    covered('TR323', 'TR390'),
  ),
  op('OP361', ['315', '317'], 'Each request has a reference unique per aanbieder and law.', covered('TR347')),
  op(
    'OP362',
    ['301'],
    'A toewijzing is deleted only when no delivered or declared care loses its basis.',
    covered('TR385'),
  ),
  op(
    'OP363',
    ['305', '307'],
    'For effort- and output-based work the aanbieder reports start and stop of assigned products.',
    notApplicable('an aanbieder duty; a missing message cannot be refused (see OP364)'),
  ),
  op(
    'OP364',
    ['305', '307'],
    'Start and stop messages are no condition for declaring.',
    notApplicable('a restraint: no declaration check here uses start or stop data'),
  ),
  op(
    'OP365',
    ['323'],
    'The declared volume fits the toewijzing and the contract.',
    covered('TR321', 'TR322', 'TR369'),
  ),
  op(
    'OP366',
    ['323'],
    'A prestatie is fully credited before a correction of it is declared.',
    covered('TR389'),
  ),
  op('OP367', ['323'], 'A product period lies within one calendar month.', covered('CS337')),
  op('OP368', ['323'], "A product period lies within the toewijzing's validity.", covered('TR307', 'TR308')),
  op(
    'OP377',
    ['307'],
    'A stop follows a start; only a final stop may directly follow a temporary one.',
    covered('TR382', 'TR413', 'TR414', 'TR415'),
  ),
  op(
    'OP378',
    ['307'],
    'After a temporary stop only a final stop may follow without a new start.',
    covered('TR413', 'TR415'),
  ),
  op(
    'OP379',
    ['307'],
    'After a (temporary) stop a new start may be sent.',
    notApplicable('a permission; TR326 checks the other side'),
  ),
  op(
    'OP380',
    ['301'],
    "Extending care stretches the existing toewijzing's end date when volume and frequency allow.",
    notApplicable('how the gemeente composes its 301s'),
  ),
];
