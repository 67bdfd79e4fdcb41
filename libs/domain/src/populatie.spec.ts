import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  budgetPeriode,
  leveringSleutel,
  populatieCijfers,
  zorgperiodes,
  type Levering,
} from './populatie.js';

const start = (bsn: string, begindatum: string, extra: Partial<Levering> = {}): Levering => ({
  soort: 'start',
  bsn,
  toewijzingNummer: null,
  productCode: '50A01',
  begindatum,
  einddatum: null,
  statusAanlevering: '1',
  ...extra,
});
const stop = (
  bsn: string,
  begindatum: string,
  einddatum: string,
  extra: Partial<Levering> = {},
): Levering => ({
  ...start(bsn, begindatum, extra),
  soort: 'stop',
  einddatum,
});

describe('taakgericht keys and population figures', () => {
  it('keys a start without ToewijzingNummer on Bsn + Product + Begindatum, one with it on the toewijzing', () => {
    const taakgericht = start('999990019', '2026-03-02');
    assert.equal(leveringSleutel(taakgericht), 'bsn:999990019|50A01|2026-03-02');
    assert.notEqual(leveringSleutel(taakgericht), leveringSleutel({ ...taakgericht, bsn: '999990032' }));
    assert.notEqual(leveringSleutel(taakgericht), leveringSleutel({ ...taakgericht, productCode: '50A02' }));
    assert.notEqual(
      leveringSleutel(taakgericht),
      leveringSleutel({ ...taakgericht, begindatum: '2026-03-03' }),
    );
    assert.equal(
      leveringSleutel({ ...taakgericht, toewijzingNummer: 77 }),
      leveringSleutel({ ...taakgericht, toewijzingNummer: 77, bsn: '999990032' }),
    );
  });

  it('pairs a stop with its start by that key; a delete (StatusAanlevering 3) removes it', () => {
    const periodes = zorgperiodes([
      start('999990019', '2026-03-02'),
      start('999990032', '2026-03-10'),
      stop('999990019', '2026-03-02', '2026-03-20'),
      start('999990044', '2026-03-05'),
      start('999990044', '2026-03-05', { statusAanlevering: '3' }),
      // the same client and product, another Begindatum: another episode
      start('999990032', '2026-04-01'),
    ]);
    assert.deepEqual(
      periodes.map((p) => [p.bsn, p.begindatum, p.einddatum]),
      [
        ['999990019', '2026-03-02', '2026-03-20'],
        ['999990032', '2026-03-10', null],
        ['999990032', '2026-04-01', null],
      ],
    );
  });

  it('counts clients in care, starts, stops and care days in a period (hand-computed)', () => {
    const periodes = zorgperiodes([
      start('999990019', '2026-02-20'), // in care all March: 31 days
      start('999990032', '2026-03-10'),
      stop('999990032', '2026-03-10', '2026-03-19'), // 10 days, starts and stops in March
      start('999990044', '2026-03-25'), // 7 days
      start('999990056', '2026-04-02'), // after March
      stop('999990068', '2026-01-05', '2026-02-27'), // before March
    ]);
    assert.deepEqual(populatieCijfers(periodes, '2026-03-01', '2026-03-31'), {
      clientenInZorg: 3,
      starts: 2,
      stops: 1,
      zorgdagen: 48,
    });
  });

  it('reads budget periods of each kind and explains a wrong one', () => {
    assert.deepEqual(budgetPeriode('maand', '2026-02'), {
      label: '2026-02',
      begin: '2026-02-01',
      eind: '2026-02-28',
    });
    assert.deepEqual(budgetPeriode('kwartaal', '2026-Q2'), {
      label: '2026-Q2',
      begin: '2026-04-01',
      eind: '2026-06-30',
    });
    assert.deepEqual(budgetPeriode('jaar', '2028'), {
      label: '2028',
      begin: '2028-01-01',
      eind: '2028-12-31',
    });
    assert.equal(budgetPeriode('kwartaal', '2026-03'), 'a kwartaal is written like 2026-Q1');
  });
});
