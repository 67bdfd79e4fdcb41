/**
 * A large declaration validated in chunks gets exactly the findings — lines, columns, paths, messages —
 * that validating it whole gives, on one thread and on the worker pool; valid stays valid.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bsnFor, declaration } from '../../bench/fixtures.js';
import {
  CHUNK_BYTES,
  ValidationPool,
  defaultSchemaSet,
  validate,
} from '../../libs/istandaarden/src/index.js';
import { chunkPlanFor, examine } from '../../libs/istandaarden/src/validation/validate.js';

describe('chunked validation of large declarations', () => {
  const valid = declaration(8);
  const text = valid.toString('utf8');
  // Errors early, in the middle and at the end, in different clients and in the shared head.
  const broken = Buffer.from(
    text
      .replace(
        '<jw323:GeleverdVolume>12</jw323:GeleverdVolume>',
        '<jw323:GeleverdVolume>-12</jw323:GeleverdVolume>',
      )
      .replace(`<jw323:Bsn>${bsnFor(1500)}</jw323:Bsn>`, '<jw323:Bsn>10000x500</jw323:Bsn>')
      .replace(
        /(<jw323:Bsn>)([0-9]{9})(<\/jw323:Bsn>)(?![\s\S]*<jw323:Bsn>)/,
        '$1$2$3<jw323:Extra>x</jw323:Extra>',
      )
      .replace('<jw323:DeclaratieNummer>D202604', '<jw323:DeclaratieNummer>D-2026-04'),
  );
  let pool: ValidationPool;

  before(async () => {
    pool = await ValidationPool.start({ size: 2 });
  });
  after(() => pool.close());

  it('splits the declaration into several chunks', () => {
    const plan = chunkPlanFor(valid);
    assert.ok(plan, 'a plan');
    assert.ok(
      plan.slices.length >= Math.floor(valid.length / CHUNK_BYTES) - 1,
      `${plan.slices.length} chunks`,
    );
  });

  it('a valid declaration is valid, whole, in chunks and on the pool', async () => {
    assert.equal(examine(valid, {}, defaultSchemaSet(), true).valid, true);
    assert.deepEqual(validate(valid).findings, []);
    assert.deepEqual((await pool.validate(valid)).findings, []);
  });

  it('an invalid declaration gets the same findings in chunks as whole', async () => {
    const whole = examine(broken, {}, defaultSchemaSet(), true);
    assert.equal(whole.valid, false);
    assert.ok(whole.findings.length >= 4, `${whole.findings.length} findings`);
    assert.deepEqual(validate(broken).findings, whole.findings);
    assert.deepEqual((await pool.validate(broken)).findings, whole.findings);
  });
});
