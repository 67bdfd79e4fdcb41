/**
 * Processing of received messages, claimed in batches with FOR UPDATE SKIP LOCKED: validate, check
 * the rules, build the retour the standard prescribes, record the outcome and write the back-office
 * event — all in the transaction that holds the claim, so a crash leaves a message untouched or done.
 * Database work is done per batch (a handful of statements however many messages), not per message.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  buildBytes,
  buildRetourbericht,
  catalogueEntry,
  collectGarbageNow,
  collectGarbageSoon,
  evaluateRules,
  IN_MESSAGE_RULES_VERSION,
  LARGE_MESSAGE_BYTES,
  retourcodesPerKlasse,
  type RetourcodesPerKlasse,
  validateAndParse,
  type Bericht,
  type Finding,
  type SchemaSet,
  type ValidatedBericht,
  type ValidationPool,
} from '../../../../libs/istandaarden/src/index.js';
import {
  acceptedEventName,
  newEvent,
  REJECTED_EVENT_NAME,
  type GatewayEvent,
  type RejectionData,
} from '../../../../libs/messaging/src/index.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import { retourDu01, schemaFailureFo01, type ReceivedEnvelope } from '../ggk/chain-envelopes.js';
import { DeliveryRepository, type NewDelivery } from '../ggk/delivery.repository.js';
import type { OutboxRepository } from '../outbox/outbox.repository.js';
import { recordsFor } from '../../../../libs/domain/src/index.js';
import { loadReferenceData } from '../reference/reference-data.loader.js';
import { CrossMessageStep } from './cross-message-step.js';
import { StateRepository, type MessageState } from './state.repository.js';
import { DeclaratieChecks, type DeclaratieBatch } from '../declaraties/declaratie-checks.js';
import { RetourTracking } from '../opdrachten/retour-tracking.js';
import { BsnIndex } from '../admin/bsn-index.js';
import { headerFacts, todayInTheNetherlands } from './message-facts.js';
import {
  identificationKey,
  type Completion,
  type HeaderFacts,
  type ClaimedMessage,
  type MessageRepository,
  type NewMessage,
} from './message.repository.js';

/** Retourcode 0001: technical rejection by an in-message rule. */
const TECHNISCHE_AFKEURING = '0001';

/** Messages above this size are validated on the worker pool, off the event loop. */
const POOL_THRESHOLD_BYTES = 256 * 1024;

/** The metrics processing reports (the gateway's Prometheus counters, or a relay of them from a worker thread). */
export interface ProcessingMetrics {
  readonly processed: { inc(labels: { code: string; status: string }): void };
  readonly processingSeconds: { startTimer(): () => unknown };
}

export interface ProcessOutcome {
  readonly status: 'accepted' | 'rejected';
  readonly findings: readonly Finding[];
  readonly retourcodes: RetourcodesPerKlasse | null;
  readonly retourId: string | null;
}

/** What processing one message produced, before it is written. */
interface Decision {
  readonly completion: Completion;
  readonly retour?: NewMessage;
  /** The envelope that takes the answer back into the chain, for a message that came through the GGk. */
  readonly delivery?: NewDelivery;
  /** What an accepted message adds to the state cross-message rules read. */
  readonly state?: MessageState;
  readonly event: { readonly key: string; readonly event: GatewayEvent };
}

export class ProcessMessages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageRepository,
    private readonly outbox: OutboxRepository,
    private readonly config: GatewayConfig,
    private readonly schemas: SchemaSet,
    /** The validation pool for large messages; a promise while it is starting (the message waits for it). */
    private readonly pool: () => ValidationPool | undefined | Promise<ValidationPool | undefined> = () =>
      undefined,
    private readonly metrics?: ProcessingMetrics,
    private readonly deliveries: DeliveryRepository = new DeliveryRepository(),
    private readonly state: StateRepository = new StateRepository(),
    private readonly declaraties: DeclaratieChecks = new DeclaratieChecks(),
    private readonly retours: RetourTracking = new RetourTracking(),
    private readonly bsnIndex: BsnIndex = new BsnIndex(),
  ) {}

  /** Processes up to `limit` received messages (or just `id`); returns how many it processed. */
  async execute(limit: number, id?: string): Promise<number> {
    let large = false;
    const processed = await this.dataSource.transaction(async (manager) => {
      const claimed = await this.messages.claimReceived(manager, limit, id);
      if (claimed.length === 0) return 0;
      large = claimed.some((record) => record.body.length >= LARGE_MESSAGE_BYTES);
      const stopTimer = this.metrics?.processingSeconds.startTimer();
      const validated = await Promise.all(claimed.map((record) => this.validate(record.body)));
      const headers = claimed.map((record, index) => headerFacts(record, validated[index]!.bericht));
      const { decisions, declaraties } = await this.decideAll(manager, claimed, validated, headers);
      // A large message's rule state and findings are garbage from here on (memory.ts).
      if (large) collectGarbageNow();
      await this.messages.insertOutboundMany(
        manager,
        decisions.flatMap((decision) => (decision.retour ? [decision.retour] : [])),
      );
      await this.messages.completeMany(
        manager,
        decisions.map((decision) => decision.completion),
      );
      await this.deliveries.addMany(
        manager,
        decisions.flatMap((decision) => (decision.delivery ? [decision.delivery] : [])),
      );
      await this.bsnIndex.record(manager, claimed);
      await this.state.record(
        manager,
        decisions.flatMap((decision) => (decision.state ? [decision.state] : [])),
      );
      // Retours matched to what we sent, and the deadlines these messages open (opdrachten/retour-tracking.ts).
      const events = await this.retours.track(
        manager,
        decisions.map(({ completion, delivery }, index) => ({
          ...{ id: completion.id, bericht: validated[index]!.bericht, status: completion.status },
          ...{ retourId: completion.retourId, retourDelivered: delivery?.kind === 'Du01' },
          ...{ gemeente: completion.header.gemeente, aanbieder: completion.header.aanbieder },
        })),
        decisions.map((decision) => decision.event),
      );
      // And the rows written so far, before its event is written out (the whole message as JSON).
      if (large) collectGarbageNow();
      await this.outbox.addMany(manager, events);
      await declaraties.record(manager);
      stopTimer?.();
      for (const decision of decisions) {
        this.metrics?.processed.inc({
          code: decision.event.event.berichtcode ?? '',
          status: decision.completion.status,
        });
      }
      return claimed.length;
    });
    // A large message's model, retour and copies are freed before the next one comes (memory.ts).
    if (large) collectGarbageSoon();
    return processed;
  }

  /**
   * The decisions of a batch: every message checked against the rules and the state they read, which
   * is loaded here and let go on return (for a 50 MB declaration, some 60,000 toewijzingen).
   */
  private async decideAll(
    manager: EntityManager,
    claimed: readonly ClaimedMessage[],
    validated: readonly ValidatedBericht[],
    headers: readonly HeaderFacts[],
  ): Promise<{ decisions: Decision[]; declaraties: DeclaratieBatch }> {
    const seen = await this.messages.identificationsTakenIn(
      manager,
      headers.filter((_, index) => validated[index]!.bericht),
      claimed.map((record) => record.id),
    );
    const numbers = await this.messages.nextIdentificaties(manager, claimed.length);
    const crossMessage = await CrossMessageStep.load(
      manager,
      this.state,
      loadReferenceData(this.config.referenceDataDir),
      todayInTheNetherlands(),
      validated.map((v, index) => ({
        ...(v.validation.valid ? { bericht: v.bericht } : {}),
        header: headers[index]!,
      })),
    );
    const declaraties = await this.declaraties.prepare(
      manager,
      headers.map((header, index) => ({ header, bericht: validated[index]!.bericht })),
    );
    const decisions: Decision[] = [];
    for (const [index, record] of claimed.entries()) {
      decisions.push(
        await this.decide(
          record,
          headers[index]!,
          validated[index]!,
          seen,
          numbers[index]!,
          crossMessage,
          declaraties,
        ),
      );
    }
    return { decisions, declaraties };
  }

  private async validate(body: Buffer): Promise<ValidatedBericht> {
    const pool = body.length > POOL_THRESHOLD_BYTES ? await this.pool() : undefined;
    return pool ? pool.validateAndParse(body) : validateAndParse(body, {}, this.schemas);
  }

  private async decide(
    record: ClaimedMessage,
    header: HeaderFacts,
    { validation, bericht }: ValidatedBericht,
    seen: Set<string>,
    number: string,
    crossMessage: CrossMessageStep,
    declaraties: DeclaratieBatch,
  ): Promise<Decision> {
    if (!validation.valid || !bericht) {
      // Level 1 (schema): no retour message; the sender learns it through the chain.
      const outcome: ProcessOutcome = {
        status: 'rejected',
        findings: validation.findings,
        retourcodes: null,
        retourId: null,
      };
      // Through the chain, a payload that fails its schema is answered with a Fo01 (StUF055), not a retour.
      const envelope = record.channel === 'ggk' ? (record.envelope as ReceivedEnvelope | null) : null;
      return {
        completion: { id: record.id, header, ...outcome },
        event: this.event(record, header, REJECTED_EVENT_NAME, rejection(outcome)),
        ...(envelope
          ? {
              delivery: {
                id: randomUUID(),
                messageId: record.id,
                kind: 'Fo01' as const,
                envelope: schemaFailureFo01(envelope, validation.findings),
              },
            }
          : {}),
      };
    }
    const key = identificationKey(header);
    const inMessage = await evaluateRules(bericht, {
      today: todayInTheNetherlands(),
      gemeenten: this.config.gemeenten,
      isGemeentecode: crossMessage.isGemeentecode,
      state: { berichtIdentificatieBestaat: async () => seen.has(key) },
    });
    // Taken in from here on: a later copy in this batch or after it answers to TR056.
    seen.add(key);
    // Levels 3 and 4 are checked only when the Header and the in-message rules passed (IV028).
    const ruleFindings = inMessage.length ? inMessage : crossMessage.findings(bericht, header);
    // A declaration that passes the rules is assessed against its toewijzingen and arrangements.
    const declaratie = ruleFindings.length ? undefined : declaraties.assess(record.id, header, bericht);
    const findings = [...ruleFindings, ...(declaratie?.findings ?? [])];
    const klassen = retourcodesPerKlasse(bericht, findings);
    const retour = this.retourFor(record, header, bericht, klassen, number);
    const outcome: ProcessOutcome = {
      status: findings.length ? 'rejected' : 'accepted',
      findings,
      retourcodes: Object.keys(klassen).length ? klassen : null,
      retourId: retour?.id ?? null,
    };
    if (outcome.status === 'accepted') crossMessage.accepted(bericht, header);
    const event =
      outcome.status === 'accepted'
        ? this.event(
            record,
            header,
            acceptedEventName(bericht.code),
            bericht.bericht,
            declaratie?.beoordeling,
          )
        : this.event(record, header, REJECTED_EVENT_NAME, rejection(outcome));
    const envelope = record.channel === 'ggk' ? (record.envelope as ReceivedEnvelope | null) : null;
    const delivery: NewDelivery | undefined =
      retour && envelope
        ? {
            id: randomUUID(),
            messageId: retour.id,
            kind: 'Du01',
            envelope: retourDu01(envelope, retour.code!, retour.body),
          }
        : undefined;
    const state: MessageState | undefined =
      outcome.status === 'accepted'
        ? {
            messageId: record.id,
            standaard: bericht.standaard,
            gemeente: header.gemeente,
            aanbieder: header.aanbieder,
            records: recordsFor(bericht),
          }
        : undefined;
    return {
      completion: { id: record.id, header, ...outcome },
      ...(state ? { state } : {}),
      ...(retour ? { retour } : {}),
      ...(delivery ? { delivery } : {}),
      event,
    };
  }

  /** The retour (or, for a rejected declaration, the 325), built and ready to store. */
  private retourFor(
    record: ClaimedMessage,
    facts: HeaderFacts,
    original: Bericht,
    klassen: RetourcodesPerKlasse,
    number: string,
  ): NewMessage | undefined {
    // A valid declaration is answered by the back office's decision, not here.
    if (catalogueEntry(original.code)?.type === '323' && !klassen.Header) return undefined;
    const dagtekening = todayInTheNetherlands();
    const retour = buildRetourbericht({
      original,
      identificatie: `G${number}`,
      dagtekening,
      headerRetourcodes: [],
      klassen,
      ...(klassen.Header?.includes(TECHNISCHE_AFKEURING) ? { xsltVersie: IN_MESSAGE_RULES_VERSION } : {}),
    });
    if (!retour) return undefined;
    const built = buildBytes(retour);
    if (!built.ok)
      throw new Error(`retour for ${record.id} does not build: ${JSON.stringify(built.findings)}`);
    const body = built.bytes;
    const header = retour.bericht.Header as Record<string, unknown>;
    return {
      id: randomUUID(),
      direction: 'out',
      channel: 'gateway',
      sha256: createHash('sha256').update(body).digest(),
      body,
      standaard: retour.standaard,
      code: retour.code,
      berichtcode: catalogueEntry(retour.code)!.berichtCode,
      afzender: String(header.Afzender),
      ontvanger: String(header.Ontvanger),
      identificatie: `G${number}`,
      dagtekening,
      ...(facts.gemeente ? { gemeente: facts.gemeente } : {}),
      ...(facts.aanbieder ? { aanbieder: facts.aanbieder } : {}),
      status: 'queued',
      answersId: record.id,
    };
  }

  private event(
    record: ClaimedMessage,
    header: HeaderFacts,
    eventName: string,
    data: unknown,
    beoordeling?: unknown,
  ): { key: string; event: GatewayEvent } {
    const { key, event } = newEvent(record.standaard ?? 'onbekend', eventName, {
      gemeente: header.gemeente,
      aanbieder: header.aanbieder,
      berichtId: record.id,
      berichtcode: record.code,
      data,
    });
    return { key, event: { ...event, ...(beoordeling ? { beoordeling } : {}) } };
  }
}

/** The data of a `bericht.afgekeurd` event, as its JSON Schema describes it. */
function rejection({ findings, retourcodes, retourId }: ProcessOutcome): RejectionData {
  return { findings, retourcodes, retourId };
}

export { identificationKey };
export { headerFacts, todayInTheNetherlands };
