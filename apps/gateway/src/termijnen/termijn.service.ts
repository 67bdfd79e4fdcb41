/**
 * The deadline check: a background loop that finds open termijnen past their last day and writes a
 * `<standaard>.termijn.verlopen` event for each into the outbox, once. Overdue rows are claimed with
 * FOR UPDATE SKIP LOCKED and marked in the same transaction as their events, so any number of
 * instances can run the check without doubling an event.
 */
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { newEvent, OVERDUE_EVENT_NAME, type GatewayEvent } from '../../../../libs/messaging/src/index.js';
import { BackgroundLoop } from '../common/background-loop.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { todayInTheNetherlands } from '../berichten/message-facts.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';
import { TermijnRepository, type TermijnView } from './termijn.repository.js';

const BATCH = 100;

@Injectable()
export class TermijnService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    readonly termijnen: TermijnRepository,
    private readonly outbox: OutboxRepository,
  ) {
    this.loop = new BackgroundLoop(
      new Logger('Termijnen'),
      'deadline check',
      async () => (await this.checkOverdue()) === BATCH,
      config.termijnCheckMs,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One round: writes the events of up to a batch of newly overdue termijnen; returns how many. */
  async checkOverdue(today = todayInTheNetherlands()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const overdue = await this.termijnen.claimOverdue(manager, today, BATCH);
      await this.outbox.addMany(
        manager,
        overdue.map((termijn) => overdueEvent(termijn, today)),
      );
      await this.termijnen.markOverdue(
        manager,
        overdue.map((termijn) => termijn.id),
      );
      return overdue.length;
    });
  }
}

function overdueEvent(termijn: TermijnView, today: string): { key: string; event: GatewayEvent } {
  return newEvent(termijn.standaard, OVERDUE_EVENT_NAME, {
    gemeente: termijn.gemeente,
    aanbieder: termijn.aanbieder,
    berichtId: termijn.berichtId,
    berichtcode: termijn.berichtcode,
    data: {
      termijnId: termijn.id,
      soort: termijn.soort,
      partij: termijn.partij,
      verwacht: termijn.verwacht,
      begindatum: termijn.begindatum,
      ...(termijn.werkdagen === null
        ? { kalenderdagen: termijn.kalenderdagen }
        : { werkdagen: termijn.werkdagen }),
      uiterlijk: termijn.uiterlijk,
      vastgesteld: today,
    },
  });
}
