// Runs the compiled test files (dist/**/*.spec.js) with Node's test runner; optional folder filters.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).map((dir) => join('dist', dir));
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.spec.js') && (roots.length === 0 || roots.some((root) => path.startsWith(root))))
      files.push(path);
  }
})('dist');
if (files.length === 0) {
  console.error('no test files found under dist/ (did the build run?)');
  process.exit(1);
}
// PostgreSQL and RabbitMQ for the suites that need them: test-services.mjs probes, starts or installs
// them and prints the connection strings as JSON on its last stdout line; values set by the user win.
const services = spawnSync(process.execPath, [join(import.meta.dirname, 'test-services.mjs')], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (services.status !== 0) {
  console.error('test services unavailable (set ISTD_TEST_SERVICES=optional to run without them)');
  process.exit(services.status ?? 1);
}
const settled = JSON.parse(services.stdout.trim().split('\n').at(-1) || '{}');
const env = { ...process.env };
for (const name of ['DATABASE_URL', 'AMQP_URL']) if (settled[name] && !env[name]) env[name] = settled[name];

const reporter = process.env.TEST_REPORTER ?? 'spec';
const result = spawnSync(
  process.execPath,
  // --expose-gc: a gateway started by a test collects after a large message as `npm start`'s does (memory.ts).
  [
    '--enable-source-maps',
    '--expose-gc',
    '--test',
    `--test-reporter=${reporter}`,
    '--test-concurrency=2',
    ...files,
  ],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
