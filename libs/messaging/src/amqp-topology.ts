/** Declares the gateway's exchanges and queues on a channel (idempotent). */
import type { Channel } from 'amqplib';
import {
  COMMANDS_DEAD_LETTER_EXCHANGE,
  COMMANDS_DEAD_LETTER_QUEUE,
  COMMANDS_EXCHANGE,
  COMMANDS_QUEUE,
  EVENTS_EXCHANGE,
} from './topology.js';

export async function declareTopology(channel: Channel): Promise<void> {
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(COMMANDS_DEAD_LETTER_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(COMMANDS_EXCHANGE, 'topic', { durable: true });
  await channel.assertQueue(COMMANDS_DEAD_LETTER_QUEUE, {
    durable: true,
    arguments: { 'x-queue-type': 'quorum' },
  });
  await channel.bindQueue(COMMANDS_DEAD_LETTER_QUEUE, COMMANDS_DEAD_LETTER_EXCHANGE, '#');
  await channel.assertQueue(COMMANDS_QUEUE, {
    durable: true,
    arguments: { 'x-queue-type': 'quorum', 'x-dead-letter-exchange': COMMANDS_DEAD_LETTER_EXCHANGE },
  });
  await channel.bindQueue(COMMANDS_QUEUE, COMMANDS_EXCHANGE, '#');
}
