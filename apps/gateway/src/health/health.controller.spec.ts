import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { AppModule } from '../app.module.js';

describe('gateway health endpoints', () => {
  let app: INestApplication;
  let base: string;

  before(async () => {
    app = await NestFactory.create(AppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  after(() => app.close());

  it('is live', async () => {
    const response = await fetch(`${base}/health/live`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('is ready once all 28 message schemas are compiled', async () => {
    const response = await fetch(`${base}/health/ready`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', schemas: 28 });
  });
});
