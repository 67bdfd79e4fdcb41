/**
 * Fault: the gateway process killed with SIGKILL mid-stream (no shutdown hooks, batches half done) and
 * started again. Every acknowledged message ends processed exactly once, published and answered once.
 */
import { skipWithoutServices } from '../support/test-services.js';
import { describeFault } from './support/fault-bed.js';
import { reconcile, stream } from './support/stream.js';

describeFault(
  'fault: gateway killed with SIGKILL during the stream',
  skipWithoutServices,
  async () => ({}),
  'processes every acknowledged message exactly once after the restart',
  async (bed) => {
    const result = await stream(bed.sim, {
      count: 150,
      perSecond: 50,
      prefix: 'KIL',
      faultAt: {
        sent: 40,
        fault: async () => {
          await bed.gateway.kill();
          await bed.gateway.restart();
        },
      },
    });
    await reconcile('fault: gateway SIGKILL', result, bed);
  },
);
