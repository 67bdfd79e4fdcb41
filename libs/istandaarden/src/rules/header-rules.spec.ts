import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BerichtType } from '../catalogue.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { evaluateRules, rules, type RuleContext } from './index.js';
import { passingBericht } from './rule-fixtures.js';

/** A message that passes the in-message rules, so that only the Header rules can speak. */
function message(
  type: BerichtType,
  header: Partial<{ ontvanger: string; dagtekening: string }> = {},
): Bericht {
  const bericht = passingBericht(type, 'ijw');
  const h = bericht.bericht.Header as BerichtNode;
  h.Ontvanger = header.ontvanger ?? '0363';
  (h.BerichtIdentificatie as BerichtNode).Dagtekening = header.dagtekening ?? '2026-05-01';
  return bericht;
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
    assert.deepEqual(await evaluateRules(message('305'), context(false)), []);
  });

  const cases = [
    { rule: 'TR056', retourcode: '9056', bericht: message('305'), seen: true },
    {
      rule: 'TR135',
      retourcode: '8848',
      bericht: message('305', { dagtekening: '2026-05-02' }),
      seen: false,
    },
    { rule: 'TR378', retourcode: 'S300', bericht: message('323', { ontvanger: '0014' }), seen: false },
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

  it('TR378 also refuses a served code that is no gemeentecode on the Dagtekening (the reference table)', async () => {
    // 0599 is served, but (in this table) ceased at the end of 2025.
    const isGemeentecode = (code: string, datum: string) =>
      code === '0363' || (code === '0599' && datum <= '2025-12-31');
    const findings = await evaluateRules(message('305', { ontvanger: '0599' }), {
      ...context(false),
      isGemeentecode,
    });
    assert.deepEqual(
      findings.map((f) => [f.rule, f.retourcode, f.message]),
      [['TR378', 'S300', 'gemeente 0599 is not a gemeentecode on 2026-05-01']],
    );
    assert.deepEqual(await evaluateRules(message('305'), { ...context(false), isGemeentecode }), []);
  });

  it('lists each rule with id, retourcode, level and explanation', () => {
    for (const rule of rules) {
      assert.match(rule.id, /^(TR|CD|CS)\d{3}$/);
      assert.match(rule.retourcode, /^[0-9S]\d{3}$/);
      assert.ok(rule.explanation.length > 20);
    }
  });
});
