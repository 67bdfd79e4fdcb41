/**
 * Hostile input over HTTP, against a running gateway: the XML corpus (corpus.ts) posted raw and wrapped
 * in Di01 envelopes, SOAP envelope tricks (payload not base64, nested envelopes, wrong content type,
 * DOCTYPE in the envelope), oversized bodies (declared and streamed) and slow clients (headers and body
 * trickled: slowloris). Each gets a specific answer; nothing is stored; the gateway keeps serving. Peak
 * RSS and event-loop delay (perf_hooks) over the whole suite are printed with their bounds; memory is
 * asserted, time never is.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  SOAP_MEDIA_TYPE,
  buildDi01,
  formatTijdstip,
  newReferentienummer,
  operationSpec,
} from '../../libs/stuf-ggk/src/index.js';
import { startZorg } from '../faults/support/stream.js';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { CASES, MiB, type Context } from './corpus.js';

const MAX_BODY = 32 * MiB;
const HEADERS_TIMEOUT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 3_000;
/** Inputs above this are left to the library suite (hostile-input.spec.ts): here the HTTP layer is under test. */
const LARGEST_CORPUS_INPUT = 25 * MiB;
const mb = (bytes: number) => (bytes / MiB).toFixed(1);

setFlagsFromString('--expose-gc');
/** A full collection before each request, so one case's garbage does not count against the next. */
const gc = runInNewContext('gc') as () => void;

function di01(payload: Buffer | string): string {
  return buildDi01({
    stuurgegevens: {
      zender: { organisatie: '12345678', applicatie: 'ZorgSysteem' },
      ontvanger: { organisatie: 'GGk', applicatie: 'GGk' },
      referentienummer: newReferentienummer(),
      tijdstipBericht: formatTijdstip(new Date()),
      functie: 'JW305',
    },
    parameters: {
      applicatieVersie: '0301',
      applicatieSubversie: '0000',
      functieVersie: '0302',
      functieSubversie: '0000',
      bericht: { bytes: payload },
    },
  });
}

const SOAP_11 = `${SOAP_MEDIA_TYPE['1.1']}; charset=utf-8`;
const DI01_ACTION = `"${operationSpec('ggk_Di01').soapAction}"`;

interface Answer {
  readonly status: number;
  readonly text: string;
}

/** The answer's status and text: a problem document's `type`, `detail` and first error, or a fault's faultstring. */
async function answerOf(response: Response): Promise<Answer> {
  return { status: response.status, text: await response.text() };
}

interface Row {
  readonly name: string;
  readonly bytes: number;
  readonly status: number;
  readonly ms: number;
  /** Peak RSS of the process after the case, MiB. */
  readonly peakMb?: number;
  /** Longest event-loop delay while the request was being answered, ms. */
  readonly loopMaxMs?: number;
}

describe('hostile input over HTTP', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  const rows: Row[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let baselineRss = 0;
  let largest = 0;
  const context: Context = { netUrl: 'http://127.0.0.1:9/' };

  const post = async (name: string, path: string, body: string | Buffer, headers: Record<string, string>) => {
    const bytes = Buffer.byteLength(body);
    largest = Math.max(largest, bytes);
    gc();
    // The delay while the gateway answers: the inputs are built before, so the client's own work is not counted.
    const window = monitorEventLoopDelay({ resolution: 10 });
    window.enable();
    const t0 = performance.now();
    const answer = await answerOf(await fetch(`${gateway.base}${path}`, { method: 'POST', headers, body }));
    window.disable();
    const peakMb = (process.resourceUsage().maxRSS * 1024) / MiB;
    const loopMaxMs = window.max / 1e6;
    rows.push({ name, bytes, status: answer.status, ms: performance.now() - t0, peakMb, loopMaxMs });
    return answer;
  };
  const rest = (name: string, body: string | Buffer, type = 'application/xml') =>
    post(name, '/api/v1/berichten', body, { 'content-type': type });
  const soap = (name: string, body: string | Buffer, type = SOAP_11) =>
    post(name, '/ggk/OntvangAsynchroon', body, { 'content-type': type, soapaction: DI01_ACTION });

  before(async () => {
    gateway = await startTestGateway({
      MAX_BODY_BYTES: String(MAX_BODY),
      HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
    // Warm-up: one message each way, so schema compilation and first-use costs are not counted.
    assert.equal((await rest('warm-up', startZorg('WARM1'))).status, 202);
    assert.equal((await soap('warm-up', di01(startZorg('WARM2')))).status, 200);
    baselineRss = process.memoryUsage().rss;
    loopDelay.enable();
  });
  after(async () => {
    loopDelay.disable();
    await gateway?.close();
  });

  for (const hostile of CASES) {
    it(`corpus over REST and in a Di01: ${hostile.name}`, { timeout: 120_000 }, async (t) => {
      const megabytes = Number(/(\d+) MB/.exec(hostile.name)?.[1] ?? 0);
      if (megabytes * MiB > LARGEST_CORPUS_INPUT) {
        t.skip('larger than the HTTP suite sends; the oversized cases below cover the HTTP limit');
        return;
      }
      const input = hostile.build(context);
      const { rule, message } = hostile.validate;
      if (Buffer.byteLength(input) === 0) {
        const empty = await rest(`REST: ${hostile.name}`, input);
        assert.equal(empty.status, 400);
        assert.match(empty.text, /empty-body/);
        return; // an envelope with an empty payload is a SOAP trick below
      }
      const expectedStatus = rule === 'BERICHT' ? 415 : 400;
      const answer = await rest(`REST: ${hostile.name}`, input);
      assert.equal(answer.status, expectedStatus, answer.text.slice(0, 500));
      const document = JSON.parse(answer.text) as { errors?: Array<{ rule: string; message: string }> };
      assert.equal(document.errors?.[0]?.rule, rule, answer.text.slice(0, 500));
      assert.match(document.errors![0]!.message, message);

      const fault = await soap(`Di01: ${hostile.name}`, di01(input));
      assert.equal(fault.status, 500, 'SOAP 1.1 faults are HTTP 500');
      assert.match(fault.text, /<faultstring>StUF055: /);
      assert.match(fault.text, /<StUF:Fo03Bericht/);
    });
  }

  it('SOAP envelope tricks each get a Fo03 fault naming the trick', async () => {
    const good = di01(startZorg('TRICK1'));
    const payloadStart =
      good.indexOf('xmime:contentType="application/xml">') + 'xmime:contentType="application/xml">'.length;
    const payloadEnd = good.indexOf('</GGK:bericht>');
    const withPayload = (text: string) => good.slice(0, payloadStart) + text + good.slice(payloadEnd);
    const tricks: Array<[string, string, string, RegExp]> = [
      ['payload not base64', withPayload('<<not base64!!>>'), SOAP_11, /base64|not allowed|character/i],
      ['payload base64 with junk inside', withPayload('PD94bWwg$$$$dmVyc2lvbj0i'), SOAP_11, /base64/i],
      ['payload is itself a SOAP envelope', di01(good), SOAP_11, /StUF055: .*(namespace|not an? |message)/i],
      [
        'envelope nested in the Body',
        good.replace('<soap:Body>', `<soap:Body>${good.replace(/^<\?xml[^>]*>/, '')}`),
        SOAP_11,
        /StUF0(22|55): /,
      ],
      ['wrong content type (application/json)', good, 'application/json', /is not a SOAP message/],
      [
        'SOAP 1.2 content type on a 1.1 envelope',
        good,
        'application/soap+xml; charset=utf-8',
        /SOAP|namespace|version/i,
      ],
      [
        'multipart/related without parts',
        good,
        'multipart/related; boundary=x; type="application/xop+xml"',
        /boundary|MTOM|multipart/i,
      ],
      [
        'DOCTYPE with an external entity in the envelope',
        good.replace(
          '<soap:Envelope',
          '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><soap:Envelope',
        ),
        SOAP_11,
        /DOCTYPE|DTD/i,
      ],
      ['empty body', '', SOAP_11, /empty|no |end/i],
    ];
    for (const [name, body, type, expected] of tricks) {
      const answer = await soap(`SOAP trick: ${name}`, body, type);
      assert.ok([400, 415, 500].includes(answer.status), `${name}: status ${answer.status}`);
      const faultstring =
        /<faultstring>([^<]*)<\/faultstring>/.exec(answer.text)?.[1] ?? answer.text.slice(0, 300);
      assert.match(faultstring, expected, `${name}: ${faultstring}`);
      assert.doesNotMatch(answer.text, /root:x:0:0/, `${name}: file contents echoed`);
    }
  });

  it('oversized bodies: a declared length over the limit and a chunked stream past it get 413', async () => {
    const declared = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(new URL(gateway.base).port as unknown as number, '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('latin1')));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      socket.write(
        `POST /api/v1/berichten HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nContent-Length: ${200 * MiB}\r\nConnection: close\r\n\r\n<x/>`,
      );
      setTimeout(() => socket.end(), 2_000);
    });
    assert.match(declared, /^HTTP\/1\.1 413 /, declared.slice(0, 200));
    assert.match(declared, /too-large/);

    for (const path of ['/api/v1/berichten', '/ggk/OntvangAsynchroon']) {
      gc();
      const size = MAX_BODY + MiB;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= size) return controller.close();
          sent += MiB;
          controller.enqueue(new Uint8Array(MiB).fill(0x20));
        },
      });
      const t0 = performance.now();
      const response = await fetch(`${gateway.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': path.startsWith('/ggk') ? SOAP_11 : 'application/xml' },
        body,
        duplex: 'half',
      } as RequestInit).catch((error: unknown) => ({ error }));
      rows.push({
        name: `chunked ${mb(size)} MiB to ${path}`,
        bytes: size,
        status: 'status' in response ? response.status : 0,
        ms: performance.now() - t0,
      });
      // The gateway may answer 413 and close before the client has finished sending: either proves the refusal.
      if ('status' in response) assert.equal(response.status, 413, path);
      assert.ok(sent <= size, 'the gateway stopped reading');
    }
  });

  it('slow clients: trickled headers and trickled bodies are cut off by the timeouts, others are still served', async () => {
    const port = Number(new URL(gateway.base).port);
    const trickle = (start: string, piece: string, everyMs: number) =>
      new Promise<{ answer: string; ms: number }>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        const t0 = performance.now();
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('error', () => undefined);
        socket.write(start);
        const timer = setInterval(() => socket.writable && socket.write(piece), everyMs);
        const give = setTimeout(() => socket.destroy(), 30_000);
        socket.on('close', () => {
          clearInterval(timer);
          clearTimeout(give);
          resolve({ answer, ms: performance.now() - t0 });
        });
      });
    const slowHeaders = Array.from({ length: 200 }, () =>
      trickle('POST /api/v1/berichten HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n', 200),
    );
    const slowBody = trickle(
      'POST /api/v1/berichten HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nContent-Length: 100000\r\n\r\n<?xml',
      ' ',
      200,
    );
    // While 201 clients trickle, a normal client is served.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const t0 = performance.now();
    const normal = await rest('normal client during 201 slow ones', startZorg('SLOWOK'));
    const normalMs = performance.now() - t0;
    assert.equal(normal.status, 202);

    const headers = await Promise.all(slowHeaders);
    const body = await slowBody;
    for (const result of headers)
      assert.match(result.answer, /^(HTTP\/1\.1 408 |$)/, 'cut off, with 408 or closed');
    assert.match(body.answer, /^HTTP\/1\.1 408 /, body.answer.slice(0, 100));
    const slowest = Math.max(...headers.map((h) => h.ms));
    console.log(
      `slow clients: 200 trickling headers cut off after ≤ ${slowest.toFixed(0)} ms (headers timeout ${HEADERS_TIMEOUT_MS} ms), ` +
        `a trickling body after ${body.ms.toFixed(0)} ms (request timeout ${REQUEST_TIMEOUT_MS} ms); ` +
        `a normal request meanwhile answered 202 in ${normalMs.toFixed(0)} ms`,
    );
  });

  it('stored nothing of it, and kept memory and the event loop bounded (prints the figures)', async () => {
    const client = new pg.Client({ connectionString: gateway.database.url });
    await client.connect();
    try {
      const { rows: stored } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM message WHERE direction = 'in'`,
      );
      assert.equal(stored[0]!.n, 3, 'only the two warm-up messages and the normal client are stored');
    } finally {
      await client.end();
    }
    loopDelay.disable();
    const peakRss = process.resourceUsage().maxRSS * 1024;
    const growth = peakRss - baselineRss;
    // The client (this process) holds the input and its envelope; the gateway (also this process) holds
    // the body it read, the decoded payload of a Di01, the text the well-formedness check decodes, and
    // libxml2's copy in its wasm heap (which does not shrink): 6 × the largest input, plus 200 MiB for the
    // schema sets of three isolates, the wasm heaps' base size and allocator slack.
    const bound = 6 * largest + 200 * MiB;
    const answered = rows.filter((r) => r.loopMaxMs !== undefined);
    const worst = answered.reduce((w, r) => (r.loopMaxMs! > w.loopMaxMs! ? r : w), answered[0]!);
    // The ingress checks well-formedness on the event loop before storing: the loop is held for a time
    // proportional to the message (libxml2 at roughly 30-60 MB/s here), never longer.
    const loopBound = (bytes: number) => 100 + (50 * bytes) / MiB;
    const overBound = answered.filter((r) => r.loopMaxMs! > loopBound(r.bytes));
    const lines = [
      `${'case'.padEnd(70)} ${'MiB'.padStart(7)} ${'status'.padStart(6)} ${'ms'.padStart(8)} ${'peak'.padStart(6)} ${'loop'.padStart(6)}`,
      ...rows.map(
        (r) =>
          `${r.name.slice(0, 70).padEnd(70)} ${mb(r.bytes).padStart(7)} ${String(r.status).padStart(6)} ${r.ms.toFixed(1).padStart(8)} ${r.peakMb?.toFixed(0).padStart(6) ?? ''} ${r.loopMaxMs?.toFixed(0).padStart(6) ?? ''}`,
      ),
      `peak RSS ${mb(peakRss)} MiB, growth over the warm gateway ${mb(growth)} MiB; bound 6 × ${mb(largest)} + 200 = ${mb(bound)} MiB`,
      `event-loop delay while the gateway answered: worst ${worst.loopMaxMs!.toFixed(0)} ms (${worst.name}, ${mb(worst.bytes)} MiB); ` +
        `bound 100 ms + 50 ms per MiB of input, exceeded by ${overBound.length} of ${answered.length} requests (printed, not asserted: time is the benchmarks' business)`,
      `event-loop delay over the whole suite (clients building 20 MB inputs included): p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)} ms, ` +
        `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`,
    ];
    console.log(lines.join('\n'));
    assert.ok(growth < bound, `peak RSS grew ${mb(growth)} MiB; bound ${mb(bound)} MiB`);
  });
});
