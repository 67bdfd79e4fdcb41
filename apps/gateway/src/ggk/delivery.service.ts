/**
 * Deliveries to the GGk for the rest of the application: the queue (`deliveries`) and a nudge when
 * something was queued. The rounds themselves (delivery-rounds.ts) run on the background worker when
 * there is one, else here on the main thread.
 */
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { BerichtenService } from '../berichten/berichten.service.js';
import { backgroundOnWorker } from '../berichten/background-processing.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { TermijnRepository } from '../termijnen/termijn.repository.js';
import { DeliveryRepository } from './delivery.repository.js';
import { DeliveryRounds } from './delivery-rounds.js';

@Injectable()
export class DeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Delivery');
  private rounds?: DeliveryRounds;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    readonly deliveries: DeliveryRepository,
    private readonly termijnen: TermijnRepository,
    private readonly berichten: BerichtenService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ggkUrl) {
      this.logger.warn('GGK_URL is not set: envelopes for the chain wait in the delivery queue');
      return;
    }
    if (backgroundOnWorker(this.config)) return;
    this.rounds = new DeliveryRounds(
      this.dataSource,
      this.deliveries,
      this.termijnen,
      this.config,
      this.config.ggkUrl,
    );
    this.rounds.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.rounds?.stop();
  }

  /** Something was queued (or made due again): deliver without waiting for the next poll. */
  nudge(): void {
    if (this.rounds) this.rounds.nudge();
    else this.berichten.nudgeDeliveries();
  }
}
