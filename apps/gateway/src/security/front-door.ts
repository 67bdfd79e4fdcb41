/**
 * The front door of every HTTP request, in front of the hot path and of express/Nest alike: security
 * headers on every response, the slow-client timeouts, authentication (refusals audited) and the rate
 * limit per sender. The identity it establishes is read by the sender check (sender-check.ts).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import { PROBLEM_BASE } from '../problem/problem.js';
import type { AuthAuditEntry, AuthAuditRepository } from './auth-audit.repository.js';
import { Authenticator, type Identity } from './authenticator.js';
import { RateLimiter } from './rate-limiter.js';
import type { SecurityConfig } from './security-config.js';

/** Paths served to anyone: probes, metrics (no personal data), the API description, and the admin console (its own login). */
const OPEN_PATHS = /^\/(health\/(live|ready)|metrics|api\/docs|admin)(\/|\?|$)/;

export interface RequestSecurity {
  readonly identity: Identity;
  /** Audits a refusal for this request (who, what, when, outcome). */
  audit(entry: Pick<AuthAuditEntry, 'outcome' | 'detail'>): Promise<void>;
}

const established = new WeakMap<IncomingMessage, RequestSecurity>();

/** The identity the front door established for a request; undefined when the request did not pass it (open paths). */
export function requestSecurity(request: IncomingMessage): RequestSecurity | undefined {
  return established.get(request);
}

export function securityHeaders(tls: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy':
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...(tls ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/** Answers a request with a problem document; the body is drained so the connection stays usable. */
export function refuse(
  response: ServerResponse,
  status: number,
  slug: string,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ type: `${PROBLEM_BASE}${slug}`, title, status, detail });
  response.writeHead(status, {
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

export class FrontDoor {
  private readonly logger = new Logger('Security');
  private readonly authenticator: Authenticator;
  private readonly limiter: RateLimiter;
  private readonly headers: Array<[string, string]>;

  constructor(
    private readonly security: SecurityConfig,
    private readonly audit: AuthAuditRepository,
    private readonly maxBodyBytes: number,
  ) {
    this.authenticator = new Authenticator(security);
    this.limiter = new RateLimiter(security.rateLimitPerSecond, security.rateLimitBurst);
    this.headers = Object.entries(securityHeaders(!!security.tls));
    if (this.authenticator.development)
      this.logger.warn(
        'no credentials configured (AUTH_FILE): development mode, only loopback clients are served',
      );
  }

  /** Puts the front door before the server's request listener; call after every other listener is in place. */
  install(server: Server): void {
    server.headersTimeout = this.security.headersTimeoutMs;
    server.requestTimeout = this.security.requestTimeoutMs;
    // How often Node looks for connections past those timeouts (30 s by default); read when listening starts.
    (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
      250,
      Math.min(5_000, Math.floor(this.security.headersTimeoutMs / 4)),
    );
    const listeners = server.listeners('request') as Array<
      (req: IncomingMessage, res: ServerResponse) => void
    >;
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (this.admit(request, response)) for (const listener of listeners) listener(request, response);
    });
  }

  /** Whether the request goes on; otherwise it has been answered. */
  private admit(request: IncomingMessage, response: ServerResponse): boolean {
    for (const [name, value] of this.headers) response.setHeader(name, value);
    if (OPEN_PATHS.test(request.url ?? '')) return true;
    if (Number(request.headers['content-length']) > this.maxBodyBytes) {
      // Refused before a byte of the body is read (a body parser would drain it all first); the
      // connection is closed after the answer, so the rest is never read either.
      response.shouldKeepAlive = false;
      refuse(
        response,
        413,
        'too-large',
        'Message too large',
        `the body exceeds the limit of ${this.maxBodyBytes} bytes`,
        {
          Connection: 'close',
        },
      );
      return false;
    }
    const remoteAddress = request.socket.remoteAddress ?? 'unknown';
    const auditFor =
      (actor: string, credential: string) =>
      (entry: Pick<AuthAuditEntry, 'outcome' | 'detail'>): Promise<void> =>
        this.audit
          .record({
            actor,
            credential,
            remoteAddress,
            method: request.method ?? '',
            path: request.url ?? '',
            ...entry,
          })
          .catch((error: unknown) => this.logger.error(`audit not written: ${(error as Error).message}`));
    const authentication = this.authenticator.authenticate(request);
    if ('refused' in authentication) {
      const { refused, status, detail } = authentication;
      request.resume();
      // Answered once the audit row is written, so a refusal is on record before the client hears of it.
      void auditFor(
        remoteAddress,
        'none',
      )({ outcome: refused, detail }).then(() =>
        refuse(
          response,
          status,
          status === 401 ? 'unauthenticated' : 'forbidden',
          status === 401 ? 'Not authenticated' : 'Not allowed from this address',
          detail,
          status === 401 ? { 'WWW-Authenticate': 'ApiKey header="X-API-Key"' } : {},
        ),
      );
      return false;
    }
    const { identity } = authentication;
    const bucket =
      identity.credential === 'development' ? remoteAddress : `${identity.credential}:${identity.name}`;
    const decision = this.limiter.take(bucket);
    if (!decision.allowed) {
      request.resume();
      refuse(
        response,
        429,
        'rate-limited',
        'Too many requests',
        `more than ${this.security.rateLimitPerSecond} requests per second from this sender`,
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
      return false;
    }
    established.set(request, { identity, audit: auditFor(identity.name, identity.credential) });
    return true;
  }
}
