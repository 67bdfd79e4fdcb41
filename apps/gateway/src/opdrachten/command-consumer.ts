/**
 * Back-office commands from RabbitMQ, consumed through the RabbitMQ transport of `@nestjs/microservices`.
 * Our contract is not Nest's `{ pattern, data }` packet: a command is any JSON body published on
 * `istandaarden.commands` with routing key `<standaard>.<opdracht>` (or AMQP `type`
 * `<standaard>.<opdracht>.v1`), so a back office in any language can send it. The deserializer hands
 * every body to one handler, which reads the kind from the message properties, runs the command and
 * acknowledges only after its outcome is committed. A poison command (no JSON object, unknown kind, no
 * command id, or failing again after a redelivery) goes to the dead-letter exchange with the reason in
 * the `x-istd-reason` header; a command that is merely invalid is answered with an
 * `<standaard>.opdracht.geweigerd` event.
 */
import { Controller, Logger, type INestApplication } from '@nestjs/common';
import {
  Ctx,
  EventPattern,
  Payload,
  RmqContext,
  Transport,
  type Deserializer,
  type IncomingEvent,
  type MicroserviceOptions,
} from '@nestjs/microservices';
import amqp, { type ConfirmChannel, type ConsumeMessage } from 'amqplib';
import { declareTopology } from '../../../../libs/messaging/src/amqp-topology.js';
import {
  COMMANDS_DEAD_LETTER_EXCHANGE,
  COMMANDS_EXCHANGE,
  COMMANDS_QUEUE,
  opdrachtSpec,
  type OpdrachtSoort,
} from '../../../../libs/messaging/src/index.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import { OpdrachtenService } from './opdrachten.service.js';

export const COMMAND_PATTERN = 'istandaarden.opdracht';
export const REASON_HEADER = 'x-istd-reason';

/** Every message is a command for the one handler; what it is comes from its properties and body. */
export class OpdrachtDeserializer implements Deserializer<unknown, IncomingEvent> {
  deserialize(value: unknown): IncomingEvent {
    return { pattern: COMMAND_PATTERN, data: value };
  }
}

/** `<standaard>.<opdracht>` from the AMQP type (`ijw.toewijzing.v1`) or the routing key (`ijw.toewijzing`). */
export function commandKind(
  message: Pick<ConsumeMessage, 'fields' | 'properties'>,
): { standaard: string; soort: OpdrachtSoort } | undefined {
  const type = typeof message.properties.type === 'string' ? message.properties.type : undefined;
  const match = /^(ijw|iwmo)\.([a-z-]+)(?:\.v1)?$/.exec(type ?? message.fields.routingKey);
  const spec = match ? opdrachtSpec(match[2]!) : undefined;
  return match && spec ? { standaard: match[1]!, soort: spec.soort } : undefined;
}

@Controller()
export class OpdrachtenConsumer {
  private readonly logger = new Logger('Opdrachten');

  constructor(private readonly opdrachten: OpdrachtenService) {}

  @EventPattern(COMMAND_PATTERN)
  async handle(@Payload() data: unknown, @Ctx() rmq: unknown): Promise<void> {
    const context = rmq as RmqContext;
    const channel = context.getChannelRef() as ConfirmChannel;
    const message = context.getMessage() as ConsumeMessage;
    const reason = poisonReason(message, data);
    if (reason) {
      await deadLetter(channel, message, reason);
      return;
    }
    try {
      await this.opdrachten.send(commandKind(message)!.soort, data, 'amqp');
      channel.ack(message);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      if (message.fields.redelivered) {
        this.logger.error(`command failed twice, dead-lettered: ${why}`);
        await deadLetter(channel, message, `failed twice: ${why}`);
      } else {
        this.logger.warn(`command failed, returned to the queue: ${why}`);
        channel.nack(message, false, true);
      }
    }
  }
}

function poisonReason(message: ConsumeMessage, data: unknown): string | undefined {
  const kind = commandKind(message);
  if (!kind)
    return `unknown command: routing key '${message.fields.routingKey}', type '${String(message.properties.type ?? '')}'; expected <ijw|iwmo>.<toewijzing|antwoord|declaratie-antwoord>`;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'the body is not a JSON object';
  const body = data as Record<string, unknown>;
  if (typeof body.commandId !== 'string' || body.commandId.length === 0 || body.commandId.length > 100)
    return 'commandId is missing or not a string of 1 to 100 characters';
  if (body.standaard !== kind.standaard)
    return `standaard '${String(body.standaard)}' in the body differs from '${kind.standaard}' of the command`;
  return undefined;
}

/** Publishes the command to the dead-letter exchange with the reason, then takes it off the queue. */
async function deadLetter(channel: ConfirmChannel, message: ConsumeMessage, reason: string): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    channel.publish(
      COMMANDS_DEAD_LETTER_EXCHANGE,
      message.fields.routingKey,
      message.content,
      {
        ...message.properties,
        persistent: true,
        headers: { ...(message.properties.headers ?? {}), [REASON_HEADER]: reason.slice(0, 1000) },
      },
      (error: unknown) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
    ),
  );
  channel.ack(message);
}

/**
 * Starts consuming commands when RabbitMQ is configured. The topology is declared first (the transport
 * is told not to assert the queue itself, whose quorum and dead-letter arguments it does not know); it
 * connects in the background, so a broker that is away does not hold up the HTTP side.
 */
export async function startCommandConsumer(app: INestApplication, config: GatewayConfig): Promise<void> {
  if (!config.amqpUrl) return;
  const logger = new Logger('Opdrachten');
  try {
    const connection = await amqp.connect(config.amqpUrl);
    try {
      const channel = await connection.createChannel();
      await declareTopology(channel);
      if (config.commandsQueue !== COMMANDS_QUEUE) {
        await channel.assertQueue(config.commandsQueue, {
          durable: true,
          arguments: { 'x-queue-type': 'quorum', 'x-dead-letter-exchange': COMMANDS_DEAD_LETTER_EXCHANGE },
        });
        await channel.bindQueue(config.commandsQueue, COMMANDS_EXCHANGE, '#');
      }
    } finally {
      await connection.close();
    }
  } catch (error) {
    logger.warn(
      `commands topology not declared now: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.RMQ,
      options: {
        urls: [config.amqpUrl],
        queue: config.commandsQueue,
        noAssert: true,
        noAck: false,
        prefetchCount: 8,
        deserializer: new OpdrachtDeserializer(),
      },
    },
    { inheritAppConfig: true },
  );
  app.startAllMicroservices().catch((error: unknown) => {
    logger.error(`command consumer stopped: ${error instanceof Error ? error.message : String(error)}`);
  });
}
