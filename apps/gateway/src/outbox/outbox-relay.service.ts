/**
 * Relays the outbox to RabbitMQ: persistent messages on the topic exchange, message_id = event id,
 * marked published only after the broker confirmed them. While RabbitMQ is away events stay in the
 * outbox; the relay reconnects with back-off and publishes them when it returns. An event larger than
 * EVENT_MAX_BYTES (a large declaration's carries the whole message) is published as its envelope with
 * a `dataRef` to the whole event in the API: a broker that refuses it (RabbitMQ 4: 16 MiB by default)
 * would otherwise hold up every event behind it, and consumers need not take tens of megabytes at once.
 */
import { Logger } from '@nestjs/common';
import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { DataSource } from 'typeorm';
import { declareTopology } from '../../../../libs/messaging/src/amqp-topology.js';
import { EVENTS_EXCHANGE } from '../../../../libs/messaging/src/index.js';
import { Sleeper } from '../common/sleeper.js';
import type { OutboxRepository, PendingEvent } from './outbox.repository.js';

const BATCH = 200;
const IDLE_MS = 100;
const MAX_BACKOFF_MS = 5_000;

export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private connection?: ChannelModel;
  private channel?: ConfirmChannel;
  private running = false;
  private loop?: Promise<void>;
  /** Idle pauses end on a nudge, also one that came while the relay was busy; back-off pauses only on stop. */
  private readonly sleeper = new Sleeper();
  private backoff = 250;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly amqpUrl: string,
    private readonly maxBytes: number,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.sleeper.interrupt();
    await this.loop;
    await this.disconnect();
  }

  /** Events were written: publish without waiting for the next poll. */
  nudge(): void {
    this.sleeper.nudge();
  }

  get connected(): boolean {
    return this.channel !== undefined;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const channel = await this.ensureChannel();
        const published = await this.relayBatch(channel);
        this.backoff = 250;
        if (published === 0) await this.sleeper.sleep(IDLE_MS);
      } catch (error) {
        this.logger.warn(
          `relay paused: ${error instanceof Error ? error.message : String(error)}; retrying in ${this.backoff} ms`,
        );
        await this.disconnect();
        await this.sleeper.sleep(this.backoff, { idle: false });
        this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /** Publishes one batch inside the transaction that claimed it: confirmed rows are marked, the rest stay. */
  private relayBatch(channel: ConfirmChannel): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimUnpublished(manager, BATCH, this.maxBytes);
      if (rows.length === 0) return 0;
      for (const row of rows) {
        channel.publish(EVENTS_EXCHANGE, row.routingKey, Buffer.from(published(row)), {
          persistent: true,
          messageId: row.eventId,
          contentType: 'application/json',
          type: row.type,
          timestamp: Math.floor(row.occurredAt.getTime() / 1000),
        });
      }
      await channel.waitForConfirms();
      await this.outbox.markPublished(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async ensureChannel(): Promise<ConfirmChannel> {
    if (this.channel) return this.channel;
    const connection = await amqp.connect(this.amqpUrl);
    connection.on('error', () => undefined);
    connection.on('close', () => {
      this.connection = undefined;
      this.channel = undefined;
    });
    const channel = await connection.createConfirmChannel();
    channel.on('error', () => undefined);
    await declareTopology(channel);
    this.connection = connection;
    this.channel = channel;
    this.logger.log('connected to RabbitMQ');
    return channel;
  }

  private async disconnect(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.channel = undefined;
    await connection?.close().catch(() => undefined);
  }
}

/** What goes on the exchange for an outbox event: its JSON as stored, or its envelope and where the whole event is. */
function published(row: PendingEvent): string {
  if ('payload' in row) return row.payload;
  const envelope = JSON.parse(row.envelope) as Record<string, unknown>;
  return JSON.stringify({
    ...envelope,
    dataRef: { href: `/api/v1/berichten/${row.berichtId}/events/${row.eventId}`, bytes: row.bytes },
  });
}
