/** Bedrijfsregels OP343 to OP380. */
import { covered, DEADLINES, notApplicable, op, planned } from './bedrijfsregel.js';
import type { InventoryEntry } from './entry.js';

const REQUESTS = 'the requests received and the answers sent';
const DECLARATIES = 'the declarations received before and the decisions on them';
const STOPS = 'the starts and stops received before';

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
    planned(REQUESTS, 'TR359', 'TR360', 'TR365'),
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
    planned(DEADLINES),
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
    planned('the verzoek om wijziging honoured (a guard on the 301s we send)'),
  ),
  op(
    'OP349',
    ['323'],
    'Each declaration has a number unique per aanbieder and law.',
    planned(DECLARATIES, 'TR333'),
  ),
  op(
    'OP350',
    ['315', '317'],
    'No new request is sent for a client while an earlier one is still open.',
    planned(REQUESTS, 'TR374'),
  ),
  op(
    'OP354',
    ['323'],
    'Care is declared in the following declaration period or a later one.',
    planned('the declaratie-antwoord that answers per prestatie', 'TR319'),
  ),
  op(
    'OP355',
    ['325'],
    'Each declaratie-antwoord relates to a declaration received before.',
    planned('the declarations received (a guard on the 325s we send)', 'TR337'),
  ),
  op(
    'OP359',
    ['319'],
    'A refusal on the woonplaatsbeginsel comes within two weeks and names the responsible gemeente.',
    planned(`${DEADLINES}; naming the gemeente is TR377 (implemented)`),
  ),
  op(
    'OP360',
    ['323'],
    'A prestatie is credited only once and only after it was approved.',
    planned(DECLARATIES, 'TR323', 'TR390'),
  ),
  op(
    'OP361',
    ['315', '317'],
    'Each request has a reference unique per aanbieder and law.',
    planned(REQUESTS, 'TR347'),
  ),
  op(
    'OP362',
    ['301'],
    'A toewijzing is deleted only when no delivered or declared care loses its basis.',
    planned(DECLARATIES, 'TR385'),
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
    planned(DECLARATIES, 'TR321', 'TR322', 'TR369'),
  ),
  op(
    'OP366',
    ['323'],
    'A prestatie is fully credited before a correction of it is declared.',
    planned(DECLARATIES, 'TR389'),
  ),
  op('OP367', ['323'], 'A product period lies within one calendar month.', covered('CS337')),
  op(
    'OP368',
    ['323'],
    "A product period lies within the toewijzing's validity.",
    planned('the toewijzingen sent (301)', 'TR307', 'TR308'),
  ),
  op(
    'OP377',
    ['307'],
    'A stop follows a start; only a final stop may directly follow a temporary one.',
    planned(STOPS, 'TR413', 'TR414', 'TR415'),
  ),
  op(
    'OP378',
    ['307'],
    'After a temporary stop only a final stop may follow without a new start.',
    planned(STOPS, 'TR413', 'TR415'),
  ),
  op(
    'OP379',
    ['307'],
    'After a (temporary) stop a new start may be sent.',
    notApplicable('a permission; TR326 (planned) checks the other side'),
  ),
  op(
    'OP380',
    ['301'],
    "Extending care stretches the existing toewijzing's end date when volume and frequency allow.",
    notApplicable('how the gemeente composes its 301s'),
  ),
];
