/**
 * One large-declaration measurement in its own process, so its peak RSS is its own:
 * `node dist/bench/large.js <file> <single|pool> [workers]` prints one JSON line.
 */
import { ValidationPool, validateAndParse } from '../libs/istandaarden/src/index.js';
import { readFileSync } from 'node:fs';

const xml = readFileSync(process.argv[2]!);
const mode = process.argv[3] === 'pool' ? 'pool' : 'single';
const rssBefore = process.memoryUsage().rss;
const workers = Number(process.argv[4] ?? 2);
const pool = mode === 'pool' ? await ValidationPool.start({ size: workers }) : undefined;
const times: number[] = [];
let ok = true;
let heapAfterMb = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const result = pool ? await pool.validateAndParse(xml) : validateAndParse(xml);
  times.push(performance.now() - started);
  ok &&= result.validation.valid && result.bericht !== undefined;
  heapAfterMb = process.memoryUsage().heapUsed / 1e6;
}
await pool?.close();
const best = Math.min(...times);
console.log(
  JSON.stringify({
    megabytes: xml.length / 1e6,
    workers: pool ? workers : 0,
    mode,
    ok,
    bestMs: best,
    mbPerSecond: xml.length / 1e6 / (best / 1000),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb: rssBefore / 1e6,
    heapWithModelMb: heapAfterMb,
  }),
);
