import type { BerichtNode } from '../mapping/model.js';
import { xsltRules } from './in-message-rules.js';
import { describeCases, type RuleCase } from './rule-cases.js';
import { addCopy, DAGTEKENING, itemAt, nodeAt, product, put } from './rule-fixtures.js';

const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
const AANGEVRAAGD = 'Client/AangevraagdeProducten/AangevraagdProduct';
const NIEUW = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const START = 'Client/StartProducten/StartProduct';
const STOP = 'Client/StopProducten/StopProduct';
const at = (steps: string) => `/Bericht/${steps}`;

const unknownBirthDate = (b: BerichtNode) =>
  put(b, 'Client/Geboortedatum', { Datum: '1900-01-01', DatumGebruik: '3' });
const telefoon = { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } };

const cases: RuleCase[] = [
  ...(['301', '305', '307', '315'] as const).map((type): RuleCase => ({
    rule: 'TR002',
    type,
    pass: unknownBirthDate,
    fail: (b) => put(b, 'Client/Geboortedatum/DatumGebruik', undefined),
    path: at('Client/Geboortedatum/Datum'),
  })),
  {
    rule: 'TR006',
    type: '301',
    pass: (b) => put(b, 'Client/Contactgegevens/Contact', [{ Soort: '02', Telefoon: telefoon }]),
    fail: (b) => put(b, 'Client/Contactgegevens/Contact/Telefoon', undefined),
    path: at('Client/Contactgegevens/Contact'),
  },
  {
    rule: 'TR018',
    type: '307',
    fail: (b) => put(b, `${STOP}/Einddatum`, '2026-02-02'),
    path: at(`${STOP}/Einddatum`),
  },
  {
    rule: 'TR061',
    type: '301',
    fail: (b) => put(b, 'Client/Contactgegevens/Contact', [{ Soort: '04', Telefoon: telefoon }]),
    path: at('Client/Contactgegevens'),
  },
  {
    rule: 'TR101',
    type: '301',
    fail: (b, s) => addCopy(b, TOEGEWEZEN, (copy) => (copy.Product = product(s, 2))),
    path: at(`${TOEGEWEZEN}[2]`),
  },
  { rule: 'TR101', type: '305', fail: (b) => addCopy(b, START), path: at(`${START}[2]`) },
  { rule: 'TR101', type: '307', fail: (b) => addCopy(b, STOP), path: at(`${STOP}[2]`) },
  {
    rule: 'TR101',
    type: '317',
    fail: (b) => addCopy(b, 'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct'),
    path: at('Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]'),
  },
  ...(
    [
      ['301', `${TOEGEWEZEN}/Toewijzingsdatum`],
      ['305', `${START}/Begindatum`],
      ['307', `${STOP}/Einddatum`],
      ['315', 'Client/Geboortedatum/Datum'],
    ] as const
  ).map(([type, steps]): RuleCase => ({
    rule: 'TR134',
    type,
    fail: (b) => put(b, steps, '2026-03-03'),
    path: at(steps),
  })),
  {
    rule: 'TR302',
    type: '301',
    pass: (b) =>
      addCopy(b, TOEGEWEZEN, (c) =>
        Object.assign(c, { ToewijzingNummer: 1002, Ingangsdatum: '2027-01-01', Einddatum: '2027-06-30' }),
      ),
    fail: (b) => put(itemAt(b, TOEGEWEZEN, 1), 'Ingangsdatum', '2026-06-01'),
    path: at(`${TOEGEWEZEN}[2]`),
  },
  {
    rule: 'TR302',
    type: '301',
    about: 'a toewijzing without product may overlap nothing',
    pass: (b) =>
      addCopy(b, TOEGEWEZEN, (c) => {
        Object.assign(c, {
          ToewijzingNummer: 1002,
          Ingangsdatum: '2027-01-01',
          Einddatum: '2027-06-30',
          Budget: 90000,
        });
        delete c.Product;
        delete c.Omvang;
      }),
    fail: (b) => put(itemAt(b, TOEGEWEZEN, 1), 'Ingangsdatum', '2026-06-01'),
    path: at(`${TOEGEWEZEN}[2]`),
  },
  {
    rule: 'TR302',
    type: '301',
    standaarden: ['iwmo'],
    about: 'categories 11 to 14 may overlap in iWmo',
    pass: (b, s) =>
      addCopy(b, TOEGEWEZEN, (c) =>
        Object.assign(c, { ToewijzingNummer: 1002, Product: product(s, 1, '12') }),
      ),
    fail: (b, s) => put(itemAt(b, TOEGEWEZEN, 1), 'Product', product(s, 1)),
    path: at(`${TOEGEWEZEN}[2]`),
  },
  {
    rule: 'TR352',
    type: '317',
    fail: (b) => put(b, 'Client/Verzoek/OngewijzigdeProducten', undefined),
    path: at('Client/Verzoek'),
  },
  {
    rule: 'TR353',
    type: '317',
    fail: (b) => put(b, 'Client/Verzoek/NieuweProducten', undefined),
    path: at('Client/Verzoek'),
  },
  {
    rule: 'TR377',
    type: '319',
    pass: (b) =>
      Object.assign(nodeAt(b, 'Antwoord'), {
        RedenAfwijzingVerzoek: '8',
        Woonplaatsbeginsel: { Gemeente: '0599' },
      }),
    fail: (b) => put(b, 'Antwoord/Woonplaatsbeginsel', undefined),
    path: at('Antwoord/Woonplaatsbeginsel'),
  },
  {
    rule: 'TR409',
    type: '319',
    fail: (b) => put(b, 'Antwoord/Woonplaatsbeginsel', { Gemeente: '0599' }),
    path: at('Antwoord/Woonplaatsbeginsel'),
  },
  {
    rule: 'TR380',
    type: '317',
    fail: (b) =>
      Object.assign(nodeAt(b, NIEUW), { GewensteIngangsdatum: '2026-02-01', Einddatum: DAGTEKENING }),
    path: at(`${NIEUW}/Einddatum`),
  },
  {
    rule: 'TR380',
    type: '317',
    about: 'TeWijzigenProduct',
    pass: (b) =>
      put(b, 'Client/Verzoek/TeWijzigenProducten', {
        TeWijzigenProduct: [
          { ToewijzingNummer: 1002, GewensteIngangsdatum: '2026-04-01', Einddatum: '2026-12-31' },
        ],
      }),
    fail: (b) =>
      Object.assign(nodeAt(b, 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct'), {
        GewensteIngangsdatum: '2026-02-01',
        Einddatum: '2026-03-01',
      }),
    path: at('Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum'),
  },
  {
    rule: 'TR383',
    type: '315',
    pass: (b, s) =>
      addCopy(b, AANGEVRAAGD, (c) =>
        Object.assign(c, { ReferentieAanbieder: 'REF-9', Product: product(s, 2) }),
      ),
    fail: (b) => put(itemAt(b, AANGEVRAAGD, 1), 'ReferentieAanbieder', 'REF-1'),
    path: at(`${AANGEVRAAGD}[2]/ReferentieAanbieder`),
  },
  {
    rule: 'TR386',
    type: '315',
    pass: (b) =>
      addCopy(b, AANGEVRAAGD, (c) =>
        Object.assign(c, {
          ReferentieAanbieder: 'REF-9',
          ToewijzingIngangsdatum: '2027-01-01',
          ToewijzingEinddatum: '2027-06-30',
        }),
      ),
    fail: (b) => put(itemAt(b, AANGEVRAAGD, 1), 'ToewijzingIngangsdatum', '2026-06-01'),
    path: at(`${AANGEVRAAGD}[2]`),
  },
  {
    rule: 'TR410',
    type: '317',
    pass: (b) =>
      addCopy(b, NIEUW, (c) =>
        Object.assign(c, { GewensteIngangsdatum: '2027-01-01', Einddatum: '2027-06-30' }),
      ),
    fail: (b) => put(itemAt(b, NIEUW, 1), 'GewensteIngangsdatum', '2026-06-01'),
    path: at(`${NIEUW}[2]`),
  },
];

describeCases('XSLT-kind rules on toewijzingen, start, stop, requests and answers', xsltRules, cases, [
  '301',
  '305',
  '307',
  '315',
  '317',
  '319',
]);
