/**
 * HTTP plumbing of the console: the session cookie, form bodies (read here, as the gateway parses
 * only JSON and raw messages), CSRF checks and the security headers of every page.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'istd_sessie';
export const LOGIN_COOKIE = 'istd_inlog';
const MAX_FORM_BYTES = 64 * 1024;

export class BadForm extends Error {}

export function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** HttpOnly, SameSite=Strict, path /admin; Secure when the request came over TLS. */
export function setCookie(
  request: Request,
  response: Response,
  name: string,
  value: string,
  maxAgeSeconds?: number,
): void {
  const attributes = [`${name}=${encodeURIComponent(value)}`, 'Path=/admin', 'HttpOnly', 'SameSite=Strict'];
  if (request.secure) attributes.push('Secure');
  if (maxAgeSeconds !== undefined) attributes.push(`Max-Age=${maxAgeSeconds}`);
  response.append('Set-Cookie', attributes.join('; '));
}

export function clearCookie(request: Request, response: Response, name: string): void {
  setCookie(request, response, name, '', 0);
}

/** An `application/x-www-form-urlencoded` body (at most 64 KiB). */
export async function readForm(request: Request): Promise<URLSearchParams> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new BadForm('verwacht een formulier');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new BadForm('formulier te groot');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sameToken(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sendHtml(response: Response, status: number, body: string): void {
  response
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    })
    .send(body);
}

export function redirect(response: Response, location: string): void {
  response.status(303).set('Cache-Control', 'no-store').location(location).end();
}
