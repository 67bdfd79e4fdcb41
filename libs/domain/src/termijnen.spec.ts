import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  antwoordGevolgen,
  isVerlopen,
  termijnen,
  termijnRegels,
  woonplaatsbeginselTermijn,
} from './termijnen.js';

describe('termijnen (response deadlines)', () => {
  it('a toewijzing we send waits for the aanbieder’s 302 within 3 working days', () => {
    assert.deepEqual(termijnen('JW301', 'out', '2026-11-20'), [
      {
        soort: 'retour',
        partij: 'aanbieder',
        werkdagen: 3,
        verwacht: ['302'],
        begindatum: '2026-11-20',
        uiterlijk: '2026-11-25',
      },
    ]);
  });

  it('an antwoordbericht we send waits for its 320; a 325 and our retours open nothing', () => {
    assert.deepEqual(
      termijnRegels('WMO319', 'out').map((r) => [r.soort, r.partij, r.verwacht]),
      [['retour', 'aanbieder', ['320']]],
    );
    for (const code of ['JW325', 'JW306', 'JW308', 'JW316', 'JW318', 'WMO325'])
      assert.deepEqual(termijnRegels(code, 'out'), [], code);
  });

  it('a verzoek we receive needs our retour in 3 and our antwoord (319 or 301) in 5 working days', () => {
    assert.deepEqual(
      termijnen('JW315', 'in', '2026-04-24').map((t) => [t.soort, t.partij, t.verwacht, t.uiterlijk]),
      [
        ['retour', 'gemeente', ['316'], '2026-04-30'],
        ['antwoord', 'gemeente', ['319', '301'], '2026-05-04'],
      ],
    );
    assert.deepEqual(
      termijnRegels('WMO317', 'in').map((r) => r.soort),
      ['retour', 'antwoord'],
    );
  });

  it('start and stop need our retour in 3 working days; a declaratie our 325 in 10', () => {
    assert.deepEqual(
      termijnen('JW305', 'in', '2026-12-23').map((t) => [t.soort, t.uiterlijk]),
      [['retour', '2026-12-29']],
    );
    assert.deepEqual(
      termijnen('WMO307', 'in', '2026-11-23').map((t) => [t.soort, t.uiterlijk]),
      [['retour', '2026-11-26']],
    );
    assert.deepEqual(
      termijnen('JW323', 'in', '2026-12-21').map((t) => [t.soort, t.partij, t.verwacht, t.uiterlijk]),
      [['declaratie-antwoord', 'gemeente', ['325'], '2027-01-06']],
    );
  });

  it('retours we receive open nothing, nor does a code in the wrong direction or an unknown one', () => {
    for (const code of ['JW302', 'JW320', 'WMO302']) assert.deepEqual(termijnRegels(code, 'in'), [], code);
    assert.deepEqual(termijnRegels('JW301', 'in'), []);
    assert.deepEqual(termijnRegels('JW305', 'out'), []);
    assert.deepEqual(termijnRegels('JW999', 'in'), []);
  });

  it('is overdue only after the last day', () => {
    assert.equal(isVerlopen({ uiterlijk: '2026-11-25' }, '2026-11-25'), false);
    assert.equal(isVerlopen({ uiterlijk: '2026-11-25' }, '2026-11-26'), true);
    assert.equal(isVerlopen({ uiterlijk: '2026-12-31' }, '2027-01-01'), true);
  });

  it('the woonplaatsbeginsel: two weeks in calendar days from receiving the JW315, weekends and holidays included', () => {
    assert.deepEqual(woonplaatsbeginselTermijn('2026-04-24'), {
      soort: 'woonplaatsbeginsel',
      partij: 'gemeente',
      kalenderdagen: 14,
      verwacht: ['319', '301'],
      begindatum: '2026-04-24',
      // Koningsdag (27 April) and two weekends inside; 5 working days would end on 4 May.
      uiterlijk: '2026-05-08',
    });
    assert.equal(woonplaatsbeginselTermijn('2026-12-24').uiterlijk, '2027-01-07');
  });

  it('an answer meets the antwoord termijn; on an iJw 315, "in onderzoek" opens the woonplaatsbeginsel’s', () => {
    const jw315 = { standaard: 'ijw', type: '315' } as const;
    const onderzoek = { type: '319', verzoekAntwoord: '2' } as const;
    assert.deepEqual(antwoordGevolgen(jw315, onderzoek), {
      opent: ['woonplaatsbeginsel'],
      sluit: ['antwoord'],
    });
    // Refused on the woonplaatsbeginsel (reason 8): judged by the two weeks, with or without an onderzoek before.
    assert.deepEqual(
      antwoordGevolgen(jw315, { type: '319', verzoekAntwoord: '1', redenAfwijzingVerzoek: '8' }),
      {
        opent: ['woonplaatsbeginsel'],
        sluit: ['antwoord', 'woonplaatsbeginsel'],
      },
    );
    // Any other final answer meets both, opening nothing.
    for (const antwoord of [
      { type: '319', verzoekAntwoord: '1', redenAfwijzingVerzoek: '3' },
      { type: '301' },
    ] as const)
      assert.deepEqual(antwoordGevolgen(jw315, antwoord), {
        opent: [],
        sluit: ['antwoord', 'woonplaatsbeginsel'],
      });
    // Only the Jeugdwet's verzoek om toewijzing has the woonplaatsbeginsel's term (not a 317, not iWmo).
    for (const beantwoord of [
      { standaard: 'ijw', type: '317' },
      { standaard: 'iwmo', type: '315' },
    ] as const)
      assert.deepEqual(antwoordGevolgen(beantwoord, onderzoek), { opent: [], sluit: ['antwoord'] });
    assert.deepEqual(antwoordGevolgen({ standaard: 'ijw', type: '323' }, { type: '325' }), {
      opent: [],
      sluit: ['declaratie-antwoord'],
    });
  });
});
