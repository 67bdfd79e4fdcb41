import type { BerichtType } from '../catalogue.js';
import type { BerichtNode } from '../mapping/model.js';
import { conditieRules } from './in-message-rules.js';
import { describeCases, type Edit, type RuleCase } from './rule-cases.js';
import { itemAt, nodeAt, put } from './rule-fixtures.js';

const CONTACT = 'Client/Contactgegevens/Contact';
const AANGEVRAAGD = 'Client/AangevraagdeProducten/AangevraagdProduct';
const PRESTATIE_323 = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
const PRESTATIE_325 = 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie';
const at = (steps: string) => `/Bericht/${steps}`;
const telefoon = () => ({ Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } });

/** The product classes as the fixtures have them; a 317 gets a TeWijzigenProduct when a case needs one. */
interface Klasse {
  readonly type: BerichtType;
  readonly steps: string;
  readonly end: string;
  readonly about?: string;
  readonly setup?: Edit;
}
const TOEGEWEZEN: Klasse = {
  type: '301',
  steps: 'Client/ToegewezenProducten/ToegewezenProduct',
  end: 'Einddatum',
};
const AANGEVRAAGD_KLASSE: Klasse = { type: '315', steps: AANGEVRAAGD, end: 'ToewijzingEinddatum' };
const NIEUW: Klasse = { type: '317', steps: 'Client/Verzoek/NieuweProducten/NieuwProduct', end: 'Einddatum' };
const TE_WIJZIGEN: Klasse = {
  type: '317',
  steps: 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct',
  end: 'Einddatum',
  about: 'TeWijzigenProduct',
  setup: (b) =>
    put(b, 'Client/Verzoek/TeWijzigenProducten', {
      TeWijzigenProduct: [
        {
          ToewijzingNummer: 1002,
          GewensteIngangsdatum: '2026-04-01',
          Einddatum: '2026-12-31',
          Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
        },
      ],
    }),
};
const WITH_PRODUCT = [TOEGEWEZEN, AANGEVRAAGD_KLASSE, NIEUW];
const ALL = [...WITH_PRODUCT, TE_WIJZIGEN];

/** One case per product class: `pass` and `fail` get the product itself. */
function perKlasse(
  rule: string,
  klassen: readonly Klasse[],
  spec: {
    pass?: (product: BerichtNode, k: Klasse) => void;
    fail: (product: BerichtNode, k: Klasse) => void;
    element: (k: Klasse) => string;
    twin?: { rule: string; element: (k: Klasse) => string };
  },
): RuleCase[] {
  return klassen.map((k) => ({
    rule,
    type: k.type,
    ...(k.about ? { about: k.about } : {}),
    pass: (b, s) => {
      k.setup?.(b, s);
      spec.pass?.(nodeAt(b, k.steps), k);
    },
    fail: (b) => spec.fail(nodeAt(b, k.steps), k),
    path: at(`${k.steps}/${spec.element(k)}`),
    ...(spec.twin
      ? { twins: [{ rule: spec.twin.rule, path: at(`${k.steps}/${spec.twin.element(k)}`) }] }
      : {}),
  }));
}

/** A budget product: no code, no Omvang (CD041, CD077), an end date (CD075). */
function asBudget(product: BerichtNode): void {
  if (product.Product) delete (product.Product as BerichtNode).Code;
  delete product.Omvang;
  product.Budget = 150000;
}

const cases: RuleCase[] = [
  {
    rule: 'CD005',
    type: '301',
    fail: (b) => put(b, `${CONTACT}/Adres/LandCode`, undefined),
    path: at(`${CONTACT}/Adres/LandCode`),
  },
  {
    rule: 'CD007',
    type: '301',
    pass: (b) => put(b, 'Client/Communicatie', { Vorm: '1', Taal: 'Pools' }),
    fail: (b) => put(b, 'Client/Communicatie/Taal', undefined),
    path: at('Client/Communicatie/Taal'),
  },
  {
    rule: 'CD009',
    type: '301',
    pass: (b) =>
      (nodeAt(b, 'Client/Contactgegevens').Contact as BerichtNode[]).push({
        Soort: '04',
        Telefoon: telefoon(),
        Periode: { Begindatum: '2026-01-01' },
      }),
    fail: (b) => put(itemAt(b, CONTACT, 0), 'Periode', { Begindatum: '2026-01-01' }),
    path: at('Client/Contactgegevens/Contact[1]/Periode'),
  },
  {
    rule: 'CD025',
    type: '301',
    pass: (b) => put(b, `${CONTACT}/Telefoon`, telefoon()),
    fail: (b) => put(b, `${CONTACT}/Adres/Huis`, undefined),
    path: at(`${CONTACT}/Adres/Huis`),
  },
  {
    rule: 'CD034',
    type: '301',
    pass: (b) => put(b, `${CONTACT}/Telefoon`, telefoon()),
    fail: (b) => put(b, `${CONTACT}/Adres`, { Huis: { Huisnummer: 12 }, Straatnaam: 'Kerkstraat' }),
    path: at(`${CONTACT}/Adres/Postcode`),
  },
  ...perKlasse('CD041', WITH_PRODUCT, { fail: (p) => delete p.Omvang, element: () => 'Omvang' }),
  {
    rule: 'CD043',
    type: '315',
    pass: (b) =>
      Object.assign(nodeAt(b, AANGEVRAAGD), {
        BeschikkingNummer: 123,
        BeschikkingIngangsdatum: '2026-03-01',
      }),
    fail: (b) => put(b, `${AANGEVRAAGD}/BeschikkingIngangsdatum`, undefined),
    path: at(`${AANGEVRAAGD}/BeschikkingIngangsdatum`),
  },
  ...([PRESTATIE_323, PRESTATIE_325] as const).map((steps): RuleCase => ({
    rule: 'CD060',
    type: steps === PRESTATIE_323 ? '323' : '325',
    fail: (b) => put(b, `${steps}/ProductReferentie/VorigReferentieNummer`, 'RN0'),
    path: at(`${steps}/ProductReferentie/VorigReferentieNummer`),
  })),
  {
    rule: 'CD066',
    type: '315',
    fail: (b) => put(b, `${AANGEVRAAGD}/Verwijzer/Naam`, 'Dr. Jansen'),
    path: at(`${AANGEVRAAGD}/Verwijzer/Naam`),
  },
  {
    rule: 'CD067',
    type: '315',
    pass: (b) => put(b, `${AANGEVRAAGD}/Verwijzer`, { Type: '03', Naam: 'Dr. Jansen' }),
    fail: (b) => put(b, `${AANGEVRAAGD}/Verwijzer/Naam`, undefined),
    path: at(`${AANGEVRAAGD}/Verwijzer/Naam`),
  },
  {
    rule: 'CD068',
    type: '315',
    pass: (b) => put(b, `${AANGEVRAAGD}/Verwijzer`, { Type: '01', Naam: 'Wijkteam' }),
    fail: (b) => put(b, `${AANGEVRAAGD}/Verwijzer/ZorgverlenerCode`, '12345678'),
    path: at(`${AANGEVRAAGD}/Verwijzer/ZorgverlenerCode`),
  },
  ...perKlasse('CD075', ALL, {
    pass: asBudget,
    fail: (p, k) => put(p, k.end, undefined),
    element: (k) => k.end,
  }),
  ...perKlasse('CD076', ALL, { fail: (p, k) => put(p, k.end, undefined), element: (k) => k.end }),
  ...perKlasse('CD077', ALL, {
    fail: (p) => (p.Budget = 150000),
    element: () => 'Omvang',
    twin: { rule: 'CD078', element: () => 'Budget' },
  }),
  ...perKlasse('CD078', ALL, {
    fail: (p) => (p.Budget = 150000),
    element: () => 'Budget',
    twin: { rule: 'CD077', element: () => 'Omvang' },
  }),
  ...perKlasse('CD079', WITH_PRODUCT, {
    fail: (p) => {
      delete p.Product;
      delete p.Omvang;
    },
    element: () => 'Product',
  }),
  ...(
    [
      ['CD080', TOEGEWEZEN],
      ['CD095', AANGEVRAAGD_KLASSE],
      ['CD096', NIEUW],
    ] as const
  ).flatMap(([rule, klasse]) =>
    perKlasse(rule, [klasse], {
      pass: asBudget,
      fail: (p) => {
        delete p.Budget;
        p.Omvang = { Volume: 2, Eenheid: '04', Frequentie: '4' };
      },
      element: () => 'Omvang',
    }),
  ),
  {
    rule: 'CD085',
    type: '319',
    fail: (b) => put(b, 'Antwoord/RedenAfwijzingVerzoek', undefined),
    path: at('Antwoord/RedenAfwijzingVerzoek'),
  },
  {
    rule: 'CD086',
    type: '319',
    pass: (b) => put(b, 'Antwoord', { ReferentieAanbieder: 'REF-1', VerzoekAntwoord: '2' }),
    fail: (b) => put(b, 'Antwoord/RedenAfwijzingVerzoek', '1'),
    path: at('Antwoord/RedenAfwijzingVerzoek'),
  },
  {
    rule: 'CD087',
    type: '323',
    fail: (b) => put(b, `${PRESTATIE_323}/ProductTarief`, undefined),
    path: at(`${PRESTATIE_323}/ProductTarief`),
  },
];

describeCases('Condities (CD)', conditieRules, cases);
