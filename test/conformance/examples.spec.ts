/**
 * The official example messages, judged by our schemas and by the official XSDs. Two published
 * examples are themselves invalid; they must stay rejected by both, for the same elements.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SchemaSet, validate, type ValidationResult } from '../../libs/istandaarden/src/index.js';
import {
  INVALID_OFFICIAL_EXAMPLES,
  OFFICIAL_XSD_FOLDERS,
  referenceExamples,
  skipWithoutReference,
} from '../support/reference.js';

const show = (result: ValidationResult) =>
  result.findings.map((finding) => `[${finding.rule}] ${finding.path}: ${finding.message}`).join('\n');

describe('official examples', { skip: skipWithoutReference }, () => {
  let official: SchemaSet;
  before(() => {
    official = SchemaSet.load({ folders: OFFICIAL_XSD_FOLDERS });
  });
  after(() => official?.dispose());

  const examples = referenceExamples();

  it('include one example for every message the official release has a schema for', () => {
    const codes = new Set(examples.map((example) => example.code));
    for (const code of official.codes) assert.ok(codes.has(code), `no official example for ${code}`);
    // A stale entry would turn its example's check into a check of nothing.
    for (const code of Object.keys(INVALID_OFFICIAL_EXAMPLES))
      assert.ok(codes.has(code), `${code} is listed as invalid but has no example`);
  });

  for (const example of examples) {
    const reason = INVALID_OFFICIAL_EXAMPLES[example.code];
    if (reason === undefined) {
      it(`${example.code} is valid against our schemas and the official XSDs`, () => {
        const ours = validate(example.xml);
        assert.equal(ours.valid, true, `our schemas reject ${example.file}:\n${show(ours)}`);
        assert.equal(ours.code, example.code);
        assert.equal(ours.standaard, example.standaard);
        const theirs = validate(example.xml, {}, official);
        assert.equal(theirs.valid, true, `the official XSDs reject ${example.file}:\n${show(theirs)}`);
      });
    } else {
      it(`${example.code} is rejected by our schemas and the official XSDs (${reason})`, () => {
        const ours = validate(example.xml);
        const theirs = validate(example.xml, {}, official);
        assert.equal(ours.valid, false, `our schemas accept ${example.file}`);
        assert.equal(theirs.valid, false, `the official XSDs accept ${example.file}`);
        assert.equal(ours.code, example.code);
        assert.ok(
          ours.findings.every((finding) => finding.rule === 'XSD'),
          `not a schema finding:\n${show(ours)}`,
        );
        const paths = (result: ValidationResult) =>
          [...new Set(result.findings.map((finding) => finding.path))].sort();
        assert.deepEqual(
          paths(ours),
          paths(theirs),
          `different elements at fault:\nours:\n${show(ours)}\nofficial:\n${show(theirs)}`,
        );
      });
    }
  }
});
