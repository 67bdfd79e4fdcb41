import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../../../../test/support/test-services.js';
import { startTestGateway, type TestGateway } from '../../../../test/support/test-gateway.js';

describe('gateway health endpoints', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  it('is live', async () => {
    const response = await fetch(`${gateway.base}/health/live`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('is ready once all 28 message schemas are compiled', async () => {
    const response = await fetch(`${gateway.base}/health/ready`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', schemas: 28 });
  });
});
