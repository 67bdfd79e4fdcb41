/** A gateway on a loopback port with its own database, for e2e tests. */
import type { INestApplication } from '@nestjs/common';
import { createGateway } from '../../apps/gateway/src/gateway.js';
import { loadGatewayConfig, type GatewayConfig } from '../../apps/gateway/src/config/gateway-config.js';
import { PROJECT_DIR } from './reference.js';
import { AMQP_URL, createTestDatabase, type TestDatabase } from './test-services.js';

/** Reference data for the tests: the project's, with the bilateral productcodes the official examples use. */
export const TEST_REFERENCE_DATA_DIR = `${PROJECT_DIR}test/support/reference-data`;

export interface TestGateway {
  readonly app: INestApplication;
  readonly base: string;
  readonly config: GatewayConfig;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const database = await createTestDatabase();
  const config = loadGatewayConfig({
    GEMEENTEN: '0363,0384,0599',
    DATABASE_URL: database.url,
    ...(AMQP_URL ? { AMQP_URL } : {}),
    LOG_LEVEL: 'warn',
    REFERENCE_DATA_DIR: TEST_REFERENCE_DATA_DIR,
    ...env,
  });
  const app = await createGateway(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    base,
    config,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
