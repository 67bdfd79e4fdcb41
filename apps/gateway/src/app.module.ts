/** The gateway application module: configuration, database, message ingress and processing, outbox relay, health. */
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { BerichtenController } from './berichten/berichten.controller.js';
import { BerichtenService } from './berichten/berichten.service.js';
import { GATEWAY_CONFIG, type GatewayConfig } from './config/gateway-config.js';
import { DatabaseModule } from './database/database.module.js';
import { DocsController } from './docs/docs.controller.js';
import { DeliveryRepository } from './ggk/delivery.repository.js';
import { DeliveryService } from './ggk/delivery.service.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { GatewayMetrics } from './metrics/metrics.js';
import { SchemaSetProvider } from './health/schema-set.provider.js';
import { OutboxRepository } from './outbox/outbox.repository.js';
import { OutboxService } from './outbox/outbox.service.js';
import { ProblemFilter } from './problem/problem.filter.js';
import {
  UITVOERINGSVARIANTEN_CONTROLLERS,
  UITVOERINGSVARIANTEN_PROVIDERS,
} from './arrangementen/uitvoeringsvarianten.module.js';
import { AfleveringenController } from './ggk/afleveringen.controller.js';
import { OpdrachtenConsumer } from './opdrachten/command-consumer.js';
import { OpdrachtenController } from './opdrachten/opdrachten.controller.js';
import { OpdrachtenService } from './opdrachten/opdrachten.service.js';
import { TermijnRepository } from './termijnen/termijn.repository.js';
import { TermijnService } from './termijnen/termijn.service.js';
import { TermijnenController } from './termijnen/termijnen.controller.js';
import { ADMIN_CONTROLLERS, ADMIN_PROVIDERS } from './admin/index.js';

@Module({})
export class AppModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        {
          module: ConfigModule,
          global: true,
          providers: [{ provide: GATEWAY_CONFIG, useValue: config }],
          exports: [GATEWAY_CONFIG],
        },
        DatabaseModule,
      ],
      controllers: [
        ...[HealthController, BerichtenController, MetricsController, DocsController],
        ...[OpdrachtenController, OpdrachtenConsumer, AfleveringenController, TermijnenController],
        ...UITVOERINGSVARIANTEN_CONTROLLERS,
        ...ADMIN_CONTROLLERS,
      ],
      providers: [
        GatewayMetrics,
        SchemaSetProvider,
        OutboxRepository,
        OutboxService,
        DeliveryRepository,
        DeliveryService,
        BerichtenService,
        ...UITVOERINGSVARIANTEN_PROVIDERS,
        ...[TermijnRepository, TermijnService, OpdrachtenService],
        ...ADMIN_PROVIDERS,
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}

@Module({})
class ConfigModule {}
