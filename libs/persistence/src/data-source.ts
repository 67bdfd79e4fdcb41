/** The TypeORM data source: PostgreSQL through `pg`, schema by migrations only. */
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { MessageStore1764000000000 } from './migrations/1764000000000-message-store.js';
import { RuleState1764000000001 } from './migrations/1764000000001-rule-state.js';
import { HotPathStorage1764000000100 } from './migrations/1764000000100-hot-path-storage.js';
import { CrossMessageState1764000000201 } from './migrations/1764000000201-cross-message-state.js';
import { Uitvoeringsvarianten1764000000300 } from './migrations/1764000000300-uitvoeringsvarianten.js';
import { OutboundCommands1764000000400 } from './migrations/1764000000400-outbound-commands.js';
import { AdminConsole1764000000500 } from './migrations/1764000000500-admin-console.js';
import { AuthAudit1764000000600 } from './migrations/1764000000600-auth-audit.js';
import { StateLookupIndexes1764000000700 } from './migrations/1764000000700-state-lookup-indexes.js';
import { DeliveryReferentienummer1764000000800 } from './migrations/1764000000800-delivery-referentienummer.js';
import { OutboxPayloadText1764000000900 } from './migrations/1764000000900-outbox-payload-text.js';
import { PrestatieRowsWithoutForeignKey1764000001000 } from './migrations/1764000001000-prestatie-rows-without-foreign-key.js';
import { TermijnKalenderdagen1764000001100 } from './migrations/1764000001100-termijn-kalenderdagen.js';
import { DeliveryOrder1764000001200 } from './migrations/1764000001200-delivery-order.js';

export const MIGRATIONS = [
  MessageStore1764000000000,
  RuleState1764000000001,
  HotPathStorage1764000000100,
  CrossMessageState1764000000201,
  Uitvoeringsvarianten1764000000300,
  OutboundCommands1764000000400,
  AdminConsole1764000000500,
  AuthAudit1764000000600,
  StateLookupIndexes1764000000700,
  DeliveryReferentienummer1764000000800,
  OutboxPayloadText1764000000900,
  PrestatieRowsWithoutForeignKey1764000001000,
  TermijnKalenderdagen1764000001100,
  DeliveryOrder1764000001200,
];

export interface DataSourceOptions {
  readonly url: string;
  /** Connections in the pool; the embedded database takes one. */
  readonly poolSize?: number;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
  });
}

/** Opens the data source and brings the schema up to date. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * The `pg` pool under an initialized data source. Hot statements go to it directly, skipping the
 * query runner TypeORM sets up per statement; it is the same pool, so the embedded database's
 * one-connection limit still holds.
 */
export function driverPool(dataSource: DataSource): pg.Pool {
  const pool = (dataSource.driver as unknown as { master?: pg.Pool }).master;
  if (!pool) throw new Error('the data source is not initialized');
  return pool;
}
