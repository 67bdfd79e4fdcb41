/**
 * Arrangements: per gemeente × aanbieder × product (category, optionally code) and period, which
 * uitvoeringsvariant applies (OP261) and its financial terms — a tariff per eenheid for p×q
 * (inspanningsgericht, outputgericht) or a lumpsum budget per period and the population it covers
 * (taakgericht). Pure: validation returns one reason per field; storing is the caller's business.
 */

export const UITVOERINGSVARIANTEN = ['inspanningsgericht', 'outputgericht', 'taakgericht'] as const;
export type Uitvoeringsvariant = (typeof UITVOERINGSVARIANTEN)[number];

/** Eenheden (WJ756) per p×q variant, as the toewijzingsvarianten tables pair them. */
export const EENHEDEN_PER_VARIANT: Readonly<Record<Uitvoeringsvariant, readonly string[]>> = {
  inspanningsgericht: ['01', '04', '14', '16', '84'],
  outputgericht: ['82', '83'],
  taakgericht: [],
};

export const BUDGET_PERIODES = ['maand', 'kwartaal', 'jaar'] as const;
export type BudgetPeriode = (typeof BUDGET_PERIODES)[number];

/** Who a lumpsum budget covers: postcodes (4 digits) of the area, and/or a description of the task. */
export interface Populatie {
  readonly postcodes?: readonly string[];
  readonly omschrijving?: string;
}

export interface Arrangement {
  readonly standaard: 'ijw' | 'iwmo';
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly productCategorie: string;
  /** Null: the arrangement covers the whole category. */
  readonly productCode: string | null;
  readonly ingangsdatum: string;
  /** Null: open-ended. */
  readonly einddatum: string | null;
  readonly uitvoeringsvariant: Uitvoeringsvariant;
  /** p×q: the eenheid the tariff is per (WJ756). */
  readonly eenheid: string | null;
  /** p×q: euro cents per eenheid (for eenheid 83, euro's, the tariff is 100: one cent per cent). */
  readonly tarief: number | null;
  /** Taakgericht: lumpsum budget per budgetPeriode in euro cents. */
  readonly budget: number | null;
  readonly budgetPeriode: BudgetPeriode | null;
  /** Taakgericht, optional: the care days per budgetPeriode the budget pays for (budget monitoring). */
  readonly zorgdagen: number | null;
  readonly populatie: Populatie | null;
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldError[] };

type Input = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const FIELDS = [
  'standaard',
  'gemeente',
  'aanbieder',
  'productCategorie',
  'productCode',
  'ingangsdatum',
  'einddatum',
  'uitvoeringsvariant',
  'eenheid',
  'tarief',
  'budget',
  'budgetPeriode',
  'zorgdagen',
  'populatie',
];

/** Checks an arrangement as given to the API or in a seed file; one reason per field that is wrong. */
export function validateArrangement(input: unknown): Validated<Arrangement> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [{ field: '', message: 'an arrangement is a JSON object' }] };
  const value = input as Input;
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  for (const field of Object.keys(value))
    if (!FIELDS.includes(field)) fail(field, `unknown field; known are ${FIELDS.join(', ')}`);
  const text = (field: string, pattern: RegExp, what: string, optional = false): string | null => {
    const given = value[field];
    if (given === undefined || given === null) {
      if (!optional) fail(field, `required: ${what}`);
      return null;
    }
    if (typeof given !== 'string' || !pattern.test(given)) {
      fail(field, `must be ${what}`);
      return null;
    }
    return given;
  };
  const standaard = text('standaard', /^(ijw|iwmo)$/, "'ijw' or 'iwmo'");
  const gemeente = text('gemeente', /^\d{4}$/, 'a 4-digit gemeentecode');
  const aanbieder = text('aanbieder', /^\d{8}$/, 'an 8-digit AGB code');
  const productCategorie = text('productCategorie', /^\d{2}$/, 'a 2-digit productcategorie');
  const productCode = text('productCode', /^[0-9A-Za-z]{5}$/, 'a 5-character productcode', true);
  const ingangsdatum = dateField(value, 'ingangsdatum', false, fail);
  const einddatum = dateField(value, 'einddatum', true, fail);
  if (ingangsdatum && einddatum && einddatum < ingangsdatum)
    fail('einddatum', 'must not be before ingangsdatum');
  const variant = value.uitvoeringsvariant;
  if (!UITVOERINGSVARIANTEN.includes(variant as Uitvoeringsvariant))
    fail('uitvoeringsvariant', `must be one of ${UITVOERINGSVARIANTEN.join(', ')} (OP261)`);
  const uitvoeringsvariant = UITVOERINGSVARIANTEN.includes(variant as Uitvoeringsvariant)
    ? (variant as Uitvoeringsvariant)
    : null;
  const terms = uitvoeringsvariant ? validateTerms(value, uitvoeringsvariant, fail) : null;
  if (errors.length || !terms) return { ok: false, errors };
  return {
    ok: true,
    value: {
      standaard: standaard as 'ijw' | 'iwmo',
      gemeente: gemeente!,
      aanbieder: aanbieder!,
      productCategorie: productCategorie!,
      productCode,
      ingangsdatum: ingangsdatum!,
      einddatum,
      uitvoeringsvariant: uitvoeringsvariant!,
      ...terms,
    },
  };
}

type Terms = Pick<Arrangement, 'eenheid' | 'tarief' | 'budget' | 'budgetPeriode' | 'zorgdagen' | 'populatie'>;

function validateTerms(
  value: Input,
  variant: Uitvoeringsvariant,
  fail: (field: string, message: string) => void,
): Terms {
  const absent = (field: string) => value[field] === undefined || value[field] === null;
  const refuse = (field: string, why: string) => {
    if (!absent(field)) fail(field, why);
  };
  const cents = (field: string): number | null => {
    const given = value[field];
    if (absent(field)) {
      fail(field, `required for ${variant}: a whole number of euro cents`);
      return null;
    }
    if (typeof given !== 'number' || !Number.isSafeInteger(given) || given < 0) {
      fail(field, 'must be a whole, non-negative number of euro cents');
      return null;
    }
    return given;
  };
  if (variant !== 'taakgericht') {
    const eenheden = EENHEDEN_PER_VARIANT[variant];
    const eenheid = value.eenheid;
    if (typeof eenheid !== 'string' || !eenheden.includes(eenheid))
      fail('eenheid', `required for ${variant}: one of ${eenheden.join(', ')} (WJ756)`);
    const tarief = cents('tarief');
    for (const field of ['budget', 'budgetPeriode', 'zorgdagen', 'populatie'])
      refuse(field, `not for ${variant}: a lumpsum term belongs to taakgericht`);
    return {
      eenheid: typeof eenheid === 'string' ? eenheid : null,
      tarief,
      budget: null,
      budgetPeriode: null,
      zorgdagen: null,
      populatie: null,
    };
  }
  for (const field of ['eenheid', 'tarief'])
    refuse(field, 'not for taakgericht: there is no declaration per unit');
  const budget = cents('budget');
  const periode = value.budgetPeriode;
  if (!BUDGET_PERIODES.includes(periode as BudgetPeriode))
    fail('budgetPeriode', `required for taakgericht: one of ${BUDGET_PERIODES.join(', ')}`);
  const populatie = validatePopulatie(value.populatie, fail);
  const zorgdagen = value.zorgdagen;
  const zorgdagenValid = typeof zorgdagen === 'number' && Number.isSafeInteger(zorgdagen) && zorgdagen > 0;
  if (!absent('zorgdagen') && !zorgdagenValid)
    fail('zorgdagen', 'must be a positive whole number of care days per budgetPeriode');
  return {
    eenheid: null,
    tarief: null,
    budget,
    budgetPeriode: BUDGET_PERIODES.includes(periode as BudgetPeriode) ? (periode as BudgetPeriode) : null,
    zorgdagen: zorgdagenValid ? zorgdagen : null,
    populatie,
  };
}

function validatePopulatie(given: unknown, fail: (field: string, message: string) => void): Populatie | null {
  if (given === undefined || given === null) return null;
  if (typeof given !== 'object' || Array.isArray(given)) {
    fail('populatie', 'must be an object { postcodes?: string[], omschrijving?: string }');
    return null;
  }
  const { postcodes, omschrijving, ...rest } = given as Input;
  if (Object.keys(rest).length) {
    fail('populatie', `unknown field ${Object.keys(rest).join(', ')}; known are postcodes, omschrijving`);
    return null;
  }
  if (
    postcodes !== undefined &&
    (!Array.isArray(postcodes) ||
      !postcodes.every((code) => typeof code === 'string' && /^\d{4}$/.test(code)))
  ) {
    fail('populatie', 'postcodes must be a list of 4-digit postcode areas');
    return null;
  }
  if (omschrijving !== undefined && (typeof omschrijving !== 'string' || omschrijving.length > 500)) {
    fail('populatie', 'omschrijving must be text of at most 500 characters');
    return null;
  }
  return {
    ...(postcodes ? { postcodes: postcodes as string[] } : {}),
    ...(omschrijving ? { omschrijving: omschrijving as string } : {}),
  };
}

function dateField(
  value: Input,
  field: string,
  optional: boolean,
  fail: (field: string, message: string) => void,
): string | null {
  const given = value[field];
  if (given === undefined || given === null) {
    if (!optional) fail(field, 'required: a date YYYY-MM-DD');
    return null;
  }
  if (!isDate(given)) {
    fail(field, 'must be a date YYYY-MM-DD');
    return null;
  }
  return given;
}

/** Two arrangements with the same key (standaard, gemeente, aanbieder, categorie, code) whose periods share a day. */
export function overlaps(a: Arrangement, b: Arrangement): boolean {
  const sameKey =
    a.standaard === b.standaard &&
    a.gemeente === b.gemeente &&
    a.aanbieder === b.aanbieder &&
    a.productCategorie === b.productCategorie &&
    a.productCode === b.productCode;
  return sameKey && periodsOverlap(a.ingangsdatum, a.einddatum, b.ingangsdatum, b.einddatum);
}

export function periodsOverlap(
  startA: string,
  endA: string | null,
  startB: string,
  endB: string | null,
): boolean {
  return (endB === null || startA <= endB) && (endA === null || startB <= endA);
}

/**
 * The arrangement that applies to a product on a date: one for the exact productcode wins over one
 * for the whole category.
 */
export function applicableArrangement<T extends Arrangement>(
  arrangements: readonly T[],
  product: { gemeente: string; aanbieder: string; productCategorie: string; productCode: string | null },
  date: string,
): T | undefined {
  const candidates = arrangements.filter(
    (arrangement) =>
      arrangement.gemeente === product.gemeente &&
      arrangement.aanbieder === product.aanbieder &&
      arrangement.productCategorie === product.productCategorie &&
      (arrangement.productCode === null || arrangement.productCode === product.productCode) &&
      arrangement.ingangsdatum <= date &&
      (arrangement.einddatum === null || date <= arrangement.einddatum),
  );
  return candidates.find((arrangement) => arrangement.productCode !== null) ?? candidates[0];
}
