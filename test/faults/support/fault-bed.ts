/** What every fault test needs: the gateway as a process, the chain simulator as its GGk, and an event consumer. */
import { after, before, describe, it } from 'node:test';
import { ChainSim } from '../../../apps/chain-sim/src/chain-sim.js';
import { EventConsumer } from '../../support/event-consumer.js';
import { AMQP_URL, createTestDatabase, type TestDatabase } from '../../support/test-services.js';
import { GatewayProcess } from './gateway-process.js';

export interface FaultBed {
  readonly gateway: GatewayProcess;
  readonly sim: ChainSim;
  readonly events: EventConsumer;
  readonly databaseUrl: string;
  close(): Promise<void>;
}

/** Starts the bed; `databaseUrl` and `amqpUrl` default to a fresh database on the test server and the test broker. */
export async function startFaultBed(
  options: { databaseUrl?: string; amqpUrl?: string } = {},
): Promise<FaultBed> {
  const database: TestDatabase | undefined = options.databaseUrl ? undefined : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const sim = new ChainSim({ gatewayUrl: 'http://127.0.0.1:1' });
  const ggkUrl = await sim.listen();
  const events = await EventConsumer.start(AMQP_URL!);
  const gateway = await GatewayProcess.start({
    DATABASE_URL: databaseUrl,
    AMQP_URL: options.amqpUrl ?? AMQP_URL!,
    GGK_URL: ggkUrl,
    GEMEENTEN: '0363',
  });
  sim.gatewayUrl = gateway.base;
  return {
    gateway,
    sim,
    events,
    databaseUrl,
    async close() {
      await gateway.stop();
      await events.close();
      await sim.close();
      await database?.drop();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One fault test: a bed started before (with what `prepare` sets up: a proxy, a private cluster) and
 * closed after, and `run` streaming while the fault happens.
 */
export function describeFault(
  title: string,
  skip: string | false,
  prepare: () => Promise<{ databaseUrl?: string; amqpUrl?: string; release?: () => Promise<void> | void }>,
  name: string,
  run: (bed: FaultBed) => Promise<void>,
): void {
  describe(title, { skip }, () => {
    let bed: FaultBed | undefined;
    let release: (() => Promise<void> | void) | undefined;
    before(async () => {
      const prepared = await prepare();
      release = prepared.release;
      bed = await startFaultBed(prepared);
    });
    after(async () => {
      await bed?.close();
      await release?.();
    });
    it(name, () => run(bed!));
  });
}
