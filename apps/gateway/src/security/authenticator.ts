/**
 * Who is calling: an API key (`X-API-Key`, or `Authorization: Bearer`), compared by its SHA-256 with
 * the configured hashes, or a client certificate the CA signed, mapped by fingerprint or subject. In
 * development mode (no credential configured) any loopback client is the developer; others are refused.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { AuthOutcome } from './auth-audit.repository.js';
import { developmentMode, type Credential, type SecurityConfig } from './security-config.js';

export interface Identity {
  readonly name: string;
  readonly credential: 'api-key' | 'certificate' | 'development';
  /** AGB codes (or gemeentecodes) this identity may send as; `*` for any. */
  readonly senders: readonly string[];
}

export type Authentication =
  | { readonly identity: Identity }
  | { readonly refused: AuthOutcome; readonly status: 401 | 403; readonly detail: string };

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

function presentedApiKey(request: IncomingMessage): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const authorization = request.headers.authorization;
  const bearer = authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return bearer ? bearer[1] : undefined;
}

/** `CN=a,O=b` from Node's subject object, in the order Node gives. */
function subjectText(subject: Record<string, string | string[]> | undefined): string {
  if (!subject) return '';
  return Object.entries(subject)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
    .join(',');
}

export class Authenticator {
  readonly development: boolean;
  private readonly apiKeys: Map<string, Credential>;

  constructor(private readonly security: SecurityConfig) {
    this.development = developmentMode(security);
    this.apiKeys = new Map(security.apiKeys.map((key) => [key.sha256, key]));
  }

  authenticate(request: IncomingMessage): Authentication {
    const remote = request.socket.remoteAddress;
    if (this.development) {
      if (isLoopback(remote))
        return { identity: { name: 'development', credential: 'development', senders: ['*'] } };
      return {
        refused: 'refused-not-loopback',
        status: 403,
        detail: 'no credentials are configured (development mode): only loopback clients are served',
      };
    }
    const key = presentedApiKey(request);
    if (key !== undefined) {
      const found = this.apiKeys.get(createHash('sha256').update(key).digest('hex'));
      if (found) return { identity: { name: found.name, credential: 'api-key', senders: found.senders } };
      return { refused: 'refused-unknown-credentials', status: 401, detail: 'the API key is not known' };
    }
    const socket = request.socket as Partial<TLSSocket>;
    if (typeof socket.getPeerCertificate === 'function') {
      const certificate = socket.getPeerCertificate();
      if (certificate && Object.keys(certificate).length > 0) {
        if (!socket.authorized)
          return {
            refused: 'refused-unknown-credentials',
            status: 401,
            detail: `the client certificate is not trusted (${String(socket.authorizationError)})`,
          };
        const subject = subjectText(certificate.subject as unknown as Record<string, string>);
        const fingerprint = certificate.fingerprint256?.toUpperCase();
        const mapped = this.security.certificates.find(
          (entry) =>
            (entry.fingerprint256 !== undefined && entry.fingerprint256 === fingerprint) ||
            (entry.subject !== undefined && entry.subject === subject),
        );
        if (mapped)
          return { identity: { name: mapped.name, credential: 'certificate', senders: mapped.senders } };
        return {
          refused: 'refused-unknown-credentials',
          status: 401,
          detail: 'the client certificate is not mapped to a sender',
        };
      }
    }
    return {
      refused: 'refused-no-credentials',
      status: 401,
      detail: 'send a client certificate or an API key (X-API-Key)',
    };
  }
}
