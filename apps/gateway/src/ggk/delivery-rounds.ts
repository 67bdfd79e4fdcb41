/**
 * Delivers queued envelopes to the GGk (GGK_URL) with retries and back-off. A Bv03 answer completes a
 * delivery; a fault or a failed request is retried later; after the retry budget the delivery is parked,
 * visible and resendable — never dropped.
 *
 * Retours (Du01) each answer one message and do not depend on one another: those of a round go out
 * side by side over keep-alive connections. What the gemeente sends (Di01) and chain errors (Fo01) go
 * out one after the other; the Di01s to one aanbieder in the order they were queued, the next only once
 * the one before it is delivered (or parked) — a failed one waiting for its retry holds the ones after
 * it (DeliveryRepository.claimDue). A round claims its deliveries under `FOR UPDATE SKIP LOCKED`
 * and records the outcome in the same transaction, so an instance that dies mid-round leaves them to be
 * sent again.
 *
 * The rounds run on the background worker beside processing (background-worker.ts), so the main thread
 * keeps to HTTP ingress; with the embedded database they run on the main thread (DeliveryService).
 */
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  operationSpec,
  parseSoapAnswer,
  SOAP_MEDIA_TYPE,
  type Operation,
} from '../../../../libs/stuf-ggk/src/index.js';
import { BackgroundLoop } from '../common/background-loop.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { TermijnRepository } from '../termijnen/termijn.repository.js';
import type { DeliveryKind, DeliveryRepository, DueDelivery } from './delivery.repository.js';
import { GgkClient } from './ggk-client.js';

const OPERATION: Readonly<Record<DeliveryKind, Operation>> = {
  Di01: 'ggk_Di01',
  Du01: 'ggk_Du01',
  Fo01: 'Fo01',
};

/** Deliveries claimed per round. */
const ROUND = 64;
/** Retours in flight at once (and keep-alive connections to the GGk). */
const PARALLEL_RETOURS = 8;

export class DeliveryRounds {
  private readonly logger = new Logger('Delivery');
  private readonly client: GgkClient;
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly termijnen: TermijnRepository,
    private readonly config: GatewayConfig,
    ggkUrl: string,
  ) {
    this.client = new GgkClient(ggkUrl, PARALLEL_RETOURS);
    this.loop = new BackgroundLoop(this.logger, 'delivery', () => this.deliverDue(), 250);
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    this.client.close();
  }

  /** Something was queued: deliver without waiting for the next poll. */
  nudge(): void {
    this.loop.nudge();
  }

  /** One round: delivers what is due; true when there was something (there may be more). */
  private async deliverDue(): Promise<boolean> {
    const sent = await this.dataSource.transaction(async (manager) => {
      const due = await this.deliveries.claimDue(manager, ROUND);
      const failures = new Map<DueDelivery, string>();
      const attempt = async (delivery: DueDelivery) => {
        const failure = await this.send(delivery);
        if (failure !== undefined) failures.set(delivery, failure);
      };
      const retours = due.filter((d) => d.kind === 'Du01');
      const inOrder = due.filter((d) => d.kind !== 'Du01');
      await Promise.all([
        (async () => {
          for (const delivery of inOrder) await attempt(delivery);
        })(),
        ...Array.from({ length: Math.min(PARALLEL_RETOURS, retours.length) }, async () => {
          for (let next = retours.shift(); next; next = retours.shift()) await attempt(next);
        }),
      ]);
      const delivered = due.filter((d) => !failures.has(d));
      await this.deliveries.markDelivered(manager, delivered);
      await this.termijnen.closeByDelivery(
        manager,
        delivered.map((d) => d.messageId),
      );
      const { deliveryMaxAttempts: maxAttempts, deliveryRetryBaseMs: baseMs } = this.config;
      for (const [delivery, failure] of failures) {
        const park = delivery.attempts + 1 >= maxAttempts;
        if (park)
          this.logger.error(`delivery ${delivery.id} parked after ${maxAttempts} attempts: ${failure}`);
        await this.deliveries.markFailed(
          manager,
          delivery,
          failure,
          backoffMs(delivery.attempts, baseMs),
          park,
        );
      }
      return due.length;
    });
    return sent > 0;
  }

  /** Undefined when the GGk took the envelope (Bv03), otherwise why not. */
  private async send(delivery: DueDelivery): Promise<string | undefined> {
    try {
      const response = await this.client.post(delivery.envelope, {
        'content-type': `${SOAP_MEDIA_TYPE['1.1']}; charset=utf-8`,
        soapaction: `"${operationSpec(OPERATION[delivery.kind]).soapAction}"`,
      });
      const answer = parseSoapAnswer(response.body, { contentType: response.contentType });
      if (answer.ok && answer.answer.kind === 'Bv03') return undefined;
      if (answer.ok && answer.answer.kind === 'Fo03') return `Fo03 ${answer.answer.faultstring}`;
      return `HTTP ${response.status}: no Bv03 in the answer`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}

/** 1 s, 2 s, 4 s … (with the default base) up to 5 minutes between attempts. */
export function backoffMs(attempts: number, baseMs = 1_000): number {
  return Math.min(baseMs * 2 ** attempts, 300_000);
}
