/**
 * Cross-message (berichtoverstijgend) rules on toewijzingen, start/stop and requests, and the rules that
 * need external reference data. Implemented in `libs/domain/src/rules` against the stored state.
 */
import { ALLE, both, implemented, type InventoryEntry } from './entry.js';

const STARTS = 'the starts and stops received before for the client';
const TOEWIJZINGEN = 'the current toewijzingen of the client and aanbieder (from the 301s sent)';
const REQUESTS = 'the requests (315, 317) received and the answers (301, 319) sent';

export const REGIE_RULES: readonly InventoryEntry[] = [
  implemented(
    'TR019',
    '9019',
    both('305', '307'),
    'For effort- or output-based work a start or stop refers to a toewijzing by its ToewijzingNummer.',
    `${TOEWIJZINGEN}, and the product's uitvoeringsvariant (OP261) since task-based starts have no ToewijzingNummer`,
  ),
  {
    id: 'TR056',
    level: 'berichtoverstijgend',
    retourcode: '9056',
    berichten: both(...ALLE),
    where: 'Header/BerichtIdentificatie',
    explanation: 'A sender may use a BerichtIdentificatie (Identificatie with Dagtekening) only once.',
    status: 'implemented',
  },
  implemented(
    'TR063',
    '9063',
    both('305', '307'),
    'A removal (StatusAanlevering 3) follows an earlier delivery with the same key.',
    STARTS,
  ),
  implemented(
    'TR071',
    '9071',
    both('305'),
    'A start can no longer be removed once a stop was sent for it.',
    STARTS,
  ),
  implemented(
    'TR074',
    '9074',
    both('305', '307'),
    'A first delivery (StatusAanlevering 1) has a key not used in any earlier message.',
    STARTS,
  ),
  implemented(
    'TR326',
    '9326',
    both('305'),
    'A new start for a toegewezen product waits until the current start has been stopped.',
    STARTS,
  ),
  implemented(
    'TR332',
    '9332',
    both('301'),
    'A ToewijzingNummer is unique within the gemeente and the law.',
    'the toewijzingen sent before (a guard on the 301s the back office asks us to send)',
  ),
  implemented(
    'TR347',
    '9347',
    both('315', '317'),
    'A ReferentieAanbieder is unique per aanbieder and law.',
    REQUESTS,
  ),
  implemented(
    'TR349',
    '9349',
    both('317'),
    'A verzoek om wijziging lists every current toewijzing of the client, unchanged or to be changed.',
    TOEWIJZINGEN,
  ),
  implemented(
    'TR350',
    '9350',
    both('317'),
    'Each unchanged product refers to a current toewijzing.',
    TOEWIJZINGEN,
  ),
  implemented(
    'TR351',
    '9351',
    both('317'),
    'Each product to change refers to a current toewijzing.',
    TOEWIJZINGEN,
  ),
  implemented(
    'TR355',
    '9355',
    both('319'),
    "An answer's ReferentieAanbieder comes from an earlier verzoek om toewijzing or wijziging.",
    `${REQUESTS} (a guard on the 319s we send)`,
  ),
  implemented(
    'TR357',
    '9357',
    both('317'),
    "A change wanted from a date on or before the Dagtekening starts at the toewijzing's original start.",
    TOEWIJZINGEN,
  ),
  implemented(
    'TR359',
    '9359',
    both('319'),
    'No answer is sent for a request already honoured by a toewijzing.',
    REQUESTS,
  ),
  implemented(
    'TR360',
    '9360',
    both('319'),
    "'Under investigation' is answered at most once per request.",
    REQUESTS,
  ),
  implemented(
    'TR361',
    '9361',
    both('317'),
    'The products of a verzoek om wijziging (unchanged, changed, new) do not overlap for the same product.',
    `${TOEWIJZINGEN}: the periods of products named only by ToewijzingNummer`,
  ),
  implemented(
    'TR365',
    '9365',
    both('319'),
    "A second answer to a request only follows an 'under investigation'.",
    REQUESTS,
  ),
  implemented(
    'TR373',
    '9373',
    both('317'),
    "A change of budget or total volume applies from the toewijzing's original start.",
    TOEWIJZINGEN,
  ),
  implemented(
    'TR374',
    '9374',
    both('315', '317'),
    'An aanbieder sends no new request for a client while an earlier one is still open.',
    REQUESTS,
  ),
  implemented(
    'TR375',
    '9375',
    both('317'),
    'A product to change whose toewijzing has no Product at all and runs past 2020 gets no Omvang.',
    TOEWIJZINGEN,
  ),
  implemented(
    'TR379',
    '9379',
    both('301'),
    "A toewijzing that honours a request carries the request's ReferentieAanbieder, otherwise none.",
    `${REQUESTS} (a guard on the 301s we send)`,
  ),
  implemented(
    'TR382',
    '9069',
    both('307'),
    'A stop repeats unchanged the key elements of the start it ends.',
    STARTS,
  ),
  implemented(
    'TR385',
    '9385',
    both('301'),
    'A toewijzing with approved, uncredited prestaties may not be deleted (RedenWijziging 13).',
    'the declarations received and the decisions sent on them (323, 325)',
  ),
  implemented(
    'TR411',
    '9411',
    both('317'),
    'A product to change whose toewijzing has a product code gets an Omvang.',
    TOEWIJZINGEN,
  ),
  implemented(
    'TR412',
    '9412',
    both('317'),
    'A product to change whose toewijzing has no product code and runs past 2020 gets no Omvang.',
    TOEWIJZINGEN,
  ),
  implemented(
    'TR413',
    '9413',
    both('307'),
    'After a temporary stop (RedenBeeindiging 20) of a start, the next stop of that start is a final one.',
    STARTS,
  ),
  implemented(
    'TR414',
    '9414',
    both('307'),
    'A later stop for the same start does not end before the current stop.',
    STARTS,
  ),
  implemented(
    'TR415',
    '9415',
    both('307'),
    'Once a start has a final stop (any reason but 20), no further stop is sent for it.',
    STARTS,
  ),
];

export const EXTERNE_BRON_RULES: readonly InventoryEntry[] = [
  {
    id: 'TR135',
    level: 'externe bron',
    retourcode: '8848',
    berichten: both(...ALLE),
    where: 'Header/BerichtIdentificatie/Dagtekening',
    explanation: 'The Dagtekening of a message may not lie after the date it is received.',
    status: 'implemented',
  },
  {
    id: 'TR346',
    level: 'externe bron',
    retourcode: '9346',
    berichten: both('323'),
    where: 'Prestatie/IngediendBedrag',
    explanation:
      'Unless in euros, a declared amount is volume times tariff (an hourly tariff converted and rounded for minutes).',
    status: 'covered',
    check: {
      code: 'libs/domain/src/declaratie-beoordeling.ts',
      what: "Beoordelaar (checkTarief): IngediendBedrag against GeleverdVolume × ProductTarief, rounded to the cent, 9346 in the assessment's advice",
      test: 'libs/domain/src/declaratie-beoordeling.spec.ts',
    },
  },
  {
    id: 'TR378',
    level: 'externe bron',
    retourcode: 'S300',
    berichten: both(...ALLE),
    where: 'Header/Ontvanger: reads the gemeentecode table in use on the Dagtekening (reference-data/)',
    explanation:
      'The gemeente a message is addressed to must be a valid gemeentecode that this gateway serves.',
    status: 'implemented',
  },
  {
    id: 'TR381',
    level: 'externe bron',
    retourcode: 'S329',
    berichten: both('301', '305', '307', '315', '317', '323'),
    where:
      "Product/Code, ProductCode: reads the productcode table in use on the product's date (reference-data/)",
    explanation: 'A product code belongs to its category according to the product code list in use.',
    status: 'implemented',
  },
];
