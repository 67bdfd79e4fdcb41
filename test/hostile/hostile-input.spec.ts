/**
 * Hostile inputs: every one must get a specific finding from validate and from parse (rule, a
 * distinctive part of the message, line/column where meaningful), fast, without crashing, without
 * reading files or the network, and with bounded memory. Figures are printed as one table at the end.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detect, MAX_FINDINGS, parse, validate, type Finding } from '../../libs/istandaarden/src/index.js';
import { CASES, MiB, NS, type Context, type Expected } from './corpus.js';

setFlagsFromString('--expose-gc');
/** A full collection between cases, so one case's garbage does not count against the next. */
const gc = runInNewContext('gc') as () => void;

/**
 * Memory bound, for the whole suite and for each case: RSS may grow by at most 3 × the input plus
 * 200 MiB. The input itself is held once by the test; a copy of it may be made inside libxml2's wasm
 * heap (which does not shrink) and one as a decoded string; 200 MiB covers the schema set, the wasm
 * heap's base size and allocator slack. For the whole suite the largest input is 200 MiB, so the peak
 * (process.resourceUsage().maxRSS, compared with the RSS after warm-up) must stay below 800 MiB.
 */
const boundFor = (inputBytes: number) => 3 * inputBytes + 200 * MiB;

/** Lines of /etc/passwd: none may ever appear in a finding. */
const SECRETS = existsSync('/etc/passwd')
  ? readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .filter((line) => line.includes(':') && line.length > 8)
  : [];

interface Row {
  readonly name: string;
  readonly bytes: number;
  readonly validateMs: number;
  readonly parseMs: number;
  readonly detectMs: number;
  readonly rule: string;
  readonly rssDelta: number;
}

const rows: Row[] = [];
let baselineRss = 0;
let largestInput = 0;
let connections = 0;
let server: Server;
const context = { netUrl: '' } as { netUrl: string } satisfies Context;

function check(label: string, found: Finding | undefined, want: Expected): void {
  assert.ok(found, `${label}: no finding`);
  const shown = `${label}: ${JSON.stringify(found)}`;
  assert.equal(found.rule, want.rule, shown);
  assert.match(found.message, want.message, shown);
  if (want.line !== undefined) assert.equal(found.line, want.line, shown);
  if (want.column !== undefined) {
    const [low, high] = typeof want.column === 'number' ? [want.column, want.column] : want.column;
    assert.ok(found.column >= low && found.column <= high, `${shown}: column not in ${low}..${high}`);
  }
}

function noSecrets(label: string, result: unknown): void {
  const text = JSON.stringify(result);
  for (const secret of SECRETS)
    assert.ok(!text.includes(secret), `${label}: a line of /etc/passwd appears in the result`);
}

const mb = (bytes: number) => (bytes / MiB).toFixed(1);

describe('hostile input', () => {
  before(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    context.netUrl = `http://127.0.0.1:${address.port}`;
    // Warm-up: compile the schema set and load the definitions, so no case pays for it.
    const warm = `<jw305:Bericht xmlns:jw305="${NS}"/>`;
    assert.equal(validate(warm).code, 'JW305');
    parse(warm);
    detect(warm);
    gc();
    baselineRss = process.memoryUsage().rss;
  });

  after(() => {
    server.close();
  });

  for (const hostile of CASES) {
    it(hostile.name, { timeout: 120_000 }, () => {
      gc();
      const rssBefore = process.memoryUsage().rss;
      let input: string | Buffer | undefined = hostile.build(context);
      const bytes = Buffer.byteLength(input);
      largestInput = Math.max(largestInput, bytes);

      const t0 = performance.now();
      const validated = validate(input);
      const t1 = performance.now();
      const parsed = parse(input);
      const t2 = performance.now();
      const detected = detect(input);
      const t3 = performance.now();
      const rssDelta = process.memoryUsage().rss - rssBefore;
      input = undefined;

      const row = {
        name: hostile.name,
        bytes,
        validateMs: t1 - t0,
        parseMs: t2 - t1,
        detectMs: t3 - t2,
        rule: validated.findings[0]?.rule ?? '-',
        rssDelta,
      };
      rows.push(row);

      assert.equal(validated.valid, false, `validate accepted it: ${JSON.stringify(validated)}`);
      check('validate', validated.findings[0], hostile.validate);
      assert.ok(validated.findings.length <= MAX_FINDINGS + 1, `${validated.findings.length} findings`);
      assert.equal(parsed.ok, false, 'parse accepted it');
      if (!parsed.ok) {
        check('parse', parsed.findings[0], hostile.parse ?? hostile.validate);
        assert.ok(parsed.findings.length <= MAX_FINDINGS + 1, `${parsed.findings.length} findings`);
      }
      if (!detected.ok) assert.ok(detected.finding.rule, 'detect gave a finding without a rule');
      for (const [label, result] of [
        ['validate', validated],
        ['parse', parsed],
        ['detect', detected],
      ] as const) {
        noSecrets(label, result);
      }
      const elapsed = t3 - t0;
      assert.ok(
        elapsed < hostile.budgetMs,
        `took ${elapsed.toFixed(0)} ms; the budget is ${hostile.budgetMs} ms`,
      );
      assert.ok(rssDelta < boundFor(bytes), `RSS grew ${mb(rssDelta)} MiB for a ${mb(bytes)} MiB input`);
    });
  }

  it('fetched nothing over the network, kept memory bounded (prints the figures)', () => {
    assert.equal(rows.length, CASES.length, 'every case ran');
    assert.equal(connections, 0, 'a parser connected to the local entity server');
    gc();
    const rssAfter = process.memoryUsage().rss;
    const peakRss = process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
    const growth = peakRss - baselineRss;
    const lines = [
      `${'case'.padEnd(48)} ${'MiB'.padStart(7)} ${'valid ms'.padStart(9)} ${'parse ms'.padStart(9)} ${'detect'.padStart(7)} ${'rule'.padEnd(7)} ${'RSS Δ MiB'.padStart(9)}`,
      ...rows.map(
        (r) =>
          `${r.name.padEnd(48)} ${mb(r.bytes).padStart(7)} ${r.validateMs.toFixed(1).padStart(9)} ${r.parseMs.toFixed(1).padStart(9)} ${r.detectMs.toFixed(1).padStart(7)} ${r.rule.padEnd(7)} ${mb(r.rssDelta).padStart(9)}`,
      ),
      `RSS after warm-up ${mb(baselineRss)} MiB, at the end ${mb(rssAfter)} MiB; peak (maxRSS) ${mb(peakRss)} MiB, ` +
        `growth ${mb(growth)} MiB; bound 3 × ${mb(largestInput)} + 200 = ${mb(boundFor(largestInput))} MiB; ` +
        `network connections ${connections}`,
    ];
    console.log(lines.join('\n'));
    assert.ok(growth < boundFor(largestInput), `peak RSS grew ${mb(growth)} MiB`);
  });
});
