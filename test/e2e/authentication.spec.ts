/**
 * Sender authentication: mutual TLS (a client certificate mapped to a sender) and API keys, the sender
 * in the message or envelope checked against the authenticated identity (mismatch rejected and
 * audited), and development mode (no credentials configured) serving loopback clients only — proved by
 * binding the gateway to a non-loopback address of this machine.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ChainSim } from '../../apps/chain-sim/src/chain-sim.js';
import { createGateway } from '../../apps/gateway/src/gateway.js';
import { loadGatewayConfig } from '../../apps/gateway/src/config/gateway-config.js';
import { createTestPki, skipWithoutOpenssl, type TestPki } from '../support/certificates.js';
import { rawRequest } from '../support/raw-request.js';
import { startZorgXml } from '../support/start-zorg.js';
import { createTestDatabase, skipWithoutServices, type TestDatabase } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

const PROVIDER = '12345678';
const OTHER_PROVIDER = '87654321';
const API_KEY = 'test-key-5c2f0d5e8a1b4c7d9e0f';
const OTHER_API_KEY = 'test-key-other-0a9b8c7d6e5f4a3b';

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const audit = (url: string) =>
  query<{
    actor: string;
    credential: string;
    outcome: string;
    detail: string;
    path: string;
    remote_address: string;
  }>(url, 'SELECT actor, credential, outcome, detail, path, remote_address FROM auth_audit ORDER BY id');
const storedWith = async (url: string, identificatie: string) =>
  (
    await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM message WHERE position($1 in convert_from(body, 'UTF8')) > 0`,
      [identificatie],
    )
  )[0]!.n;

const XML = { 'content-type': 'application/xml' };
const startZorg = (identificatie: string, afzender = PROVIDER) => startZorgXml(identificatie, { afzender });

describe(
  'sender authentication with credentials configured',
  { skip: skipWithoutServices || skipWithoutOpenssl },
  () => {
    let pki: TestPki;
    let gateway: TestGateway;
    let https: string;
    let http: TestGateway;
    let mapped: ReturnType<TestPki['client']>;

    before(async () => {
      pki = createTestPki();
      mapped = pki.client(`zorgaanbieder-${PROVIDER}`);
      const authFile = join(pki.dir, 'auth.json');
      const apiKey = {
        name: 'zorg-bv-key',
        sha256: createHash('sha256').update(API_KEY).digest('hex'),
        senders: [PROVIDER],
      };
      writeFileSync(
        authFile,
        JSON.stringify({
          apiKeys: [apiKey],
          clientCertificates: [
            { name: 'zorg-bv-cert', fingerprint256: mapped.fingerprint256, senders: [PROVIDER] },
          ],
        }),
      );
      gateway = await startTestGateway({
        AUTH_FILE: authFile,
        TLS_CERT_FILE: pki.server.certFile,
        TLS_KEY_FILE: pki.server.keyFile,
        TLS_CA_FILE: pki.caFile,
      });
      https = gateway.base.replace(/^http:/, 'https:');
      // The SOAP ingress over plain HTTP with an API key (the chain simulator speaks HTTP).
      const keysOnly = join(pki.dir, 'keys.json');
      const otherKey = {
        name: 'other-bv-key',
        sha256: createHash('sha256').update(OTHER_API_KEY).digest('hex'),
        senders: [OTHER_PROVIDER],
      };
      writeFileSync(keysOnly, JSON.stringify({ apiKeys: [apiKey, otherKey] }));
      http = await startTestGateway({ AUTH_FILE: keysOnly });
    });
    after(async () => {
      await gateway?.close();
      await http?.close();
      pki?.remove();
    });

    it('accepts a message whose Afzender the client certificate may send as', async () => {
      const response = await rawRequest({
        url: `${https}/api/v1/berichten`,
        method: 'POST',
        headers: XML,
        body: startZorg('MTLS-OK'),
        ca: pki.ca,
        cert: mapped.cert,
        key: mapped.key,
      });
      assert.equal(response.status, 202, response.text);
      assert.equal(response.headers['strict-transport-security'], 'max-age=31536000');
    });

    it('rejects (403) and audits a message whose Afzender does not match the certificate, storing nothing', async () => {
      const response = await rawRequest({
        url: `${https}/api/v1/berichten`,
        method: 'POST',
        headers: XML,
        body: startZorg('MTLS-MISMATCH', OTHER_PROVIDER),
        ca: pki.ca,
        cert: mapped.cert,
        key: mapped.key,
      });
      assert.equal(response.status, 403, response.text);
      const document = JSON.parse(response.text) as { type: string; detail: string };
      assert.match(document.type, /sender-mismatch$/);
      assert.match(
        document.detail,
        /Header\/Afzender is 87654321, but zorg-bv-cert may only send as 12345678/,
      );
      assert.equal(await storedWith(gateway.database.url, 'MTLS-MISMATCH'), 0);
      const row = (await audit(gateway.database.url)).find((r) => r.detail?.includes('87654321'));
      assert.ok(row, 'audited');
      assert.deepEqual(
        { actor: row.actor, credential: row.credential, outcome: row.outcome, path: row.path },
        {
          actor: 'zorg-bv-cert',
          credential: 'certificate',
          outcome: 'rejected-sender-mismatch',
          path: '/api/v1/berichten',
        },
      );
    });

    it('accepts an API key (stored only as its hash) and rejects a mismatched sender under it', async () => {
      const ok = await rawRequest({
        url: `${https}/api/v1/berichten`,
        method: 'POST',
        headers: { ...XML, 'x-api-key': API_KEY },
        body: startZorg('KEY-OK'),
        ca: pki.ca,
      });
      assert.equal(ok.status, 202, ok.text);
      const bearer = await rawRequest({
        url: `${https}/api/v1/berichten`,
        method: 'POST',
        headers: { ...XML, authorization: `Bearer ${API_KEY}` },
        body: startZorg('KEY-MISMATCH', OTHER_PROVIDER),
        ca: pki.ca,
      });
      assert.equal(bearer.status, 403, bearer.text);
      const rows = await audit(gateway.database.url);
      assert.ok(rows.some((r) => r.actor === 'zorg-bv-key' && r.outcome === 'rejected-sender-mismatch'));
    });

    it('shows a message only to credentials standing for one of its parties; to others it does not exist (404)', async () => {
      const posted = await fetch(`${http.base}/api/v1/berichten`, {
        method: 'POST',
        headers: { ...XML, 'x-api-key': API_KEY },
        body: startZorg('READ-SCOPE'),
      });
      assert.equal(posted.status, 202, await posted.clone().text());
      const { id } = (await posted.json()) as { id: string };
      const get = (path: string, key: string) =>
        fetch(`${http.base}/api/v1/berichten/${id}${path}`, { headers: { 'x-api-key': key } });
      assert.equal((await get('', API_KEY)).status, 200);
      assert.equal((await get('/xml', API_KEY)).status, 200);
      for (const path of ['', '/xml', '/events', `/events/${randomUUID()}`, '/retour']) {
        const response = await get(path, OTHER_API_KEY);
        assert.equal(response.status, 404, path);
        assert.match(((await response.json()) as { type: string }).type, /not-found$/, path);
      }
    });

    it('refuses (401) and audits requests without credentials, with an unknown key or an untrusted certificate', async () => {
      const stranger = pki.client('stranger', { selfSigned: true });
      const unmapped = pki.client('unmapped-but-signed');
      const cases = [
        { headers: XML, outcome: 'refused-no-credentials', detail: /client certificate or an API key/ },
        {
          headers: { ...XML, 'x-api-key': 'guessed' },
          outcome: 'refused-unknown-credentials',
          detail: /API key is not known/,
        },
        { headers: XML, cert: stranger, outcome: 'refused-unknown-credentials', detail: /not trusted/ },
        {
          headers: XML,
          cert: unmapped,
          outcome: 'refused-unknown-credentials',
          detail: /not mapped to a sender/,
        },
      ];
      for (const [index, c] of cases.entries()) {
        const response = await rawRequest({
          url: `${https}/api/v1/berichten`,
          method: 'POST',
          headers: c.headers,
          body: startZorg(`REFUSED-${index}`),
          ca: pki.ca,
          ...(c.cert ? { cert: c.cert.cert, key: c.cert.key } : {}),
        });
        assert.equal(response.status, 401, `case ${index}: ${response.text}`);
        assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
        assert.match((JSON.parse(response.text) as { detail: string }).detail, c.detail);
        assert.equal(await storedWith(gateway.database.url, `REFUSED-${index}`), 0);
      }
      const outcomes = (await audit(gateway.database.url))
        .filter((r) => r.credential === 'none')
        .map((r) => r.outcome);
      for (const c of cases) assert.ok(outcomes.includes(c.outcome), `${c.outcome} audited`);
      // Nest routes are behind the same door; probes are not.
      assert.equal(
        (
          await rawRequest({
            url: `${https}/api/v1/berichten/00000000-0000-4000-8000-000000000000`,
            ca: pki.ca,
          })
        ).status,
        401,
      );
      assert.equal((await rawRequest({ url: `${https}/health/live`, ca: pki.ca })).status, 200);
    });

    it('on the SOAP ingress: the envelope zender must match too (Fo03 StUF052, audited)', async () => {
      const sim = new ChainSim({
        gatewayUrl: http.base,
        aanbieder: PROVIDER,
        headers: { 'x-api-key': API_KEY },
      });
      const ok = await sim.send(startZorg('SOAP-OK'), 'JW305');
      assert.equal(ok.status, 200, ok.raw);
      assert.equal(ok.answer?.kind, 'Bv03');
      const wrongZender = new ChainSim({
        gatewayUrl: http.base,
        aanbieder: OTHER_PROVIDER,
        headers: { 'x-api-key': API_KEY },
      });
      const refused = await wrongZender.send(startZorg('SOAP-ZENDER'), 'JW305');
      assert.equal(refused.status, 403);
      assert.match(JSON.stringify(refused.answer ?? refused.raw), /StUF052/);
      const wrongAfzender = await sim.send(startZorg('SOAP-AFZENDER', OTHER_PROVIDER), 'JW305');
      assert.equal(wrongAfzender.status, 403);
      assert.match(JSON.stringify(wrongAfzender.answer ?? wrongAfzender.raw), /Header\/Afzender is 87654321/);
      assert.equal(await storedWith(http.database.url, 'SOAP-ZENDER'), 0);
      assert.equal(await storedWith(http.database.url, 'SOAP-AFZENDER'), 0);
      const rows = (await audit(http.database.url)).filter((r) => r.outcome === 'rejected-sender-mismatch');
      assert.equal(rows.length, 2);
      assert.ok(rows.every((r) => r.path === '/ggk/OntvangAsynchroon' && r.actor === 'zorg-bv-key'));
    });
  },
);

/** An address of this machine that is not loopback (e.g. eth0's), or undefined when there is none. */
function nonLoopbackAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces()))
    for (const address of addresses ?? [])
      if (address.family === 'IPv4' && !address.internal) return address.address;
  return undefined;
}

const external = nonLoopbackAddress();

describe(
  'development mode (no credentials configured)',
  {
    skip:
      skipWithoutServices || (external ? false : 'SKIPPED: this machine has no non-loopback IPv4 address'),
  },
  () => {
    let database: TestDatabase;
    let app: Awaited<ReturnType<typeof createGateway>>;
    let base: string;

    before(async () => {
      database = await createTestDatabase();
      const config = loadGatewayConfig({ GEMEENTEN: '0363', DATABASE_URL: database.url, LOG_LEVEL: 'warn' });
      app = await createGateway(config, { logger: false });
      await app.listen(0, '0.0.0.0');
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      base = `http://${external!}:${port}`;
    });
    after(async () => {
      await app?.close();
      await database?.drop();
    });

    it('refuses a request from a non-loopback address (403, audited) and serves loopback', async () => {
      const refused = await rawRequest({
        url: `${base}/api/v1/berichten`,
        method: 'POST',
        headers: XML,
        body: startZorg('DEV-REMOTE'),
        localAddress: external!,
      });
      assert.equal(refused.status, 403, refused.text);
      assert.match((JSON.parse(refused.text) as { detail: string }).detail, /only loopback clients/);
      assert.equal(await storedWith(database.url, 'DEV-REMOTE'), 0);
      const rows = await audit(database.url);
      assert.ok(
        rows.some((r) => r.outcome === 'refused-not-loopback' && r.remote_address.endsWith(external!)),
      );

      const local = await rawRequest({
        url: base.replace(external!, '127.0.0.1') + '/api/v1/berichten',
        method: 'POST',
        headers: XML,
        body: startZorg('DEV-LOCAL'),
      });
      assert.equal(local.status, 202, local.text);
    });
  },
);
