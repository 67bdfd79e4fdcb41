// Makes sure the PostgreSQL and RabbitMQ that the test suites need are reachable.
//
//   node scripts/test-services.mjs
//
// For each service: probe its TCP port; when nothing answers, start the local Debian service
// (installing it with apt-get first when it is missing and we run as root) and wait until it is
// ready. When DATABASE_URL / AMQP_URL are set, those servers are only probed: nothing is started
// or installed for them. Progress goes to stderr, one line per service; the last line on stdout
// is JSON with the connection strings settled on, e.g.
//   {"DATABASE_URL":"postgres://postgres@127.0.0.1:5432/istd_test","AMQP_URL":"amqp://guest:guest@127.0.0.1:5672"}
// Exits 1 when a service cannot be provided, unless ISTD_TEST_SERVICES=optional: then it warns,
// leaves that service out of the JSON (tests that need it skip) and exits 0.
// Only Node built-ins are used; the PostgreSQL checks speak the wire protocol directly.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_HOST = '127.0.0.1';
const PG_DEFAULT_PORT = 5432;
const PG_USER = 'postgres';
const PG_DATABASE = 'istd_test';
const AMQP_HOST = '127.0.0.1';
const AMQP_PORT = 5672;
const AMQP_DEFAULT_URL = `amqp://guest:guest@${AMQP_HOST}:${AMQP_PORT}`;
const PG_START_TIMEOUT_MS = 60_000;
const RABBIT_START_TIMEOUT_MS = 120_000;
const INSTALL_TIMEOUT_MS = 15 * 60_000;

const optional = process.env.ISTD_TEST_SERVICES === 'optional';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const logFile = join(tmpdir(), `istd-test-services-${process.getuid?.() ?? 'user'}.log`);

const log = (line) => process.stderr.write(`${line}\n`);

/** A failure to provide a service, with the message shown to the user. */
class ServiceError extends Error {}

// ---------------------------------------------------------------- generic helpers

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether something accepts TCP connections on host:port. */
function probe(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Polls host:port until it accepts connections or the deadline passes. */
async function waitForPort(host, port, timeoutMs, stillStarting = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe(host, port, 1000)) return true;
    if (!stillStarting()) return false;
    await sleep(250);
  }
  return false;
}

/** Runs a command synchronously with its output appended to the log file; returns the exit status. */
function run(command, args, { timeoutMs = 120_000, env } = {}) {
  const fd = openLog();
  try {
    const result = spawnSync(command, args, {
      stdio: ['ignore', fd ?? 'ignore', fd ?? 'ignore'],
      timeout: timeoutMs,
      env: env ? { ...process.env, ...env } : process.env,
    });
    return result.error ? -1 : (result.status ?? -1);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function openLog() {
  try {
    return openSync(logFile, 'a');
  } catch {
    return undefined;
  }
}

/** The last lines of the log file, indented, for error messages. */
function logTail(lines = 15) {
  try {
    const text = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines);
    return `\n  (last lines of ${logFile})\n${text.map((line) => `    ${line}`).join('\n')}`;
  } catch {
    return '';
  }
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/sbin', '/sbin', '/usr/bin')) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

function parseUrl(value, name, defaultPort) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ServiceError(`${name} is not a valid URL: ${value}`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost';
  return { host, port: Number(url.port) || defaultPort, url };
}

// ---------------------------------------------------------------- PostgreSQL wire protocol

/**
 * Connects as `user` to `database` without a password and optionally runs one simple query.
 * Resolves { ok: true } on success, { auth: code } when the server asks for a password, or
 * { error: { code, message } } for an ErrorResponse (such as 3D000 when the database is missing).
 */
function pgTry({ host, port, user, database, query, timeoutMs = 5000 }) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    let buffer = Buffer.alloc(0);
    let queried = false;
    let queryError;
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () =>
      finish({ error: { code: 'TIMEOUT', message: 'no answer from the server' } }),
    );
    socket.once('error', (error) =>
      finish({ error: { code: error.code ?? 'ERROR', message: error.message } }),
    );
    socket.once('close', () =>
      finish({ error: { code: 'CLOSED', message: 'connection closed by the server' } }),
    );
    socket.once('connect', () => {
      const params = Buffer.from(`user\0${user}\0database\0${database}\0client_encoding\0UTF8\0\0`);
      const head = Buffer.alloc(8);
      head.writeInt32BE(8 + params.length, 0);
      head.writeInt32BE(196608, 4); // protocol 3.0
      socket.write(Buffer.concat([head, params]));
    });
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 5) {
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) return;
        const body = buffer.subarray(5, 1 + length);
        buffer = buffer.subarray(1 + length);
        if (type === 'R') {
          const code = body.readInt32BE(0);
          if (code !== 0) return finish({ auth: code });
        } else if (type === 'E') {
          const fields = {};
          for (const part of body.toString('utf8').split('\0')) if (part) fields[part[0]] = part.slice(1);
          const error = { code: fields.C ?? '?', message: fields.M ?? 'unknown error' };
          if (!queried) return finish({ error });
          queryError = error;
        } else if (type === 'Z') {
          if (query && !queried) {
            queried = true;
            const text = Buffer.from(`${query}\0`);
            const head = Buffer.alloc(5);
            head.write('Q', 0);
            head.writeInt32BE(4 + text.length, 1);
            socket.write(Buffer.concat([head, text]));
          } else {
            return finish(queryError ? { error: queryError } : { ok: true });
          }
        }
      }
    });
  });
}

// ---------------------------------------------------------------- Debian packages

/** Installs the given Debian packages with apt-get (root only). */
function aptInstall(packages) {
  log(`installing ${packages.join(' ')} with apt-get (this takes a few minutes; output in ${logFile}) ...`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['-qq', 'update'], { timeoutMs: INSTALL_TIMEOUT_MS, env }) !== 0)
    throw new ServiceError(`apt-get update failed${logTail()}`);
  const status = run('apt-get', ['-qq', '-y', 'install', ...packages], {
    timeoutMs: INSTALL_TIMEOUT_MS,
    env,
  });
  if (status !== 0) throw new ServiceError(`apt-get install ${packages.join(' ')} failed${logTail()}`);
}

// ---------------------------------------------------------------- PostgreSQL

const PG_ETC = '/etc/postgresql';

function pgInstalledVersions() {
  try {
    return readdirSync('/usr/lib/postgresql')
      .filter((version) => existsSync(`/usr/lib/postgresql/${version}/bin/postgres`))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

function pgInstalled() {
  return pgInstalledVersions().length > 0 && which('pg_ctlcluster') !== undefined;
}

/** Debian clusters (/etc/postgresql/<version>/<name>), newest version first. */
function pgClusters() {
  const clusters = [];
  let versions = [];
  try {
    versions = readdirSync(PG_ETC).sort((a, b) => Number(b) - Number(a));
  } catch {
    return clusters;
  }
  for (const version of versions) {
    if (!existsSync(`/usr/lib/postgresql/${version}/bin/postgres`)) continue;
    let names = [];
    try {
      names = readdirSync(join(PG_ETC, version)).filter((name) =>
        statSync(join(PG_ETC, version, name)).isDirectory(),
      );
    } catch {
      continue;
    }
    for (const name of names) {
      const conf = join(PG_ETC, version, name, 'postgresql.conf');
      if (!existsSync(conf)) continue;
      const match = /^\s*port\s*=\s*(\d+)/m.exec(readFileSync(conf, 'utf8'));
      clusters.push({ version, name, port: match ? Number(match[1]) : PG_DEFAULT_PORT });
    }
  }
  return clusters;
}

/** The cluster to use: the one on the default port, else `main` of the newest version, else any. */
function pickCluster(clusters) {
  return (
    clusters.find((c) => c.port === PG_DEFAULT_PORT) ?? clusters.find((c) => c.name === 'main') ?? clusters[0]
  );
}

/** Whether pg_hba.conf of a cluster already trusts TCP connections from 127.0.0.1. */
function hbaTrustsLocalhost(cluster) {
  try {
    const hba = readFileSync(join(PG_ETC, cluster.version, cluster.name, 'pg_hba.conf'), 'utf8');
    for (const raw of hba.split('\n')) {
      const line = raw.replace(/#.*/, '').trim();
      if (!line) continue;
      const [type, , , address, method] = line.split(/\s+/);
      if (!type.startsWith('host')) continue;
      // first matching host line wins in pg_hba.conf
      if (
        address === '127.0.0.1/32' ||
        address === 'all' ||
        address === '0.0.0.0/0' ||
        address === 'samehost'
      )
        return method === 'trust';
    }
  } catch {
    // unreadable: assume not
  }
  return false;
}

/** Makes a cluster created by this script's apt-get install trust local connections, and reloads it. */
function trustLocalhost(cluster) {
  const file = join(PG_ETC, cluster.version, cluster.name, 'pg_hba.conf');
  const hba = readFileSync(file, 'utf8');
  const lines =
    '# added by scripts/test-services.mjs (test database server): no passwords from this machine\n' +
    'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n';
  writeFileSync(file, lines + hba);
  log(`postgres: set trust auth for local connections in ${file} (cluster just installed for the tests)`);
  run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'reload']);
}

async function startPgCluster(cluster) {
  const status = run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'start'], {
    timeoutMs: PG_START_TIMEOUT_MS,
  });
  // status 2 means "already running" for pg_ctlcluster; the port probe decides either way
  if (!(await waitForPort(PG_HOST, cluster.port, PG_START_TIMEOUT_MS, () => status === 0 || status === 2)))
    throw new ServiceError(
      `postgres: could not start cluster ${cluster.version}/${cluster.name} ` +
        `(pg_ctlcluster exit ${status}; see /var/log/postgresql/postgresql-${cluster.version}-${cluster.name}.log` +
        `${isRoot ? '' : '; only root or the postgres user can start it'})${logTail()}`,
    );
}

/** Brings up a local PostgreSQL; returns the port and what was done. */
async function providePostgres(installed) {
  let clusters = pgClusters();
  if (!installed) {
    if (await probe(PG_HOST, PG_DEFAULT_PORT)) return { port: PG_DEFAULT_PORT, action: 'reachable at' };
    // a cluster on another port that is already running
    for (const cluster of clusters)
      if (cluster.port !== PG_DEFAULT_PORT && (await probe(PG_HOST, cluster.port)))
        return { port: cluster.port, action: 'reachable at' };
  }
  if (!pgInstalled()) {
    if (!installed)
      throw new ServiceError(
        `postgres: nothing listens on ${PG_HOST}:${PG_DEFAULT_PORT} and PostgreSQL is not installed` +
          (isRoot ? '' : ' (run as root to have it installed, install the "postgresql" package yourself,') +
          (isRoot ? '' : ' or set DATABASE_URL to a server)'),
      );
    throw new ServiceError(`postgres: apt-get ran but no PostgreSQL server binaries were found${logTail()}`);
  }
  let cluster = pickCluster(clusters);
  let created = false;
  if (!cluster) {
    if (!isRoot)
      throw new ServiceError(
        `postgres: PostgreSQL is installed but has no cluster; as root: pg_createcluster ${pgInstalledVersions()[0]} main`,
      );
    const version = pgInstalledVersions()[0];
    log(`postgres: creating cluster ${version}/main on port ${PG_DEFAULT_PORT} (trust auth) ...`);
    const status = run('pg_createcluster', [
      version,
      'main',
      '--port',
      String(PG_DEFAULT_PORT),
      '--',
      '--auth-local=trust',
      '--auth-host=trust',
    ]);
    if (status !== 0) throw new ServiceError(`postgres: pg_createcluster ${version} main failed${logTail()}`);
    clusters = pgClusters();
    cluster = pickCluster(clusters);
    if (!cluster)
      throw new ServiceError(`postgres: pg_createcluster ran but no cluster was found${logTail()}`);
    created = true;
  }
  if (!(await probe(PG_HOST, cluster.port))) await startPgCluster(cluster);
  // apt-get's postinst creates "main" with password auth over TCP; we own that cluster, so open it up
  if (installed && !created && !hbaTrustsLocalhost(cluster)) trustLocalhost(cluster);
  return { port: cluster.port, action: installed ? 'installed and started at' : 'started at', cluster };
}

const AUTH_METHODS = { 3: 'password', 5: 'md5', 10: 'scram-sha-256' };

/** Checks that the tests can log in without a password and that the test database exists. */
async function preparePgDatabase(port) {
  const target = { host: PG_HOST, port, user: PG_USER };
  const first = await pgTry({ ...target, database: PG_DATABASE });
  if (first.ok) return false;
  if (first.auth !== undefined)
    throw new ServiceError(
      `postgres: ${PG_HOST}:${port} asks user "${PG_USER}" for a password (${AUTH_METHODS[first.auth] ?? `auth request ${first.auth}`}); ` +
        `the tests connect without one. Either add "host all all 127.0.0.1/32 trust" before the other host ` +
        `lines of pg_hba.conf and reload, or set DATABASE_URL=postgres://user:password@host:port/db`,
    );
  if (first.error.code !== '3D000')
    throw new ServiceError(
      `postgres: cannot connect to ${PG_HOST}:${port} as "${PG_USER}": ${first.error.message} (${first.error.code})`,
    );
  const created = await pgTry({ ...target, database: 'postgres', query: `CREATE DATABASE ${PG_DATABASE}` });
  if (created.ok || created.error?.code === '42P04') return true; // 42P04: created concurrently
  if (isRoot && which('runuser') && which('createdb')) {
    // fall back to the postgres OS user over the Unix socket
    if (run('runuser', ['-u', 'postgres', '--', 'createdb', '-p', String(port), PG_DATABASE]) === 0)
      return true;
  }
  throw new ServiceError(
    `postgres: could not create database ${PG_DATABASE}: ${created.error?.message ?? `auth request ${created.auth}`}`,
  );
}

// ---------------------------------------------------------------- RabbitMQ

function rabbitInstalled() {
  return which('rabbitmq-server') !== undefined;
}

async function provideRabbit(installed) {
  if (await probe(AMQP_HOST, AMQP_PORT)) return installed ? 'installed and started at' : 'reachable at';
  if (!rabbitInstalled())
    throw new ServiceError(
      installed
        ? `rabbitmq: apt-get ran but rabbitmq-server was not found${logTail()}`
        : `rabbitmq: nothing listens on ${AMQP_HOST}:${AMQP_PORT} and RabbitMQ is not installed` +
            (isRoot
              ? ''
              : ' (run as root to have it installed, install "rabbitmq-server" yourself, or set AMQP_URL)'),
    );
  if (!isRoot)
    throw new ServiceError(
      `rabbitmq: nothing listens on ${AMQP_HOST}:${AMQP_PORT}; only root can start it here: rabbitmq-server -detached`,
    );
  // -detached daemonizes; keep it in its own session with no pipes back to us
  const fd = openLog();
  let exited;
  const child = spawn(which('rabbitmq-server'), ['-detached'], {
    detached: true,
    stdio: ['ignore', fd ?? 'ignore', fd ?? 'ignore'],
  });
  child.once('exit', (code) => (exited = code));
  child.once('error', () => (exited = -1));
  child.unref();
  if (fd !== undefined) closeSync(fd);
  // the launcher returns at once; a non-zero exit means it did not even get going
  const up = await waitForPort(
    AMQP_HOST,
    AMQP_PORT,
    RABBIT_START_TIMEOUT_MS,
    () => exited === undefined || exited === 0,
  );
  if (!up)
    throw new ServiceError(
      `rabbitmq: started rabbitmq-server -detached but ${AMQP_HOST}:${AMQP_PORT} did not open within ` +
        `${RABBIT_START_TIMEOUT_MS / 1000} s (launcher exit ${exited ?? 'pending'}; see /var/log/rabbitmq/)${logTail()}`,
    );
  // the listener opens late in the boot; await_startup makes sure the broker is fully up
  if (which('rabbitmqctl'))
    run('rabbitmqctl', ['-q', 'await_startup', '--timeout', '60'], { timeoutMs: 70_000 });
  return installed ? 'installed and started at' : 'started at';
}

// ---------------------------------------------------------------- main

const settled = {};
const failures = [];
const fail = (error) => {
  if (!(error instanceof ServiceError)) throw error;
  failures.push(error.message);
};

const pgFromEnv = process.env.DATABASE_URL;
const amqpFromEnv = process.env.AMQP_URL;

// which of the local services are missing and down, so one apt-get run installs them all
const install = [];
const [pgUp, amqpUp] = await Promise.all([
  pgFromEnv ? true : probe(PG_HOST, PG_DEFAULT_PORT),
  amqpFromEnv ? true : probe(AMQP_HOST, AMQP_PORT),
]);
if (!pgUp && !pgInstalled()) install.push('postgresql');
if (!amqpUp && !rabbitInstalled()) install.push('rabbitmq-server');
let installedOk = false;
if (install.length > 0 && isRoot && which('apt-get')) {
  try {
    aptInstall(install);
    installedOk = true;
  } catch (error) {
    fail(error);
  }
}

async function postgres() {
  if (pgFromEnv) {
    const { host, port } = parseUrl(pgFromEnv, 'DATABASE_URL', PG_DEFAULT_PORT);
    if (!(await probe(host, port, 3000)))
      throw new ServiceError(
        `postgres: DATABASE_URL points at ${host}:${port}, which does not accept connections`,
      );
    log(`postgres: reachable at ${host}:${port} (DATABASE_URL)`);
    settled.DATABASE_URL = pgFromEnv;
    return;
  }
  const { port, action } = await providePostgres(installedOk && install.includes('postgresql'));
  const createdDb = await preparePgDatabase(port);
  log(`postgres: ${action} ${PG_HOST}:${port}${createdDb ? ` (created database ${PG_DATABASE})` : ''}`);
  settled.DATABASE_URL = `postgres://${PG_USER}@${PG_HOST}:${port}/${PG_DATABASE}`;
}

async function rabbitmq() {
  if (amqpFromEnv) {
    const { host, port, url } = parseUrl(amqpFromEnv, 'AMQP_URL', AMQP_PORT);
    const realPort = url.port ? port : url.protocol === 'amqps:' ? 5671 : AMQP_PORT;
    if (!(await probe(host, realPort, 3000)))
      throw new ServiceError(
        `rabbitmq: AMQP_URL points at ${host}:${realPort}, which does not accept connections`,
      );
    log(`rabbitmq: reachable at ${host}:${realPort} (AMQP_URL)`);
    settled.AMQP_URL = amqpFromEnv;
    return;
  }
  const action = await provideRabbit(installedOk && install.includes('rabbitmq-server'));
  log(`rabbitmq: ${action} ${AMQP_HOST}:${AMQP_PORT}`);
  settled.AMQP_URL = AMQP_DEFAULT_URL;
}

await Promise.all([postgres().catch(fail), rabbitmq().catch(fail)]);

for (const message of failures) log(optional ? `warning: ${message}` : `error: ${message}`);
if (failures.length > 0 && optional)
  log('ISTD_TEST_SERVICES=optional: continuing; tests that need the missing service(s) will skip');
const { DATABASE_URL, AMQP_URL } = settled;
process.stdout.write(`${JSON.stringify({ DATABASE_URL, AMQP_URL })}\n`);
process.exit(failures.length > 0 && !optional ? 1 : 0);
