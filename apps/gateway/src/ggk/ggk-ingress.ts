/**
 * `POST /ggk/OntvangAsynchroon`: the StUF-GGk service with its operations ggk_Di01, ggk_Du01 and Fo01,
 * a hot path outside Nest's router (see common/first-entrance.ts). A payload is stored like any other
 * message and the envelope answered with Bv03 once it is durable; an envelope that cannot be taken in is
 * answered with a Fo03 SOAP fault.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  SOAP_MEDIA_TYPE,
  buildBv03,
  buildFo03Fault,
  faultHttpStatus,
  fo03ForFindings,
  parseSoapRequest,
  stuf055,
  stufFout,
  type ReadableStuurgegevens,
  type SoapVersion,
} from '../../../../libs/stuf-ggk/src/index.js';
import type { BerichtenService } from '../berichten/berichten.service.js';
import type { HotPath } from '../common/first-entrance.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../problem/database-unavailable.js';
import { ProblemException } from '../problem/problem.js';
import { claimedAfzender, verifySender } from '../security/sender-check.js';
import { gatewayReply, type ReceivedEnvelope } from './chain-envelopes.js';

export const GGK_PATH = '/ggk/OntvangAsynchroon';

/** What is answered to a POST: a Bv03, or a Fo03 fault with its HTTP status. */
interface SoapAnswer {
  readonly status: number;
  readonly version: SoapVersion;
  readonly envelope: string;
  readonly headers?: Readonly<Record<string, string>>;
}

function fault(
  version: SoapVersion,
  received: ReadableStuurgegevens,
  fout: ReturnType<typeof fo03ForFindings>,
  status: number = faultHttpStatus(version, fout.plek),
  headers?: Record<string, string>,
): SoapAnswer {
  const envelope = buildFo03Fault(
    { stuurgegevens: gatewayReply<'Fo03'>(received), body: fout },
    { soapVersion: version },
  );
  return { status, version, envelope, ...(headers ? { headers } : {}) };
}

/** Takes in one envelope; rejects only for what is not the sender's fault (Nest renders it). */
async function ontvang(
  berichten: BerichtenService,
  request: IncomingMessage,
  body: Buffer,
): Promise<SoapAnswer> {
  const { 'content-type': contentType, soapaction: soapAction } = request.headers;
  const parsed = parseSoapRequest(body, {
    ...(contentType ? { contentType } : {}),
    ...(typeof soapAction === 'string' ? { soapAction } : {}),
  });
  if (!parsed.ok)
    return fault(parsed.soapVersion ?? '1.1', parsed.stuurgegevens ?? {}, fo03ForFindings(parsed.findings));
  const { request: ggk } = parsed;
  const version = ggk.soap.version;
  const mismatch = await verifySender(request, () => [
    { where: 'stuurgegevens/zender/organisatie', value: ggk.envelope.stuurgegevens.zender?.organisatie },
    ...(ggk.operation === 'Fo01' ? [] : [claimedAfzender(ggk.envelope.parameters.bericht.bytes)]),
  ]);
  if (mismatch) {
    const toelichting = mismatch.problem.detail ?? mismatch.problem.title;
    return fault(version, ggk.envelope.stuurgegevens, stufFout('StUF052', { toelichting }), 403);
  }
  if (ggk.operation === 'Fo01') {
    // An error from the chain about something we sent: kept, never dropped.
    await berichten.recordChainError(Buffer.from(ggk.originalXml), ggk.envelope);
  } else {
    const { bericht, ...parameters } = ggk.envelope.parameters;
    const envelope: ReceivedEnvelope = { stuurgegevens: ggk.envelope.stuurgegevens, parameters };
    try {
      await berichten.receive(bericht.bytes, 'ggk', false, envelope);
    } catch (error) {
      const { stuurgegevens } = ggk.envelope;
      if (isDatabaseUnavailable(error)) {
        const toelichting = 'de berichtenopslag is tijdelijk niet bereikbaar';
        return fault(version, stuurgegevens, stufFout('StUF046', { toelichting }), 503, {
          'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
        });
      }
      if (!(error instanceof ProblemException)) throw error;
      const fout = stuf055({
        functie: stuurgegevens.functie,
        applicatieVersie: parameters.applicatieVersie,
        applicatieSubversie: parameters.applicatieSubversie,
        findings: error.problem.errors ?? [],
      });
      return fault(version, stuurgegevens, fout);
    }
  }
  const bv03 = buildBv03(gatewayReply<'Bv03'>(ggk.envelope.stuurgegevens), { soapVersion: version });
  return { status: 200, version, envelope: bv03 };
}

function answer(response: ServerResponse, { status, version, envelope, headers }: SoapAnswer): void {
  response.writeHead(status, {
    'Content-Type': `${SOAP_MEDIA_TYPE[version]}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(envelope),
    ...headers,
  });
  response.end(envelope);
}

/** The GGk hot path: the first entrance takes every plain POST, whatever its content type (MTOM included). */
export function ggkHotPath(berichten: BerichtenService): HotPath {
  return {
    path: GGK_PATH,
    accepts: () => true,
    serve: async (request, response, body) => answer(response, await ontvang(berichten, request, body)),
  };
}
