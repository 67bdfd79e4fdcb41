import type { Standaard } from '../../../istandaarden/src/index.js';
import { OTHER_BSN } from '../../../istandaarden/src/rules/rule-fixtures.js';
import { bericht, describeCrossCases, set, toewijzing, type CrossCase } from './cross-message-cases.js';
import { TR304 } from './declaratie-rules.js';
import { TR381 } from './externe-bron-rules.js';
import { OUTBOUND_RULES } from './outbound-rules.js';

const TOEGEWEZEN = 'Client/ToegewezenProducten/ToegewezenProduct';
const TOEGEWEZEN_PATH = `/Bericht/${TOEGEWEZEN}`;
const ANTWOORD_PRESTATIE = '/Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie';

const aanvraag = (s: Standaard, referentie = 'REF-1') =>
  bericht(
    '315',
    s,
    set('Client/AangevraagdeProducten/AangevraagdProduct', { ReferentieAanbieder: referentie }),
  );
const antwoord = (s: Standaard, verzoekAntwoord: string) =>
  bericht(
    '319',
    s,
    set('Antwoord', {
      VerzoekAntwoord: verzoekAntwoord,
      RedenAfwijzingVerzoek: verzoekAntwoord === '1' ? '1' : undefined,
    }),
  );
const debit = (s: Standaard) => bericht('323', s);
const credit = (s: Standaard) =>
  bericht(
    '323',
    s,
    set('Declaratie', {
      DeclaratieNummer: 'DN2',
      TotaalIngediendBedrag: { TotaalBedrag: 5000, DebetCredit: 'C' },
    }),
    set('Declaratie/Clienten/Client/Prestaties/Prestatie', {
      ProductReferentie: { ReferentieNummer: 'RN2', VorigReferentieNummer: 'RN1' },
      IngediendBedrag: { Bedrag: 5000, DebetCredit: 'C' },
    }),
  );
const otherCode = (s: Standaard) =>
  s === 'ijw' ? { Categorie: '45', Code: '46A01' } : { Categorie: '02', Code: '03A01' };

const cases: CrossCase[] = [
  {
    rule: 'TR332',
    type: '301',
    history: (s) => [toewijzing(s)],
    fail: () => {},
    failHistory: (s) => [toewijzing(s, set('Client', { Bsn: OTHER_BSN }))],
    path: TOEGEWEZEN_PATH,
  },
  {
    rule: 'TR379',
    type: '301',
    history: (s) => [aanvraag(s)],
    pass: set(TOEGEWEZEN, { ReferentieAanbieder: 'REF-1' }),
    fail: set(TOEGEWEZEN, { ReferentieAanbieder: 'REF-2' }),
    path: TOEGEWEZEN_PATH,
  },
  {
    rule: 'TR385',
    type: '301',
    history: (s) => [toewijzing(s), debit(s), credit(s)],
    pass: set(TOEGEWEZEN, { RedenWijziging: '13', Ingangsdatum: '2026-04-01', Einddatum: '2026-04-01' }),
    fail: () => {},
    failHistory: (s) => [toewijzing(s), debit(s)],
    path: TOEGEWEZEN_PATH,
  },
  {
    rule: 'TR355',
    type: '319',
    history: (s) => [aanvraag(s)],
    fail: () => {},
    failHistory: () => [],
    path: '/Bericht/Antwoord',
  },
  {
    rule: 'TR359',
    type: '319',
    history: (s) => [aanvraag(s)],
    fail: () => {},
    failHistory: (s) => [aanvraag(s), toewijzing(s, set(TOEGEWEZEN, { ReferentieAanbieder: 'REF-1' }))],
    path: '/Bericht/Antwoord',
  },
  {
    rule: 'TR360',
    type: '319',
    history: (s) => [aanvraag(s)],
    pass: set('Antwoord', { VerzoekAntwoord: '2', RedenAfwijzingVerzoek: undefined }),
    fail: () => {},
    failHistory: (s) => [aanvraag(s), antwoord(s, '2')],
    path: '/Bericht/Antwoord',
  },
  {
    rule: 'TR365',
    type: '319',
    history: (s) => [aanvraag(s), antwoord(s, '2')],
    fail: () => {},
    failHistory: (s) => [aanvraag(s), antwoord(s, '1')],
    path: '/Bericht/Antwoord',
  },
  {
    rule: 'TR304',
    type: '325',
    history: (s) => [toewijzing(s), debit(s)],
    fail: () => {},
    failHistory: (s) => [toewijzing(s, set('Client', { Bsn: OTHER_BSN })), debit(s)],
    path: ANTWOORD_PRESTATIE,
  },
  {
    rule: 'TR366',
    type: '325',
    history: (s) => [toewijzing(s), debit(s)],
    fail: () => {},
    failHistory: (s) => [toewijzing(s)],
    path: ANTWOORD_PRESTATIE,
  },
  {
    rule: 'TR367',
    type: '325',
    history: (s) => [toewijzing(s), debit(s)],
    fail: set('DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie', { ToewijzingNummer: 1003 }),
    path: ANTWOORD_PRESTATIE,
  },
];

describeCrossCases('cross-message guards on what a gemeente sends', cases, [
  ...OUTBOUND_RULES,
  { ...TR304, appliesTo: ['325'] },
]);

const withOtherCode = (steps: string) => (b: Parameters<CrossCase['fail']>[0], s: Standaard) =>
  set(steps, { Product: otherCode(s) })(b, s);

const productCases: CrossCase[] = [
  { rule: 'TR381', type: '301', fail: withOtherCode(TOEGEWEZEN), path: TOEGEWEZEN_PATH },
  {
    rule: 'TR381',
    type: '305',
    history: (s) => [toewijzing(s)],
    fail: withOtherCode('Client/StartProducten/StartProduct'),
    path: '/Bericht/Client/StartProducten/StartProduct',
  },
  {
    rule: 'TR381',
    type: '307',
    about: 'the start it ends recorded with the same code',
    history: (s) => [toewijzing(s), bericht('305', s)],
    fail: withOtherCode('Client/StopProducten/StopProduct'),
    failHistory: (s) => [
      toewijzing(s),
      bericht('305', s, withOtherCode('Client/StartProducten/StartProduct')),
    ],
    path: '/Bericht/Client/StopProducten/StopProduct',
  },
  {
    rule: 'TR381',
    type: '315',
    fail: withOtherCode('Client/AangevraagdeProducten/AangevraagdProduct'),
    path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct',
  },
  {
    rule: 'TR381',
    type: '317',
    history: (s) => [toewijzing(s)],
    fail: withOtherCode('Client/Verzoek/NieuweProducten/NieuwProduct'),
    path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct',
  },
  {
    rule: 'TR381',
    type: '323',
    history: (s) => [toewijzing(s, set(TOEGEWEZEN, { Product: { Categorie: s === 'ijw' ? '45' : '02' } }))],
    fail: (b, s) =>
      set('Declaratie/Clienten/Client/Prestaties/Prestatie', { ProductCode: otherCode(s).Code })(b, s),
    path: '/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie',
  },
];

describeCrossCases('the productcode list in use (externe bron)', productCases, [TR381]);
