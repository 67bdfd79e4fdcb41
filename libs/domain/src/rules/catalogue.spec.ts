import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inventoryEntry, ruleInventory, rules } from '../../../istandaarden/src/rules/index.js';
import type { Berichten } from '../../../istandaarden/src/rules/inventory/entry.js';
import { crossMessageRules } from './index.js';

/** Every Rule of the gateway: in-message and Header rules, and the cross-message and reference-data rules. */
const ALL_RULES = [...rules, ...crossMessageRules];

function appliesTo(berichten: Berichten): { types: string[]; standaarden: string[] } {
  const standaarden = Object.keys(berichten).sort();
  const types = [...new Set(Object.values(berichten).flat())].sort();
  return { types, standaarden };
}

describe('the rule catalogue against the inventory', () => {
  it('gives every implemented entry a Rule with the same id, retourcode, level, messages and explanation', () => {
    for (const entry of ruleInventory.filter((e) => e.status === 'implemented')) {
      const rule = ALL_RULES.find((candidate) => candidate.id === entry.id);
      assert.ok(rule, `${entry.id} is implemented but has no Rule`);
      const { types, standaarden } = appliesTo(entry.berichten);
      for (const list of Object.values(entry.berichten)) assert.deepEqual([...list].sort(), types, entry.id);
      assert.equal(rule.retourcode, entry.retourcode, entry.id);
      assert.equal(rule.level, entry.level, entry.id);
      assert.deepEqual([...rule.appliesTo].sort(), types, entry.id);
      assert.deepEqual([...(rule.standaarden ?? ['ijw', 'iwmo'])].sort(), standaarden, entry.id);
      assert.equal(rule.explanation, entry.explanation, entry.id);
    }
  });

  it('has an implemented entry for every Rule, and one Rule per id', () => {
    const missing = ALL_RULES.filter((rule) => inventoryEntry(rule.id)?.status !== 'implemented');
    assert.deepEqual(
      missing.map((rule) => rule.id),
      [],
    );
    const ids = ALL_RULES.map((rule) => rule.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
  });
});
