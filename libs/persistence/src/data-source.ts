/** The TypeORM data source: PostgreSQL through `pg`, schema by migrations only. */
import { DataSource } from 'typeorm';
import { MessageStore1764000000000 } from './migrations/1764000000000-message-store.js';
import { RuleState1764000000001 } from './migrations/1764000000001-rule-state.js';

export const MIGRATIONS = [MessageStore1764000000000, RuleState1764000000001];

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
