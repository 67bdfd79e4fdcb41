/** Provides the DataSource: the configured PostgreSQL, or the embedded one, migrated on start-up. */
import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  openDatabase,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '../../../../libs/persistence/src/index.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config.js';

export const DATA_SOURCE = Symbol('DataSource');
const EMBEDDED = Symbol('EmbeddedDatabase');

@Global()
@Module({
  providers: [
    {
      provide: EMBEDDED,
      inject: [GATEWAY_CONFIG],
      async useFactory(config: GatewayConfig): Promise<EmbeddedDatabase | undefined> {
        if (config.databaseUrl) return undefined;
        new Logger('Database').warn(
          `DATABASE_URL is not set: using an embedded PostgreSQL (PGlite) in ${config.dataDir}`,
        );
        return startEmbeddedDatabase(`${config.dataDir}/pglite`);
      },
    },
    {
      provide: DATA_SOURCE,
      inject: [GATEWAY_CONFIG, EMBEDDED],
      useFactory: (config: GatewayConfig, embedded: EmbeddedDatabase | undefined): Promise<DataSource> =>
        openDatabase(embedded ? { url: embedded.url, poolSize: 1 } : { url: config.databaseUrl! }),
    },
  ],
  exports: [DATA_SOURCE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EMBEDDED) private readonly embedded: EmbeddedDatabase | undefined,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
