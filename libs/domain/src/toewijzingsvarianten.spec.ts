import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REFERENCE_DIR, skipWithoutReference } from '../../../test/support/reference.js';
import type { Uitvoeringsvariant } from './arrangement.js';
import {
  checkToewijzingsvariant,
  type ToegewezenProductTerms,
  type VariantField,
} from './toewijzingsvarianten.js';

/**
 * The rows of the two p×q tables, as our own test data: F filled, E empty; Eenheid and Frequentie
 * as codes (E empty); Einddatum V verplicht, O optioneel; cat55 true/false where the row is bound
 * to (or excluded from) the LTA categorie.
 */
interface Row {
  readonly name: string;
  readonly Categorie: 'F' | 'E';
  readonly Product: 'F' | 'E';
  readonly Budget: 'F' | 'E';
  readonly Volume: 'F' | 'E';
  readonly Eenheid: string;
  readonly Frequentie: string;
  readonly Einddatum: 'V' | 'O';
  readonly cat55?: boolean;
}

function specifiek(eenheid: string, frequenties: string[], einddatumAlways = false): Row[] {
  return frequenties.map((frequentie) => ({
    name: `specifiek ${eenheid} frequentie ${frequentie}`,
    Categorie: 'F',
    Product: 'F',
    Budget: 'E',
    Volume: 'F',
    Eenheid: eenheid,
    Frequentie: frequentie,
    Einddatum: einddatumAlways || frequentie === '2' ? 'V' : 'O',
  }));
}

const aspecifiek = (budget: 'F' | 'E', einddatum: 'V' | 'O', cat55: boolean): Row => ({
  name: `aspecifiek ${budget === 'F' ? 'met' : 'zonder'} budget`,
  Categorie: 'F',
  Product: 'E',
  Budget: budget,
  Volume: 'E',
  Eenheid: 'E',
  Frequentie: 'E',
  Einddatum: einddatum,
  cat55,
});

const generiek = (einddatum: 'V' | 'O'): Row => ({
  name: 'generiek',
  Categorie: 'E',
  Product: 'E',
  Budget: 'F',
  Volume: 'E',
  Eenheid: 'E',
  Frequentie: 'E',
  Einddatum: einddatum,
});

const TABLES: Record<'inspanningsgericht' | 'outputgericht', Row[]> = {
  inspanningsgericht: [
    ...specifiek('01', ['1', '2', '4', '6']),
    ...specifiek('04', ['1', '2', '4', '6']),
    ...specifiek('16', ['2', '4', '6']),
    ...specifiek('14', ['2', '4', '6']),
    ...specifiek('84', ['2', '4', '6']),
    aspecifiek('E', 'O', false),
    aspecifiek('F', 'V', false),
    generiek('V'),
  ],
  outputgericht: [
    ...specifiek('82', ['1', '2', '4', '6']),
    ...specifiek('83', ['2', '4', '6']),
    // specifiek voor een traject: euro's, totaal, with an Einddatum
    ...specifiek('83', ['6'], true).map((row) => ({ ...row, name: 'specifiek traject' })),
    aspecifiek('F', 'O', true),
    aspecifiek('E', 'O', true),
    generiek('O'),
  ],
};

const EENHEDEN = ['01', '04', '14', '16', '82', '83', '84'];
const FREQUENTIES = ['1', '2', '4', '6'];

/** A product that fills a row exactly (Einddatum given whether verplicht or not, per `withEinddatum`). */
function productFor(row: Row, withEinddatum: boolean): ToegewezenProductTerms {
  const omvang =
    row.Volume === 'F' || row.Eenheid !== 'E' || row.Frequentie !== 'E'
      ? {
          ...(row.Volume === 'F' ? { Volume: 10 } : {}),
          ...(row.Eenheid !== 'E' ? { Eenheid: row.Eenheid } : {}),
          ...(row.Frequentie !== 'E' ? { Frequentie: row.Frequentie } : {}),
        }
      : undefined;
  const product =
    row.Categorie === 'F' || row.Product === 'F'
      ? {
          ...(row.Categorie === 'F' ? { Categorie: row.cat55 ? '55' : '45' } : {}),
          ...(row.Product === 'F' ? { Code: '45A01' } : {}),
        }
      : undefined;
  return {
    ...(product ? { Product: product } : {}),
    ...(row.Budget === 'F' ? { Budget: 100_000 } : {}),
    ...(omvang ? { Omvang: omvang } : {}),
    ...(withEinddatum ? { Einddatum: '2026-12-31' } : {}),
  };
}

/** The oracle: does a product fill some row of the variant's table? Written apart from the check under test. */
function matchesSomeRow(
  variant: 'inspanningsgericht' | 'outputgericht',
  product: ToegewezenProductTerms,
): boolean {
  const has = (value: unknown) => value !== undefined && value !== null && value !== '';
  return TABLES[variant].some((row) => {
    const filled = (flag: 'F' | 'E', value: unknown) => (flag === 'F') === has(value);
    return (
      filled(row.Categorie, product.Product?.Categorie) &&
      filled(row.Product, product.Product?.Code) &&
      filled(row.Budget, product.Budget) &&
      filled(row.Volume, product.Omvang?.Volume) &&
      (row.Eenheid === 'E' ? !has(product.Omvang?.Eenheid) : product.Omvang?.Eenheid === row.Eenheid) &&
      (row.Frequentie === 'E'
        ? !has(product.Omvang?.Frequentie)
        : product.Omvang?.Frequentie === row.Frequentie) &&
      (row.Einddatum === 'O' || has(product.Einddatum)) &&
      (row.cat55 === undefined || (product.Product?.Categorie === '55') === row.cat55)
    );
  });
}

/** Every single-field change of a product: emptied, filled, or another code. */
function mutations(product: ToegewezenProductTerms): Array<[VariantField, string, ToegewezenProductTerms]> {
  const out: Array<[VariantField, string, ToegewezenProductTerms]> = [];
  const defined = (node: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined));
  const withProduct = (change: Record<string, string | undefined>) => ({
    ...product,
    Product: defined({ ...product.Product, ...change }),
  });
  const withOmvang = (change: Record<string, string | number | undefined>) => ({
    ...product,
    Omvang: defined({ ...product.Omvang, ...change }),
  });
  out.push(['Categorie', 'emptied', withProduct({ Categorie: undefined })]);
  out.push(['Categorie', 'filled', withProduct({ Categorie: '45' })]);
  out.push(['Product', 'emptied', withProduct({ Code: undefined })]);
  out.push(['Product', 'filled', withProduct({ Code: '45A01' })]);
  out.push(['Budget', 'emptied', { ...product, Budget: null }]);
  out.push(['Budget', 'filled', { ...product, Budget: 5000 }]);
  out.push(['Volume', 'emptied', withOmvang({ Volume: undefined })]);
  out.push(['Volume', 'filled', withOmvang({ Volume: 3 })]);
  for (const eenheid of [undefined, ...EENHEDEN])
    out.push(['Eenheid', `= ${eenheid}`, withOmvang({ Eenheid: eenheid })]);
  for (const frequentie of [undefined, ...FREQUENTIES])
    out.push(['Frequentie', `= ${frequentie}`, withOmvang({ Frequentie: frequentie })]);
  out.push(['Einddatum', 'emptied', { ...product, Einddatum: null }]);
  return out;
}

describe('toewijzingsvarianten check', () => {
  for (const variant of ['inspanningsgericht', 'outputgericht'] as const) {
    describe(variant, () => {
      for (const row of TABLES[variant]) {
        it(`accepts the row ${row.name} (Einddatum ${row.Einddatum === 'V' ? 'given' : 'given and absent'})`, () => {
          for (const withEinddatum of row.Einddatum === 'V' ? [true] : [true, false]) {
            const check = checkToewijzingsvariant(variant, productFor(row, withEinddatum));
            assert.deepEqual(check.reasons, [], JSON.stringify(productFor(row, withEinddatum)));
          }
        });

        it(`refuses every single-field change of ${row.name} that fits no row, with one reason per field`, () => {
          let refused = 0;
          for (const [field, change, product] of mutations(productFor(row, true))) {
            const check = checkToewijzingsvariant(variant, product);
            const label = `${field} ${change}: ${JSON.stringify(product)}`;
            if (matchesSomeRow(variant, product)) {
              assert.deepEqual(check.reasons, [], `${label} fits a row`);
              continue;
            }
            refused++;
            assert.ok(check.reasons.length > 0, `${label} fits no row but passed`);
            const fields = check.reasons.map((reason) => reason.field);
            assert.equal(new Set(fields).size, fields.length, `${label}: one reason per field`);
            // A change that keeps the toewijzing type is blamed on the field changed (an Eenheid and a
            // Frequentie that do not fit together, on either of the two).
            const blamed =
              field === 'Eenheid' || field === 'Frequentie' ? ['Eenheid', 'Frequentie'] : [field];
            if (!['Categorie', 'Product', 'Budget'].includes(field))
              assert.ok(
                fields.some((found) => blamed.includes(found)),
                `${label}: reasons ${JSON.stringify(check.reasons)}`,
              );
          }
          assert.ok(refused > 0);
        });
      }

      it('explains an Eenheid of the other variant, naming the ones that fit', () => {
        const wrong = variant === 'inspanningsgericht' ? '82' : '04';
        const { reasons } = checkToewijzingsvariant(variant, {
          Product: { Categorie: '45', Code: '45A01' },
          Omvang: { Volume: 4, Eenheid: wrong, Frequentie: '4' },
        });
        assert.equal(reasons.length, 1);
        assert.equal(reasons[0]!.field, 'Eenheid');
        assert.match(reasons[0]!.message, new RegExp(`${wrong} does not fit ${variant}`));
      });
    });
  }

  it('a weekly Omvang without Einddatum is refused on Einddatum only', () => {
    const { reasons, type } = checkToewijzingsvariant('inspanningsgericht', {
      Product: { Categorie: '45', Code: '45A01' },
      Omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' },
    });
    assert.equal(type, 'specifiek');
    assert.deepEqual(
      reasons.map((reason) => reason.field),
      ['Einddatum'],
    );
  });

  it('reports every wrong field of one product at once', () => {
    const { reasons } = checkToewijzingsvariant('inspanningsgericht', {
      Product: { Code: '45A01' },
      Budget: 100,
      Omvang: { Eenheid: '83', Frequentie: '2' },
    });
    assert.deepEqual(
      reasons.map((reason) => reason.field).sort(),
      ['Budget', 'Categorie', 'Eenheid', 'Einddatum', 'Volume'].sort(),
    );
  });

  it('refuses any toewijzing for a taakgericht product: no assignment per client', () => {
    for (const product of [
      productFor(TABLES.inspanningsgericht[0]!, true),
      productFor(TABLES.outputgericht.at(-1)!, false),
    ]) {
      const { reasons } = checkToewijzingsvariant('taakgericht' as Uitvoeringsvariant, product);
      assert.deepEqual(
        reasons.map((reason) => reason.field),
        ['Uitvoeringsvariant'],
      );
    }
  });

  it(
    'agrees with the official tables: every row there passes, and our row count matches',
    { skip: skipWithoutReference },
    () => {
      const text = readFileSync(
        `${REFERENCE_DIR}/ijw-3.2/docs/Toewijzingsvarianten_inspanning-output.md`,
        'utf8',
      );
      const [inspanning, output] = text.split(/^## /m).slice(1);
      const eenheidCode = (cell: string) => /\((\d{2})\)/.exec(cell)?.[1] ?? (/leeg/i.test(cell) ? 'E' : '?');
      const frequentieCode = (cell: string) =>
        ({ dag: '1', week: '2', maand: '4', 'tbgt[1]': '6', leeg: 'E' })[cell.trim().toLowerCase()] ?? '?';
      for (const [variant, section] of [
        ['inspanningsgericht', inspanning!],
        ['outputgericht', output!],
      ] as const) {
        const rows = section
          .split('\n')
          .filter((line) => line.startsWith('|') && !/^\|\s*(Type|-)/.test(line))
          .map((line) =>
            line
              .split('|')
              .slice(1, -1)
              .map((cell) => cell.trim()),
          );
        assert.equal(rows.length, TABLES[variant].length, variant);
        for (const cells of rows) {
          const [type, categorie, product, budget, volume, eenheid, frequentie, einddatum] = cells as [
            string,
            string,
            string,
            string,
            string,
            string,
            string,
            string,
          ];
          const flag = (cell: string): 'F' | 'E' => (/gevuld/i.test(cell) ? 'F' : 'E');
          const row: Row = {
            name: type,
            Categorie: flag(categorie),
            Product: flag(product),
            Budget: flag(budget),
            Volume: flag(volume),
            Eenheid: eenheidCode(eenheid),
            Frequentie: frequentieCode(frequentie),
            Einddatum: /verplicht/i.test(einddatum) ? 'V' : 'O',
            ...(flag(product) === 'E' && flag(categorie) === 'F'
              ? { cat55: variant === 'outputgericht' }
              : {}),
          };
          for (const withEinddatum of row.Einddatum === 'V' ? [true] : [true, false]) {
            const { reasons } = checkToewijzingsvariant(variant, productFor(row, withEinddatum));
            assert.deepEqual(reasons, [], `${variant} ${cells.join(' | ')}`);
          }
          // (The traject row differs from the euro row only by its purpose, which no field shows.)
          if (row.Einddatum === 'V' && !matchesSomeRow(variant, productFor(row, false))) {
            const { reasons } = checkToewijzingsvariant(variant, productFor(row, false));
            assert.deepEqual(
              reasons.map((reason) => reason.field),
              ['Einddatum'],
              `${variant} ${cells.join(' | ')} without Einddatum`,
            );
          }
        }
      }
    },
  );
});
