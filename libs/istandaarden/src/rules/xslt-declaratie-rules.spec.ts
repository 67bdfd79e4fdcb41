import type { BerichtNode } from '../mapping/model.js';
import { xsltRules } from './in-message-rules.js';
import { describeCases, type RuleCase } from './rule-cases.js';
import { addCopy, itemAt, put } from './rule-fixtures.js';

const PRESTATIE_323 = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
const PRESTATIE_325 = 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie';
const at = (steps: string) => `/Bericht/${steps}`;

/** Adds a second prestatie (a copy of the first with `fields`) and sets the declared total to `total`. */
function addPrestatie(steps: string, fields: BerichtNode, total?: number): (b: BerichtNode) => void {
  return (b) => {
    addCopy(b, steps, (copy) => Object.assign(copy, fields));
    if (total !== undefined) put(b, `${steps.split('/')[0]}/TotaalIngediendBedrag/TotaalBedrag`, total);
  };
}
const credit = (referentie: string, vorig: string): BerichtNode => ({
  ProductReferentie: { ReferentieNummer: referentie, VorigReferentieNummer: vorig },
  IngediendBedrag: { Bedrag: 1000, DebetCredit: 'C' },
});
const january = { ProductPeriode: { Begindatum: '2026-01-01', Einddatum: '2026-01-31' } };

const cases: RuleCase[] = [
  {
    rule: 'TR134',
    type: '323',
    fail: (b) => put(b, 'Declaratie/DeclaratieDagtekening', '2026-03-03'),
    path: at('Declaratie/DeclaratieDagtekening'),
  },
  {
    rule: 'TR101',
    type: '323',
    fail: addPrestatie(PRESTATIE_323, january, 10000),
    path: at('Declaratie/Clienten/Client/Prestaties/Prestatie[2]'),
  },
  {
    rule: 'TR101',
    type: '325',
    fail: addPrestatie(PRESTATIE_325, january, 15000),
    path: at('DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie[2]'),
  },

  {
    rule: 'TR134',
    type: '325',
    about: 'a period starting after the Dagtekening also ends after it',
    fail: (b) =>
      put(b, `${PRESTATIE_325}/ProductPeriode`, { Begindatum: '2026-03-03', Einddatum: '2026-03-04' }),
    path: at(`${PRESTATIE_325}/ProductPeriode/Begindatum`),
    twins: [{ rule: 'TR137', path: at(`${PRESTATIE_325}/ProductPeriode/Einddatum`) }],
  },
  ...([PRESTATIE_323, PRESTATIE_325] as const).map((steps): RuleCase => ({
    rule: 'TR137',
    type: steps === PRESTATIE_323 ? '323' : '325',
    fail: (b) => put(b, `${steps}/ProductPeriode`, { Begindatum: '2026-02-15', Einddatum: '2026-02-10' }),
    path: at(`${steps}/ProductPeriode/Einddatum`),
  })),

  {
    rule: 'TR315',
    type: '323',
    pass: addPrestatie(PRESTATIE_323, credit('RN2', 'RN0'), 4000),
    fail: (b) => {
      addCopy(b, PRESTATIE_323, (copy) => Object.assign(copy, credit('RN3', 'RN0')));
      put(b, 'Declaratie/TotaalIngediendBedrag/TotaalBedrag', 3000);
    },
    path: at('Declaratie/Clienten/Client/Prestaties/Prestatie[3]/ProductReferentie/VorigReferentieNummer'),
  },
  {
    rule: 'TR316',
    type: '323',
    pass: addPrestatie(PRESTATIE_323, credit('RN2', 'RN0'), 4000),
    fail: (b) => put(itemAt(b, PRESTATIE_323, 1), 'ProductReferentie/VorigReferentieNummer', 'RN1'),
    path: at('Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer'),
  },
  {
    rule: 'TR335',
    type: '323',
    pass: addPrestatie(
      PRESTATIE_323,
      {
        ProductReferentie: { ReferentieNummer: 'RN2' },
        ProductPeriode: { Begindatum: '2021-03-01', Einddatum: '2021-03-31' },
      },
      10000,
    ),
    fail: (b) =>
      put(itemAt(b, PRESTATIE_323, 1), 'ProductPeriode', {
        Begindatum: '2021-02-01',
        Einddatum: '2021-02-28',
      }),
    path: at('Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductPeriode/Einddatum'),
  },
  {
    rule: 'TR342',
    type: '325',
    fail: (b) => put(b, 'DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag', 6000),
    path: at('DeclaratieAntwoord/TotaalToegekendBedrag'),
  },
  {
    rule: 'TR342',
    type: '325',
    about: 'an approved prestatie is not listed',
    fail: (b) => put(b, `${PRESTATIE_325}/RetourCodes/RetourCode`, ['0200']),
    path: at(`${PRESTATIE_325}/RetourCodes`),
  },
  {
    rule: 'TR342',
    type: '325',
    about: 'refused as a whole, nothing granted',
    pass: (b) => {
      put(b, 'DeclaratieAntwoord/RetourCodes/RetourCode', ['8214']);
      put(b, 'DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag', 0);
      put(b, 'DeclaratieAntwoord/Clienten', undefined);
    },
    fail: (b) => put(b, 'DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag', 5000),
    path: at('DeclaratieAntwoord/TotaalToegekendBedrag'),
  },

  {
    rule: 'TR358',
    type: '323',
    fail: (b) => put(b, 'Declaratie/TotaalIngediendBedrag/TotaalBedrag', 5001),
    path: at('Declaratie/TotaalIngediendBedrag'),
  },

  {
    rule: 'TR416',
    type: '323',
    pass: (b) =>
      addPrestatie(
        PRESTATIE_323,
        { ProductReferentie: { ReferentieNummer: 'RN2' }, ToewijzingNummer: 1002 },
        10000,
      )(b),
    fail: (b) => put(itemAt(b, PRESTATIE_323, 1), 'ToewijzingNummer', 1001),
    path: at('Declaratie/Clienten/Client/Prestaties/Prestatie[2]/IngediendBedrag/DebetCredit'),
  },
];

describeCases('XSLT-kind rules on declarations and declaratie-antwoorden', xsltRules, cases, ['323', '325']);
