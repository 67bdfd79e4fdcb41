/**
 * Takes a multipart/related (MTOM/XOP) body apart: the root part with the SOAP envelope and the
 * attachments by Content-ID, decoded per Content-Transfer-Encoding. Parts are delimited by CRLF as
 * RFC 2046 requires.
 */
import { decodeBase64Strict } from '../base64.js';
import { finding, type Finding } from '../findings.js';
import { parseMediaType, type MediaType } from './media-type.js';

export interface MimePart {
  /** Header names in lower case. */
  readonly headers: ReadonlyMap<string, string>;
  readonly contentType?: MediaType;
  /** Without the angle brackets. */
  readonly contentId?: string;
  /** The decoded content. */
  readonly bytes: Buffer;
}

const MAX_PARTS = 64;
const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from('\r\n');

/** Splits `body` at `boundary`; each part with its headers and decoded content, or the reason it cannot be split. */
export function splitMultipart(body: Buffer, boundary: string): { parts: MimePart[] } | { refused: Finding } {
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  let at = body.indexOf(delimiter);
  if (at < 0 || (at > 0 && !body.subarray(at - 2, at).equals(CRLF))) {
    return refuse(`the body does not contain the boundary '${boundary}' of its Content-Type`);
  }
  const parts: MimePart[] = [];
  for (;;) {
    at += delimiter.length;
    if (body[at] === 0x2d && body[at + 1] === 0x2d) break; // the closing delimiter
    while (body[at] === 0x20 || body[at] === 0x09) at++;
    if (!body.subarray(at, at + 2).equals(CRLF)) return refuse('a MIME boundary line does not end in CRLF');
    const start = at + 2;
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), start);
    if (next < 0) return refuse(`the multipart body has no closing boundary '--${boundary}--'`);
    if (parts.length === MAX_PARTS) return refuse(`more than ${MAX_PARTS} MIME parts`);
    const part = readPart(body.subarray(start, next), parts.length + 1);
    if ('refused' in part) return part;
    parts.push(part.part);
    at = next + 2;
  }
  if (parts.length === 0) return refuse('the multipart body has no parts');
  return { parts };
}

function readPart(raw: Buffer, number: number): { part: MimePart } | { refused: Finding } {
  const headerEnd = raw.subarray(0, 2).equals(CRLF) ? 0 : raw.indexOf('\r\n\r\n');
  if (headerEnd < 0 || headerEnd > MAX_HEADER_BYTES) {
    return refuse(
      `MIME part ${number} has no end of headers (an empty line) within ${MAX_HEADER_BYTES} bytes`,
    );
  }
  const headers = new Map<string, string>();
  const lines = raw.subarray(0, headerEnd).toString('latin1').split('\r\n');
  for (const line of lines) {
    if (line === '') continue;
    const last = [...headers.keys()].pop();
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      headers.set(last, `${headers.get(last)!} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return refuse(`MIME part ${number} has a malformed header line`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const content = raw.subarray(headerEnd === 0 ? 2 : headerEnd + 4);
  const decoded = decodeTransfer(content, headers.get('content-transfer-encoding'), number);
  if ('refused' in decoded) return decoded;
  const typeHeader = headers.get('content-type');
  const contentType = typeHeader === undefined ? undefined : parseMediaType(typeHeader);
  if (typeHeader !== undefined && !contentType) {
    return refuse(`MIME part ${number} has an unreadable Content-Type '${typeHeader}'`);
  }
  const id = headers.get('content-id');
  const contentId = id === undefined ? undefined : id.replace(/^<(.*)>$/, '$1');
  return {
    part: {
      headers,
      bytes: decoded.bytes,
      ...(contentType && { contentType }),
      ...(contentId && { contentId }),
    },
  };
}

function decodeTransfer(
  content: Buffer,
  encoding: string | undefined,
  number: number,
): { bytes: Buffer } | { refused: Finding } {
  const name = (encoding ?? 'binary').trim().toLowerCase();
  if (name === 'binary' || name === '8bit' || name === '7bit') return { bytes: content };
  if (name === 'base64') {
    const decoded = decodeBase64Strict(content.toString('latin1'));
    return decoded.ok ? { bytes: decoded.bytes } : refuse(`MIME part ${number}: ${decoded.message}`);
  }
  return refuse(`MIME part ${number} has Content-Transfer-Encoding '${encoding}'; expected binary or base64`);
}

function refuse(message: string): { refused: Finding } {
  return { refused: finding('MIME', message) };
}
