/**
 * Fault: the GGk endpoint fails (503) for a while during the stream. Outbound deliveries (the Du01
 * retours) are retried with back-off and all complete once it recovers; none is parked or lost.
 */
import assert from 'node:assert/strict';
import { skipWithoutServices } from '../support/test-services.js';
import { describeFault, sleep } from './support/fault-bed.js';
import { reconcile, stream } from './support/stream.js';

describeFault(
  'fault: GGk endpoint failing during the stream',
  skipWithoutServices,
  async () => ({}),
  'delivers every retour once the GGk recovers',
  async (bed) => {
    const result = await stream(bed.sim, {
      count: 150,
      perSecond: 50,
      prefix: 'GGK',
      faultAt: {
        sent: 1,
        fault: async () => {
          // Down for 3 s, and on a slow machine for as long as it takes to refuse a good number of deliveries.
          bed.sim.failWith = 503;
          const until = Date.now() + 20_000;
          await sleep(3_000);
          while (bed.sim.refused < 20 && Date.now() < until) await sleep(100);
          delete bed.sim.failWith;
        },
      },
    });
    assert.ok(bed.sim.refused > 0, 'deliveries were refused while the GGk failed');
    console.log(`[fault: GGk failing] ${bed.sim.refused} delivery attempts refused during the outage`);
    await reconcile('fault: GGk failing', result, bed);
  },
);
