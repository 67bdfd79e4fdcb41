/**
 * Fault: the GGk endpoint fails (503) for a while during the stream. Outbound deliveries (the Du01
 * retours) are retried with back-off and all complete once it recovers; none is parked or lost.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../support/test-services.js';
import { startFaultBed, sleep, type FaultBed } from './support/fault-bed.js';
import { reconcile, stream } from './support/stream.js';

describe('fault: GGk endpoint failing during the stream', { skip: skipWithoutServices }, () => {
  let bed: FaultBed;

  before(async () => {
    bed = await startFaultBed();
  });
  after(async () => {
    await bed?.close();
  });

  it('delivers every retour once the GGk recovers', async () => {
    const result = await stream(bed.sim, {
      count: 150,
      perSecond: 50,
      prefix: 'GGK',
      faultAt: {
        sent: 20,
        fault: async () => {
          bed.sim.failWith = 503;
          await sleep(3_000);
          delete bed.sim.failWith;
        },
      },
    });
    assert.ok(bed.sim.refused > 0, 'deliveries were refused while the GGk failed');
    console.log(`[fault: GGk failing] ${bed.sim.refused} delivery attempts refused during the outage`);
    await reconcile('fault: GGk failing', result, bed);
  });
});
