/**
 * Delivers queued envelopes to the GGk (GGK_URL) with retries and back-off. A Bv03 answer completes a
 * delivery; a fault or a failed request is retried later; after the retry budget the delivery is parked,
 * visible and resendable — never dropped.
 */
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  operationSpec,
  parseSoapAnswer,
  SOAP_MEDIA_TYPE,
  type Operation,
} from '../../../../libs/stuf-ggk/src/index.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { BackgroundLoop } from '../common/background-loop.js';
import { TermijnRepository } from '../termijnen/termijn.repository.js';
import { DeliveryRepository, type DeliveryKind, type DueDelivery } from './delivery.repository.js';

const OPERATION: Readonly<Record<DeliveryKind, Operation>> = {
  Di01: 'ggk_Di01',
  Du01: 'ggk_Du01',
  Fo01: 'Fo01',
};

@Injectable()
export class DeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Delivery');
  private loop?: BackgroundLoop;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    readonly deliveries: DeliveryRepository,
    private readonly termijnen: TermijnRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ggkUrl) {
      this.logger.warn('GGK_URL is not set: envelopes for the chain wait in the delivery queue');
      return;
    }
    const url = this.config.ggkUrl;
    this.loop = new BackgroundLoop(this.logger, 'delivery', () => this.deliverDue(url), 250);
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  nudge(): void {
    this.loop?.nudge();
  }

  /** One round: delivers what is due; true when there was something (there may be more). */
  private async deliverDue(url: string): Promise<boolean> {
    const sent = await this.dataSource.transaction(async (manager) => {
      const due = await this.deliveries.claimDue(manager, 20);
      for (const delivery of due) {
        const failure = await this.send(url, delivery);
        if (!failure) {
          await this.deliveries.markDelivered(manager, delivery);
          await this.termijnen.closeByDelivery(manager, delivery.messageId);
        } else {
          const { deliveryMaxAttempts: maxAttempts, deliveryRetryBaseMs: baseMs } = this.config;
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
      }
      return due.length;
    });
    return sent > 0;
  }

  /** Undefined when the GGk took the envelope (Bv03), otherwise why not. */
  private async send(url: string, delivery: DueDelivery): Promise<string | undefined> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': `${SOAP_MEDIA_TYPE['1.1']}; charset=utf-8`,
          soapaction: `"${operationSpec(OPERATION[delivery.kind]).soapAction}"`,
        },
        body: delivery.envelope,
        signal: AbortSignal.timeout(30_000),
      });
      const answer = parseSoapAnswer(Buffer.from(await response.arrayBuffer()), {
        contentType: response.headers.get('content-type') ?? '',
      });
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
