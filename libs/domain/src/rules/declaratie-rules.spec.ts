import type { Bericht, Standaard } from '../../../istandaarden/src/index.js';
import { OTHER_BSN, prestatie } from '../../../istandaarden/src/rules/rule-fixtures.js';
import {
  bericht,
  describeCrossCases,
  set,
  toewijzing,
  type CrossCase,
  type Edit,
} from './cross-message-cases.js';
import { DECLARATIE_RULES, TR304 } from './declaratie-rules.js';

const PRESTATIE = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
const PATH = `/Bericht/${PRESTATIE}`;
const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';

const assigned = (values: Record<string, unknown>) => (s: Standaard) => [
  toewijzing(s, set(TOEGEWEZEN, values)),
];
const period = (begin: string, end: string) => ({ Begindatum: begin, Einddatum: end });

/** A declaration `nummer` holding the sample prestatie changed by `values`, its total following the amount. */
function declaratie(s: Standaard, nummer: string, values: Record<string, unknown>): Bericht {
  return bericht('323', s, set('Declaratie', { DeclaratieNummer: nummer }), prestatieEdit(values));
}

function prestatieEdit(values: Record<string, unknown>): Edit {
  return (b, s) => {
    const next = { ...prestatie(s), ...values };
    const declaratieNode = b.Declaratie as Record<string, unknown>;
    const clients = (declaratieNode.Clienten as { Client: Array<{ Prestaties: { Prestatie: unknown[] } }> })
      .Client;
    clients[0]!.Prestaties.Prestatie = [next];
    const bedrag = next.IngediendBedrag as { Bedrag: number; DebetCredit: string };
    declaratieNode.TotaalIngediendBedrag = { TotaalBedrag: bedrag.Bedrag, DebetCredit: bedrag.DebetCredit };
  };
}

const credit = (referentie: string, vorige: string) => ({
  ProductReferentie: { ReferentieNummer: referentie, VorigReferentieNummer: vorige },
  IngediendBedrag: { Bedrag: 5000, DebetCredit: 'C' },
});
const january = { ProductPeriode: period('2026-01-01', '2026-01-31') };
const debitRN1 = (s: Standaard) => declaratie(s, 'DN0', {});
const creditOfRN1 = (s: Standaard) => declaratie(s, 'DN00', credit('RN2', 'RN1'));

const cases: CrossCase[] = [
  { rule: 'TR338', type: '323', history: assigned({}), fail: () => {}, failHistory: () => [], path: PATH },
  {
    rule: 'TR304',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: (s) => [toewijzing(s, set('Client', { Bsn: OTHER_BSN }))],
    path: PATH,
  },
  {
    rule: 'TR384',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: assigned({ RedenWijziging: '13', Einddatum: '2026-01-01' }),
    path: PATH,
  },
  {
    rule: 'TR307',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: assigned({ Ingangsdatum: '2026-03-01' }),
    path: PATH,
  },
  {
    rule: 'TR308',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: assigned({ Einddatum: '2026-01-31' }),
    path: PATH,
  },
  {
    rule: 'TR339',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: (s) => assigned({ Product: { Categorie: s === 'ijw' ? '46' : '03' } })(s),
    path: PATH,
  },
  {
    rule: 'TR340',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: (s) =>
      assigned({
        Product: s === 'ijw' ? { Categorie: '45', Code: '45A02' } : { Categorie: '02', Code: '02A02' },
      })(s),
    path: PATH,
  },
  {
    rule: 'TR341',
    type: '323',
    history: assigned({}),
    fail: () => {},
    failHistory: assigned({ Omvang: { Volume: 2, Eenheid: '14', Frequentie: '2' } }),
    path: PATH,
  },
  {
    rule: 'TR387',
    type: '323',
    history: assigned({ Ingangsdatum: '2026-02-03' }),
    pass: prestatieEdit({ ProductPeriode: period('2026-02-03', '2026-02-28') }),
    fail: prestatieEdit({ ProductPeriode: period('2026-02-04', '2026-02-28') }),
    path: PATH,
  },
  {
    rule: 'TR388',
    type: '323',
    history: assigned({ Einddatum: '2026-02-20' }),
    pass: prestatieEdit({ ProductPeriode: period('2026-02-01', '2026-02-20') }),
    fail: prestatieEdit({ ProductPeriode: period('2026-02-01', '2026-02-19') }),
    path: PATH,
  },
  {
    rule: 'TR314',
    type: '323',
    history: (s) => [
      toewijzing(s),
      declaratie(s, 'DN0', { ...january, ProductReferentie: { ReferentieNummer: 'RN9' } }),
    ],
    fail: prestatieEdit({ ProductReferentie: { ReferentieNummer: 'RN9' } }),
    path: PATH,
  },
  {
    rule: 'TR323',
    type: '323',
    history: (s) => [toewijzing(s), debitRN1(s)],
    pass: prestatieEdit(credit('RN3', 'RN1')),
    fail: prestatieEdit(credit('RN3', 'RN8')),
    path: PATH,
  },
  {
    rule: 'TR390',
    type: '323',
    history: (s) => [toewijzing(s), debitRN1(s)],
    pass: prestatieEdit(credit('RN3', 'RN1')),
    fail: () => {},
    failHistory: (s) => [toewijzing(s), debitRN1(s), creditOfRN1(s)],
    path: PATH,
  },
  {
    rule: 'TR389',
    type: '323',
    history: (s) => [toewijzing(s), debitRN1(s), creditOfRN1(s)],
    pass: prestatieEdit({ ProductReferentie: { ReferentieNummer: 'RN3' } }),
    fail: () => {},
    failHistory: (s) => [toewijzing(s), debitRN1(s)],
    path: PATH,
  },
  {
    rule: 'TR319',
    type: '323',
    history: assigned({}),
    fail: set('Declaratie', { DeclaratiePeriode: period('2026-01-01', '2026-01-31') }),
    path: PATH,
  },
  {
    rule: 'TR322',
    type: '323',
    history: assigned({ Omvang: { Volume: 4, Eenheid: '04', Frequentie: '6' } }),
    fail: () => {},
    failHistory: assigned({ Omvang: { Volume: 3, Eenheid: '04', Frequentie: '6' } }),
    path: PATH,
  },
  {
    rule: 'TR321',
    type: '323',
    about: '4 hours in February against 1 hour a month',
    history: assigned({}),
    fail: () => {},
    failHistory: assigned({ Omvang: { Volume: 1, Eenheid: '04', Frequentie: '4' } }),
    path: PATH,
  },
  {
    rule: 'TR369',
    type: '323',
    history: assigned({ Omvang: undefined, Budget: 5000 }),
    pass: prestatieEdit({ GeleverdVolume: 5000, Eenheid: '83', ProductTarief: undefined }),
    fail: () => {},
    failHistory: assigned({ Omvang: undefined, Budget: 4000 }),
    path: PATH,
  },
  {
    rule: 'TR333',
    type: '323',
    history: (s) => [
      toewijzing(s),
      declaratie(s, 'DN9', { ...january, ProductReferentie: { ReferentieNummer: 'RN9' } }),
    ],
    fail: set('Declaratie', { DeclaratieNummer: 'DN9' }),
    path: '/Bericht/Declaratie',
  },
];

describeCrossCases('cross-message rules on declarations', cases, [
  ...DECLARATIE_RULES.filter((r) => r !== TR304),
  { ...TR304, appliesTo: ['323'] },
]);
