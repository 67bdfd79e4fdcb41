/**
 * The background worker (processing, relay, deliveries) runs at a lower scheduling priority than the
 * thread that acknowledges messages: BACKGROUND_NICE applies to the worker thread alone. Linux keeps a
 * nice value per thread and shows it in /proc/<pid>/task/<tid>/stat (field 19).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { until } from '../support/wait.js';

const linux = process.platform === 'linux';
if (!linux) console.log('SKIPPED: thread priorities are read from /proc (Linux only)');

/** Nice value per thread of this process (the test gateway runs in it). */
function threadNices(): Map<string, number> {
  const nices = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), numbered from 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      nices.set(tid, Number(fields[19 - 3]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return nices;
}

describe('background worker priority', { skip: skipWithoutServices || !linux }, () => {
  let gateway: TestGateway;
  let before_: Map<string, number>;

  before(async () => {
    before_ = threadNices();
    gateway = await startTestGateway({ BACKGROUND_NICE: '7' });
  });
  after(() => gateway.close());

  it('lowers the worker thread alone to BACKGROUND_NICE; the main thread keeps its priority', async () => {
    const lowered = await until('a worker thread at nice 7', async () => {
      const found = [...threadNices()].filter(([tid, nice]) => nice === 7 && !before_.has(tid));
      return found.length > 0 ? found.map(([tid]) => tid) : undefined;
    });
    assert.equal(lowered.length, 1, `threads at nice 7: ${lowered.join(', ')}`);
    assert.equal(threadNices().get(String(process.pid)), before_.get(String(process.pid)));
  });
});
