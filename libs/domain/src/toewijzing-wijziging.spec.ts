import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beoordeelWijziging } from './toewijzing-wijziging.js';

const product = { toewijzingNummer: 7, ingangsdatum: '2026-12-01' };
const eerder = { ingangsdatum: '2026-12-01', einddatum: '2027-06-30' };

describe('beoordeelWijziging (RedenWijziging rules for a 301 we send)', () => {
  it('a new toewijzing has no RedenWijziging and a number not used before', () => {
    assert.deepEqual(beoordeelWijziging(product, undefined), { wijziging: 'nieuw', bezwaren: [] });
    assert.match(beoordeelWijziging(product, eerder).bezwaren.join(), /was sent before/);
  });

  it('a change (extension, 04) of an earlier toewijzing', () => {
    assert.deepEqual(
      beoordeelWijziging({ ...product, einddatum: '2027-12-31', redenWijziging: '04' }, eerder),
      { wijziging: 'gewijzigd', bezwaren: [] },
    );
  });

  it('an end: Einddatum brought forward, or set where there was none', () => {
    assert.deepEqual(
      beoordeelWijziging({ ...product, einddatum: '2027-01-31', redenWijziging: '05' }, eerder),
      { wijziging: 'beeindigd', bezwaren: [] },
    );
    assert.equal(
      beoordeelWijziging(
        { ...product, einddatum: '2027-01-31', redenWijziging: '07' },
        { ...eerder, einddatum: null },
      ).wijziging,
      'beeindigd',
    );
  });

  it('a withdrawal: RedenWijziging 13 with Einddatum = Ingangsdatum', () => {
    assert.deepEqual(
      beoordeelWijziging({ ...product, einddatum: '2026-12-01', redenWijziging: '13' }, eerder),
      { wijziging: 'ingetrokken', bezwaren: [] },
    );
  });

  it('leaves 13 without Einddatum = Ingangsdatum, 01 and an end before the start to CS335, CS336 and CS003', () => {
    for (const changed of [
      { einddatum: '2027-01-31', redenWijziging: '13' },
      { einddatum: '2027-01-31', redenWijziging: '01' },
      { einddatum: '2026-11-30', redenWijziging: '04' },
    ])
      assert.deepEqual(beoordeelWijziging({ ...product, ...changed }, eerder).bezwaren, []);
  });

  it('refuses a change of nothing sent and a moved Ingangsdatum', () => {
    assert.match(
      beoordeelWijziging({ ...product, redenWijziging: '04' }, undefined).bezwaren.join(),
      /no toewijzing with ToewijzingNummer 7 was sent/,
    );
    assert.match(
      beoordeelWijziging(
        { ...product, ingangsdatum: '2026-12-02', redenWijziging: '04' },
        eerder,
      ).bezwaren.join(),
      /Ingangsdatum of toewijzing 7 cannot change/,
    );
  });
});
