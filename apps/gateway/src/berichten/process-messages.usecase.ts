/**
 * Processing of received messages, claimed in batches with FOR UPDATE SKIP LOCKED: validate, check
 * the rules, build the retour the standard prescribes, record the outcome and write the back-office
 * event — all in the transaction that holds the claim, so a crash leaves a message untouched or done.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  build,
  buildRetourbericht,
  catalogueEntry,
  evaluateRules,
  validateAndParse,
  type Bericht,
  type Finding,
  type SchemaSet,
  type ValidatedBericht,
  type ValidationPool,
} from '../../../../libs/istandaarden/src/index.js';
import {
  acceptedEventName,
  eventRoutingKey,
  eventType,
  REJECTED_EVENT_NAME,
  type GatewayEvent,
} from '../../../../libs/messaging/src/index.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { GatewayMetrics } from '../metrics/metrics.js';
import type { OutboxRepository } from '../outbox/outbox.repository.js';
import type { MessageRecord, MessageRepository } from './message.repository.js';

/** Messages above this size are validated on the worker pool, off the event loop. */
const POOL_THRESHOLD_BYTES = 256 * 1024;

export interface ProcessOutcome {
  readonly status: 'accepted' | 'rejected';
  readonly findings: readonly Finding[];
  readonly retourcodes: Record<string, string[]> | null;
  readonly retourId: string | null;
}

export class ProcessMessages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageRepository,
    private readonly outbox: OutboxRepository,
    private readonly config: GatewayConfig,
    private readonly schemas: SchemaSet,
    private readonly pool: () => ValidationPool | undefined = () => undefined,
    private readonly metrics?: GatewayMetrics,
  ) {}

  /** Processes up to `limit` received messages (or just `id`); returns how many it processed. */
  async execute(limit: number, id?: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await this.messages.claimReceived(manager, limit, id);
      for (const record of claimed) await this.processOne(manager, record);
      return claimed.length;
    });
  }

  private async processOne(manager: EntityManager, record: MessageRecord): Promise<void> {
    const stopTimer = this.metrics?.processingSeconds.startTimer();
    const status = await this.decide(manager, record);
    stopTimer?.();
    this.metrics?.processed.inc({ code: record.code ?? '', status });
  }

  private async decide(manager: EntityManager, record: MessageRecord): Promise<ProcessOutcome['status']> {
    const { validation, bericht } = await this.validate(record.body);
    if (!validation.valid || !bericht) {
      // Level 1 (schema): no retour message; the sender learns it through the chain.
      const outcome: ProcessOutcome = {
        status: 'rejected',
        findings: validation.findings,
        retourcodes: null,
        retourId: null,
      };
      await this.messages.completeProcessing(manager, record.id, outcome);
      await this.publish(manager, record, REJECTED_EVENT_NAME, outcome);
      return outcome.status;
    }
    const findings = await evaluateRules(bericht, {
      today: todayInTheNetherlands(),
      gemeenten: this.config.gemeenten,
      state: {
        berichtIdentificatieBestaat: (afzender, identificatie, dagtekening) =>
          this.messages.identificatieBestaat(manager, afzender, identificatie, dagtekening, record.id),
      },
    });
    const headerCodes = [
      ...new Set(findings.map((found) => found.retourcode).filter((code): code is string => !!code)),
    ];
    const retourId = await this.storeRetour(manager, record, bericht, headerCodes);
    const outcome: ProcessOutcome = {
      status: findings.length ? 'rejected' : 'accepted',
      findings,
      retourcodes: headerCodes.length ? { Header: headerCodes } : null,
      retourId,
    };
    await this.messages.completeProcessing(manager, record.id, outcome);
    if (outcome.status === 'accepted')
      await this.publish(manager, record, acceptedEventName(bericht.code), bericht.bericht);
    else await this.publish(manager, record, REJECTED_EVENT_NAME, outcome);
    return outcome.status;
  }

  private validate(body: Buffer): Promise<ValidatedBericht> | ValidatedBericht {
    const pool = this.pool();
    return pool && body.length > POOL_THRESHOLD_BYTES
      ? pool.validateAndParse(body)
      : validateAndParse(body, {}, this.schemas);
  }

  /** Builds, checks and stores the retour (or, for a rejected declaration, the 325); returns its id. */
  private async storeRetour(
    manager: EntityManager,
    record: MessageRecord,
    original: Bericht,
    headerCodes: readonly string[],
  ): Promise<string | null> {
    // A valid declaration is answered by the back office's decision, not here.
    if (catalogueEntry(original.code)?.type === '323' && headerCodes.length === 0) return null;
    const number = (await manager.query(`SELECT nextval('outbound_identificatie') AS n`)) as Array<{
      n: string;
    }>;
    const retour = buildRetourbericht({
      original,
      identificatie: `G${number[0]!.n}`,
      dagtekening: todayInTheNetherlands(),
      headerRetourcodes: headerCodes,
    });
    if (!retour) return null;
    const built = build(retour);
    if (!built.ok)
      throw new Error(`retour for ${record.id} does not build: ${JSON.stringify(built.findings)}`);
    const body = Buffer.from(built.xml);
    const entry = catalogueEntry(retour.code)!;
    const header = retour.bericht.Header as Record<string, unknown>;
    const id = randomUUID();
    await this.messages.insertOutbound(manager, {
      id,
      direction: 'out',
      channel: 'gateway',
      sha256: createHash('sha256').update(body).digest(),
      body,
      standaard: retour.standaard,
      code: retour.code,
      berichtcode: entry.berichtCode,
      afzender: String(header.Afzender),
      ontvanger: String(header.Ontvanger),
      identificatie: String(
        header.IdentificatieRetour ?? (header.BerichtIdentificatie as Record<string, string>).Identificatie,
      ),
      dagtekening: todayInTheNetherlands(),
      ...(record.gemeente ? { gemeente: record.gemeente } : {}),
      ...(record.aanbieder ? { aanbieder: record.aanbieder } : {}),
      status: 'queued',
      answersId: record.id,
    });
    return id;
  }

  private async publish(
    manager: EntityManager,
    record: MessageRecord,
    eventName: string,
    data: unknown,
  ): Promise<void> {
    const key = eventRoutingKey(record.standaard ?? 'onbekend', eventName);
    const event: GatewayEvent = {
      type: eventType(key),
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      gemeente: record.gemeente,
      aanbieder: record.aanbieder,
      berichtId: record.id,
      standaard: record.standaard ?? 'onbekend',
      berichtcode: record.code,
      data,
    };
    await this.outbox.add(manager, key, event);
  }
}

const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The standard's "system date": today in the Netherlands, `YYYY-MM-DD`. */
export function todayInTheNetherlands(now = new Date()): string {
  return DUTCH_DATE.format(now);
}
