/**
 * Checks on the raw bytes of an XML document before the parser sees it: size, encoding, and no document
 * type declaration (where DTD and entity attacks live). Passing bytes come back as a string.
 */
import { finding, type Finding } from '../findings.js';

/**
 * The GGk refuses Di01/Du01 envelopes over 25 MB including the base64 payload (IB007, CC03); a little
 * room on top for the SOAP envelope and MIME headers.
 */
export const DEFAULT_MAX_BYTES = 26 * 1024 * 1024;

/** How much of the start of a document the prolog check reads; a real prolog is far shorter. */
const PROLOG_WINDOW = 16 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The document as text, or the reason it is refused. A UTF-8 byte order mark is dropped. */
export function readXmlText(bytes: Uint8Array, maxBytes: number): { text: string } | { refused: Finding } {
  if (bytes.length > maxBytes) {
    return {
      refused: finding('INPUT', `the message is ${bytes.length} bytes; the limit is ${maxBytes} bytes`),
    };
  }
  if (bytes.length === 0) return { refused: finding('INPUT', 'the message is empty') };
  if (bytes[0] === 0xfe || bytes[0] === 0xff || bytes[0] === 0 || bytes[1] === 0) {
    return {
      refused: finding('INPUT', 'the message is UTF-16 or UTF-32 encoded; StUF-GGk envelopes are UTF-8'),
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { refused: finding('INPUT', 'the message is not valid UTF-8') };
  }
  const refused = checkProlog(text);
  return refused ? { refused } : { text };
}

/** Refuses a non-UTF-8 encoding declaration and any `<!DOCTYPE` (or other `<!` declaration) before the root. */
function checkProlog(text: string): Finding | undefined {
  let at = 0;
  for (;;) {
    while (at < text.length && isXmlSpace(text.charCodeAt(at))) at++;
    if (at >= PROLOG_WINDOW) {
      return finding(
        'INPUT',
        `the prolog before the root element is longer than ${PROLOG_WINDOW} characters`,
        {
          ...lineAndColumn(text, at),
        },
      );
    }
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end < 0) return undefined; // the parser reports the unterminated declaration
      const declaration = text.slice(at, end);
      const encoding = /^<\?xml\s[^]*?encoding\s*=\s*["']([^"']*)["']/.exec(declaration)?.[1];
      if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
        return finding('INPUT', `encoding '${encoding}' is not supported; StUF-GGk envelopes are UTF-8`, {
          ...lineAndColumn(text, at),
        });
      }
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) return undefined;
      at = end + 3;
    } else if (text.startsWith('<!', at)) {
      return finding(
        'INPUT',
        'a document type declaration (<!DOCTYPE) is not allowed: DTDs and entities are refused',
        {
          ...lineAndColumn(text, at),
        },
      );
    } else {
      return undefined;
    }
  }
}

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** 1-based line and column of a string offset (for the few findings that have only an offset). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
