import type { Standaard } from '../../../istandaarden/src/index.js';
import { OTHER_BSN } from '../../../istandaarden/src/rules/rule-fixtures.js';
import {
  bericht,
  describeCrossCases,
  set,
  toewijzing,
  type CrossCase,
  type Edit,
} from './cross-message-cases.js';
import { TR304 } from './declaratie-rules.js';
import { VERZOEK_RULES } from './verzoek-rules.js';

const AANGEVRAAGD = 'Client/AangevraagdeProducten/AangevraagdProduct';
const VERZOEK = 'Client/Verzoek';
const TE_WIJZIGEN = 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';

const aanvraag = (s: Standaard, referentie: string) =>
  bericht('315', s, set(AANGEVRAAGD, { ReferentieAanbieder: referentie }));
const wijziging = (s: Standaard, referentie: string) =>
  bericht('317', s, set(VERZOEK, { ReferentieAanbieder: referentie }));
const afwijzing = (s: Standaard, referentie: string) =>
  bericht('319', s, set('Antwoord', { ReferentieAanbieder: referentie }));
const honoured = (s: Standaard, referentie: string) =>
  toewijzing(
    s,
    set('Client/ToegewezenProducten/ToegewezenProduct', {
      ToewijzingNummer: 1009,
      ReferentieAanbieder: referentie,
    }),
  );

/** The toewijzing 1001 changed instead of left unchanged, from a wanted date after the Dagtekening. */
const teWijzigen =
  (values: Record<string, unknown> = {}): Edit =>
  (b, s) => {
    const verzoek = (b.Client as Record<string, Record<string, unknown>>).Verzoek!;
    delete verzoek.OngewijzigdeProducten;
    verzoek.TeWijzigenProducten = {
      TeWijzigenProduct: [
        {
          ToewijzingNummer: 1001,
          GewensteIngangsdatum: '2026-04-01',
          Einddatum: '2026-12-31',
          Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' },
          ...values,
        },
      ],
    };
    const nieuw = verzoek.NieuweProducten as { NieuwProduct: Array<Record<string, unknown>> };
    nieuw.NieuwProduct[0]!.Product = {
      Categorie: s === 'ijw' ? '45' : '02',
      Code: s === 'ijw' ? '45A02' : '02A02',
    };
  };

/** Without NieuweProducten: a toewijzing without product code would overlap any new product (TR361). */
const withoutNew: Edit = (b) => {
  delete ((b.Client as Record<string, Record<string, unknown>>).Verzoek as Record<string, unknown>)
    .NieuweProducten;
};
const all =
  (...edits: Edit[]): Edit =>
  (b, s) =>
    edits.forEach((edit) => edit(b, s));

const TOTAAL = { Omvang: { Volume: 40, Eenheid: '04', Frequentie: '6' } };
const noCode = set('Client/ToegewezenProducten/ToegewezenProduct', { Product: undefined });
const cases: CrossCase[] = [
  {
    rule: 'TR347',
    type: '315',
    history: (s) => [aanvraag(s, 'REF-0'), afwijzing(s, 'REF-0')],
    fail: set(AANGEVRAAGD, { ReferentieAanbieder: 'REF-0' }),
    path: `/Bericht/${AANGEVRAAGD}`,
  },
  {
    rule: 'TR347',
    type: '317',
    history: (s) => [toewijzing(s), wijziging(s, 'REF-0'), afwijzing(s, 'REF-0')],
    fail: set(VERZOEK, { ReferentieAanbieder: 'REF-0' }),
    path: `/Bericht/${VERZOEK}`,
  },
  {
    rule: 'TR374',
    type: '315',
    history: (s) => [aanvraag(s, 'REF-0'), honoured(s, 'REF-0')],
    fail: () => {},
    failHistory: (s) => [aanvraag(s, 'REF-0')],
    path: '/Bericht/Client',
  },
  {
    rule: 'TR374',
    type: '317',
    history: (s) => [toewijzing(s), aanvraag(s, 'REF-0'), afwijzing(s, 'REF-0')],
    fail: () => {},
    failHistory: (s) => [toewijzing(s), aanvraag(s, 'REF-0')],
    path: `/Bericht/${VERZOEK}`,
  },
  {
    rule: 'TR349',
    type: '317',
    history: (s) => [toewijzing(s)],
    fail: () => {},
    failHistory: (s) => [
      toewijzing(s),
      toewijzing(s, set('Client/ToegewezenProducten/ToegewezenProduct', { ToewijzingNummer: 1003 })),
    ],
    path: `/Bericht/${VERZOEK}`,
  },
  {
    rule: 'TR350',
    type: '317',
    history: (s) => [toewijzing(s)],
    fail: () => {},
    failHistory: () => [],
    path: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct',
  },
  {
    rule: 'TR351',
    type: '317',
    history: (s) => [toewijzing(s)],
    pass: teWijzigen(),
    fail: () => {},
    failHistory: (s) => [
      toewijzing(s, set('Client/ToegewezenProducten/ToegewezenProduct', { Einddatum: '2026-04-30' })),
    ],
    path: `/Bericht/${TE_WIJZIGEN}`,
  },
  {
    rule: 'TR357',
    type: '317',
    history: (s) => [toewijzing(s)],
    pass: teWijzigen({ GewensteIngangsdatum: '2026-01-01' }),
    fail: set(TE_WIJZIGEN, { GewensteIngangsdatum: '2026-02-15' }),
    path: `/Bericht/${TE_WIJZIGEN}`,
  },
  {
    rule: 'TR373',
    type: '317',
    history: (s) => [toewijzing(s, set('Client/ToegewezenProducten/ToegewezenProduct', TOTAAL))],
    pass: teWijzigen({
      GewensteIngangsdatum: '2026-01-01',
      Omvang: { Volume: 50, Eenheid: '04', Frequentie: '6' },
    }),
    fail: set(TE_WIJZIGEN, { GewensteIngangsdatum: '2026-04-01' }),
    path: `/Bericht/${TE_WIJZIGEN}`,
  },
  {
    rule: 'TR375',
    type: '317',
    history: (s) => [toewijzing(s, noCode)],
    pass: all(teWijzigen({ Omvang: undefined }), withoutNew),
    fail: set(TE_WIJZIGEN, { Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }),
    path: `/Bericht/${TE_WIJZIGEN}`,
  },
  {
    rule: 'TR411',
    type: '317',
    history: (s) => [toewijzing(s)],
    pass: teWijzigen(),
    fail: set(TE_WIJZIGEN, { Omvang: undefined }),
    path: `/Bericht/${TE_WIJZIGEN}`,
  },
  {
    rule: 'TR412',
    type: '317',
    history: (s) => [
      toewijzing(s, set('Client/ToegewezenProducten/ToegewezenProduct/Product', { Code: undefined })),
    ],
    pass: all(teWijzigen({ Omvang: undefined }), withoutNew),
    fail: set(TE_WIJZIGEN, { Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }),
    path: `/Bericht/${TE_WIJZIGEN}`,
  },
  {
    rule: 'TR361',
    type: '317',
    about: 'a new product the same as an unchanged one, in the same period',
    history: (s) => [toewijzing(s)],
    fail: (b, s) =>
      set('Client/Verzoek/NieuweProducten/NieuwProduct', {
        Product: { Categorie: s === 'ijw' ? '45' : '02', Code: s === 'ijw' ? '45A01' : '02A01' },
      })(b, s),
    path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct',
  },
  {
    rule: 'TR304',
    type: '317',
    history: (s) => [toewijzing(s)],
    fail: () => {},
    failHistory: (s) => [toewijzing(s, set('Client', { Bsn: OTHER_BSN }))],
    path: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct',
  },
];

describeCrossCases('cross-message rules on verzoeken om toewijzing and om wijziging', cases, [
  ...VERZOEK_RULES,
  { ...TR304, appliesTo: ['317'] },
]);
