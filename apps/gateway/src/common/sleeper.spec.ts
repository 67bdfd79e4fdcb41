import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Sleeper } from './sleeper.js';

async function elapsed(pause: Promise<void>): Promise<number> {
  const started = performance.now();
  await pause;
  return performance.now() - started;
}

describe('Sleeper', () => {
  it('a nudge ends an idle pause at once', async () => {
    const sleeper = new Sleeper();
    const pause = elapsed(sleeper.sleep(5_000));
    sleeper.nudge();
    assert.ok((await pause) < 1_000);
  });

  it('a nudge while busy makes the next idle pause return at once, once', async () => {
    const sleeper = new Sleeper();
    sleeper.nudge();
    assert.ok((await elapsed(sleeper.sleep(5_000))) < 1_000);
    assert.ok((await elapsed(sleeper.sleep(50))) >= 40);
  });

  it('a back-off pause ignores nudges but ends on interrupt', async () => {
    const sleeper = new Sleeper();
    const pause = elapsed(sleeper.sleep(300, { idle: false }));
    sleeper.nudge();
    assert.ok((await pause) >= 250);
    const stopped = elapsed(sleeper.sleep(5_000, { idle: false }));
    sleeper.interrupt();
    assert.ok((await stopped) < 1_000);
  });
});
