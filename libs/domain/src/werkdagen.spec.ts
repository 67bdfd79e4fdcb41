import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWerkdagen, easterSunday, feestdagen, isWerkdag, werkdagenTussen } from './werkdagen.js';

describe('Dutch working days', () => {
  it('finds Easter Sunday for known years', () => {
    const known = {
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known))
      assert.equal(easterSunday(Number(year)).toISOString().slice(0, 10), date);
  });

  it('lists the 2026 holidays that are not working days', () => {
    assert.deepEqual([...feestdagen(2026)].sort(), [
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-06', 'Tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it("moves King's Day to the 26th when the 27th is a Sunday", () => {
    assert.ok(feestdagen(2025).has('2025-04-26'));
    assert.ok(!feestdagen(2025).has('2025-04-27'));
  });

  const deadlines: Array<[string, string, number, string]> = [
    ['across a weekend', '2026-11-20', 3, '2026-11-25'],
    ["across King's Day (Monday 27 April 2026)", '2026-04-24', 1, '2026-04-28'],
    ['across Easter Monday', '2026-04-02', 2, '2026-04-07'],
    ['across Ascension Day', '2026-05-13', 1, '2026-05-15'],
    ['across Whit Monday', '2026-05-22', 1, '2026-05-26'],
    ['across Christmas', '2026-12-23', 2, '2026-12-28'],
    ['across the year boundary and New Year', '2026-12-30', 3, '2027-01-05'],
    ['the five working days of an antwoord across Bevrijdingsdag', '2026-04-30', 5, '2026-05-08'],
    ['zero days is the same day', '2026-11-23', 0, '2026-11-23'],
    ['starting on a Saturday', '2026-11-21', 1, '2026-11-23'],
    ['starting on Christmas Day', '2026-12-25', 1, '2026-12-28'],
    ['across Easter Monday 2027 (29 March)', '2027-03-26', 1, '2027-03-30'],
    ["across King's Day on a Tuesday (27 April 2027)", '2027-04-26', 1, '2027-04-28'],
    ['across Ascension Day 2027 (6 May)', '2027-05-05', 1, '2027-05-07'],
    ['across Whit Monday 2027 (17 May)', '2027-05-14', 1, '2027-05-18'],
    ['across a weekend Christmas (2027) with a retour', '2027-12-23', 3, '2027-12-28'],
    ['across the year boundary with New Year on a Saturday', '2027-12-30', 2, '2028-01-03'],
    ['ten working days of a declaratie across Christmas and New Year', '2026-12-21', 10, '2027-01-06'],
  ];
  for (const [name, from, days, expected] of deadlines) {
    it(`${days} working days ${name}: ${from} → ${expected}`, () => {
      assert.equal(addWerkdagen(from, days), expected);
      assert.equal(werkdagenTussen(from, expected), days);
    });
  }

  it('lists the 2027 holidays (Easter on 28 March)', () => {
    assert.deepEqual([...feestdagen(2027).keys()].sort(), [
      '2027-01-01',
      '2027-03-29',
      '2027-04-27',
      '2027-05-05',
      '2027-05-06',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it("keeps the Monday after a King's Day moved to Saturday a working day", () => {
    assert.equal(isWerkdag('2025-04-26'), false);
    assert.equal(isWerkdag('2025-04-28'), true);
    assert.equal(addWerkdagen('2025-04-25', 1), '2025-04-28');
  });

  it('counts no working days backwards or on the same day', () => {
    assert.equal(werkdagenTussen('2026-11-25', '2026-11-20'), 0);
    assert.equal(werkdagenTussen('2026-11-25', '2026-11-25'), 0);
  });

  it('knows weekends and holidays are not working days', () => {
    assert.equal(isWerkdag('2026-11-21'), false);
    assert.equal(isWerkdag('2026-12-25'), false);
    assert.equal(isWerkdag('2026-11-23'), true);
  });

  it('refuses what is not a date', () => {
    assert.throws(() => addWerkdagen('2026-02-30', 1), /not a date/);
    assert.throws(() => addWerkdagen('2026-02-01', -1), /whole number/);
  });
});
