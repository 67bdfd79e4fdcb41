import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateArrangement, type Arrangement } from './arrangement.js';
import {
  Beoordelaar,
  toegestaanVolume,
  type DeclaratieModel,
  type EerderePrestatie,
  type PrestatieModel,
  type ToewijzingStand,
} from './declaratie-beoordeling.js';

const CONTEXT = { standaard: 'ijw', gemeente: '0363', aanbieder: '12345678' };
const BSN = '999990342';

/** Toewijzing 1001: 10 hours a month of 45A01 for all of 2026. */
const TOEWIJZING: ToewijzingStand & typeof CONTEXT = {
  ...CONTEXT,
  toewijzingNummer: 1001,
  bsn: BSN,
  productCategorie: '45',
  productCode: '45A01',
  ingangsdatum: '2026-01-01',
  einddatum: '2026-12-31',
  redenWijziging: null,
  volume: 10,
  eenheid: '04',
  frequentie: '4',
  budget: null,
};

function arrangement(input: Record<string, unknown>): Arrangement {
  const result = validateArrangement({
    ...CONTEXT,
    productCategorie: '45',
    ingangsdatum: '2026-01-01',
    ...input,
  });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result.value;
}

const ARRANGEMENTS = [
  arrangement({ uitvoeringsvariant: 'inspanningsgericht', eenheid: '04', tarief: 6_000 }),
  arrangement({
    productCategorie: '50',
    uitvoeringsvariant: 'taakgericht',
    budget: 1_000_000,
    budgetPeriode: 'jaar',
  }),
];

function prestatie(
  referentie: string,
  overrides: Partial<PrestatieModel> & { volume?: number; credit?: boolean } = {},
): PrestatieModel {
  const { volume = 4, credit = false, ...rest } = overrides;
  return {
    ProductReferentie: { ReferentieNummer: referentie },
    ToewijzingNummer: 1001,
    ProductCategorie: '45',
    ProductCode: '45A01',
    ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
    GeleverdVolume: volume,
    Eenheid: '04',
    ProductTarief: 6_000,
    IngediendBedrag: { Bedrag: volume * 6_000, DebetCredit: credit ? 'C' : 'D' },
    ...rest,
  };
}

function declaratie(prestaties: PrestatieModel[], totaal?: number): DeclaratieModel {
  const sum = prestaties.reduce(
    (acc, p) => acc + (p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * p.IngediendBedrag.Bedrag,
    0,
  );
  const total = totaal ?? sum;
  return {
    DeclaratiePeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
    TotaalIngediendBedrag: { TotaalBedrag: Math.abs(total), DebetCredit: total < 0 ? 'C' : 'D' },
    Clienten: { Client: [{ Bsn: BSN, Prestaties: { Prestatie: prestaties } }] },
  };
}

function assess(
  prestaties: PrestatieModel[],
  options: { toewijzing?: Partial<ToewijzingStand>; eerdere?: EerderePrestatie[]; totaal?: number } = {},
) {
  const sut = new Beoordelaar(
    [{ ...TOEWIJZING, ...options.toewijzing }],
    ARRANGEMENTS,
    (options.eerdere ?? []).map((earlier) => ({ ...CONTEXT, ...earlier })),
  );
  return sut.beoordeel(CONTEXT, declaratie(prestaties, options.totaal));
}

const codes = (result: ReturnType<typeof assess>) => result.prestaties.map((p) => p.retourcodes);

describe('declaration assessment', () => {
  it('accepts prestaties within the toewijzing and the arrangement, and reports the use', () => {
    const result = assess([prestatie('R1', { volume: 6 }), prestatie('R2', { volume: 4 })]);
    assert.deepEqual(codes(result), [[], []]);
    assert.deepEqual([result.akkoord, result.afwijzen, result.totaal.klopt], [2, 0, true]);
    assert.deepEqual(result.gebruik, [
      {
        toewijzingNummer: 1001,
        gedeclareerdVolume: 10,
        toegewezenVolume: 120,
        gedeclareerdBedrag: 60_000,
        toegewezenBudget: null,
      },
    ]);
  });

  it('refuses volume over the toewijzing: one prestatie (9321) and cumulatively in the month (9322)', () => {
    assert.deepEqual(codes(assess([prestatie('R1', { volume: 11 })])), [['9321']]);
    const earlier: EerderePrestatie = {
      toewijzingNummer: 1001,
      referentieNummer: 'R0',
      vorigReferentieNummer: null,
      debetCredit: 'D',
      volume: 8,
      bedrag: 48_000,
      begindatum: '2026-03-01',
      status: 'ingediend',
    };
    assert.deepEqual(codes(assess([prestatie('R1', { volume: 3 })], { eerdere: [earlier] })), [['9322']]);
    // A rejected earlier prestatie does not count.
    assert.deepEqual(
      codes(assess([prestatie('R1', { volume: 3 })], { eerdere: [{ ...earlier, status: 'afgewezen' }] })),
      [[]],
    );
    // Within one declaration, the second prestatie is the one that passes the limit.
    assert.deepEqual(codes(assess([prestatie('R1', { volume: 7 }), prestatie('R2', { volume: 4 })])), [
      [],
      ['9322'],
    ]);
  });

  it('refuses an amount over the Budget (9369) counted over all earlier prestaties', () => {
    const toewijzing = { productCode: null, volume: null, eenheid: null, frequentie: null, budget: 50_000 };
    assert.deepEqual(codes(assess([prestatie('R1', { volume: 9 })], { toewijzing })), [['9369']]);
    assert.deepEqual(
      codes(
        assess([prestatie('R1', { volume: 8 }), prestatie('R2', { volume: 1 })], {
          toewijzing: { ...toewijzing, budget: 48_000 },
        }),
      ),
      [[], ['9369']],
    );
  });

  it('refuses a ProductPeriode outside the toewijzing (9307, 9308) or after the DeclaratiePeriode (9319)', () => {
    const result = assess([prestatie('R1')], {
      toewijzing: { ingangsdatum: '2026-03-10', einddatum: '2026-03-20' },
    });
    assert.deepEqual(codes(result), [['9307', '9308']]);
    const outside = prestatie('R2', {
      ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
    });
    assert.deepEqual(codes(assess([outside])), [['9319']]);
    // TR319 allows an earlier declaration period.
    const earlier = prestatie('R3', {
      ProductPeriode: { Begindatum: '2026-02-01', Einddatum: '2026-02-28' },
    });
    assert.deepEqual(codes(assess([earlier])), [[]]);
  });

  it('refuses a tariff other than the contracted one (0611) and an amount that is not volume × tariff (9346)', () => {
    assert.deepEqual(
      codes(
        assess([
          prestatie('R1', { ProductTarief: 6_500, IngediendBedrag: { Bedrag: 26_000, DebetCredit: 'D' } }),
        ]),
      ),
      [['0611']],
    );
    assert.deepEqual(
      codes(assess([prestatie('R1', { IngediendBedrag: { Bedrag: 25_000, DebetCredit: 'D' } })])),
      [['9346']],
    );
  });

  it('refuses another product, category, eenheid, client, or an unknown or deleted toewijzing', () => {
    assert.deepEqual(codes(assess([prestatie('R1', { ProductCode: '45A02' })])), [['9340']]);
    assert.deepEqual(codes(assess([prestatie('R1', { Eenheid: '01', ProductTarief: 6_000 })])), [['9341']]);
    assert.deepEqual(codes(assess([prestatie('R1', { ToewijzingNummer: 9 })])), [['9338']]);
    assert.deepEqual(codes(assess([prestatie('R1')], { toewijzing: { redenWijziging: '13' } })), [['9384']]);
    assert.deepEqual(codes(assess([prestatie('R1')], { toewijzing: { bsn: '999990354' } })), [['8187']]);
  });

  it('lets a credit reverse an earlier debit, so a corrected debit fits again', () => {
    const earlier: EerderePrestatie = {
      toewijzingNummer: 1001,
      referentieNummer: 'R1',
      vorigReferentieNummer: null,
      debetCredit: 'D',
      volume: 10,
      bedrag: 60_000,
      begindatum: '2026-03-01',
      status: 'toegekend',
    };
    const correction = [
      prestatie('R2', {
        volume: 10,
        credit: true,
        ProductReferentie: { ReferentieNummer: 'R2', VorigReferentieNummer: 'R1' },
      }),
      prestatie('R3', { volume: 9 }),
    ];
    const result = assess(correction, { eerdere: [earlier] });
    assert.deepEqual(codes(result), [[], []]);
    assert.equal(result.gebruik[0]!.gedeclareerdVolume, 9);
    assert.equal(result.totaal.ingediend, -6_000);
    // Without the credit the corrected debit does not fit; a credit of something never declared: 8017.
    assert.deepEqual(codes(assess([correction[1]!], { eerdere: [earlier] })), [['9322']]);
    assert.deepEqual(codes(assess([prestatie('R7', { credit: true })])), [['8017']]);
    assert.ok(codes(assess([prestatie('R1')], { eerdere: [earlier] }))[0]!.includes('8021'));
  });

  it('refuses a declaration for a product under a taakgericht arrangement with 9338', () => {
    const result = assess([prestatie('R1', { ProductCategorie: '50', ProductCode: '50A01' })]);
    assert.deepEqual(codes(result), [['9338']]);
    assert.equal(result.taakgericht, 1);
    assert.equal(result.prestaties[0]!.uitvoeringsvariant, 'taakgericht');
  });

  it('applies only arrangements and toewijzingen of the same standaard as the declaration', () => {
    const iwmo = arrangement({
      standaard: 'iwmo',
      productCategorie: '45',
      uitvoeringsvariant: 'taakgericht',
      budget: 1,
      budgetPeriode: 'jaar',
    });
    const sut = new Beoordelaar([{ ...TOEWIJZING, standaard: 'iwmo' }], [...ARRANGEMENTS, iwmo], []);
    const result = sut.beoordeel(CONTEXT, declaratie([prestatie('R1')]));
    // The iWmo toewijzing with the same number is not this declaration's; the iWmo taakgericht arrangement does not apply.
    assert.deepEqual(codes(result), [['9338']]);
    assert.equal(result.prestaties[0]!.uitvoeringsvariant, 'inspanningsgericht');
  });

  it('checks that the total equals the sum of the prestaties', () => {
    assert.deepEqual(assess([prestatie('R1')], { totaal: 1 }).totaal, {
      ingediend: 1,
      berekend: 24_000,
      klopt: false,
    });
  });

  it('maps weekly volumes onto periods by days / 7, rounded up', () => {
    const weekly = { ...TOEWIJZING, volume: 3, frequentie: '2' };
    assert.equal(toegestaanVolume(weekly, '2026-03-01', '2026-03-31'), 14);
    assert.equal(toegestaanVolume({ ...weekly, frequentie: '1' }, '2026-03-01', '2026-03-31'), 93);
    assert.equal(toegestaanVolume({ ...weekly, frequentie: '4' }, '2026-02-15', '2026-03-31'), 6);
    assert.equal(toegestaanVolume({ ...weekly, frequentie: '6' }, '2026-02-15', '2026-03-31'), 3);
  });
});
