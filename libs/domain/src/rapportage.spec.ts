import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateArrangement, type Arrangement } from './arrangement.js';
import { maanden, rapportage, rapportageCsv } from './rapportage.js';

const OWNER = { gemeente: '0363', aanbieder: '12345678' };

function lumpsum(budgetPeriode: string, extra: Record<string, unknown> = {}): Arrangement {
  const result = validateArrangement({
    standaard: 'ijw',
    ...OWNER,
    productCategorie: '50',
    ingangsdatum: '2026-02-01',
    uitvoeringsvariant: 'taakgericht',
    budget: 1_200_000,
    budgetPeriode,
    ...extra,
  });
  assert.ok(result.ok);
  return result.value;
}

describe('figures per month', () => {
  it('lists the months across a year end', () => {
    assert.deepEqual(maanden('2026-11', '2027-02'), ['2026-11', '2026-12', '2027-01', '2027-02']);
    assert.deepEqual(maanden('2026-03', '2026-03'), ['2026-03']);
  });

  it('spreads a lumpsum budget over the months it covers: per jaar a twelfth, per kwartaal a third', () => {
    const rows = rapportage(
      maanden('2026-01', '2026-03'),
      [],
      [],
      [lumpsum('jaar', { einddatum: '2026-02-28' })],
    );
    // January is before the arrangement, March after it: rows of only zeros are left out.
    assert.deepEqual(
      rows.map((row) => [row.maand, row.lumpsumBudget]),
      [['2026-02', 100_000]],
    );
    assert.equal(rapportage(['2026-02'], [], [], [lumpsum('kwartaal')])[0]!.lumpsumBudget, 400_000);
  });

  it('puts starts, stops and amounts on their owner and month, and writes CSV', () => {
    const rows = rapportage(
      ['2026-03'],
      [
        {
          ...OWNER,
          productCategorie: '45',
          soort: 'start',
          bsn: '999990019',
          toewijzingNummer: 5,
          productCode: '45A01',
          begindatum: '2026-03-10',
          einddatum: null,
          statusAanlevering: '1',
        },
      ],
      [
        {
          ...OWNER,
          productCategorie: '45',
          maand: '2026-03',
          gedeclareerd: 9_000,
          toegekend: 6_000,
          afgewezen: 3_000,
        },
      ],
      [],
    );
    assert.deepEqual(rows, [
      {
        ...OWNER,
        productCategorie: '45',
        maand: '2026-03',
        actieveClienten: 1,
        starts: 1,
        stops: 0,
        gedeclareerd: 9_000,
        toegekend: 6_000,
        afgewezen: 3_000,
        lumpsumBudget: 0,
      },
    ]);
    assert.equal(
      rapportageCsv(rows),
      'gemeente,aanbieder,productCategorie,maand,actieveClienten,starts,stops,gedeclareerd,toegekend,afgewezen,lumpsumBudget\r\n' +
        '0363,12345678,45,2026-03,1,1,0,9000,6000,3000,0\r\n',
    );
  });
});
