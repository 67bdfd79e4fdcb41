/** Gateway entry point: `npm start`. */
import { exposeCollector } from '../../../libs/istandaarden/src/index.js';
import { ConfigError, loadGatewayConfig } from './config/gateway-config.js';
import { createGateway } from './gateway.js';

// Before any worker thread starts: large messages are followed by a collection (libs/istandaarden/src/memory.ts).
exposeCollector();

try {
  const config = loadGatewayConfig();
  const app = await createGateway(config);
  await app.listen(config.port);
  console.log(
    `iStandaarden gateway listening on http://localhost:${config.port} (gemeenten ${[...config.gemeenten].join(', ')})`,
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
