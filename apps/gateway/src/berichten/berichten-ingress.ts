/**
 * `POST /api/v1/berichten`, the hot path of the gateway, outside Nest's router: the rest of the message
 * API is the Nest controller. Two entrances share one implementation:
 * - `serveBerichtenFirst` takes the plain case — exact path, an XML media type, a Content-Length within
 *   the limit, no content or transfer encoding — straight from the HTTP server's request event;
 * - `berichtenRoute`, an express route registered ahead of Nest's, takes every other POST to the path
 *   (after express.raw) and renders failures of the first entrance.
 * Going through Nest's router and response handling, and express's, costs this route more CPU than
 * storing the message. Failures always take the usual way: `next(error)` reaches Nest's exception layer,
 * so the global problem filter renders them (RFC 9457) as it does for every other route. Nest's guards,
 * interceptors and middleware do not run here: whatever cross-cutting concern this route needs must be
 * added to it explicitly.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { problem } from '../problem/problem.js';
import { claimedAfzender, verifySender } from '../security/sender-check.js';
import type { BerichtenService, MessageView } from './berichten.service.js';

export const BERICHTEN_PATH = '/api/v1/berichten';

const XML_MEDIA_TYPE = /^(application|text)\/([\w.+-]*\+)?xml\b/i;
/** A failure of the first entrance, for the express route to hand to Nest's exception layer. */
const FAILURE = Symbol('berichten ingress failure');

type WithFailure = IncomingMessage & { [FAILURE]?: { readonly error: unknown }; body?: unknown };

/** Takes in one message; rejects with a problem for a request that carries none. */
async function receive(
  berichten: BerichtenService,
  request: IncomingMessage,
  body: unknown,
): Promise<{ view: MessageView; wait: boolean }> {
  const contentType = request.headers['content-type'];
  if (!contentType || !XML_MEDIA_TYPE.test(contentType)) {
    const detail = 'send one iJw/iWmo message as application/xml';
    throw problem(415, 'unsupported-media-type', 'Unsupported media type', detail);
  }
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw problem(400, 'empty-body', 'Empty body', 'the request has no message');
  const mismatch = await verifySender(request, () => [claimedAfzender(body)]);
  if (mismatch) throw mismatch;
  const wait = /\bwait\b/i.test(String(request.headers.prefer ?? ''));
  return { view: await berichten.receive(body, 'rest', wait), wait };
}

function answer(response: ServerResponse, { view, wait }: { view: MessageView; wait: boolean }): void {
  const json = JSON.stringify(view);
  response.writeHead(view.status === 'received' ? 202 : 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    Location: `${BERICHTEN_PATH}/${view.id}`,
    ...(wait ? { 'Preference-Applied': 'wait' } : {}),
  });
  response.end(json);
}

/** The express route: every POST to the path the first entrance did not take, and its failures. */
export function berichtenRoute(berichten: BerichtenService): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const failure = (request as WithFailure)[FAILURE];
    if (failure) return next(failure.error);
    receive(berichten, request, request.body).then((answered) => answer(response, answered), next);
  };
}

/** Whether the first entrance takes the request: the plain case, with nothing for express to decode. */
function plain(request: IncomingMessage, maxBodyBytes: number): boolean {
  const { headers } = request;
  const length = Number(headers['content-length']);
  return (
    request.method === 'POST' &&
    request.url === BERICHTEN_PATH &&
    length > 0 &&
    length <= maxBodyBytes &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-encoding'] === undefined || headers['content-encoding'] === 'identity') &&
    XML_MEDIA_TYPE.test(headers['content-type'] ?? '')
  );
}

/**
 * Puts the first entrance in front of the HTTP server's request listener (the express application);
 * anything it does not take, and any failure, goes on to express.
 */
export function serveBerichtenFirst(server: Server, berichten: BerichtenService, maxBodyBytes: number): void {
  const listeners = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  if (listeners.length !== 1) return;
  const [application] = listeners as [(req: IncomingMessage, res: ServerResponse) => void];
  server.removeAllListeners('request');
  server.on('request', (request: WithFailure, response: ServerResponse) => {
    if (!plain(request, maxBodyBytes)) return application(request, response);
    const chunks: Buffer[] = [];
    // A client that goes away mid-body: nothing to answer, nothing stored.
    request.on('error', () => response.destroy());
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      receive(berichten, request, body).then(
        (answered) => answer(response, answered),
        (error: unknown) => {
          // express.raw leaves a request whose body was read alone; the route hands the error to Nest.
          request.body = body;
          request[FAILURE] = { error };
          application(request, response);
        },
      );
    });
  });
}
