/** Without DATABASE_URL the gateway runs its migrations on an embedded PostgreSQL (PGlite) in a data folder. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import { createGateway } from '../../apps/gateway/src/gateway.js';
import { loadGatewayConfig } from '../../apps/gateway/src/config/gateway-config.js';
import { build } from '../../libs/istandaarden/src/index.js';
import { sampleModel } from '../support/sample-model.js';

describe('embedded database (npm start without DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'istd-pglite-'));
  let app: INestApplication;
  let base: string;

  before(async () => {
    app = await createGateway(loadGatewayConfig({ DATA_DIR: dataDir, GEMEENTEN: '0363' }), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  after(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores, processes and answers a message', async () => {
    const model = sampleModel('JW305');
    (model.Header as Record<string, unknown>).Ontvanger = '0363';
    const built = build({ code: 'JW305', bericht: model });
    assert.ok(built.ok);
    const response = await fetch(`${base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', prefer: 'wait' },
      body: built.xml,
    });
    const view = (await response.json()) as { status: string; retour?: { berichtcode: string } };
    assert.equal(view.status, 'accepted');
    assert.equal(view.retour?.berichtcode, 'JW306');
  });
});
