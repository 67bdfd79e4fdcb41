/**
 * Fault: PostgreSQL (a private cluster, never the shared server) stopped the hard way and started again
 * during the stream. Requests meanwhile get 503 with Retry-After and nothing of them is stored; after
 * the restart every acknowledged message is processed, published and answered.
 */
import assert from 'node:assert/strict';
import { skipWithoutServices } from '../support/test-services.js';
import { describeFault, sleep } from './support/fault-bed.js';
import { PrivatePostgres, skipWithoutPostgresBinaries } from './support/private-postgres.js';
import { reconcile, stream } from './support/stream.js';

let cluster: PrivatePostgres;

describeFault(
  'fault: PostgreSQL restarted during the stream',
  skipWithoutServices || skipWithoutPostgresBinaries,
  async () => {
    cluster = await PrivatePostgres.create();
    return { databaseUrl: cluster.url, release: () => cluster.remove() };
  },
  'answers 503 with Retry-After during the outage and processes every acknowledged message after it',
  async (bed) => {
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
    const refused = result.failures['503'] ?? 0;
    assert.ok(refused > 0, `requests during the outage were refused: ${JSON.stringify(result.failures)}`);
    assert.ok(result.retryAfterOn503, 'every 503 carries Retry-After');
    await reconcile('fault: PostgreSQL restart', result, bed);
  },
);
