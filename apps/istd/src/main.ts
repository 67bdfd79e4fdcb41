/** `npm run istd -- <command>`: entry point of the istd command line (see cli.ts). */
import { run } from './cli.js';

process.exitCode = await run(process.argv.slice(2), {
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(`${text}\n`),
});
