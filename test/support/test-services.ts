/** Real PostgreSQL and RabbitMQ for tests: a fresh database per suite, and a way to skip visibly without them. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DATABASE_URL = process.env.DATABASE_URL;
export const AMQP_URL = process.env.AMQP_URL;

export const skipWithoutServices: string | false =
  DATABASE_URL && AMQP_URL
    ? false
    : 'SKIPPED: DATABASE_URL and AMQP_URL are not set (npm test sets them via scripts/test-services.mjs)';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server, dropped again by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const name = `istd_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
