/** The gateway's configuration: the one place that reads process.env, validated at start-up with clear messages. */
import { resolve } from 'node:path';
import { loadSecurityConfig, type SecurityConfig } from '../security/security-config.js';
import { referenceDataProblems } from '../reference/reference-data.loader.js';

export interface GatewayConfig {
  readonly port: number;
  /** Unset: an embedded PostgreSQL (PGlite) in `dataDir`. */
  readonly databaseUrl?: string;
  /** Unset: events stay in the outbox, readable through the API. */
  readonly amqpUrl?: string;
  /** Gemeentecodes served by this gateway (a region shares one gateway). */
  readonly gemeenten: ReadonlySet<string>;
  readonly ggkUrl?: string;
  readonly xsdDir?: string;
  readonly dataDir: string;
  readonly logLevel: string;
  /** Largest accepted message body, in bytes. */
  readonly maxBodyBytes: number;
  /** A JSON file of arrangements loaded at start-up (see README, Uitvoeringsvarianten). */
  readonly arrangementenFile?: string;
  /** Outbound deliveries: first retry after this many ms, doubling up to 5 minutes; parked after `deliveryMaxAttempts`. */
  readonly deliveryRetryBaseMs: number;
  readonly deliveryMaxAttempts: number;
  /** How often the deadline check looks for overdue termijnen. */
  readonly termijnCheckMs: number;
  /**
   * Nice value (0–19) of the background worker thread (processing, relay, deliveries) on Linux, where it
   * is per thread: under full load the main thread's acknowledgements go first and processing catches
   * up; with the machine to itself the worker runs at full speed whatever its nice value.
   */
  readonly backgroundNice: number;
  /**
   * Largest event published whole, in bytes of JSON. A larger one (the event of a large declaration
   * carries the whole message) goes out without `data` and with a `dataRef` to fetch it by; RabbitMQ 4
   * refuses messages over 16 MiB by default (`max_message_size`).
   */
  readonly eventMaxBytes: number;
  /** The queue the gateway takes back-office commands from (bound to istandaarden.commands). */
  readonly commandsQueue: string;
  /** TLS, credentials, rate limits, timeouts (security/security-config.ts). */
  readonly security: SecurityConfig;
  /** Folder with the reference tables (gemeentecodes.csv, productcodes.csv); unset: the project's `reference-data/`. */
  readonly referenceDataDir?: string;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number, got '${env.PORT}'`);
  const gemeenten = (env.GEMEENTEN ?? '0363')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  for (const code of gemeenten)
    if (!/^\d{4}$/.test(code)) problems.push(`GEMEENTEN: '${code}' is not a 4-digit gemeentecode`);
  for (const [name, protocols] of [
    ['DATABASE_URL', ['postgres:', 'postgresql:']],
    ['AMQP_URL', ['amqp:', 'amqps:']],
    ['GGK_URL', ['http:', 'https:']],
  ] as const) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    try {
      if (!(protocols as readonly string[]).includes(new URL(value).protocol))
        problems.push(`${name} must start with ${protocols.join(' or ')}`);
    } catch {
      problems.push(`${name} is not a URL`);
    }
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const maxBodyBytes = Number(env.MAX_BODY_BYTES ?? 100 * 1024 * 1024);
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0)
    problems.push('MAX_BODY_BYTES must be a positive whole number');
  const whole = (name: string, fallback: number, min: number): number => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < min) problems.push(`${name} must be a whole number ≥ ${min}`);
    return value;
  };
  const deliveryRetryBaseMs = whole('DELIVERY_RETRY_BASE_MS', 1_000, 1);
  const deliveryMaxAttempts = whole('DELIVERY_MAX_ATTEMPTS', 10, 1);
  const termijnCheckMs = whole('TERMIJN_CHECK_MS', 60_000, 10);
  const backgroundNice = whole('BACKGROUND_NICE', 10, 0);
  if (backgroundNice > 19) problems.push('BACKGROUND_NICE must be a whole number from 0 to 19');
  const eventMaxBytes = whole('EVENT_MAX_BYTES', 8 * 1024 * 1024, 1024);
  const security = loadSecurityConfig(env, problems);
  problems.push(...referenceDataProblems(env.REFERENCE_DATA_DIR));
  if (problems.length) throw new ConfigError(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    port,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.AMQP_URL ? { amqpUrl: env.AMQP_URL } : {}),
    gemeenten: new Set(gemeenten),
    ...(env.GGK_URL ? { ggkUrl: env.GGK_URL } : {}),
    ...(env.XSD_DIR ? { xsdDir: env.XSD_DIR } : {}),
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    logLevel,
    maxBodyBytes,
    ...(env.ARRANGEMENTEN_FILE ? { arrangementenFile: resolve(env.ARRANGEMENTEN_FILE) } : {}),
    deliveryRetryBaseMs,
    deliveryMaxAttempts,
    termijnCheckMs,
    backgroundNice,
    eventMaxBytes,
    commandsQueue: env.COMMANDS_QUEUE || 'istandaarden.commands',
    security,
    ...(env.REFERENCE_DATA_DIR ? { referenceDataDir: resolve(env.REFERENCE_DATA_DIR) } : {}),
  };
}

export const GATEWAY_CONFIG = Symbol('GatewayConfig');
