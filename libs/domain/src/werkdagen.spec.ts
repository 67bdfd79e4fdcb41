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
  ];
  for (const [name, from, days, expected] of deadlines) {
    it(`${days} working days ${name}: ${from} → ${expected}`, () => {
      assert.equal(addWerkdagen(from, days), expected);
      assert.equal(werkdagenTussen(from, expected), days);
    });
  }

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
