/**
 * End-to-end figure for `npm run bench`: 16 concurrent clients post small messages over HTTP to a
 * gateway process with durable PostgreSQL and RabbitMQ publisher confirms. Prints sustained
 * messages/s, p50/p99 time to the 202, time until the matching event is on RabbitMQ, and the CPU
 * each party used (client, gateway, PostgreSQL, RabbitMQ share the machine's cores).
 * The clients use `node:http` with keep-alive: `fetch` costs the client several times the CPU.
 * PostgreSQL is reached over its Unix socket when there is one (BENCH_DATABASE_URL overrides).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import pg from 'pg';
import { declareTopology } from '../libs/messaging/src/amqp-topology.js';
import { EVENTS_EXCHANGE } from '../libs/messaging/src/index.js';
import { bsnFor, smallJw305 } from './fixtures.js';

const CLIENTS = 16;
const MESSAGES = Number(process.env.BENCH_E2E_MESSAGES ?? 20_000);
const PORT = 3917;
const PG_SOCKET_DIR = '/var/run/postgresql';

export function services(): { DATABASE_URL: string; AMQP_URL: string } {
  const script = fileURLToPath(new URL('../../scripts/test-services.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error('PostgreSQL and RabbitMQ are needed for the end-to-end benchmark');
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as { DATABASE_URL: string; AMQP_URL: string };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The database URL for the gateway: BENCH_DATABASE_URL, else the Unix socket of a local server when there is one. */
export function gatewayDatabaseUrl(serviceUrl: string, database: string): URL {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? serviceUrl);
  url.pathname = `/${database}`;
  const local = ['127.0.0.1', 'localhost'].includes(url.hostname) && !url.searchParams.has('host');
  if (!process.env.BENCH_DATABASE_URL && local && existsSync(`${PG_SOCKET_DIR}/.s.PGSQL.${url.port || 5432}`))
    url.searchParams.set('host', PG_SOCKET_DIR);
  return url;
}

/** CPU seconds (user + system) used so far by the processes whose command line matches, from /proc (Linux). */
function cpuSeconds(match: (command: string) => boolean): number {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        if (!match(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return NaN;
  }
  return ticks / 100;
}

/** PostgreSQL's work for the benchmark: backends on its database, and the server's own writers (shared with others). */
const postgresFor = (database: string) => (command: string) =>
  command.startsWith('postgres') &&
  (command.includes(database) ||
    /: (checkpointer|background writer|walwriter|autovacuum launcher)/.test(command));
const rabbitmq = (command: string) => command.includes('beam.smp');

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/api/v1/berichten',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/xml', 'content-length': body.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function waitForGateway(gateway: ChildProcess, port = PORT): Promise<void> {
  for (let i = 0; i < 300 && gateway.exitCode === null; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `gateway did not start${gateway.exitCode !== null ? ` (exit code ${gateway.exitCode})` : ''}`,
  );
}

/** The services, and a fresh database for one benchmark run: its name, the gateway's URL for it, and how to drop it. */
export async function benchDatabase(): Promise<{
  DATABASE_URL: string;
  AMQP_URL: string;
  name: string;
  url: URL;
  drop: () => Promise<void>;
}> {
  const { DATABASE_URL, AMQP_URL } = services();
  const name = `istd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  return { DATABASE_URL, AMQP_URL, name, url: gatewayDatabaseUrl(DATABASE_URL, name), drop };
}

/**
 * A gateway process for a benchmark (BENCH_PROFILE=1: with a CPU profile in /tmp/gwprof). Its log
 * (stdout) goes to a file in the temporary folder; when it exits other than by the bench's SIGTERM, the
 * bench says so on stderr with the exit code or signal and where the log is.
 */
export function spawnBenchGateway(
  port: number,
  env: Record<string, string>,
): { gateway: ChildProcess; main: string; exited: Promise<unknown> } {
  const main = fileURLToPath(new URL('../apps/gateway/src/main.js', import.meta.url));
  const log = join(tmpdir(), `istd-bench-gateway-${port}.log`);
  const gateway = spawn(
    process.execPath,
    [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/gwprof'] : []), main],
    {
      // As `npm start` runs it: two malloc arenas (README, configuration).
      env: {
        MALLOC_ARENA_MAX: '2',
        ...process.env,
        PORT: String(port),
        GEMEENTEN: '0363',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', openSync(log, 'w'), 'inherit'],
    },
  );
  const exited = new Promise((resolve) =>
    gateway.once('exit', (code, signal) => {
      if (signal !== 'SIGTERM')
        console.error(`\ngateway exited unexpectedly (code ${code}, signal ${signal}); its log: ${log}`);
      resolve(code);
    }),
  );
  return { gateway, main, exited };
}

export async function benchEndToEnd(): Promise<void> {
  const { AMQP_URL, name, url, drop } = await benchDatabase();

  const { gateway, main, exited } = spawnBenchGateway(PORT, { DATABASE_URL: url.toString(), AMQP_URL });
  const connection = await amqp.connect(AMQP_URL);
  try {
    await waitForGateway(gateway);
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

    // Task-based starts (no toewijzing to refer to), each for a client of its own: every one is a first
    // delivery that the cross-message rules accept after loading that client's state.
    const template = smallJw305()
      .replace(/\s*<jw305:ToewijzingNummer>[^<]*<\/jw305:ToewijzingNummer>/g, '')
      .replace(/\s*<jw305:ToewijzingIngangsdatum>[^<]*<\/jw305:ToewijzingIngangsdatum>/g, '');
    const bodies = Array.from({ length: MESSAGES }, (_, i) =>
      Buffer.from(
        template
          .replace('START-2026-0001', `B${i.toString(36).padStart(8, '0')}`)
          .replace('<jw305:Bsn>999990019<', `<jw305:Bsn>${bsnFor(i)}<`),
      ),
    );
    const ackTimes: number[] = [];
    let next = 0;
    let failures = 0;
    const cpuBefore = {
      client: process.cpuUsage(),
      gateway: cpuSeconds((command) => command.includes(main)),
      postgres: cpuSeconds(postgresFor(name)),
      rabbitmq: cpuSeconds(rabbitmq),
    };
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          const t0 = performance.now();
          const response = await post(body);
          const t1 = performance.now();
          if (response.status !== 202) {
            failures++;
            continue;
          }
          const { id } = JSON.parse(response.text) as { id: string };
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
    const clientCpu = process.cpuUsage(cpuBefore.client);
    const cpu = {
      'bench client': (clientCpu.user + clientCpu.system) / 1e6,
      gateway: cpuSeconds((command) => command.includes(main)) - cpuBefore.gateway,
      postgres: cpuSeconds(postgresFor(name)) - cpuBefore.postgres,
      rabbitmq: cpuSeconds(rabbitmq) - cpuBefore.rabbitmq,
    };
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
    console.log(
      `  CPU over those ${(allMs / 1000).toFixed(1)} s   ${Object.entries(cpu)
        .map(([who, seconds]) => `${who} ${((1000 * seconds) / sentAt.size).toFixed(2)} ms/msg`)
        .join(', ')} (PostgreSQL ${url.searchParams.has('host') ? 'over its Unix socket' : 'over TCP'})`,
    );
  } finally {
    agent.destroy();
    await connection.close().catch(() => undefined);
    gateway.kill('SIGTERM');
    await exited;
    await drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchEndToEnd();
