import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const MEMORY = new URL('./memory.js', import.meta.url).href;

/** Runs an ES module in a fresh Node process without --expose-gc; what it prints, as JSON. */
function run(code: string): unknown {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as unknown;
}

describe('the collector after a large message (memory.ts)', () => {
  it('without exposeCollector a process does not collect explicitly, and nothing fails', () => {
    assert.deepEqual(
      run(`
        import { collectGarbageNow } from '${MEMORY}';
        collectGarbageNow();
        console.log(JSON.stringify({ gc: typeof globalThis.gc }));
      `),
      { gc: 'undefined' },
    );
  });

  it('exposed once at start-up: this thread collects at once, and worker threads started later have it', () => {
    const outcome = run(`
      import { Worker } from 'node:worker_threads';
      import { PerformanceObserver, constants } from 'node:perf_hooks';
      import { collectGarbageNow, exposeCollector } from '${MEMORY}';
      exposeCollector();
      const kinds = [];
      const observer = new PerformanceObserver((list) => kinds.push(...list.getEntries().map((e) => e.detail.kind)));
      observer.observe({ entryTypes: ['gc'] });
      collectGarbageNow();
      const worker = new Worker(
        new URL('data:text/javascript,import { parentPort } from "node:worker_threads"; parentPort.postMessage(typeof globalThis.gc);'),
      );
      const inWorker = await new Promise((resolve) => worker.once('message', resolve));
      await worker.terminate();
      setTimeout(() => {
        observer.disconnect();
        console.log(JSON.stringify({ major: kinds.includes(constants.NODE_PERFORMANCE_GC_MAJOR), inWorker }));
      }, 50);
    `);
    assert.deepEqual(outcome, { major: true, inWorker: 'function' });
  });
});
