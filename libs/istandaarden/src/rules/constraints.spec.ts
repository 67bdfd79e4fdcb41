import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BerichtNode } from '../mapping/model.js';
import { passesElfproef } from './constraints-client.js';
import { constraintRules } from './in-message-rules.js';
import { describeCases, type RuleCase } from './rule-cases.js';
import { evaluateRules } from './index.js';
import {
  addCopy,
  BSN,
  itemAt,
  nodeAt,
  OTHER_BSN,
  passingBericht,
  passingContext,
  put,
} from './rule-fixtures.js';

const CONTACT = 'Client/Contactgegevens/Contact';
const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
const AANGEVRAAGD = 'Client/AangevraagdeProducten/AangevraagdProduct';
const NIEUW = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const TE_WIJZIGEN = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';
const PRESTATIE_323 = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
const at = (steps: string) => `/Bericht/${steps}`;
const telefoon = () => ({ Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } });

const addTeWijzigen = (b: BerichtNode) =>
  put(b, 'Client/Verzoek/TeWijzigenProducten', {
    TeWijzigenProduct: [
      {
        ToewijzingNummer: 1002,
        GewensteIngangsdatum: '2026-04-01',
        Einddatum: '2026-12-31',
        Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
      },
    ],
  });

const bsnAt = {
  '301': 'Client/Bsn',
  '305': 'Client/Bsn',
  '307': 'Client/Bsn',
  '315': 'Client/Bsn',
  '317': 'Client/Bsn',
  '323': 'Declaratie/Clienten/Client/Bsn',
  '325': 'DeclaratieAntwoord/Clienten/Client/Bsn',
} as const;

const cases: RuleCase[] = [
  ...Object.entries(bsnAt).map(([type, steps]): RuleCase => ({
    rule: 'CS002',
    type: type as keyof typeof bsnAt,
    fail: (b) => put(b, steps, '123456789'),
    path: at(steps),
  })),
  ...(
    [
      ['301', TOEGEWEZEN, 'Einddatum', undefined],
      ['315', AANGEVRAAGD, 'ToewijzingEinddatum', undefined],
      ['317', NIEUW, 'Einddatum', undefined],
      ['317', TE_WIJZIGEN, 'Einddatum', addTeWijzigen],
    ] as const
  ).map(([type, steps, end, setup]): RuleCase => ({
    rule: 'CS003',
    type,
    ...(setup ? { about: 'TeWijzigenProduct', pass: setup } : {}),
    fail: (b) => put(b, `${steps}/${end}`, '2026-03-31'),
    path: at(`${steps}/${end}`),
  })),
  {
    rule: 'CS003',
    type: '301',
    about: 'Periode of a temporary address',
    pass: (b) =>
      (nodeAt(b, 'Client/Contactgegevens').Contact as BerichtNode[]).push({
        Soort: '04',
        Telefoon: telefoon(),
        Periode: { Begindatum: '2026-01-01', Einddatum: '2026-06-30' },
      }),
    fail: (b) => put(itemAt(b, CONTACT, 1), 'Periode/Einddatum', '2025-12-31'),
    path: at('Client/Contactgegevens/Contact[2]/Periode/Einddatum'),
  },
  {
    rule: 'CS050',
    type: '301',
    pass: (b) =>
      Object.assign(nodeAt(b, 'Client/Naam'), { Partnernaam: { Achternaam: 'Jansen' }, NaamGebruik: '2' }),
    fail: (b) => put(b, 'Client/Naam/Partnernaam', undefined),
    path: at('Client/Naam/NaamGebruik'),
  },
  ...(
    [
      ['305', 'Client/StartProducten/StartProduct'],
      ['307', 'Client/StopProducten/StopProduct'],
    ] as const
  ).map(([type, steps]): RuleCase => ({
    rule: 'CS058',
    type,
    pass: (b) => put(b, `${steps}/StatusAanlevering`, '3'),
    fail: (b) => put(b, `${steps}/StatusAanlevering`, '2'),
    path: at(`${steps}/StatusAanlevering`),
  })),
  {
    rule: 'CS089',
    type: '301',
    fail: (b) => put(b, `${CONTACT}/Adres/Postcode`, '1234 AB'),
    path: at(`${CONTACT}/Adres/Postcode`),
  },
  {
    rule: 'CS100',
    type: '323',
    pass: (b) => {
      put(b, 'Header/BerichtIdentificatie/Dagtekening', '2025-06-02');
      put(b, 'Declaratie/DeclaratieDagtekening', '2025-06-02');
      put(b, 'Declaratie/DeclaratiePeriode', { Begindatum: '2025-05-01', Einddatum: '2025-05-31' });
      put(b, `${PRESTATIE_323}/ProductPeriode`, { Begindatum: '2025-05-01', Einddatum: '2025-05-31' });
    },
    fail: (b) =>
      put(b, `${PRESTATIE_323}/ProductPeriode`, { Begindatum: '2020-12-01', Einddatum: '2020-12-31' }),
    path: at(`${PRESTATIE_323}/ProductPeriode/Begindatum`),
  },
  ...(['301', '305', '307', '315'] as const).map((type): RuleCase => ({
    rule: 'CS139',
    type,
    pass: (b) => put(b, 'Client/Geboortedatum', { Datum: '2010-02-01', DatumGebruik: '1' }),
    fail: (b) => put(b, 'Client/Geboortedatum/Datum', '2010-02-14'),
    path: at('Client/Geboortedatum/Datum'),
  })),
  {
    rule: 'CS318',
    type: '301',
    fail: (b) => put(b, 'Client/Naam/NaamGebruik', '6'),
    path: at('Client/Naam/NaamGebruik'),
  },
  {
    rule: 'CS325',
    type: '323',
    pass: (b) => {
      put(b, `${PRESTATIE_323}/IngediendBedrag/Bedrag`, 0);
      put(b, 'Declaratie/TotaalIngediendBedrag/TotaalBedrag', 0);
    },
    fail: (b) => put(b, 'Declaratie/TotaalIngediendBedrag/DebetCredit', 'C'),
    path: at('Declaratie/TotaalIngediendBedrag/DebetCredit'),
  },
  {
    rule: 'CS325',
    type: '325',
    pass: (b) => {
      put(b, 'DeclaratieAntwoord/TotaalIngediendBedrag/TotaalBedrag', 5000);
      put(b, 'DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag', 0);
    },
    fail: (b) => put(b, 'DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit', 'C'),
    path: at('DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit'),
  },
  {
    rule: 'CS335',
    type: '301',
    pass: (b) => Object.assign(nodeAt(b, TOEGEWEZEN), { Einddatum: '2026-04-01', RedenWijziging: '13' }),
    fail: (b) => put(b, `${TOEGEWEZEN}/Einddatum`, '2026-04-02'),
    path: at(`${TOEGEWEZEN}/RedenWijziging`),
  },
  {
    rule: 'CS336',
    type: '301',
    pass: (b) => put(b, `${TOEGEWEZEN}/RedenWijziging`, '04'),
    fail: (b) => put(b, `${TOEGEWEZEN}/RedenWijziging`, '01'),
    path: at(`${TOEGEWEZEN}/RedenWijziging`),
  },
  {
    rule: 'CS337',
    type: '323',
    fail: (b) => put(b, `${PRESTATIE_323}/ProductPeriode/Einddatum`, '2026-03-01'),
    path: at(`${PRESTATIE_323}/ProductPeriode/Einddatum`),
  },
  ...(
    [
      ['CS338', '301', TOEGEWEZEN, undefined],
      ['CS338', '317', NIEUW, undefined],
      ['CS338', '317', TE_WIJZIGEN, addTeWijzigen],
      ['CS343', '315', AANGEVRAAGD, undefined],
    ] as const
  ).map(([rule, type, steps, setup]): RuleCase => ({
    rule,
    type,
    ...(setup ? { about: 'TeWijzigenProduct' } : {}),
    pass: (b) => {
      setup?.(b);
      put(b, `${steps}/Omvang`, { Volume: 3, Eenheid: '14', Frequentie: '4' });
    },
    fail: (b) => put(b, `${steps}/Omvang/Frequentie`, '1'),
    path: at(`${steps}/Omvang/Frequentie`),
  })),
  {
    rule: 'CS339',
    type: '323',
    pass: (b) => {
      Object.assign(nodeAt(b, PRESTATIE_323), { Eenheid: '83', GeleverdVolume: 5000 });
      put(b, `${PRESTATIE_323}/ProductTarief`, undefined);
    },
    fail: (b) => put(b, `${PRESTATIE_323}/GeleverdVolume`, 4999),
    path: at(`${PRESTATIE_323}/IngediendBedrag/Bedrag`),
  },
  {
    rule: 'CS340',
    type: '323',
    fail: (b) => put(b, 'Declaratie/DeclaratiePeriode/Begindatum', '2026-02-02'),
    path: at('Declaratie/DeclaratiePeriode'),
  },
];

describeCases('Constraints (CS)', constraintRules, cases);

describe('elfproef', () => {
  it('accepts the test numbers the fixtures use and refuses a changed digit', () => {
    for (const bsn of [BSN, OTHER_BSN, '999900006', '123456782']) assert.ok(passesElfproef(bsn), bsn);
    for (const bsn of ['123456789', '999990018', '12345678', '12345678a'])
      assert.ok(!passesElfproef(bsn), bsn);
  });

  it('checks the Bsn of every client of a declaration', async () => {
    const bericht = passingBericht('323', 'iwmo');
    addCopy(bericht.bericht, 'Declaratie/Clienten/Client', (client) => (client.Bsn = OTHER_BSN));
    put(bericht.bericht, 'Declaratie/TotaalIngediendBedrag/TotaalBedrag', 10000);
    assert.deepEqual(await evaluateRules(bericht, passingContext()), []);
    put(itemAt(bericht.bericht, 'Declaratie/Clienten/Client', 1), 'Bsn', '999990018');
    const findings = await evaluateRules(bericht, passingContext());
    assert.deepEqual(
      findings.map((f) => [f.rule, f.path]),
      [['CS002', '/Bericht/Declaratie/Clienten/Client[2]/Bsn']],
    );
  });
});
