/**
 * From an HTTP request body and its Content-Type to the SOAP envelope bytes: a plain SOAP 1.1
 * (`text/xml`) or 1.2 (`application/soap+xml`) body, or an MTOM package (`multipart/related` with
 * `type="application/xop+xml"`) whose attachments stay available for xop:Include.
 */
import { finding, type Finding } from '../findings.js';
import { SOAP_MEDIA_TYPE, type SoapVersion } from '../namespaces.js';
import { parseMediaType, type MediaType } from './media-type.js';
import { splitMultipart } from './multipart.js';

export interface EnvelopeBytes {
  readonly xml: Buffer;
  /** The SOAP version the Content-Type announces; undefined when no Content-Type was given. */
  readonly version?: SoapVersion;
  /** SOAP 1.2 carries the action as a Content-Type parameter. */
  readonly action?: string;
  /** MTOM attachments by Content-ID (without angle brackets). */
  readonly attachments?: ReadonlyMap<string, Buffer>;
}

export function envelopeBytes(
  body: Buffer,
  contentType: string | undefined,
): EnvelopeBytes | { refused: Finding } {
  if (contentType === undefined) return { xml: body };
  const media = parseMediaType(contentType);
  if (!media) return refuse(`Content-Type '${contentType}' is not a media type`);
  if (media.essence === 'multipart/related') return mtomEnvelope(body, media);
  const version = versionOf(media.essence);
  if (!version) {
    return refuse(
      `Content-Type '${media.essence}' is not a SOAP message: expected text/xml (SOAP 1.1), ` +
        'application/soap+xml (SOAP 1.2) or multipart/related (MTOM)',
    );
  }
  const charset = checkCharset(media);
  if (charset) return charset;
  const action = media.parameters.get('action');
  return { xml: body, version, ...(action !== undefined && { action }) };
}

function mtomEnvelope(body: Buffer, media: MediaType): EnvelopeBytes | { refused: Finding } {
  const type = media.parameters.get('type')?.toLowerCase();
  if (type !== 'application/xop+xml') {
    return refuse(
      `multipart/related with type '${type ?? ''}' is not MTOM; expected type="application/xop+xml"`,
    );
  }
  const boundary = media.parameters.get('boundary');
  if (!boundary) return refuse('multipart/related without a boundary parameter');
  const split = splitMultipart(body, boundary);
  if ('refused' in split) return split;
  const start = media.parameters.get('start')?.replace(/^<(.*)>$/, '$1');
  const root = start === undefined ? split.parts[0]! : split.parts.find((part) => part.contentId === start);
  if (!root) return { refused: finding('MIME', `no MIME part has the start Content-ID <${start ?? ''}>`) };
  if (root.contentType?.essence !== 'application/xop+xml') {
    return {
      refused: finding(
        'MIME',
        `the root MIME part is '${root.contentType?.essence ?? 'without Content-Type'}'; expected application/xop+xml`,
      ),
    };
  }
  const charset = checkCharset(root.contentType);
  if (charset) return charset;
  const inner = root.contentType.parameters.get('type') ?? media.parameters.get('start-info');
  const version = inner === undefined ? undefined : versionOf(inner.toLowerCase());
  if (inner !== undefined && !version) {
    return { refused: finding('MIME', `the root MIME part carries '${inner}', not a SOAP envelope`) };
  }
  const attachments = new Map<string, Buffer>();
  for (const part of split.parts) {
    if (part !== root && part.contentId !== undefined) attachments.set(part.contentId, part.bytes);
  }
  const action = root.contentType.parameters.get('action') ?? media.parameters.get('action');
  return {
    xml: root.bytes,
    attachments,
    ...(version && { version }),
    ...(action !== undefined && { action }),
  };
}

function versionOf(essence: string): SoapVersion | undefined {
  if (essence === SOAP_MEDIA_TYPE['1.1']) return '1.1';
  if (essence === SOAP_MEDIA_TYPE['1.2']) return '1.2';
  return undefined;
}

function checkCharset(media: MediaType): { refused: Finding } | undefined {
  const charset = media.parameters.get('charset');
  if (charset === undefined || /^utf-?8$/i.test(charset)) return undefined;
  return refuse(`charset '${charset}' is not supported; StUF-GGk envelopes are UTF-8`);
}

function refuse(message: string): { refused: Finding } {
  return { refused: finding('CONTENT_TYPE', message) };
}
