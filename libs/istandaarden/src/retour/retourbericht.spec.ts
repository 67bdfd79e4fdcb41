import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleModel } from '../../../../test/support/sample-model.js';
import { catalogue } from '../catalogue.js';
import { build } from '../mapping/build.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { validate } from '../validation/validate.js';
import { buildRetourbericht, retourCodeFor } from './retourbericht.js';

function original(code: string): Bericht {
  const standaard = code.startsWith('JW') ? 'ijw' : 'iwmo';
  return { standaard, code, bericht: sampleModel(code) };
}

describe('retour messages', () => {
  it('pairs each inbound heenbericht with its answer, and nothing else', () => {
    const pairs = Object.fromEntries(
      catalogue.map((entry) => [entry.code, retourCodeFor(entry.code) ?? null]),
    );
    for (const std of ['JW', 'WMO']) {
      assert.equal(pairs[`${std}305`], `${std}306`);
      assert.equal(pairs[`${std}307`], `${std}308`);
      assert.equal(pairs[`${std}315`], `${std}316`);
      assert.equal(pairs[`${std}317`], `${std}318`);
      assert.equal(pairs[`${std}323`], `${std}325`);
      for (const none of ['301', '302', '306', '319', '320', '325'])
        assert.equal(pairs[`${std}${none}`], null);
    }
  });

  for (const code of [
    'JW305',
    'JW307',
    'JW315',
    'JW317',
    'WMO305',
    'WMO307',
    'WMO315',
    'WMO317',
    'JW323',
    'WMO323',
  ]) {
    for (const codes of [[], ['9056']]) {
      it(`answers ${code} ${codes.length ? 'with a Header retourcode' : 'without retourcodes'}, valid against our schema`, () => {
        const heen = original(code);
        const retour = buildRetourbericht({
          original: heen,
          identificatie: 'R1',
          dagtekening: '2026-05-01',
          headerRetourcodes: codes,
        });
        assert.ok(retour);
        const built = build(retour);
        assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
        assert.deepEqual(validate(built.xml, { expectedCode: retour.code }).findings, []);
        const header = retour.bericht.Header as BerichtNode;
        const heenHeader = heen.bericht.Header as BerichtNode;
        if (code.endsWith('323')) {
          assert.deepEqual(header.DeclaratieIdentificatie, heenHeader.BerichtIdentificatie);
          assert.equal(header.Afzender, heenHeader.Ontvanger);
          assert.deepEqual(header.RetourCodes, { RetourCode: codes.length ? codes : ['0200'] });
        } else {
          for (const copied of ['Afzender', 'Ontvanger', 'BerichtIdentificatie', 'XsdVersie']) {
            assert.deepEqual(header[copied], heenHeader[copied], copied);
          }
          assert.equal(header.IdentificatieRetour, 'R1');
          assert.deepEqual(header.RetourCodes, codes.length ? { RetourCode: codes } : undefined);
        }
      });
    }
  }

  it('gives no retour for a retour', () => {
    assert.equal(
      buildRetourbericht({
        original: original('JW302'),
        identificatie: 'R',
        dagtekening: '2026-01-01',
        headerRetourcodes: [],
      }),
      undefined,
    );
  });
});
