/** The OpenAPI document describes every HTTP route the gateway serves, and is served at /api/docs. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('API documentation', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  it('documents exactly the routes the gateway serves', async () => {
    const document = parseYaml(await (await fetch(`${gateway.base}/api/docs/openapi.yaml`)).text()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const express = gateway.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
    const served = express.router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map(
          (method) => `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
      )
      .filter((route) => route !== 'GET /api/docs/openapi.json')
      .sort();
    assert.deepEqual(documented, served);
  });

  it('renders the document as a page', async () => {
    const response = await fetch(`${gateway.base}/api/docs`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /POST \/api\/v1\/berichten/);
    assert.match(html, /POST \/ggk\/OntvangAsynchroon/);
  });
});
