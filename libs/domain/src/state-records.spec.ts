import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleModel } from '../../../test/support/sample-model.js';
import { NO_STATE, stateRecords } from './state-records.js';

describe('state records from accepted messages', () => {
  it('a start zorg gives one levering per product', () => {
    const records = stateRecords({ standaard: 'ijw', code: 'JW305', bericht: sampleModel('JW305', true) });
    assert.equal(records.leveringen.length, 2);
    assert.equal(records.leveringen[0]!.soort, 'start');
    assert.equal(records.leveringen[0]!.begindatum, '2026-03-02');
    assert.deepEqual(records.verzoeken, []);
  });

  it('a stop zorg gives stops with their Einddatum', () => {
    const records = stateRecords({ standaard: 'iwmo', code: 'WMO307', bericht: sampleModel('WMO307', true) });
    assert.ok(
      records.leveringen.every(
        (levering) => levering.soort === 'stop' && levering.einddatum === '2026-03-02',
      ),
    );
  });

  it('verzoeken om toewijzing and om wijziging, and a declaratie with its prestaties counted', () => {
    assert.equal(
      stateRecords({ standaard: 'ijw', code: 'JW315', bericht: sampleModel('JW315', true) }).verzoeken.length,
      2,
    );
    assert.deepEqual(
      stateRecords({ standaard: 'ijw', code: 'JW317', bericht: sampleModel('JW317') }).verzoeken.map(
        (v) => v.soort,
      ),
      ['wijziging'],
    );
    const declaratie = stateRecords({ standaard: 'ijw', code: 'JW323', bericht: sampleModel('JW323', true) })
      .declaraties[0]!;
    assert.equal(declaratie.prestaties, 4);
  });

  it('retours carry no state', () => {
    assert.deepEqual(
      stateRecords({ standaard: 'ijw', code: 'JW302', bericht: sampleModel('JW302') }),
      NO_STATE,
    );
  });

  it('a toewijzing gives its toegewezen producten, an antwoord its ReferentieAanbieder and decision', () => {
    const toewijzingen = stateRecords({
      standaard: 'ijw',
      code: 'JW301',
      bericht: sampleModel('JW301', true),
    }).toewijzingen;
    assert.equal(toewijzingen.length, 2);
    assert.equal(toewijzingen[0]!.ingangsdatum, '2026-03-02');
    assert.equal(toewijzingen[0]!.volume, 1);
    assert.deepEqual(
      stateRecords({ standaard: 'iwmo', code: 'WMO319', bericht: sampleModel('WMO319') }).antwoorden,
      [{ referentieAanbieder: '1.0.0', verzoekAntwoord: '1' }],
    );
  });

  it('a declaratie gives each prestatie with its references and signed amount', () => {
    const prestaties = stateRecords({
      standaard: 'ijw',
      code: 'JW323',
      bericht: sampleModel('JW323', true),
    }).prestaties;
    assert.equal(prestaties.length, 4);
    assert.equal(prestaties[0]!.debetCredit, 'C');
    assert.equal(typeof prestaties[0]!.toewijzingNummer, 'number');
  });
});
