/** Runs the outbox relay when RabbitMQ is configured; without it, events wait in the outbox (readable through the API). */
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { backgroundOnWorker } from '../berichten/background-processing.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxRepository } from './outbox.repository.js';

@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly relay?: OutboxRelay;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    readonly repository: OutboxRepository,
  ) {
    // With a database that takes several connections the relay runs on the background worker thread.
    if (config.amqpUrl && !backgroundOnWorker(config))
      this.relay = new OutboxRelay(dataSource, repository, config.amqpUrl, config.eventMaxBytes);
  }

  onApplicationBootstrap(): void {
    if (this.relay) this.relay.start();
    else if (!this.config.amqpUrl)
      new Logger('Outbox').warn(
        'AMQP_URL is not set: events stay in the outbox until a relay publishes them',
      );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }

  unpublished(): Promise<number> {
    return this.repository.countUnpublished(this.dataSource.manager);
  }
}
