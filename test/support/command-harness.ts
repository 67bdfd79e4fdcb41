/**
 * The setting of the back-office command e2e specs: the chain simulator as GGk (for aanbieder
 * AANBIEDER), a test gateway delivering to it and taking commands from its own queue, an event
 * consumer, a database client on the gateway's database and an AMQP channel for sending commands.
 */
import amqp, { type Channel, type ChannelModel } from 'amqplib';
import pg from 'pg';
import { ChainSim, type Delivered } from '../../apps/chain-sim/src/chain-sim.js';
import { EventConsumer } from './event-consumer.js';
import { AANBIEDER } from './opdracht-builders.js';
import { AMQP_URL } from './test-services.js';
import { startTestGateway, type TestGateway } from './test-gateway.js';

export interface CommandHarness {
  readonly gateway: TestGateway;
  readonly sim: ChainSim;
  readonly events: EventConsumer;
  readonly db: pg.Client;
  readonly channel: Channel;
  /** Deletes the commands queue and closes everything, last started first. */
  close(): Promise<void>;
}

/** Starts the setting; `env` adds to the gateway's GGK_URL and COMMANDS_QUEUE. What started is closed again if a step fails. */
export async function startCommandHarness(
  commandsQueue: string,
  env: Record<string, string> = {},
): Promise<CommandHarness> {
  let gateway: TestGateway | undefined;
  let events: EventConsumer | undefined;
  let db: pg.Client | undefined;
  let amqpConnection: ChannelModel | undefined;
  let channel: Channel | undefined;
  const sim = new ChainSim({ gatewayUrl: 'http://placeholder', aanbieder: AANBIEDER });
  const close = async (): Promise<void> => {
    await channel?.deleteQueue(commandsQueue).catch(() => undefined);
    await amqpConnection?.close();
    await db?.end();
    await events?.close();
    await gateway?.close();
    await sim.close();
  };
  try {
    const ggkUrl = await sim.listen();
    gateway = await startTestGateway({ GGK_URL: ggkUrl, ...env, COMMANDS_QUEUE: commandsQueue });
    sim.gatewayUrl = gateway.base;
    events = await EventConsumer.start(AMQP_URL!);
    db = new pg.Client({ connectionString: gateway.database.url });
    await db.connect();
    amqpConnection = await amqp.connect(AMQP_URL!);
    channel = await amqpConnection.createChannel();
    return { gateway, sim, events, db, channel, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** The Di01s the simulator received that carry the message with this identificatie. */
export function di01sWith(sim: ChainSim, identificatie: string): Delivered[] {
  return sim.delivered.filter(
    ({ request }) =>
      request.operation === 'ggk_Di01' &&
      Buffer.from(request.envelope.parameters.bericht.bytes).toString('utf8').includes(`>${identificatie}<`),
  );
}
