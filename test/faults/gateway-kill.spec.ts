/**
 * Fault: the gateway process killed with SIGKILL mid-stream (no shutdown hooks, batches half done) and
 * started again. Every acknowledged message ends processed exactly once, published and answered once.
 */
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../support/test-services.js';
import { startFaultBed, type FaultBed } from './support/fault-bed.js';
import { reconcile, stream } from './support/stream.js';

describe('fault: gateway killed with SIGKILL during the stream', { skip: skipWithoutServices }, () => {
  let bed: FaultBed;

  before(async () => {
    bed = await startFaultBed();
  });
  after(async () => {
    await bed?.close();
  });

  it('processes every acknowledged message exactly once after the restart', async () => {
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
  });
});
