/** Runs back-office commands from REST and RabbitMQ through one use case and starts the delivery of what they produced. */
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { OpdrachtSoort } from '../../../../libs/messaging/src/index.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { BerichtenService } from '../berichten/berichten.service.js';
import { StateRepository } from '../berichten/state.repository.js';
import { SchemaSetProvider } from '../health/schema-set.provider.js';
import { DeliveryRepository } from '../ggk/delivery.repository.js';
import { DeliveryService } from '../ggk/delivery.service.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';
import { TermijnRepository } from '../termijnen/termijn.repository.js';
import type { OpdrachtOutcome } from './opdracht-outcome.js';
import { OpdrachtRepository } from './opdracht.repository.js';
import { SendOpdracht, type Kanaal } from './send-opdracht.usecase.js';

@Injectable()
export class OpdrachtenService {
  private readonly sendOpdracht: SendOpdracht;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    schemaSet: SchemaSetProvider,
    berichten: BerichtenService,
    deliveries: DeliveryRepository,
    termijnen: TermijnRepository,
    outbox: OutboxRepository,
    private readonly delivery: DeliveryService,
  ) {
    this.sendOpdracht = new SendOpdracht({
      dataSource,
      config,
      schemas: schemaSet.schemas,
      messages: berichten.messages,
      deliveries,
      state: new StateRepository(),
      termijnen,
      opdrachten: new OpdrachtRepository(),
      outbox,
    });
  }

  async send(soort: OpdrachtSoort, command: unknown, kanaal: Kanaal): Promise<OpdrachtOutcome> {
    const outcome = await this.sendOpdracht.execute(soort, command, kanaal);
    if (outcome.status === 'accepted') this.delivery.nudge();
    return outcome;
  }
}
