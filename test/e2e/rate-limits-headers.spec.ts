/** Rate limits per sender (token bucket, 429 with Retry-After) and the security headers on every kind of response. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ChainSim } from '../../apps/chain-sim/src/chain-sim.js';
import { securityHeaders } from '../../apps/gateway/src/security/front-door.js';
import { startZorgXml as startZorg } from '../support/start-zorg.js';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

function assertSecurityHeaders(what: string, headers: Headers): void {
  for (const [name, value] of Object.entries(securityHeaders(false)))
    assert.equal(headers.get(name), value, `${what}: ${name}`);
  assert.equal(headers.get('x-powered-by'), null, `${what}: no X-Powered-By`);
}

describe('rate limits and security headers', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  let limited: TestGateway;

  before(async () => {
    gateway = await startTestGateway();
    limited = await startTestGateway({ RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '3' });
  });
  after(async () => {
    await gateway?.close();
    await limited?.close();
  });

  it('refuses a sender past its burst with 429, Retry-After and a problem document', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${limited.base}/api/v1/berichten`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: startZorg(`RATE${i}`),
      });
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
      else await response.arrayBuffer();
    }
    assert.deepEqual(statuses, [202, 202, 202, 429, 429]);
    assert.ok(refused);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1, 'Retry-After in whole seconds');
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    const document = (await refused.json()) as { type: string; status: number };
    assert.match(document.type, /rate-limited$/);
    assert.equal(document.status, 429);
    assertSecurityHeaders('429', refused.headers);
    // The bucket refills: after Retry-After the sender is served again.
    await new Promise((resolve) => setTimeout(resolve, 1_100 * Number(refused.headers.get('retry-after'))));
    const again = await fetch(`${limited.base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: startZorg('RATE-AFTER'),
    });
    assert.equal(again.status, 202);
  });

  it('puts the security headers on the hot path, problem documents, Nest routes, probes and SOAP answers', async () => {
    const post = (body: string, type = 'application/xml') =>
      fetch(`${gateway.base}/api/v1/berichten`, { method: 'POST', headers: { 'content-type': type }, body });
    const cases: Array<[string, Response, number]> = [
      ['202 (hot path)', await post(startZorg('HEADERS1')), 202],
      ['400 (not well-formed)', await post('<Bericht'), 400],
      ['415 (wrong content type, express route)', await post('x', 'text/plain'), 415],
      [
        '404 (Nest)',
        await fetch(`${gateway.base}/api/v1/berichten/00000000-0000-4000-8000-000000000000`),
        404,
      ],
      ['200 (health)', await fetch(`${gateway.base}/health/live`), 200],
      ['404 (no route)', await fetch(`${gateway.base}/nothing-here`), 404],
    ];
    for (const [what, response, status] of cases) {
      assert.equal(response.status, status, what);
      assertSecurityHeaders(what, response.headers);
      await response.arrayBuffer();
    }
    const sim = new ChainSim({ gatewayUrl: gateway.base });
    const soap = await fetch(`${gateway.base}/ggk/OntvangAsynchroon`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: '<not-soap/>',
    });
    assertSecurityHeaders('SOAP fault', soap.headers);
    assert.equal((await sim.send(startZorg('HEADERS2'), 'JW305')).status, 200);
  });
});
