/**
 * `/api/v1/arrangementen` end to end against PostgreSQL: create, list, get, change (PUT and PATCH,
 * including the uitvoeringsvariant), delete; overlapping periods for one key refused with 409; wrong
 * fields with 422 naming each; the seed file loaded at start-up, idempotently.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

const PXQ = {
  standaard: 'ijw',
  gemeente: '0363',
  aanbieder: '12345678',
  productCategorie: '45',
  productCode: '45A01',
  ingangsdatum: '2026-01-01',
  einddatum: '2026-06-30',
  uitvoeringsvariant: 'inspanningsgericht',
  eenheid: '04',
  tarief: 6_500,
};

type Json = Record<string, unknown>;

async function call(
  gateway: TestGateway,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; type: string; json: Json & Json[] }> {
  const response = await fetch(`${gateway.base}/api/v1/arrangementen${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json: (text ? JSON.parse(text) : null) as Json & Json[],
  };
}

describe('arrangementen API', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  const seedDir = mkdtempSync(join(tmpdir(), 'arrangementen-'));
  const seedFile = join(seedDir, 'arrangementen.json');
  writeFileSync(
    seedFile,
    JSON.stringify([
      { ...PXQ, productCode: '45A02', tarief: 5_000 },
      {
        standaard: 'ijw',
        gemeente: '0363',
        aanbieder: '12345678',
        productCategorie: '50',
        ingangsdatum: '2026-01-01',
        uitvoeringsvariant: 'taakgericht',
        budget: 12_000_000,
        budgetPeriode: 'kwartaal',
        populatie: { postcodes: ['1011'] },
      },
    ]),
  );

  before(async () => {
    gateway = await startTestGateway({ ARRANGEMENTEN_FILE: seedFile });
  });
  after(async () => {
    await gateway?.close();
  });

  it('loads the seed file at start-up', async () => {
    const { status, json } = await call(gateway, 'GET', '?aanbieder=12345678');
    assert.equal(status, 200);
    assert.deepEqual(
      json.map((arrangement) => [
        arrangement.productCategorie,
        arrangement.productCode,
        arrangement.uitvoeringsvariant,
      ]),
      [
        ['45', '45A02', 'inspanningsgericht'],
        ['50', null, 'taakgericht'],
      ],
    );
  });

  it('loading the same seed file again changes terms in place and creates nothing', async () => {
    const service = gateway.app.get(
      (await import('../../apps/gateway/src/arrangementen/arrangementen.service.js')).ArrangementenService,
    );
    assert.deepEqual(await service.seed(seedFile), { created: 0, updated: 2 });
    const bad = join(seedDir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ ...PXQ, gemeente: 'x' }]));
    await assert.rejects(service.seed(bad), /entry 0: gemeente: must be a 4-digit gemeentecode/);
  });

  it('creates, gets, lists by peildatum and refuses an overlapping period for the same key', async () => {
    const created = await call(gateway, 'POST', '', PXQ);
    assert.equal(created.status, 201);
    const id = created.json.id as string;
    assert.deepEqual((await call(gateway, 'GET', `/${id}`)).json, {
      id,
      ...PXQ,
      budget: null,
      budgetPeriode: null,
      zorgdagen: null,
      populatie: null,
    });
    const overlap = await call(gateway, 'POST', '', { ...PXQ, ingangsdatum: '2026-06-30', einddatum: null });
    assert.equal(overlap.status, 409);
    assert.match(overlap.type, /application\/problem\+json/);
    assert.match(overlap.json.detail as string, new RegExp(id));
    assert.equal((overlap.json.invalidParams as Json[])[0]!.name, 'ingangsdatum');
    // The day after, another product, or the whole category: no clash.
    for (const other of [
      { ...PXQ, ingangsdatum: '2026-07-01', einddatum: null },
      { ...PXQ, productCode: '45A03' },
      { ...PXQ, productCode: null },
    ])
      assert.equal((await call(gateway, 'POST', '', other)).status, 201, JSON.stringify(other));
    const march = await call(gateway, 'GET', '?productCategorie=45&peildatum=2026-03-15');
    assert.deepEqual(
      march.json.map((arrangement) => [arrangement.productCode, arrangement.ingangsdatum]),
      [
        [null, '2026-01-01'],
        ['45A01', '2026-01-01'],
        ['45A02', '2026-01-01'],
        ['45A03', '2026-01-01'],
      ],
    );
    const july = await call(gateway, 'GET', '?productCategorie=45&peildatum=2026-07-15');
    assert.deepEqual(
      july.json.map((arrangement) => [arrangement.productCode, arrangement.ingangsdatum]),
      [['45A01', '2026-07-01']],
    );
  });

  it('changes the uitvoeringsvariant and terms with PUT and PATCH, and refuses a change into an overlap', async () => {
    const base = { ...PXQ, aanbieder: '22222222' };
    const id = (await call(gateway, 'POST', '', base)).json.id as string;
    const put = await call(gateway, 'PUT', `/${id}`, {
      ...base,
      uitvoeringsvariant: 'outputgericht',
      eenheid: '83',
      tarief: 100,
    });
    assert.equal(put.status, 200);
    assert.equal(put.json.uitvoeringsvariant, 'outputgericht');
    const patch = await call(gateway, 'PATCH', `/${id}`, {
      uitvoeringsvariant: 'taakgericht',
      budget: 500_000,
      budgetPeriode: 'maand',
      zorgdagen: 300,
    });
    assert.equal(patch.status, 200, JSON.stringify(patch.json));
    assert.deepEqual([patch.json.eenheid, patch.json.tarief, patch.json.budget], [null, null, 500_000]);
    assert.equal((await call(gateway, 'GET', `/${id}`)).json.uitvoeringsvariant, 'taakgericht');
    const other = (await call(gateway, 'POST', '', { ...base, ingangsdatum: '2026-07-01', einddatum: null }))
      .json.id as string;
    const clash = await call(gateway, 'PATCH', `/${other}`, { ingangsdatum: '2026-06-01' });
    assert.equal(clash.status, 409);
    assert.equal((await call(gateway, 'GET', `/${other}`)).json.ingangsdatum, '2026-07-01');
  });

  it('names every wrong field with 422 and stores nothing', async () => {
    const before = (await call(gateway, 'GET', '')).json.length;
    const wrong = await call(gateway, 'POST', '', {
      ...PXQ,
      aanbieder: '1',
      eenheid: '82',
      budget: 10,
      colour: 'red',
    });
    assert.equal(wrong.status, 422);
    assert.deepEqual((wrong.json.invalidParams as Json[]).map((param) => param.name).sort(), [
      'aanbieder',
      'budget',
      'colour',
      'eenheid',
    ]);
    assert.equal((await call(gateway, 'GET', '')).json.length, before);
    assert.equal((await call(gateway, 'POST', '', [])).status, 422);
    assert.equal((await call(gateway, 'GET', '?colour=red')).status, 400);
    assert.equal((await call(gateway, 'GET', '/7d0bbd2e-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await call(gateway, 'GET', '/not-a-uuid')).status, 400);
  });

  it('deletes an arrangement', async () => {
    const id = (await call(gateway, 'POST', '', { ...PXQ, aanbieder: '33333333' })).json.id as string;
    assert.equal((await call(gateway, 'DELETE', `/${id}`)).status, 204);
    assert.equal((await call(gateway, 'GET', `/${id}`)).status, 404);
    assert.equal((await call(gateway, 'DELETE', `/${id}`)).status, 404);
  });
});
