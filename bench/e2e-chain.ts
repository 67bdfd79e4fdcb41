/**
 * `npm run bench:e2e`: the chain simulator drives a gateway process (durable PostgreSQL, RabbitMQ
 * publisher confirms) over the StUF-GGk ingress and is its GGk endpoint. Prints figures, never pass/fail:
 * 1. a 50 MB declaration end to end (over REST: the GGk takes no envelope over 25 MB), refused and then
 *    accepted: time to 202, time until processed and its event is on RabbitMQ, the gateway's peak RSS;
 * 2. sustained throughput: small messages in Di01 envelopes from 16 keep-alive clients — messages/s
 *    acknowledged, p50/p99 to the Bv03, and how fast they are processed, published and answered (Du01);
 * 3. a soak at a steady rate (BENCH_SOAK_SECONDS, default 600: an hour of a busy region's traffic
 *    compressed into ten minutes), the gateway's heap and RSS sampled, their slope printed.
 * 4. the same sustained load on the REST hot path (bench/e2e.ts), for comparison with the SOAP ingress.
 * Settings: BENCH_E2E_MESSAGES (20,000), BENCH_WARMUP_MESSAGES (2,000, sent before them and not counted),
 * BENCH_SOAK_SECONDS (600; 0 skips), BENCH_SOAK_RATE (100 msg/s),
 * BENCH_SKIP_LARGE=1 skips the declaration, BENCH_SKIP_REST=1 the REST comparison; BENCH_NO_GGK=1 starts
 * the gateway without GGK_URL (no Du01 deliveries: ingress and processing alone; the processed line then
 * waits for deliveries that never come).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import amqp from 'amqplib';
import pg from 'pg';
import { ChainSim } from '../apps/chain-sim/src/chain-sim.js';
import { declareTopology } from '../libs/messaging/src/amqp-topology.js';
import { EVENTS_EXCHANGE } from '../libs/messaging/src/index.js';
import { benchEndToEnd, benchDatabase, percentile, spawnBenchGateway, waitForGateway } from './e2e.js';
import { seedToewijzingen } from '../test/support/toewijzingen.js';
import { bsnFor, declaration, smallJw305 } from './fixtures.js';

const PORT = 3918;
const CLIENTS = 16;
const MESSAGES = Number(process.env.BENCH_E2E_MESSAGES ?? 20_000);
const WARMUP = Number(process.env.BENCH_WARMUP_MESSAGES ?? 2_000);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const SOAK_RATE = Number(process.env.BENCH_SOAK_RATE ?? 100);
const MB = 1024 * 1024;

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

/** POSTs a body to the gateway over the keep-alive agent; resolves with the status and the answer's text. */
function post(
  path: string,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: PORT,
        path,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Sends an envelope to the SOAP ingress: 200 when a Bv03 came back, else the status. */
async function postEnvelope(envelope: { body: string; headers: Record<string, string> }): Promise<number> {
  const { status, text } = await post('/ggk/OntvangAsynchroon', envelope.body, envelope.headers);
  return status === 200 && text.includes('Bv03Bericht') ? 200 : status || 1;
}

/** Kernel figures of a process from /proc (Linux): resident and peak resident memory, MiB. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}

/** Starts the peak (VmHWM) over from the current RSS, so each measurement has a peak of its own (Linux). */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak is then the process's peak so far.
  }
}

/** Heap in use, from the gateway's own /metrics (prom-client default metrics), MiB. */
async function heapUsedMb(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${PORT}/metrics`)).text();
  return Number(/^istd_nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1] ?? NaN) / MB;
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

async function count(db: pg.Client, sql: string): Promise<number> {
  return (await db.query<{ n: number }>(sql)).rows[0]!.n;
}

async function main(): Promise<void> {
  const { DATABASE_URL, AMQP_URL, name, url, drop } = await benchDatabase();
  const observer = new pg.Client({ connectionString: new URL(`/${name}`, DATABASE_URL).toString() });

  const sim = new ChainSim({ gatewayUrl: `http://127.0.0.1:${PORT}` });
  const ggkUrl = await sim.listen();
  const { gateway, exited } = spawnBenchGateway(PORT, {
    DATABASE_URL: url.toString(),
    AMQP_URL,
    GGK_URL: process.env.BENCH_NO_GGK ? '' : ggkUrl,
    RATE_LIMIT_PER_SECOND: '0',
  });
  const connection = await amqp.connect(AMQP_URL);
  try {
    await waitForGateway(gateway, PORT);
    await observer.connect();
    const channel = await connection.createChannel();
    await declareTopology(channel);
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, EVENTS_EXCHANGE, '#');
    const eventAt = new Map<string, number>();
    await channel.consume(
      queue,
      (message) => {
        if (!message) return;
        // Other test runs publish to the same exchange: events are told apart by the stored message id.
        const { berichtId } = JSON.parse(message.content.toString('utf8')) as { berichtId: string };
        eventAt.set(berichtId, performance.now());
      },
      { noAck: true },
    );
    console.log(
      `end to end through the chain simulator (StUF-GGk Di01 → gateway → PostgreSQL durable, RabbitMQ confirms, Du01 back); ` +
        `the machine is shared with other work, so figures vary between runs`,
    );

    if (!process.env.BENCH_SKIP_LARGE)
      await largeDeclarations(observer, url.toString(), eventAt, gateway.pid!);
    await throughput(observer, sim, eventAt);
    if (SOAK_SECONDS > 0) await soak(observer, sim, gateway.pid!);
  } finally {
    agent.destroy();
    await connection.close().catch(() => undefined);
    gateway.kill('SIGTERM');
    await exited;
    await sim.close();
    await observer.end().catch(() => undefined);
    await drop();
  }
  // The same load on the REST hot path (a gateway of its own), for comparison with the SOAP ingress.
  if (!process.env.BENCH_SKIP_REST) await benchEndToEnd();
}

/** POSTs raw XML to the REST ingress; resolves with the status and the stored message's id. */
async function postXml(body: Buffer): Promise<{ status: number; id?: string }> {
  const { status, text } = await post('/api/v1/berichten', body, { 'content-type': 'application/xml' });
  return { status, ...(status === 202 ? { id: (JSON.parse(text) as { id: string }).id } : {}) };
}

/**
 * The 50 MB declaration goes over REST: the GGk refuses envelopes over 25 MB (base64 included), so a
 * declaration this size never arrives in a Di01. It passes every in-message rule (one debit prestatie
 * per toewijzing, the declared total the sum), so every prestatie goes through the cross-message rules.
 * It is posted twice: first while its toewijzingen are unknown to the gateway (every prestatie refused
 * with 9338, answered with a 325 of 60,000 prestaties), then — with another identification — after
 * they have been recorded (every prestatie accepted, assessed, added to the rule state and published
 * with the whole declaration in its event).
 */
async function largeDeclarations(
  db: pg.Client,
  databaseUrl: string,
  eventAt: Map<string, number>,
  pid: number,
): Promise<void> {
  const xml = declaration(50, { clean: true });
  await largeDeclaration(db, eventAt, pid, xml, 'toewijzingen unknown: every prestatie refused in a 325');
  await recordToewijzingen(databaseUrl, xml);
  await db.query('ANALYZE toewijzing');
  const again = Buffer.from(xml);
  again.write('DECL-2026-4B', again.indexOf('DECL-2026-04'), 'latin1');
  await largeDeclaration(
    db,
    eventAt,
    pid,
    again,
    'toewijzingen known: every prestatie accepted and assessed',
  );
}

/** The toewijzingen the declaration's prestaties refer to (client n, toewijzingen 1000000 + 4n + k), as if sent in 301s. */
async function recordToewijzingen(databaseUrl: string, xml: Buffer): Promise<void> {
  let clients = 0;
  for (let at = xml.indexOf('<jw323:Client>'); at >= 0; at = xml.indexOf('<jw323:Client>', at + 1)) clients++;
  await seedToewijzingen(
    databaseUrl,
    Array.from({ length: clients * 4 }, (_, n) => ({
      toewijzingNummer: 1_000_000 + n,
      bsn: bsnFor(Math.floor(n / 4)),
      productCategorie: '45',
      productCode: '45A01',
      ingangsdatum: '2026-01-01',
      volume: 100,
      eenheid: '04',
      frequentie: '2',
    })),
  );
}

async function largeDeclaration(
  db: pg.Client,
  eventAt: Map<string, number>,
  pid: number,
  xml: Buffer,
  label: string,
): Promise<void> {
  resetPeak(pid);
  const before = memoryOf(pid);
  const t0 = performance.now();
  const { status, id } = await postXml(xml);
  const acknowledgedMs = performance.now() - t0;
  let processedMs = NaN;
  let outcome = '?';
  let sampledPeak = before.peakMb;
  for (const deadline = Date.now() + 120_000; id && Date.now() < deadline;) {
    sampledPeak = Math.max(sampledPeak, memoryOf(pid).peakMb);
    const row = (await db.query<{ status: string }>(`SELECT status FROM message WHERE id = $1`, [id]))
      .rows[0];
    if (row && row.status !== 'received') {
      processedMs = performance.now() - t0;
      outcome = row.status;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const deadline = Date.now() + 60_000; id && !eventAt.has(id) && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const publishedMs = id && eventAt.has(id) ? eventAt.get(id)! - t0 : NaN;
  const after = memoryOf(pid);
  console.log(
    `\n50 MB declaration (JW323, ${(xml.length / 1e6).toFixed(1)} MB, over REST; ${label}):` +
      `\n  202 (stored)             ${acknowledgedMs.toFixed(0)} ms (HTTP ${status})` +
      `\n  processed (${outcome})   ${processedMs.toFixed(0)} ms after posting   (target ≤ 10 s)` +
      `\n  event on RabbitMQ        ${publishedMs.toFixed(0)} ms after posting` +
      `\n  gateway RSS              ${before.rssMb.toFixed(0)} MB before, peak ${Math.max(after.peakMb, sampledPeak).toFixed(0)} MB, ${after.rssMb.toFixed(0)} MB after   (target peak ≤ 1 GB)`,
  );
}

/** Posts the envelopes from CLIENTS keep-alive clients; the time to each Bv03, the failures and the wall time. */
async function postAll(
  envelopes: ReadonlyArray<{ body: string; headers: Record<string, string> }>,
): Promise<{ ackTimes: number[]; failures: number; ms: number }> {
  const ackTimes: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < envelopes.length) {
        const envelope = envelopes[next++]!;
        const t0 = performance.now();
        const status = await postEnvelope(envelope);
        if (status === 200) ackTimes.push(performance.now() - t0);
        else failures++;
      }
    }),
  );
  ackTimes.sort((a, b) => a - b);
  return { ackTimes, failures, ms: performance.now() - started };
}

function rateLine({ ackTimes, failures, ms }: Awaited<ReturnType<typeof postAll>>): string {
  return `${(ackTimes.length / (ms / 1000)).toFixed(0)} msg/s (${ackTimes.length} in ${(ms / 1000).toFixed(1)} s, ${failures} failed)`;
}

/**
 * Sustained throughput: WARMUP messages first, their figures printed but not counted (the first
 * seconds of a gateway, or of one that has just finished a 50 MB declaration, are slower: compiling the
 * small-message path, opening pool connections, collecting what the large message left), then
 * MESSAGES measured straight after, on the same connections.
 */
async function throughput(db: pg.Client, sim: ChainSim, eventAt: Map<string, number>): Promise<void> {
  const template = smallJw305();
  // The envelopes are made before the clock starts: the load generator shares the machine with the gateway.
  const envelopes = (prefix: string, length: number) =>
    Array.from({ length }, (_, i) =>
      sim.envelope(
        template.replace('START-2026-0001', `${prefix}${i.toString(36).padStart(8, '0')}`),
        'JW305',
      ),
    );
  const warmEnvelopes = envelopes('W', WARMUP);
  const measuredEnvelopes = envelopes('C', MESSAGES);
  const deliveredBefore = sim.delivered.length;
  const started = performance.now();
  const warm = await postAll(warmEnvelopes);
  const measured = await postAll(measuredEnvelopes);
  const { ackTimes } = measured;
  const acknowledged = warm.ackTimes.length + ackTimes.length;
  console.log(
    `\nsustained: ${MESSAGES} small JW305 in Di01 envelopes, ${CLIENTS} keep-alive clients, after ${WARMUP} for warm-up:` +
      `\n  acknowledged (Bv03)      ${rateLine(measured)}   (target ≥ 1,000)` +
      `\n  time to Bv03             p50 ${percentile(ackTimes, 50).toFixed(1)} ms   p99 ${percentile(ackTimes, 99).toFixed(1)} ms   (target p99 ≤ 50 ms)` +
      `\n  warm-up (not counted)    ${rateLine(warm)}; p50 ${percentile(warm.ackTimes, 50).toFixed(1)} ms   p99 ${percentile(warm.ackTimes, 99).toFixed(1)} ms`,
  );
  const published = async () => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM message WHERE code = 'JW305' AND direction = 'in' AND status <> 'received'`,
    );
    return rows.filter(({ id }) => eventAt.has(id)).length;
  };
  let events = 0;
  for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
    events = await published();
    if (events >= acknowledged && sim.delivered.length - deliveredBefore >= acknowledged) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const allMs = performance.now() - started;
  const delivered = sim.delivered.length - deliveredBefore;
  const stored = await count(
    db,
    `SELECT count(*)::int AS n FROM message WHERE code = 'JW305' AND direction = 'in'`,
  );
  console.log(
    `  processed end to end     ${events} events on RabbitMQ and ${delivered} Du01 retours delivered to the GGk ` +
      `(warm-up included), all in ${(allMs / 1000).toFixed(1)} s: ${(Math.min(events, delivered) / (allMs / 1000)).toFixed(0)} msg/s; stored ${stored}`,
  );
}

async function soak(db: pg.Client, sim: ChainSim, pid: number): Promise<void> {
  const template = smallJw305();
  const samples: Array<{ t: number; heap: number; rss: number }> = [];
  const ackTimes: number[] = [];
  let failures = 0;
  let sent = 0;
  const started = performance.now();
  const endAt = started + SOAK_SECONDS * 1000;
  let unanswered = 0;
  const sampler = setInterval(() => {
    void heapUsedMb()
      .then((heap) =>
        samples.push({ t: (performance.now() - started) / 1000, heap, rss: memoryOf(pid).rssMb }),
      )
      .catch(() => unanswered++);
  }, 5_000);
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; ; i += CLIENTS) {
        const due = started + (i * 1000) / SOAK_RATE;
        if (due >= endAt) return;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        const envelope = sim.envelope(
          template.replace('START-2026-0001', `S${i.toString(36).padStart(8, '0')}`),
          'JW305',
        );
        const t0 = performance.now();
        const status = await postEnvelope(envelope);
        sent++;
        if (status === 200) ackTimes.push(performance.now() - t0);
        else failures++;
      }
    }),
  );
  clearInterval(sampler);
  const backlog = await count(
    db,
    `SELECT count(*)::int AS n FROM message WHERE status = 'received' AND direction = 'in'`,
  );
  ackTimes.sort((a, b) => a - b);
  // The first minute is warm-up (JIT, pools, caches filling); the slope is taken over the rest.
  const steady = samples.filter((s) => s.t >= Math.min(60, SOAK_SECONDS / 4));
  const perHour = (pick: (s: (typeof samples)[number]) => number) =>
    slope(steady.map((s) => [s.t / 3600, pick(s)]));
  const range = (pick: (s: (typeof samples)[number]) => number) =>
    `${Math.min(...steady.map(pick)).toFixed(0)}–${Math.max(...steady.map(pick)).toFixed(0)} MB`;
  console.log(
    `\nsoak: ${SOAK_SECONDS} s at ${SOAK_RATE} msg/s (${sent} messages; an hour at ${((sent / 3600) | 0).toString()} msg/s), memory sampled every 5 s:` +
      `\n  time to Bv03             p50 ${percentile(ackTimes, 50).toFixed(1)} ms   p99 ${percentile(ackTimes, 99).toFixed(1)} ms   (${failures} failed)` +
      `\n  gateway heap used        ${range((s) => s.heap)} after warm-up; slope ${perHour((s) => s.heap).toFixed(1)} MB/hour` +
      `\n  gateway RSS              ${range((s) => s.rss)} after warm-up; slope ${perHour((s) => s.rss).toFixed(1)} MB/hour` +
      `\n  processing backlog at the end: ${backlog} messages` +
      (unanswered ? `\n  memory samples the gateway did not answer: ${unanswered}` : '') +
      `\n  samples (s: heap/RSS MB): ${samples
        .filter((_, i) => i % 12 === 0)
        .map((s) => `${s.t.toFixed(0)}: ${s.heap.toFixed(0)}/${s.rss.toFixed(0)}`)
        .join(', ')}`,
  );
}

await main();
