/**
 * `POST /api/v1/berichten`, the hot path of the REST ingress, outside Nest's router (see
 * common/first-entrance.ts): the rest of the message API is the Nest controller.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HotPath } from '../common/first-entrance.js';
import { problem } from '../problem/problem.js';
import { claimedAfzender, verifySender } from '../security/sender-check.js';
import type { BerichtenService, MessageView } from './berichten.service.js';

export const BERICHTEN_PATH = '/api/v1/berichten';

const XML_MEDIA_TYPE = /^(application|text)\/([\w.+-]*\+)?xml\b/i;

/** Takes in one message; rejects with a problem for a request that carries none. */
async function receive(
  berichten: BerichtenService,
  request: IncomingMessage,
  body: Buffer,
): Promise<{ view: MessageView; wait: boolean }> {
  const contentType = request.headers['content-type'];
  if (!contentType || !XML_MEDIA_TYPE.test(contentType)) {
    const detail = 'send one iJw/iWmo message as application/xml';
    throw problem(415, 'unsupported-media-type', 'Unsupported media type', detail);
  }
  if (body.length === 0) throw problem(400, 'empty-body', 'Empty body', 'the request has no message');
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

/** The REST hot path: the first entrance takes requests with an XML media type, the route the rest. */
export function berichtenHotPath(berichten: BerichtenService): HotPath {
  return {
    path: BERICHTEN_PATH,
    accepts: (request) => XML_MEDIA_TYPE.test(request.headers['content-type'] ?? ''),
    serve: async (request, response, body) => answer(response, await receive(berichten, request, body)),
  };
}
