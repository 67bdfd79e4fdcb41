/** Consumes the gateway's events from a private queue bound to the events exchange, for assertions. */
import amqp, { type ChannelModel } from 'amqplib';
import { declareTopology } from '../../libs/messaging/src/amqp-topology.js';
import { EVENTS_EXCHANGE, type GatewayEvent } from '../../libs/messaging/src/index.js';

export interface ReceivedEvent {
  readonly routingKey: string;
  readonly messageId: string | undefined;
  readonly persistent: boolean;
  readonly contentType: string | undefined;
  readonly event: GatewayEvent;
}

export class EventConsumer {
  readonly events: ReceivedEvent[] = [];
  private constructor(private readonly connection: ChannelModel) {}

  static async start(url: string, bindingKey = '#'): Promise<EventConsumer> {
    const connection = await amqp.connect(url);
    const channel = await connection.createChannel();
    await declareTopology(channel);
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, EVENTS_EXCHANGE, bindingKey);
    const consumer = new EventConsumer(connection);
    await channel.consume(
      queue,
      (message) => {
        if (!message) return;
        consumer.events.push({
          routingKey: message.fields.routingKey,
          messageId: message.properties.messageId as string | undefined,
          persistent: message.properties.deliveryMode === 2,
          contentType: message.properties.contentType as string | undefined,
          event: JSON.parse(message.content.toString('utf8')) as GatewayEvent,
        });
      },
      { noAck: true },
    );
    return consumer;
  }

  forMessage(berichtId: string): ReceivedEvent[] {
    return this.events.filter((received) => received.event.berichtId === berichtId);
  }

  /** Waits until `predicate` holds on the events received so far, or fails after `timeoutMs`. */
  async waitFor(predicate: (events: readonly ReceivedEvent[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.events)) {
      if (Date.now() > deadline)
        throw new Error(`events did not arrive in ${timeoutMs} ms (have ${this.events.length})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
