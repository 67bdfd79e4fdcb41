/** `npm run bench`: prints figures for validation and mapping, then end to end through the gateway (never pass/fail). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, SchemaSet, validate, validateAndParse } from '../libs/istandaarden/src/index.js';
import { benchDeclaratieChecks } from './declaratie-checks.js';
import { benchAdminList } from './admin-list.js';
import { benchEndToEnd } from './e2e.js';
import { declaration, smallJw305 } from './fixtures.js';

const RUNS = 10_000;

interface LargeFigures {
  megabytes: number;
  ok: boolean;
  bestMs: number;
  mbPerSecond: number;
  peakRssMb: number;
  rssBeforeMb: number;
  heapWithModelMb: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeRuns(fn: () => unknown): { median: number; p99: number } {
  for (let i = 0; i < 2_000; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99) };
}

function smallMessage(): void {
  const compileStarted = performance.now();
  const schemas = SchemaSet.load();
  const compileMs = performance.now() - compileStarted;
  console.log(`schema compile: ${schemas.codes.length} message schemas in ${compileMs.toFixed(0)} ms`);

  const small = Buffer.from(smallJw305());
  console.log(`\nsmall JW305 (${small.length} bytes), ${RUNS} runs after warm-up:`);
  for (const [name, fn] of [
    ['validate + parse', () => validateAndParse(small, {}, schemas)],
    ['validate only', () => validate(small, {}, schemas)],
    ['parse only (well-formedness + mapping)', () => parse(small, {}, schemas)],
  ] as const) {
    const { median, p99 } = timeRuns(fn);
    console.log(`  ${name.padEnd(40)} median ${median.toFixed(3)} ms   p99 ${p99.toFixed(3)} ms`);
  }
  schemas.dispose();
}

function largeDeclarations(): void {
  console.log(
    '\nlarge JW323 declarations, validation + mapping to the model, best of 3, each in its own process:',
  );
  const large = fileURLToPath(new URL('./large.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'istd-bench-'));
  try {
    for (const megabytes of [10, 50]) {
      const file = join(dir, `jw323-${megabytes}mb.xml`);
      writeFileSync(file, declaration(megabytes));
      for (const [mode, workers] of [
        ['single', 0],
        ['pool', 1],
        ['pool', 2],
      ] as const) {
        const line = execFileSync(process.execPath, [large, file, mode, String(workers)], {
          encoding: 'utf8',
        });
        const figures = JSON.parse(line) as LargeFigures;
        const label =
          mode === 'pool' ? `${workers} worker${workers > 1 ? 's' : ''} validate, main maps` : 'one thread';
        const bound = 3 * figures.megabytes + 200;
        console.log(
          `  ${figures.megabytes.toFixed(1).padStart(5)} MB  ${label.padEnd(30)} ${figures.bestMs.toFixed(0).padStart(5)} ms` +
            `  ${figures.mbPerSecond.toFixed(1).padStart(5)} MB/s  peak RSS ${figures.peakRssMb.toFixed(0)} MB` +
            ` (bound 3 × doc + 200 = ${bound.toFixed(0)} MB; at start ${figures.rssBeforeMb.toFixed(0)} MB,` +
            ` heap with model ${figures.heapWithModelMb.toFixed(0)} MB)${figures.ok ? '' : '  NOT VALID'}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the rules add to validate + parse of the large declarations (target: at most 20 %). */
function ruleEvaluation(): void {
  console.log(
    '\nrule evaluation on the large JW323 declarations (one thread, CPU time, mean of 10 runs after 5 warm-up runs), against validate + parse:',
  );
  const script = fileURLToPath(new URL('./rules.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'istd-bench-'));
  try {
    for (const megabytes of [10, 50]) {
      const file = join(dir, `jw323-${megabytes}mb.xml`);
      writeFileSync(file, declaration(megabytes));
      const figures = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8' })) as {
        megabytes: number;
        prestaties: number;
        validateMs: number;
        inMessageMs: number;
        crossMs: number;
        inMessageFindings: number;
        crossFindings: number;
        firstRun: { validateMs: number; inMessageMs: number; crossMs: number };
      };
      const rulesMs = figures.inMessageMs + figures.crossMs;
      console.log(
        `  ${figures.megabytes.toFixed(1).padStart(5)} MB  ${String(figures.prestaties).padStart(6)} prestaties` +
          `  validate + parse ${figures.validateMs.toFixed(0).padStart(5)} ms` +
          `  in-message rules ${figures.inMessageMs.toFixed(0).padStart(4)} ms` +
          `  cross-message rules ${figures.crossMs.toFixed(0).padStart(4)} ms` +
          `  => rules add ${((100 * rulesMs) / figures.validateMs).toFixed(1)} % (target ≤ 20 %)` +
          `  [findings ${figures.inMessageFindings} + ${figures.crossFindings}]`,
      );
      const first = figures.firstRun;
      console.log(
        `         first run, before any warm-up: validate + parse ${first.validateMs.toFixed(0)} ms` +
          `  in-message rules ${first.inMessageMs.toFixed(0)} ms  cross-message rules ${first.crossMs.toFixed(0)} ms`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

smallMessage();
largeDeclarations();
ruleEvaluation();
await benchDeclaratieChecks();
// The end-to-end figure needs PostgreSQL and RabbitMQ (started like the tests do); BENCH_SKIP_E2E=1 leaves it out.
if (!process.env.BENCH_SKIP_E2E) await benchEndToEnd();
// The admin console's message list at 100,000 messages; BENCH_SKIP_ADMIN=1 leaves it out.
if (!process.env.BENCH_SKIP_ADMIN) await benchAdminList();
