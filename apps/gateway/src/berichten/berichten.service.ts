/** Orchestrates the message use cases for the HTTP and SOAP ingress: receive, optionally wait for processing, read. */
import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { detect, findingExplanation, type Finding } from '../../../../libs/istandaarden/src/index.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { problem } from '../problem/problem.js';
import { SchemaSetProvider } from '../health/schema-set.provider.js';
import { DeliveryRepository } from '../ggk/delivery.repository.js';
import type { FoutBericht } from '../../../../libs/stuf-ggk/src/index.js';
import type { Identity } from '../security/authenticator.js';
import { GatewayMetrics } from '../metrics/metrics.js';
import { OutboxRepository, type OutboxRow } from '../outbox/outbox.repository.js';
import { BackgroundProcessing, backgroundOnWorker } from './background-processing.js';
import { MessageProcessor } from './message-processor.service.js';
import {
  MessageRepository,
  type Channel,
  type MessageRecord,
  type MessageStatus,
  type StoredInbound,
} from './message.repository.js';
import { InboundBatcher } from './inbound-batcher.js';
import { ProcessMessages } from './process-messages.usecase.js';
import { klasseOordelen, type KlasseOordeel } from '../opdrachten/retourcodes.js';
import { MessageRefused, ReceiveMessage } from './receive-message.usecase.js';

/** What the API says about a message; personal data from the body never appears here. */
export interface MessageView {
  readonly id: string;
  readonly standaard: string | null;
  readonly berichtcode: string | null;
  readonly status: MessageStatus;
  readonly receivedAt: string;
  readonly processedAt?: string;
  readonly retourcodes?: Record<string, string[]>;
  readonly errors?: ReadonlyArray<
    Pick<Finding, 'rule' | 'line' | 'column' | 'path' | 'message'> & {
      retourcode?: string;
      explanation?: string;
    }
  >;
  readonly retour?: { readonly berichtcode: string | null; readonly id: string };
  /** A message we sent whose retour came back: accepted, rejected or not assessed per class. */
  readonly klassen?: Record<string, KlasseOordeel>;
}

const WAIT_LIMIT_MS = 30_000;

@Injectable()
export class BerichtenService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly messages: MessageRepository;
  private readonly deliveries = new DeliveryRepository();
  private readonly inbound: InboundBatcher;
  private readonly receiveMessage: ReceiveMessage;
  readonly processor: MessageProcessor;
  private readonly background?: BackgroundProcessing;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    schemaSet: SchemaSetProvider,
    private readonly outbox: OutboxRepository,
    private readonly metrics: GatewayMetrics,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {
    this.messages = new MessageRepository(dataSource);
    this.inbound = new InboundBatcher((messages) => this.messages.insertInboundMany(messages));
    this.receiveMessage = new ReceiveMessage(this.inbound, schemaSet.schemas, () => schemaSet.pool);
    this.processor = new MessageProcessor(
      new ProcessMessages(
        dataSource,
        this.messages,
        outbox,
        config,
        schemaSet.schemas,
        () => schemaSet.pool,
        metrics,
      ),
    );
    if (backgroundOnWorker(config)) this.background = new BackgroundProcessing(config, metrics);
  }

  /** Background processing: on the worker thread, or here (the embedded database); `processor` also serves `Prefer: wait`. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.background) await this.background.start();
    else this.processor.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.background?.stop();
    await this.processor.stop();
  }

  async receive(body: Buffer, channel: Channel, wait: boolean, envelope?: unknown): Promise<MessageView> {
    let stored: StoredInbound;
    try {
      stored = await this.receiveMessage.execute({
        body,
        channel,
        maxBytes: this.config.maxBodyBytes,
        ...(envelope !== undefined ? { envelope } : {}),
      });
    } catch (error) {
      if (!(error instanceof MessageRefused)) throw error;
      this.metrics.refused.inc({ reason: error.reason });
      if (error.reason === 'too-large')
        throw problem(413, 'too-large', 'Message too large', error.message, error.findings);
      if (error.reason === 'wrong-direction') {
        throw problem(
          422,
          'wrong-direction',
          'Not a message a gemeente receives',
          error.message,
          error.findings,
        );
      }
      if (error.reason === 'unknown-type') {
        throw problem(
          415,
          'unknown-message-type',
          'Not an iJw 3.2 or iWmo 3.2 message',
          error.message,
          error.findings,
        );
      }
      throw problem(400, 'not-well-formed', 'Not well-formed XML', error.message, error.findings);
    }
    let record = stored.record;
    if (stored.created)
      this.metrics.received.inc({ standaard: record.standaard ?? '', code: record.code ?? '', channel });
    if (wait && record.status === 'received') record = await this.waitForProcessing(record.id);
    else if (stored.created) (this.background ?? this.processor).nudge();
    return this.toView(record);
  }

  /** Keeps a Fo01 from the chain (an error about something we sent) with the inbound messages. */
  /** Wakes the delivery rounds on the background worker (deliveries.service.ts runs them itself otherwise). */
  nudgeDeliveries(): void {
    this.background?.nudge('deliver');
  }

  /**
   * Keeps an error from the chain (Fo01) about something we sent. When its crossRefnummer names one of
   * our envelopes, the Fo01 is stored as answering the message that envelope carried, and that message's
   * status becomes chain-error (the admin console lists it as ketenfout).
   */
  async recordChainError(original: Buffer, envelope: FoutBericht<'Fo01'>): Promise<void> {
    const { manager } = this.dataSource;
    const about = await this.deliveries.messageWithReferentienummer(
      manager,
      envelope.stuurgegevens.crossRefnummer,
    );
    const stored = await this.inbound.insert({
      id: randomUUID(),
      direction: 'in',
      channel: 'ggk',
      sha256: createHash('sha256').update(original).digest(),
      body: original,
      code: 'Fo01',
      status: 'chain-error',
      envelope,
    });
    if (about)
      await this.dataSource.transaction((transaction) =>
        this.deliveries.markChainError(transaction, about, stored.record.id),
      );
  }

  /** The events written for a message, published or still in the outbox. */
  async events(id: string, identity?: Identity): Promise<Array<OutboxRow & { publishedAt: Date | null }>> {
    await this.recordFor(identity, id);
    return this.outbox.listForMessage(this.dataSource.manager, id);
  }

  /** One event of a message as stored (JSON text): where a large event's `dataRef` points. */
  async event(id: string, eventId: string, identity?: Identity): Promise<string> {
    await this.recordFor(identity, id);
    const text = await this.outbox.eventText(this.dataSource.manager, id, eventId);
    if (text === undefined)
      throw problem(404, 'not-found', 'Event not found', `message ${id} has no event with id ${eventId}`);
    return text;
  }

  async view(id: string, identity?: Identity): Promise<MessageView> {
    return this.toView(await this.recordFor(identity, id));
  }

  async record(id: string, withBody = false): Promise<MessageRecord> {
    const record = await this.messages.findById(id, withBody);
    if (!record) throw problem(404, 'not-found', 'Message not found', `no message with id ${id}`);
    return record;
  }

  /**
   * A message as `record` gives it, for a caller who may see it: an identity sees the messages whose
   * Afzender, Ontvanger, gemeente or aanbieder is one of its senders (`*`: all; no identity: an open
   * route or development mode). Any other message is "not found" to it, as if it did not exist.
   */
  async recordFor(identity: Identity | undefined, id: string, withBody = false): Promise<MessageRecord> {
    const record = await this.record(id, withBody);
    if (!identity || identity.senders.includes('*')) return record;
    let parties = [record.afzender, record.ontvanger, record.gemeente, record.aanbieder];
    if (parties.every((party) => party === null)) {
      // Not processed yet: the parties as the message's Header names them.
      const head = detect((withBody ? record : await this.record(id, true)).body);
      parties = head.ok ? [head.afzender ?? null, head.ontvanger ?? null] : [];
    }
    if (!parties.some((party) => party !== null && identity.senders.includes(party)))
      throw problem(404, 'not-found', 'Message not found', `no message with id ${id}`);
    return record;
  }

  private async waitForProcessing(id: string): Promise<MessageRecord> {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    await this.processor.processNow(id);
    for (;;) {
      const record = await this.record(id);
      if (record.status !== 'received' || Date.now() > deadline) return record;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async toView(record: MessageRecord): Promise<MessageView> {
    const retour = record.retourId ? await this.messages.findById(record.retourId) : undefined;
    return {
      id: record.id,
      standaard: record.standaard,
      berichtcode: record.code,
      status: record.status,
      receivedAt: record.receivedAt.toISOString(),
      ...(record.processedAt ? { processedAt: record.processedAt.toISOString() } : {}),
      ...(record.retourcodes ? { retourcodes: record.retourcodes } : {}),
      ...(record.findings.length
        ? {
            errors: record.findings.map(({ rule, line, column, path, message, retourcode }) => ({
              rule,
              line,
              column,
              path,
              message,
              ...(retourcode ? { retourcode } : {}),
              ...explained(rule),
            })),
          }
        : {}),
      ...(retour ? { retour: { berichtcode: retour.code, id: retour.id } } : {}),
      ...(record.direction === 'out' && record.retourcodes
        ? { klassen: klasseOordelen(record.retourcodes) }
        : {}),
    };
  }
}

/** The explanation `istd explain <rule>` prints, attached to a finding. */
function explained(rule: string): { explanation?: string } {
  const text = findingExplanation(rule);
  return text ? { explanation: text } : {};
}
