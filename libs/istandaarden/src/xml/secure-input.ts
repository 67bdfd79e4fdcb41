/**
 * Checks made on raw bytes before any XML parser sees them: size, encoding declaration and the
 * absence of a document type declaration (which is where entity and DTD attacks live).
 */
import { finding, type Finding } from '../findings.js';

/** Default upper bound on one message: large enough for a big declaration, small enough to bound memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/** The deepest element nesting any iJw/iWmo message has is 8; anything far beyond is refused. */
export const MAX_DEPTH = 64;

export interface InputLimits {
  readonly maxBytes?: number;
}

export function toBytes(xml: string | Uint8Array): Uint8Array {
  return typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
}

/** Returns a finding when the input must be refused before parsing, otherwise undefined. */
export function checkInput(bytes: Uint8Array, limits: InputLimits = {}): Finding | undefined {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return finding('INPUT', `document is ${bytes.length} bytes; the limit is ${maxBytes} bytes`);
  }
  if (bytes.length === 0) return finding('INPUT', 'document is empty');
  const prolog = readProlog(bytes);
  if (prolog.utf16) return finding('INPUT', 'document is UTF-16 encoded; iJw/iWmo messages are UTF-8');
  const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(prolog.declaration)?.[1];
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
    return finding('INPUT', `encoding '${encoding}' is not supported; iJw/iWmo messages are UTF-8`, { line: 1, column: 1 });
  }
  if (prolog.doctypeAt !== undefined) {
    return finding('INPUT', 'a document type declaration (<!DOCTYPE) is not allowed: DTDs and entities are refused', {
      ...lineAndColumn(bytes, prolog.doctypeAt),
    });
  }
  return undefined;
}

interface Prolog {
  readonly declaration: string;
  readonly doctypeAt?: number;
  readonly utf16: boolean;
}

/** Walks the prolog (declaration, comments, processing instructions, white space) up to the root element. */
function readProlog(bytes: Uint8Array): Prolog {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe) || bytes[1] === 0) {
    return { declaration: '', utf16: true };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  let at = text.startsWith('\u00ef\u00bb\u00bf') ? 3 : 0;
  let declaration = '';
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end < 0) break;
      if (text.startsWith('<?xml', at) && !declaration) declaration = text.slice(at, end);
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      if (end < 0) break;
      at = end + 3;
    } else if (text.startsWith('<!', at)) {
      return { declaration, doctypeAt: at, utf16: false };
    } else {
      break;
    }
  }
  return { declaration, utf16: false };
}

export function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
