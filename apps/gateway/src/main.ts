/** Gateway entry point: `npm start`. */
import { ConfigError, loadGatewayConfig } from './config/gateway-config.js';
import { createGateway } from './gateway.js';

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
