import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { definitionFileName, loadDefinition, STANDAARDEN } from './load.js';
import { writeTypeScript } from './typescript-writer.js';

const PROJECT_DIR = fileURLToPath(new URL('../../../../../', import.meta.url));

describe('generated TypeScript model', () => {
  for (const standaard of STANDAARDEN) {
    it(`libs/istandaarden/src/model/${standaard}.generated.ts is what the definition gives (else run npm run generate)`, () => {
      const expected = writeTypeScript(
        loadDefinition(standaard),
        `libs/istandaarden/definitions/${definitionFileName(standaard)}`,
      );
      const committed = readFileSync(
        `${PROJECT_DIR}libs/istandaarden/src/model/${standaard}.generated.ts`,
        'utf8',
      );
      assert.ok(
        committed === expected,
        `the generated model of ${standaard} is out of date: run npm run generate`,
      );
    });
  }

  it('types enumerations as their codes and fixed header values as literals', () => {
    const text = writeTypeScript(loadDefinition('ijw'), 'x');
    assert.match(text, /export type LDT_DebetCredit = "C" \| "D";/);
    assert.match(text, /BerichtCode: "438";/);
    assert.match(text, /BerichtVersie: 3;/);
    assert.match(text, /StartProduct: Array<JW305_StartProduct>;/);
  });
});
