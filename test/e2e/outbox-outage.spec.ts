/**
 * With RabbitMQ unreachable, accepted messages keep their events in the outbox; when it returns they
 * are published, each exactly once. The broker's unreachability is played by a proxy the test cuts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { build } from '../../libs/istandaarden/src/index.js';
import { testBsn } from '../support/bsn.js';
import { sampleModel } from '../support/sample-model.js';
import { EventConsumer } from '../support/event-consumer.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

/** A task-based start (no toewijzing needed) for a client of its own, so each one is a first delivery. */
function startZorg(identificatie: string): string {
  const model = sampleModel('JW305');
  (model.Client as Record<string, unknown>).Bsn = testBsn(8000 + Number(identificatie.replace(/\D/g, '')));
  const header = model.Header as Record<string, unknown>;
  header.Ontvanger = '0363';
  header.BerichtIdentificatie = { Identificatie: identificatie, Dagtekening: '2026-03-05' };
  const built = build({ code: 'JW305', bericht: model });
  assert.ok(built.ok);
  return built.xml;
}

async function unpublished(gateway: TestGateway): Promise<number> {
  const client = new pg.Client({ connectionString: gateway.database.url });
  await client.connect();
  try {
    return (
      await client.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')
    ).rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe('outbox while RabbitMQ is away', { skip: skipWithoutServices }, () => {
  let proxy: TcpProxy;
  let gateway: TestGateway;
  let events: EventConsumer;

  before(async () => {
    const broker = new URL(AMQP_URL!);
    proxy = await TcpProxy.start({ host: broker.hostname, port: Number(broker.port || 5672) });
    broker.port = String(proxy.port);
    gateway = await startTestGateway({ AMQP_URL: broker.toString() });
    events = await EventConsumer.start(AMQP_URL!);
  });
  after(async () => {
    await events?.close();
    await gateway?.close();
    await proxy?.down();
  });

  it('keeps accepted messages in the outbox and publishes them once RabbitMQ is back', async () => {
    const send = async (id: string) => {
      const response = await fetch(`${gateway.base}/api/v1/berichten`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', prefer: 'wait' },
        body: startZorg(id),
      });
      const view = (await response.json()) as { id: string; status: string };
      assert.equal(view.status, 'accepted');
      return view.id;
    };
    const before = await send('OUTAGE0');
    await events.waitFor(() => events.forMessage(before).length === 1);

    await proxy.down();
    const during = [await send('OUTAGE1'), await send('OUTAGE2'), await send('OUTAGE3')];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(await unpublished(gateway), 3, 'the three events wait in the outbox');
    for (const id of during) assert.equal(events.forMessage(id).length, 0);

    await proxy.up();
    await events.waitFor(() => during.every((id) => events.forMessage(id).length >= 1), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const id of [before, ...during])
      assert.equal(events.forMessage(id).length, 1, `one event for ${id}`);
    assert.equal(await unpublished(gateway), 0);
  });
});
