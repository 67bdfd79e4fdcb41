import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ruleInventory } from './rule-inventory.js';
import { renderRulesDoc, RULES_DOC_PATH } from './rules-doc.js';

describe('docs/rules.md', () => {
  it('is what the generator writes from the inventory (regenerate with `npm run rules:doc`)', () => {
    assert.ok(existsSync(RULES_DOC_PATH), `${RULES_DOC_PATH} is missing: run npm run rules:doc`);
    const committed = readFileSync(RULES_DOC_PATH, 'utf8');
    assert.ok(
      committed === renderRulesDoc(),
      'docs/rules.md is out of date: run npm run rules:doc and commit it',
    );
  });

  it('names every rule of the inventory with its status', () => {
    const text = renderRulesDoc();
    for (const entry of ruleInventory)
      assert.match(text, new RegExp(`^\\| ${entry.id} +\\|.*\\| ${entry.status} +\\|`, 'm'), entry.id);
  });
});
