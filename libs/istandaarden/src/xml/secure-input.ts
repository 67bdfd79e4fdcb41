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

/**
 * The bytes of an input that passed checkInput, or the reason it was refused. A string longer than
 * the limit is refused before it is encoded (its UTF-8 form is at least as long).
 */
export function acceptInput(
  xml: string | Uint8Array,
  limits: InputLimits = {},
): { bytes: Uint8Array } | { refused: Finding } {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof xml === 'string' && xml.length > maxBytes) {
    return {
      refused: finding('INPUT', `document is more than ${maxBytes} bytes; the limit is ${maxBytes} bytes`),
    };
  }
  const bytes = toBytes(xml);
  const refused = checkInput(bytes, limits);
  return refused ? { refused } : { bytes };
}

/** Returns a finding when the input must be refused before parsing, otherwise undefined. */
export function checkInput(bytes: Uint8Array, limits: InputLimits = {}): Finding | undefined {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return finding('INPUT', `document is ${bytes.length} bytes; the limit is ${maxBytes} bytes`);
  }
  if (bytes.length === 0) return finding('INPUT', 'document is empty');
  const prolog = readProlog(bytes);
  if (prolog.tooLong) {
    const why = 'so it cannot be checked for a DOCTYPE or an encoding declaration';
    return finding(
      'INPUT',
      `the prolog before the root element is longer than ${PROLOG_WINDOW} bytes, ${why}`,
      { line: 1, column: 1 },
    );
  }
  if (prolog.utf16) return finding('INPUT', 'document is UTF-16 encoded; iJw/iWmo messages are UTF-8');
  const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(prolog.declaration)?.[1];
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
    return finding('INPUT', `encoding '${encoding}' is not supported; iJw/iWmo messages are UTF-8`, {
      line: 1,
      column: 1,
    });
  }
  if (prolog.doctypeAt !== undefined) {
    return finding(
      'INPUT',
      'a document type declaration (<!DOCTYPE) is not allowed: DTDs and entities are refused',
      {
        ...lineAndColumn(bytes, prolog.doctypeAt),
      },
    );
  }
  return undefined;
}

interface Prolog {
  readonly declaration: string;
  readonly doctypeAt?: number;
  readonly utf16: boolean;
  /** The prolog runs past the window, so the declaration and DOCTYPE checks could not see all of it. */
  readonly tooLong?: boolean;
}

/** How much of the start of a document the prolog checks read; a real message's prolog is well under 1 KiB. */
const PROLOG_WINDOW = 64 * 1024;

/** Walks the prolog (declaration, comments, processing instructions, white space) up to the root element. */
function readProlog(bytes: Uint8Array): Prolog {
  // A byte-order mark, or a NUL in the first two bytes (which UTF-8 XML never has): UTF-16 or UTF-32,
  // with or without a BOM, in either byte order. libxml2 would detect and decode these by itself.
  if (
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    bytes[0] === 0 ||
    bytes[1] === 0
  ) {
    return { declaration: '', utf16: true };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PROLOG_WINDOW)).toString(
    'latin1',
  );
  // Without this, a DOCTYPE (or an encoding declaration) hidden behind a long comment, processing
  // instruction or run of white space would reach the parser unchecked.
  const truncated = bytes.length > PROLOG_WINDOW;
  let at = text.startsWith('\u00ef\u00bb\u00bf') ? 3 : 0;
  let declaration = '';
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    // Too close to the end of the window to tell a comment from a DOCTYPE from the root element.
    if (truncated && at + '<!DOCTYPE'.length > text.length)
      return { declaration, utf16: false, tooLong: true };
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end < 0) return { declaration, utf16: false, tooLong: truncated };
      if (text.startsWith('<?xml', at) && !declaration) declaration = text.slice(at, end);
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at);
      if (end < 0) return { declaration, utf16: false, tooLong: truncated };
      at = end + 3;
    } else if (text.startsWith('<!', at)) {
      return { declaration, doctypeAt: at, utf16: false };
    } else {
      return { declaration, utf16: false };
    }
  }
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
