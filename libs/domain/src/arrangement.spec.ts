import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicableArrangement, overlaps, validateArrangement, type Arrangement } from './arrangement.js';

const PXQ = {
  standaard: 'ijw',
  gemeente: '0363',
  aanbieder: '12345678',
  productCategorie: '45',
  productCode: '45A01',
  ingangsdatum: '2026-01-01',
  einddatum: '2026-12-31',
  uitvoeringsvariant: 'inspanningsgericht',
  eenheid: '04',
  tarief: 6_500,
};

const LUMPSUM = {
  standaard: 'ijw',
  gemeente: '0363',
  aanbieder: '12345678',
  productCategorie: '50',
  ingangsdatum: '2026-01-01',
  uitvoeringsvariant: 'taakgericht',
  budget: 1_200_000_00,
  budgetPeriode: 'jaar',
  populatie: { postcodes: ['1011', '1012'], omschrijving: 'jeugdhulp in de wijk Centrum' },
};

function valid(input: unknown): Arrangement {
  const result = validateArrangement(input);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result.value;
}

function errors(input: unknown): Record<string, string> {
  const result = validateArrangement(input);
  assert.ok(!result.ok, 'expected a refusal');
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

describe('arrangements', () => {
  it('accepts a p×q arrangement with its tariff and a taakgericht one with its budget and population', () => {
    assert.equal(valid(PXQ).tarief, 6_500);
    const lumpsum = valid(LUMPSUM);
    assert.equal(lumpsum.productCode, null);
    assert.equal(lumpsum.einddatum, null);
    assert.deepEqual(lumpsum.populatie?.postcodes, ['1011', '1012']);
  });

  it('gives one reason per wrong field', () => {
    assert.deepEqual(
      Object.keys(
        errors({ ...PXQ, gemeente: '363', aanbieder: 'x', ingangsdatum: '2026-02-30', extra: 1, tarief: -1 }),
      ).sort(),
      ['aanbieder', 'extra', 'gemeente', 'ingangsdatum', 'tarief'],
    );
    assert.match(errors({ ...PXQ, einddatum: '2025-12-31' }).einddatum!, /before ingangsdatum/);
    assert.match(errors({ ...PXQ, uitvoeringsvariant: 'lumpsum' }).uitvoeringsvariant!, /OP261/);
    assert.match(errors('nope')['']!, /JSON object/);
  });

  it('pairs eenheden with variants and keeps p×q and lumpsum terms apart', () => {
    assert.match(errors({ ...PXQ, eenheid: '82' }).eenheid!, /01, 04, 14, 16, 84/);
    assert.match(errors({ ...PXQ, uitvoeringsvariant: 'outputgericht' }).eenheid!, /82, 83/);
    assert.deepEqual(Object.keys(errors({ ...PXQ, budget: 5, budgetPeriode: 'jaar' })).sort(), [
      'budget',
      'budgetPeriode',
    ]);
    assert.deepEqual(Object.keys(errors({ ...LUMPSUM, tarief: 100, budget: undefined })).sort(), [
      'budget',
      'tarief',
    ]);
    assert.match(errors({ ...LUMPSUM, populatie: { postcodes: ['10'] } }).populatie!, /postcode/);
  });

  it('finds overlap only for the same key and shared days', () => {
    const a = valid(PXQ);
    assert.ok(overlaps(a, valid({ ...PXQ, ingangsdatum: '2026-12-31', einddatum: null })));
    assert.ok(!overlaps(a, valid({ ...PXQ, ingangsdatum: '2027-01-01', einddatum: null })));
    assert.ok(!overlaps(a, valid({ ...PXQ, productCode: '45A02' })));
    assert.ok(!overlaps(a, valid({ ...PXQ, productCode: undefined })));
    assert.ok(!overlaps(a, valid({ ...PXQ, aanbieder: '87654321' })));
  });

  it('applies the arrangement for the exact productcode before the one for the category', () => {
    const category = valid({ ...PXQ, productCode: undefined, einddatum: undefined, tarief: 1 });
    const exact = valid(PXQ);
    const product = { gemeente: '0363', aanbieder: '12345678', productCategorie: '45', productCode: '45A01' };
    assert.equal(applicableArrangement([category, exact], product, '2026-03-01'), exact);
    assert.equal(
      applicableArrangement([category, exact], { ...product, productCode: '45A09' }, '2026-03-01'),
      category,
    );
    assert.equal(applicableArrangement([category, exact], product, '2027-03-01'), category);
    assert.equal(applicableArrangement([exact], product, '2025-03-01'), undefined);
  });
});
