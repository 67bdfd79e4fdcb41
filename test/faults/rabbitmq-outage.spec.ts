/**
 * Fault: RabbitMQ goes away during a stream and comes back (the gateway's connections cut and refused
 * by a proxy: what a broker restart looks like from the client). Every accepted message's event is
 * published after the return; none lost, repeats only with the same message_id.
 */
import assert from 'node:assert/strict';
import pg from 'pg';
import { TcpProxy } from '../support/tcp-proxy.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { describeFault, sleep } from './support/fault-bed.js';
import { reconcile, stream } from './support/stream.js';

async function unpublished(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sql = 'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL';
    return (await client.query<{ n: number }>(sql)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

let proxy: TcpProxy;

describeFault(
  'fault: RabbitMQ stopped and restarted during the stream',
  skipWithoutServices,
  async () => {
    const broker = new URL(AMQP_URL!);
    proxy = await TcpProxy.start({ host: broker.hostname, port: Number(broker.port || 5672) });
    broker.port = String(proxy.port);
    return { amqpUrl: broker.toString(), release: () => proxy.down() };
  },
  'publishes every acknowledged message once RabbitMQ is back',
  async (bed) => {
    let waiting = 0;
    const result = await stream(bed.sim, {
      count: 150,
      perSecond: 50,
      prefix: 'RMQ',
      faultAt: {
        sent: 30,
        fault: async () => {
          await proxy.down();
          await sleep(2_500);
          waiting = await unpublished(bed.databaseUrl);
          await proxy.up();
        },
      },
    });
    assert.ok(waiting > 0, 'events waited in the outbox while RabbitMQ was away');
    console.log(`[fault: RabbitMQ restart] ${waiting} events waited in the outbox during the outage`);
    await reconcile('fault: RabbitMQ restart', result, bed);
  },
);
