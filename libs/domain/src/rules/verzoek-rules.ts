/** Cross-message rules on requests: verzoek om toewijzing (315) and verzoek om wijziging (317). */
import type { Bericht, Finding } from '../../../istandaarden/src/index.js';
import { all, root, type At } from '../../../istandaarden/src/rules/paths.js';
import type { ToewijzingRecord } from '../state-records.js';
import { failure, type CrossMessageContext, type CrossMessageRule } from './cross-message-rule.js';
import { isActueel, isOpen, runsPast2020 } from './toewijzingen.js';

function client(bericht: Bericht): At {
  return all(root(bericht), 'Client')[0]!;
}

/** The request classes that carry a ReferentieAanbieder: each AangevraagdProduct (315) or the Verzoek (317). */
function requests(bericht: Bericht): Array<{ at: At; referentie: string }> {
  const at = client(bericht);
  const classes = at.node.Verzoek ? all(at, 'Verzoek') : all(at, 'AangevraagdeProducten/AangevraagdProduct');
  return classes.map((c) => ({ at: c, referentie: String(c.node.ReferentieAanbieder) }));
}

/** Where a request's client-level codes go: the Client of a 315, the Verzoek of a 317. */
function requestClass(bericht: Bericht): At {
  const at = client(bericht);
  return at.node.Verzoek ? all(at, 'Verzoek')[0]! : at;
}

export const TR347: CrossMessageRule = {
  id: 'TR347',
  retourcode: '9347',
  level: 'berichtoverstijgend',
  appliesTo: ['315', '317'],
  klasse: 'AangevraagdProduct, Verzoek',
  explanation: 'A ReferentieAanbieder is unique per aanbieder and law.',
  check(bericht, { state }) {
    return requests(bericht)
      .filter(({ referentie }) => state.verzoeken(referentie).length > 0)
      .map(({ at, referentie }) =>
        failure(TR347, at.path, `ReferentieAanbieder ${referentie} was used before`),
      );
  },
};

export const TR374: CrossMessageRule = {
  id: 'TR374',
  retourcode: '9374',
  level: 'berichtoverstijgend',
  appliesTo: ['315', '317'],
  klasse: 'Client (315), Verzoek (317)',
  explanation: 'An aanbieder sends no new request for a client while an earlier one is still open.',
  check(bericht, { state }) {
    const bsn = String(client(bericht).node.Bsn);
    const open = state.verzoekenOf(bsn).find((v) => isOpen(state, v.referentieAanbieder));
    return open
      ? [
          failure(
            TR374,
            requestClass(bericht).path,
            `request ${open.referentieAanbieder} for this client is still open`,
          ),
        ]
      : [];
  },
};

interface Wijziging {
  readonly at: At;
  readonly soort: 'ongewijzigd' | 'te-wijzigen';
  readonly nummer: number;
  /** The toewijzing under that number, when it belongs to this client. */
  readonly toewijzing: ToewijzingRecord | undefined;
  /** The number exists, for another client (TR304). */
  readonly otherClient: boolean;
}

function wijzigingen(bericht: Bericht, { state }: CrossMessageContext): Wijziging[] {
  const at = client(bericht);
  const bsn = String(at.node.Bsn);
  const lists: Array<[Wijziging['soort'], string]> = [
    ['ongewijzigd', 'Verzoek/OngewijzigdeProducten/OngewijzigdProduct'],
    ['te-wijzigen', 'Verzoek/TeWijzigenProducten/TeWijzigenProduct'],
  ];
  return lists.flatMap(([soort, steps]) =>
    all(at, steps).map((product) => {
      const nummer = Number(product.node.ToewijzingNummer);
      const found = state.toewijzing(nummer);
      return {
        at: product,
        soort,
        nummer,
        toewijzing: found?.bsn === bsn ? found : undefined,
        otherClient: found !== undefined && found.bsn !== bsn,
      };
    }),
  );
}

function refersToCurrent(rule: CrossMessageRule, soort: Wijziging['soort']): CrossMessageRule['check'] {
  return (bericht, context) =>
    wijzigingen(bericht, context)
      .filter((w) => w.soort === soort && !w.otherClient)
      .filter((w) => !w.toewijzing || !isActueel(w.toewijzing, context.today))
      .map((w) =>
        failure(rule, w.at.path, `toewijzing ${w.nummer} is not a current toewijzing of this client`),
      );
}

export const TR350: CrossMessageRule = {
  id: 'TR350',
  retourcode: '9350',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'OngewijzigdProduct',
  explanation: 'Each unchanged product refers to a current toewijzing.',
  check: (bericht, context) => refersToCurrent(TR350, 'ongewijzigd')(bericht, context),
};

export const TR351: CrossMessageRule = {
  id: 'TR351',
  retourcode: '9351',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'TeWijzigenProduct',
  explanation: 'Each product to change refers to a current toewijzing.',
  check: (bericht, context) => refersToCurrent(TR351, 'te-wijzigen')(bericht, context),
};

export const TR349: CrossMessageRule = {
  id: 'TR349',
  retourcode: '9349',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'Verzoek',
  explanation:
    'A verzoek om wijziging lists every current toewijzing of the client, unchanged or to be changed.',
  check(bericht, context) {
    const named = new Set(wijzigingen(bericht, context).map((w) => w.nummer));
    const bsn = String(client(bericht).node.Bsn);
    const missing = context.state
      .toewijzingenOf(bsn)
      .filter((t) => isActueel(t, context.today) && !named.has(t.toewijzingNummer));
    return missing.length
      ? [
          failure(
            TR349,
            requestClass(bericht).path,
            `current toewijzing(en) ${missing.map((t) => t.toewijzingNummer).join(', ')} missing`,
          ),
        ]
      : [];
  },
};

/** Each TeWijzigenProduct with the current toewijzing of this client it changes. */
function changes(
  bericht: Bericht,
  context: CrossMessageContext,
): Array<Wijziging & { toewijzing: ToewijzingRecord }> {
  return wijzigingen(bericht, context).filter(
    (w): w is Wijziging & { toewijzing: ToewijzingRecord } =>
      w.soort === 'te-wijzigen' && w.toewijzing !== undefined && isActueel(w.toewijzing, context.today),
  );
}

function perChange(
  rule: CrossMessageRule,
  fails: (change: Wijziging & { toewijzing: ToewijzingRecord }, bericht: Bericht) => string | undefined,
): CrossMessageRule['check'] {
  return (bericht, context) =>
    changes(bericht, context).flatMap((change) => {
      const message = fails(change, bericht);
      return message ? [failure(rule, change.at.path, message)] : [];
    });
}

const dagtekening = (bericht: Bericht) =>
  String(
    (bericht.bericht.Header as { BerichtIdentificatie: { Dagtekening: string } }).BerichtIdentificatie
      .Dagtekening,
  );

export const TR357: CrossMessageRule = {
  id: 'TR357',
  retourcode: '9357',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'TeWijzigenProduct',
  explanation:
    "A change wanted from a date on or before the Dagtekening starts at the toewijzing's original start.",
  check: (bericht, context) =>
    perChange(TR357, ({ at, toewijzing }, b) => {
      const gewenst = String(at.node.GewensteIngangsdatum);
      return gewenst <= dagtekening(b) && gewenst !== toewijzing.ingangsdatum
        ? `GewensteIngangsdatum ${gewenst} is not the toewijzing's Ingangsdatum ${toewijzing.ingangsdatum}`
        : undefined;
    })(bericht, context),
};

export const TR373: CrossMessageRule = {
  id: 'TR373',
  retourcode: '9373',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'TeWijzigenProduct',
  explanation: "A change of budget or total volume applies from the toewijzing's original start.",
  check: (bericht, context) =>
    perChange(TR373, ({ at, toewijzing }) => {
      const omvang = at.node.Omvang as { Volume?: number } | undefined;
      const budget = typeof at.node.Budget === 'number' && at.node.Budget !== toewijzing.budget;
      const totaal =
        toewijzing.frequentie === '6' && omvang !== undefined && omvang.Volume !== toewijzing.volume;
      const gewenst = String(at.node.GewensteIngangsdatum);
      return (budget || totaal) && gewenst !== toewijzing.ingangsdatum
        ? `a change of budget or total volume starts on ${toewijzing.ingangsdatum}, not ${gewenst}`
        : undefined;
    })(bericht, context),
};

export const TR411: CrossMessageRule = {
  id: 'TR411',
  retourcode: '9411',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'TeWijzigenProduct',
  explanation: 'A product to change whose toewijzing has a product code gets an Omvang.',
  check: (bericht, context) =>
    perChange(TR411, ({ at, toewijzing }) =>
      toewijzing.productCode !== null && at.node.Omvang === undefined
        ? 'the toewijzing has a product code, so the change states an Omvang'
        : undefined,
    )(bericht, context),
};

export const TR412: CrossMessageRule = {
  id: 'TR412',
  retourcode: '9412',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'TeWijzigenProduct',
  explanation: 'A product to change whose toewijzing has no product code and runs past 2020 gets no Omvang.',
  check: (bericht, context) =>
    perChange(TR412, ({ at, toewijzing }) =>
      // Without any Product TR375 says the same; this rule covers a category without a code.
      toewijzing.productCategorie !== null &&
      toewijzing.productCode === null &&
      runsPast2020(toewijzing) &&
      at.node.Omvang !== undefined
        ? 'the toewijzing has no product code, so the change states no Omvang'
        : undefined,
    )(bericht, context),
};

export const TR375: CrossMessageRule = {
  id: 'TR375',
  retourcode: '9375',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'TeWijzigenProduct',
  explanation:
    'A product to change whose toewijzing has no Product at all and runs past 2020 gets no Omvang.',
  check: (bericht, context) =>
    perChange(TR375, ({ at, toewijzing }) =>
      toewijzing.productCategorie === null && runsPast2020(toewijzing) && at.node.Omvang !== undefined
        ? 'the toewijzing has no Product, so the change states no Omvang'
        : undefined,
    )(bericht, context),
};

interface Requested {
  readonly at: At;
  readonly categorie: string | null;
  readonly code: string | null;
  readonly begin: string;
  readonly end: string;
}

const OPEN_END = '9999-12-31';

/** Every product a verzoek om wijziging asks for, with its product and period (from its toewijzing where it names one). */
function requested(bericht: Bericht, context: CrossMessageContext): Requested[] {
  const fromToewijzing = wijzigingen(bericht, context)
    .filter((w) => w.toewijzing !== undefined && isActueel(w.toewijzing, context.today))
    .map(({ at, soort, toewijzing }) => ({
      at,
      categorie: toewijzing!.productCategorie,
      code: toewijzing!.productCode,
      begin: soort === 'ongewijzigd' ? toewijzing!.ingangsdatum : String(at.node.GewensteIngangsdatum),
      end: String(at.node.Einddatum ?? toewijzing!.einddatum ?? OPEN_END),
    }));
  const nieuw = all(client(bericht), 'Verzoek/NieuweProducten/NieuwProduct').map((at) => {
    const product = at.node.Product as { Categorie?: string; Code?: string } | undefined;
    return {
      at,
      categorie: product?.Categorie ?? null,
      code: product?.Code ?? null,
      begin: String(at.node.GewensteIngangsdatum),
      end: String(at.node.Einddatum ?? OPEN_END),
    };
  });
  return [...fromToewijzing, ...nieuw];
}

/** The same product for TR361: by code where both have one, else by category; without a category, any product. */
function sameProduct(a: Requested, b: Requested): boolean {
  if (a.categorie === null || b.categorie === null) return true;
  if (a.code !== null && b.code !== null) return a.code === b.code;
  return a.categorie === b.categorie;
}

export const TR361: CrossMessageRule = {
  id: 'TR361',
  retourcode: '9361',
  level: 'berichtoverstijgend',
  appliesTo: ['317'],
  klasse: 'OngewijzigdProduct, TeWijzigenProduct, NieuwProduct',
  explanation:
    'The products of a verzoek om wijziging (unchanged, changed, new) do not overlap for the same product.',
  check(bericht, context) {
    const products = requested(bericht, context);
    return products.flatMap((b, j) => {
      const earlier = products
        .slice(0, j)
        .find((a) => sameProduct(a, b) && a.begin <= b.end && b.begin <= a.end);
      return earlier ? [failure(TR361, b.at.path, `overlaps ${earlier.at.path} for the same product`)] : [];
    });
  },
};

export const TR304_VERZOEK = (
  bericht: Bericht,
  context: CrossMessageContext,
  rule: CrossMessageRule,
): Finding[] =>
  wijzigingen(bericht, context)
    .filter((w) => w.otherClient)
    .map((w) => failure(rule, w.at.path, `toewijzing ${w.nummer} belongs to another client`));

export const VERZOEK_RULES: readonly CrossMessageRule[] = [
  TR347,
  TR349,
  TR350,
  TR351,
  TR357,
  TR361,
  TR373,
  TR374,
  TR375,
  TR411,
  TR412,
];
