/**
 * The security part of the gateway's configuration: TLS (server certificate, CA for client
 * certificates), the credentials that map to a sender (client certificates and hashed API keys, in
 * the file AUTH_FILE), rate limits and HTTP timeouts. Read from the environment object that
 * loadGatewayConfig hands in, so process.env is still read in one place.
 */
import { readFileSync } from 'node:fs';

/** A credential and the senders (AGB codes, or `*` for a hub that relays for any sender) it may send for. */
export interface Credential {
  /** A name for the audit table and logs: who this is. */
  readonly name: string;
  readonly senders: readonly string[];
}

export interface ApiKeyCredential extends Credential {
  /** SHA-256 of the key, lower-case hex: keys are never kept in plain text. */
  readonly sha256: string;
}

export interface CertificateCredential extends Credential {
  /** SHA-256 fingerprint as Node prints it (`AB:CD:…`), or the subject (`CN=…,O=…`): at least one. */
  readonly fingerprint256?: string;
  readonly subject?: string;
}

export interface TlsConfig {
  readonly cert: Buffer;
  readonly key: Buffer;
  /** CA for client certificates; when set, clients are asked for a certificate (mutual TLS). */
  readonly ca?: Buffer;
}

export interface SecurityConfig {
  readonly tls?: TlsConfig;
  readonly apiKeys: readonly ApiKeyCredential[];
  readonly certificates: readonly CertificateCredential[];
  /** Requests per second per sender (token bucket); 0 turns rate limiting off. */
  readonly rateLimitPerSecond: number;
  readonly rateLimitBurst: number;
  /** Slow clients: the whole header must arrive within this time, the whole request within the other. */
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
}

/** Without any credential configured the gateway runs in development mode: loopback clients only. */
export function developmentMode(security: SecurityConfig): boolean {
  return security.apiKeys.length === 0 && security.certificates.length === 0;
}

interface AuthFile {
  apiKeys?: unknown;
  clientCertificates?: unknown;
}

const SENDER = /^(\d{8}|\d{4}|\*)$/;

function credentials(list: unknown, what: string, problems: string[]): Array<Record<string, unknown>> {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(`AUTH_FILE: ${what} must be a list`);
    return [];
  }
  return list.filter((entry, index): entry is Record<string, unknown> => {
    const where = `AUTH_FILE: ${what}[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where} must be an object`);
      return false;
    }
    const { name, senders } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || !name) problems.push(`${where}.name must be a non-empty string`);
    else if (
      !Array.isArray(senders) ||
      senders.length === 0 ||
      !senders.every((s) => typeof s === 'string' && SENDER.test(s))
    )
      problems.push(`${where}.senders must list AGB codes (8 digits), gemeentecodes (4 digits) or '*'`);
    else return true;
    return false;
  });
}

function readAuthFile(path: string, problems: string[]): Pick<SecurityConfig, 'apiKeys' | 'certificates'> {
  let parsed: AuthFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as AuthFile;
  } catch (error) {
    problems.push(`AUTH_FILE: cannot read ${path} as JSON (${(error as Error).message})`);
    return { apiKeys: [], certificates: [] };
  }
  const apiKeys: ApiKeyCredential[] = [];
  for (const [index, entry] of credentials(parsed.apiKeys, 'apiKeys', problems).entries()) {
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(entry.sha256))
      problems.push(`AUTH_FILE: apiKeys[${index}].sha256 must be the SHA-256 of the key in hex`);
    else
      apiKeys.push({
        name: entry.name as string,
        senders: entry.senders as string[],
        sha256: entry.sha256.toLowerCase(),
      });
  }
  const certificates: CertificateCredential[] = [];
  for (const [index, entry] of credentials(
    parsed.clientCertificates,
    'clientCertificates',
    problems,
  ).entries()) {
    const { fingerprint256, subject } = entry;
    if (typeof fingerprint256 !== 'string' && typeof subject !== 'string')
      problems.push(`AUTH_FILE: clientCertificates[${index}] needs fingerprint256 or subject`);
    else
      certificates.push({
        name: entry.name as string,
        senders: entry.senders as string[],
        ...(typeof fingerprint256 === 'string' ? { fingerprint256: fingerprint256.toUpperCase() } : {}),
        ...(typeof subject === 'string' ? { subject } : {}),
      });
  }
  return { apiKeys, certificates };
}

function readTls(env: NodeJS.ProcessEnv, problems: string[]): TlsConfig | undefined {
  const { TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile, TLS_CA_FILE: caFile } = env;
  if (!certFile && !keyFile && !caFile) return undefined;
  if (!certFile || !keyFile) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE go together (and TLS_CA_FILE needs both)');
    return undefined;
  }
  const read = (name: string, path: string): Buffer | undefined => {
    try {
      return readFileSync(path);
    } catch {
      problems.push(`${name}: cannot read ${path}`);
      return undefined;
    }
  };
  const cert = read('TLS_CERT_FILE', certFile);
  const key = read('TLS_KEY_FILE', keyFile);
  const ca = caFile ? read('TLS_CA_FILE', caFile) : undefined;
  return cert && key ? { cert, key, ...(ca ? { ca } : {}) } : undefined;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) problems.push(`${name} must be a whole number ≥ 0`);
  return value;
}

export function loadSecurityConfig(env: NodeJS.ProcessEnv, problems: string[]): SecurityConfig {
  const auth = env.AUTH_FILE ? readAuthFile(env.AUTH_FILE, problems) : { apiKeys: [], certificates: [] };
  const tls = readTls(env, problems);
  if (auth.certificates.length && !tls?.ca)
    problems.push(
      'AUTH_FILE lists clientCertificates: TLS_CERT_FILE, TLS_KEY_FILE and TLS_CA_FILE are needed',
    );
  const rateLimitPerSecond = wholeNumber(env, 'RATE_LIMIT_PER_SECOND', 2_000, problems);
  return {
    ...(tls ? { tls } : {}),
    ...auth,
    rateLimitPerSecond,
    rateLimitBurst: wholeNumber(env, 'RATE_LIMIT_BURST', 2 * rateLimitPerSecond, problems),
    headersTimeoutMs: wholeNumber(env, 'HEADERS_TIMEOUT_MS', 20_000, problems),
    requestTimeoutMs: wholeNumber(env, 'REQUEST_TIMEOUT_MS', 120_000, problems),
  };
}
