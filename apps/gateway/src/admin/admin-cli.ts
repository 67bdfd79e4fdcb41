/** Entry point of `npm run admin`: the operator's commands for the console (see account-command.ts). */
import { createInterface } from 'node:readline';
import { openDatabase, startEmbeddedDatabase } from '../../../../libs/persistence/src/index.js';
import { ConfigError, loadGatewayConfig } from '../config/gateway-config.js';
import { accountCommand } from './account-command.js';

async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('wachtwoord (wordt niet getoond): ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    if (process.stdin.isTTY) process.stderr.write('\n');
    return line;
  }
  return '';
}

try {
  const config = loadGatewayConfig();
  process.exitCode = await accountCommand(
    process.argv.slice(2),
    {
      readPassword: readFirstLine,
      write: (text) => process.stdout.write(text),
      error: (text) => process.stderr.write(`${text}\n`),
    },
    async () => {
      if (config.databaseUrl) return openDatabase({ url: config.databaseUrl });
      const embedded = await startEmbeddedDatabase(`${config.dataDir}/pglite`);
      const dataSource = await openDatabase({ url: embedded.url, poolSize: 1 });
      const destroy = dataSource.destroy.bind(dataSource);
      dataSource.destroy = async () => {
        await destroy();
        await embedded.stop();
      };
      return dataSource;
    },
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
