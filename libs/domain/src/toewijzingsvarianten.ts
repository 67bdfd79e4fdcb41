/**
 * The toewijzingsvarianten check: which of Categorie, Product(code), Budget, Volume, Eenheid,
 * Frequentie and Einddatum a toegewezen product must or must not fill under its uitvoeringsvariant,
 * and which Eenheid and Frequentie fit together. Returns one reason per field, so a back office sees
 * every field to fix at once. Pure.
 */
import type { Arrangement, Uitvoeringsvariant } from './arrangement.js';

/** The fields of a ToegewezenProduct the tables speak about, in the internal model's names. */
export interface ToegewezenProductTerms {
  readonly Product?: { readonly Categorie?: string; readonly Code?: string } | null;
  readonly Budget?: number | null;
  readonly Omvang?: {
    readonly Volume?: number;
    readonly Eenheid?: string;
    readonly Frequentie?: string;
  } | null;
  readonly Einddatum?: string | null;
}

export type VariantField =
  | 'Categorie'
  | 'Product'
  | 'Budget'
  | 'Volume'
  | 'Eenheid'
  | 'Frequentie'
  | 'Einddatum'
  | 'Uitvoeringsvariant';

export interface VariantReason {
  readonly field: VariantField;
  readonly message: string;
}

export type ToewijzingType = 'specifiek' | 'aspecifiek-zonder-budget' | 'aspecifiek-met-budget' | 'generiek';

export interface VariantCheck {
  /** The row type the product was read as (by which of Categorie and Product it fills). */
  readonly type: ToewijzingType | null;
  readonly reasons: readonly VariantReason[];
}

/** Frequentie (WMO757): 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing. */
const DAG = '1';
const WEEK = '2';
const MAAND = '4';
const TOTAAL = '6';

/** Per variant, the frequenties each Eenheid may be assigned with in a specific toewijzing. */
const SPECIFIEK: Readonly<
  Record<'inspanningsgericht' | 'outputgericht', Readonly<Record<string, readonly string[]>>>
> = {
  inspanningsgericht: {
    '01': [DAG, WEEK, MAAND, TOTAAL], // minuut
    '04': [DAG, WEEK, MAAND, TOTAAL], // uur
    '16': [WEEK, MAAND, TOTAAL], // dagdeel
    '14': [WEEK, MAAND, TOTAAL], // etmaal
    '84': [WEEK, MAAND, TOTAAL], // stuks (inspanning)
  },
  outputgericht: {
    '82': [DAG, WEEK, MAAND, TOTAAL], // stuks (output)
    '83': [WEEK, MAAND, TOTAAL], // euro's
  },
};

/** Productcategorie of trajects under the Landelijk Transitie Arrangement. */
const LTA_CATEGORIE = '55';

const FREQUENTIE_NAMES: Record<string, string> = {
  [DAG]: 'per dag',
  [WEEK]: 'per week',
  [MAAND]: 'per maand',
  [TOTAAL]: 'totaal binnen de geldigheidsduur',
};

export function checkToewijzingsvariant(
  variant: Uitvoeringsvariant,
  product: ToegewezenProductTerms,
): VariantCheck {
  if (variant === 'taakgericht')
    return {
      type: null,
      reasons: [
        {
          field: 'Uitvoeringsvariant',
          message:
            'taakgericht: the provider gets a lumpsum budget and there is no toewijzing per client; send no 301',
        },
      ],
    };
  const reasons = new Map<VariantField, string>();
  const reason = (field: VariantField, message: string) => {
    if (!reasons.has(field)) reasons.set(field, message);
  };
  const filled = {
    Categorie: present(product.Product?.Categorie),
    Product: present(product.Product?.Code),
    Budget: present(product.Budget),
    Volume: present(product.Omvang?.Volume),
    Eenheid: present(product.Omvang?.Eenheid),
    Frequentie: present(product.Omvang?.Frequentie),
    Einddatum: present(product.Einddatum),
  };
  const mustBeEmpty = (field: keyof typeof filled, why: string) => {
    if (filled[field]) reason(field, `must be empty: ${why}`);
  };
  const mustBeFilled = (field: keyof typeof filled, why: string) => {
    if (!filled[field]) reason(field, `must be filled: ${why}`);
  };
  const type: ToewijzingType = filled.Product
    ? 'specifiek'
    : !filled.Categorie
      ? 'generiek'
      : filled.Budget
        ? 'aspecifiek-met-budget'
        : 'aspecifiek-zonder-budget';
  const categorie = product.Product?.Categorie;
  switch (type) {
    case 'specifiek': {
      const why = `a specific ${variant} toewijzing`;
      mustBeFilled('Categorie', `${why} names its productcategorie`);
      mustBeEmpty('Budget', `${why} states an Omvang, not a Budget`);
      mustBeFilled('Volume', `${why} states its Volume`);
      const eenheid = product.Omvang?.Eenheid;
      const frequenties = eenheid ? SPECIFIEK[variant][eenheid] : undefined;
      if (!filled.Eenheid) reason('Eenheid', `must be filled: ${why} states its Eenheid`);
      else if (!frequenties)
        reason(
          'Eenheid',
          `${eenheid} does not fit ${variant}; use one of ${Object.keys(SPECIFIEK[variant]).join(', ')}`,
        );
      const frequentie = product.Omvang?.Frequentie;
      if (!filled.Frequentie) reason('Frequentie', `must be filled: ${why} states its Frequentie`);
      else if (frequenties && !frequenties.includes(frequentie!))
        reason(
          'Frequentie',
          `${FREQUENTIE_NAMES[frequentie!] ?? frequentie} does not fit Eenheid ${eenheid} under ${variant}; ` +
            `use ${frequenties.map((code) => `${code} (${FREQUENTIE_NAMES[code]})`).join(', ')}`,
        );
      if (frequentie === WEEK) mustBeFilled('Einddatum', 'a weekly Omvang needs an Einddatum');
      break;
    }
    case 'aspecifiek-met-budget':
    case 'aspecifiek-zonder-budget': {
      const why = `an aspecific toewijzing assigns a category without Omvang`;
      for (const field of ['Volume', 'Eenheid', 'Frequentie'] as const) mustBeEmpty(field, why);
      if (variant === 'inspanningsgericht' && categorie === LTA_CATEGORIE)
        reason(
          'Categorie',
          `aspecific inspanningsgericht toewijzing is not for categorie ${LTA_CATEGORIE} (LTA)`,
        );
      if (variant === 'outputgericht' && categorie !== LTA_CATEGORIE)
        reason(
          'Categorie',
          `aspecific outputgericht toewijzing is only for trajects under the LTA, categorie ${LTA_CATEGORIE}`,
        );
      if (variant === 'inspanningsgericht' && type === 'aspecifiek-met-budget')
        mustBeFilled(
          'Einddatum',
          'an aspecific inspanningsgericht toewijzing with a Budget needs an Einddatum',
        );
      break;
    }
    case 'generiek': {
      const why = 'a generic toewijzing assigns only a Budget';
      mustBeFilled('Budget', why);
      for (const field of ['Volume', 'Eenheid', 'Frequentie'] as const) mustBeEmpty(field, why);
      if (variant === 'inspanningsgericht')
        mustBeFilled('Einddatum', 'a generic inspanningsgericht toewijzing needs an Einddatum');
      break;
    }
  }
  return { type, reasons: [...reasons].map(([field, message]) => ({ field, message })) };
}

/** Eenheid 84: stuks (inspanning). */
const STUKS_INSPANNING = '84';

/**
 * OP305: a product contracted inspanningsgericht per piece of effort (the arrangement's eenheid 84) is
 * assigned in Eenheid 84. Undefined when the product's Eenheid is absent or fits.
 */
export function checkContractEenheid(
  arrangement: Pick<Arrangement, 'uitvoeringsvariant' | 'eenheid'>,
  product: ToegewezenProductTerms,
): VariantReason | undefined {
  const eenheid = product.Omvang?.Eenheid;
  if (arrangement.uitvoeringsvariant !== 'inspanningsgericht' || arrangement.eenheid !== STUKS_INSPANNING)
    return undefined;
  if (!present(eenheid) || eenheid === STUKS_INSPANNING) return undefined;
  return {
    field: 'Eenheid',
    message: `${String(eenheid)} does not fit the arrangement, which contracts this product per piece of effort; assign it in Eenheid 84 (stuks inspanning)`,
  };
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
