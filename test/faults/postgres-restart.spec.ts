/**
 * Fault: PostgreSQL (a private cluster, never the shared server) stopped the hard way and started again
 * during the stream. Requests meanwhile get 503 with Retry-After and nothing of them is stored; after
 * the restart every acknowledged message is processed, published and answered.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipWithoutServices } from '../support/test-services.js';
import { startFaultBed, sleep, type FaultBed } from './support/fault-bed.js';
import { PrivatePostgres, skipWithoutPostgresBinaries } from './support/private-postgres.js';
import { reconcile, stream } from './support/stream.js';

describe(
  'fault: PostgreSQL restarted during the stream',
  { skip: skipWithoutServices || skipWithoutPostgresBinaries },
  () => {
    let cluster: PrivatePostgres;
    let bed: FaultBed;

    before(async () => {
      cluster = await PrivatePostgres.create();
      bed = await startFaultBed({ databaseUrl: cluster.url });
    });
    after(async () => {
      await bed?.close();
      cluster?.remove();
    });

    it('answers 503 with Retry-After during the outage and processes every acknowledged message after it', async () => {
      const result = await stream(bed.sim, {
        count: 150,
        perSecond: 50,
        prefix: 'PGR',
        faultAt: {
          sent: 30,
          fault: async () => {
            cluster.stop();
            await sleep(2_500);
            cluster.start();
          },
        },
      });
      assert.ok(
        (result.failures['503'] ?? 0) > 0,
        `requests during the outage were refused: ${JSON.stringify(result.failures)}`,
      );
      assert.ok(result.retryAfterOn503, 'every 503 carries Retry-After');
      await reconcile('fault: PostgreSQL restart', result, bed);
    });
  },
);
