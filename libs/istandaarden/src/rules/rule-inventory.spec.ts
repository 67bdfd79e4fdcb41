import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { skipWithoutReference } from '../../../../test/support/reference.js';
import { referenceRules, wj001RulePairs } from './reference-rules.js';
import { inventoryEntry, ruleInventory, type InventoryEntry } from './rule-inventory.js';

/** The repository root, from this spec in dist/libs/istandaarden/src/rules or libs/istandaarden/src/rules. */
const REPO_ROOT = new URL(
  import.meta.url.includes('/dist/') ? '../../../../../' : '../../../../',
  import.meta.url,
);

const key = (id: string, standaard: string) => `${id} ${standaard}`;

describe('rule inventory against the reference packs', { skip: skipWithoutReference }, () => {
  const reference = referenceRules();

  it('lists every rule id found in the rule folders of both standards', () => {
    const missing = reference.filter((rule) => !inventoryEntry(rule.id)?.berichten[rule.standaard]);
    assert.deepEqual(
      missing.map((rule) => key(rule.id, rule.standaard)),
      [],
    );
  });

  it('lists no rule for a standard whose pack lacks it', () => {
    const found = new Set(reference.map((rule) => key(rule.id, rule.standaard)));
    const extra = ruleInventory.flatMap((entry) =>
      Object.keys(entry.berichten)
        .map((standaard) => key(entry.id, standaard))
        .filter((k) => !found.has(k)),
    );
    assert.deepEqual(extra, []);
  });

  it('has the level, retourcode and message types the source gives', () => {
    const wrong = reference.flatMap((rule) => {
      const entry = inventoryEntry(rule.id)!;
      const problems: string[] = [];
      if (entry.level !== rule.level) problems.push(`level ${entry.level}, source ${rule.level}`);
      if (entry.retourcode !== rule.retourcode)
        problems.push(`retourcode ${entry.retourcode}, source ${rule.retourcode}`);
      const ours = [...(entry.berichten[rule.standaard] ?? [])].sort().join(' ');
      if (rule.berichten && ours !== rule.berichten.join(' '))
        problems.push(`messages ${ours}, source ${rule.berichten.join(' ')}`);
      return problems.map((problem) => `${key(rule.id, rule.standaard)}: ${problem}`);
    });
    assert.deepEqual(wrong, []);
  });

  it('agrees with the rules WJ001 names for its retourcodes', () => {
    // WJ001 still names TR069 for 9069; the rule files give 9069 to TR382 (TR069 is not in the packs).
    const known = new Set(['9069 TR069']);
    const disagreeing = wj001RulePairs()
      .filter(({ retourcode, rule }) => !known.has(`${retourcode} ${rule}`))
      .filter(({ retourcode, rule }) => inventoryEntry(rule)?.retourcode !== retourcode);
    assert.deepEqual(disagreeing, []);
  });
});

// Which Rule objects check the implemented entries: libs/domain/src/rules/catalogue.spec.ts (it sees both libraries).
describe('rule inventory entries', () => {
  it('has one entry per rule id', () => {
    const ids = ruleInventory.map((entry) => entry.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
  });

  it('says what covers, what is needed or why not, with references that exist', () => {
    const problems = ruleInventory.flatMap((entry: InventoryEntry) => {
      const out: string[] = [];
      if (entry.status === 'covered' && !entry.by?.length && !entry.check) out.push('covered by nothing');
      if (entry.check && entry.status !== 'covered') out.push(`names a check but is ${entry.status}`);
      for (const file of entry.check ? [entry.check.code, entry.check.test] : [])
        if (!existsSync(new URL(file, REPO_ROOT))) out.push(`its check names ${file}, which does not exist`);
      if ((entry.status === 'planned' || entry.status === 'not-applicable') && !entry.reason)
        out.push('no reason');
      for (const by of entry.by ?? []) {
        const target = by === 'XSD' ? undefined : inventoryEntry(by);
        if (by !== 'XSD' && !target) out.push(`refers to unknown ${by}`);
        if (entry.status === 'covered' && target && target.status !== 'implemented')
          out.push(`covered by ${by}, which is ${target.status}`);
      }
      if (!/^[A-Z"'(].*[.)]$/.test(entry.explanation) || entry.explanation.includes('\n'))
        out.push('explanation is not one sentence on one line');
      return out.map((problem) => `${entry.id}: ${problem}`);
    });
    assert.deepEqual(problems, []);
  });
});
