/**
 * The hot paths of the gateway (`POST /api/v1/berichten`, `POST /ggk/OntvangAsynchroon`) outside Nest's
 * router. Each hot path has two entrances sharing one implementation:
 * - the first entrance takes the plain case — exact path, a Content-Length within the limit, no content
 *   or transfer encoding, and what the path itself asks of its headers — straight from the HTTP server's
 *   request event;
 * - an express route, registered ahead of Nest's routes (after express.raw), takes every other POST to
 *   the path and renders failures of the first entrance.
 * Going through Nest's router and response handling, and express's, costs these routes more CPU than
 * storing the message. Failures always take the usual way: `next(error)` reaches Nest's exception layer,
 * so the global problem filter renders them (RFC 9457) as it does for every other route. Nest's guards,
 * interceptors and middleware do not run here: whatever cross-cutting concern these routes need must be
 * added to them explicitly (the front door, security/front-door.ts, sits in front of both entrances).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { collectGarbageSoon, LARGE_MESSAGE_BYTES } from '../../../../libs/istandaarden/src/index.js';

/** A hot path: where it is served, and how it answers a request whose body has been read. */
export interface HotPath {
  readonly path: string;
  /** Whether the first entrance may take a request to the path (its headers), beyond the plain-case checks. */
  accepts(request: IncomingMessage): boolean;
  /** Answers the request; rejects (nothing written) with an error for Nest's exception layer. */
  serve(request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void>;
}

/** A failure of the first entrance, for the express route to hand to Nest's exception layer. */
const FAILURE = Symbol('first entrance failure');

type WithFailure = IncomingMessage & { [FAILURE]?: { readonly error: unknown }; body?: unknown };

/** The express route of a hot path: every POST to it the first entrance did not take, and its failures. */
export function hotPathRoute(hotPath: HotPath): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const failure = (request as WithFailure)[FAILURE];
    if (failure) return next(failure.error);
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    hotPath.serve(request, response, body).catch(next);
  };
}

/** Bodies above this size are put together in shared memory, where validation workers read them without a copy. */
const SHARED_BODY_BYTES = 1024 * 1024;

/** The body from its chunks: in shared memory when it is large, so the XML check and validation need no copy of it. */
function joined(chunks: readonly Buffer[]): Buffer {
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  if (length <= SHARED_BODY_BYTES) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  const body = Buffer.from(new SharedArrayBuffer(length));
  let offset = 0;
  for (const chunk of chunks) offset += chunk.copy(body, offset);
  return body;
}

/** Whether the first entrance takes the request: the plain case, with nothing for express to decode. */
function plain(request: IncomingMessage, hotPath: HotPath, maxBodyBytes: number): boolean {
  const { headers } = request;
  const length = Number(headers['content-length']);
  return (
    length > 0 &&
    length <= maxBodyBytes &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-encoding'] === undefined || headers['content-encoding'] === 'identity') &&
    hotPath.accepts(request)
  );
}

/**
 * Puts the first entrances in front of the HTTP server's request listener (the express application);
 * anything they do not take, and any failure, goes on to express.
 */
export function serveFirst(server: Server, hotPaths: readonly HotPath[], maxBodyBytes: number): void {
  const listeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  if (listeners.length !== 1) return;
  const [application] = listeners as [(req: IncomingMessage, res: ServerResponse) => void];
  const byPath = new Map(hotPaths.map((hotPath) => [hotPath.path, hotPath]));
  server.removeAllListeners('request');
  server.on('request', (request: WithFailure, response: ServerResponse) => {
    const hotPath = request.method === 'POST' ? byPath.get(request.url ?? '') : undefined;
    if (!hotPath || !plain(request, hotPath, maxBodyBytes)) return application(request, response);
    const chunks: Buffer[] = [];
    // A client that goes away mid-body: nothing to answer, nothing stored.
    request.on('error', () => response.destroy());
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = joined(chunks);
      // The body and the copies made of it are freed at once when the thread collects (memory.ts).
      if (body.length >= LARGE_MESSAGE_BYTES) response.once('finish', collectGarbageSoon);
      hotPath.serve(request, response, body).catch((error: unknown) => {
        // express.raw leaves a request whose body was read alone; the route hands the error to Nest.
        request.body = body;
        request[FAILURE] = { error };
        application(request, response);
      });
    });
  });
}
