import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleModel } from '../../../../test/support/sample-model.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { evaluateRules, rules, type RuleContext } from './index.js';

function message(code: string, header: Partial<{ ontvanger: string; dagtekening: string }> = {}): Bericht {
  const bericht = sampleModel(code);
  const h = bericht.Header as BerichtNode;
  h.Ontvanger = header.ontvanger ?? '0363';
  (h.BerichtIdentificatie as BerichtNode).Dagtekening = header.dagtekening ?? '2026-05-01';
  return { standaard: 'ijw', code, bericht };
}

function context(seen: boolean): RuleContext {
  return {
    today: '2026-05-01',
    gemeenten: new Set(['0363', '0599']),
    state: { berichtIdentificatieBestaat: async () => seen },
  };
}

describe('header rules', () => {
  it('a clean message passes every rule', async () => {
    assert.deepEqual(await evaluateRules(message('JW305'), context(false)), []);
  });

  const cases = [
    { rule: 'TR056', retourcode: '9056', bericht: message('JW305'), seen: true },
    {
      rule: 'TR135',
      retourcode: '8848',
      bericht: message('JW305', { dagtekening: '2026-05-02' }),
      seen: false,
    },
    { rule: 'TR378', retourcode: 'S300', bericht: message('JW323', { ontvanger: '0014' }), seen: false },
  ];
  for (const { rule, retourcode, bericht, seen } of cases) {
    it(`${rule} fails alone with retourcode ${retourcode}`, async () => {
      const findings = await evaluateRules(bericht, context(seen));
      assert.deepEqual(
        findings.map((f) => [f.rule, f.retourcode]),
        [[rule, retourcode]],
      );
      assert.match(findings[0]!.path, /^\/Bericht\/Header/);
    });
  }

  it('lists each rule with id, retourcode, level and explanation', () => {
    for (const rule of rules) {
      assert.match(rule.id, /^TR\d{3}$/);
      assert.match(rule.retourcode, /^[0-9S]\d{3}$/);
      assert.ok(rule.explanation.length > 20);
    }
  });
});
