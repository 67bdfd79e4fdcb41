/**
 * End-to-end figure for `npm run bench`: 16 concurrent clients post small messages over HTTP to a
 * gateway process with durable PostgreSQL and RabbitMQ publisher confirms. Prints sustained
 * messages/s, p50/p99 time to the 202, and time until the matching event is on RabbitMQ.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import pg from 'pg';
import { declareTopology } from '../libs/messaging/src/amqp-topology.js';
import { EVENTS_EXCHANGE } from '../libs/messaging/src/index.js';
import { smallJw305 } from './fixtures.js';

const CLIENTS = 16;
const MESSAGES = Number(process.env.BENCH_E2E_MESSAGES ?? 20_000);
const PORT = 3917;

function services(): { DATABASE_URL: string; AMQP_URL: string } {
  const script = fileURLToPath(new URL('../../scripts/test-services.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error('PostgreSQL and RabbitMQ are needed for the end-to-end benchmark');
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as { DATABASE_URL: string; AMQP_URL: string };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function waitForGateway(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health/ready`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gateway did not start');
}

export async function benchEndToEnd(): Promise<void> {
  const { DATABASE_URL, AMQP_URL } = services();
  const name = `istd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.BENCH_DATABASE_URL ?? DATABASE_URL);
  url.pathname = `/${name}`;

  const main = fileURLToPath(new URL('../apps/gateway/src/main.js', import.meta.url));
  const gateway = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/gwprof'] : []), main], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: url.toString(),
      AMQP_URL,
      GEMEENTEN: '0363',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const connection = await amqp.connect(AMQP_URL);
  try {
    await waitForGateway();
    const channel = await connection.createChannel();
    await declareTopology(channel);
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, EVENTS_EXCHANGE, 'ijw.#');
    const sentAt = new Map<string, number>();
    const eventAt = new Map<string, number>();
    await channel.consume(
      queue,
      (message) => {
        if (!message) return;
        const { berichtId } = JSON.parse(message.content.toString()) as { berichtId: string };
        eventAt.set(berichtId, performance.now());
      },
      { noAck: true },
    );

    const template = smallJw305();
    const bodies = Array.from({ length: MESSAGES }, (_, i) =>
      template.replace('START-2026-0001', `B${i.toString(36).padStart(8, '0')}`),
    );
    const ackTimes: number[] = [];
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          const t0 = performance.now();
          const response = await fetch(`http://127.0.0.1:${PORT}/api/v1/berichten`, {
            method: 'POST',
            headers: { 'content-type': 'application/xml' },
            body,
          });
          const t1 = performance.now();
          if (response.status !== 202) {
            failures++;
            await response.arrayBuffer();
            continue;
          }
          const { id } = (await response.json()) as { id: string };
          sentAt.set(id, t0);
          ackTimes.push(t1 - t0);
        }
      }),
    );
    const postedMs = performance.now() - started;
    const deadline = Date.now() + 120_000;
    while (eventAt.size < sentAt.size && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const allMs = performance.now() - started;
    ackTimes.sort((a, b) => a - b);
    const toEvent = [...sentAt]
      .filter(([id]) => eventAt.has(id))
      .map(([id, t0]) => eventAt.get(id)! - t0)
      .sort((a, b) => a - b);
    console.log(
      `\nend to end: ${CLIENTS} clients, ${MESSAGES} small JW305 messages over HTTP, PostgreSQL durable, RabbitMQ confirms:`,
    );
    console.log(
      `  accepted (202)          ${(sentAt.size / (postedMs / 1000)).toFixed(0)} msg/s sustained (${sentAt.size} in ${(postedMs / 1000).toFixed(1)} s, ${failures} failed)`,
    );
    console.log(
      `  time to 202             p50 ${percentile(ackTimes, 50).toFixed(1)} ms   p99 ${percentile(ackTimes, 99).toFixed(1)} ms`,
    );
    console.log(
      `  time to event on broker p50 ${percentile(toEvent, 50).toFixed(1)} ms   p99 ${percentile(toEvent, 99).toFixed(1)} ms   (${eventAt.size}/${sentAt.size} events, all in ${(allMs / 1000).toFixed(1)} s: ${(eventAt.size / (allMs / 1000)).toFixed(0)} msg/s processed and published)`,
    );
  } finally {
    await connection.close().catch(() => undefined);
    gateway.kill('SIGTERM');
    await new Promise((resolve) => gateway.once('exit', resolve));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchEndToEnd();
