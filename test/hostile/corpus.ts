/**
 * Hostile inputs for validate/parse, each built from small inline strings (no reference material
 * needed) and the specific finding it must produce. Large inputs are built as one Buffer, filled in
 * place, so the test holds no extra copies.
 */

export const NS = 'http://www.istandaarden.nl/ijw/3_2/jw305/schema';
export const MiB = 1024 * 1024;
const DECL = '<?xml version="1.0" encoding="UTF-8"?>';
const ROOT = `<jw305:Bericht xmlns:jw305="${NS}">`;

export interface Expected {
  readonly rule: string;
  readonly message: RegExp;
  readonly line?: number;
  /** An exact column, or an inclusive range where the two parsers may point at different ends of a token. */
  readonly column?: number | readonly [number, number];
}

export interface Context {
  /** A URL on a local TCP server that counts connections: any connection means an entity was fetched. */
  readonly netUrl: string;
}

export interface HostileCase {
  readonly name: string;
  readonly build: (context: Context) => string | Buffer;
  readonly validate: Expected;
  /** Defaults to the validate expectation: parse runs the same checks before mapping. */
  readonly parse?: Expected;
  /** Upper bound for validate + parse + detect together, in ms. */
  readonly budgetMs: number;
}

/** `head`, then `size` bytes of `fill`, then `tail`, in one allocation. */
export function filled(head: string, fill: string, size: number, tail: string): Buffer {
  const headBytes = Buffer.byteLength(head);
  const buffer = Buffer.alloc(headBytes + size + Buffer.byteLength(tail));
  buffer.write(head, 0);
  buffer.fill(fill, headBytes, headBytes + size);
  buffer.write(tail, headBytes + size);
  return buffer;
}

/** 1-based line and column of the byte right after `prefix` (ASCII). */
function after(prefix: string): { line: number; column: number } {
  return { line: prefix.split('\n').length, column: prefix.length - prefix.lastIndexOf('\n') };
}

function badUtf8(name: string, bad: readonly number[]): HostileCase {
  const prefix = `${DECL}\n${ROOT}\n  <jw305:Header>ab`;
  const { line, column } = after(prefix);
  const message = new RegExp(
    `Invalid bytes in character encoding|invalid UTF-8 byte sequence at byte ${prefix.length}`,
  );
  return {
    name,
    build: () =>
      Buffer.concat([
        Buffer.from(prefix),
        Buffer.from(bad),
        Buffer.from('c</jw305:Header></jw305:Bericht>\n'),
      ]),
    validate: { rule: 'XML', message, line, column },
    budgetMs: 2000,
  };
}

const LAUGHS =
  '<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('');
const DOCTYPE_REFUSED: Expected = {
  rule: 'INPUT',
  message: /^a document type declaration \(<!DOCTYPE\) is not allowed: DTDs and entities are refused$/,
  line: 2,
  column: 1,
};
const PROLOG_TOO_LONG: Expected = {
  rule: 'INPUT',
  message: /^the prolog before the root element is longer than 65536 bytes/,
  line: 1,
  column: 1,
};
/** 70 KB of comment before the DOCTYPE: past the 64 KiB window the prolog checks read. */
const LONG_COMMENT = `<!--${'x'.repeat(70_000)}-->`;
const NOT_BERICHT = (what: string) =>
  new RegExp(`^root element ${what} is not the Bericht of an iJw 3.2 or iWmo 3.2 message$`);

export const CASES: readonly HostileCase[] = [
  {
    name: 'unclosed tag',
    build: () => `${DECL}\n${ROOT}\n  <jw305:Header>\n`,
    validate: {
      rule: 'XML',
      message: /Premature end of data in tag Header line 3|Header.*not closed|unclosed tag/,
      line: 4,
      column: 1,
    },
    budgetMs: 2000,
  },
  {
    name: 'mismatched tag',
    // The end tag </jw305:Client> spans columns 17..32 of line 3.
    build: () => `${DECL}\n${ROOT}\n  <jw305:Header></jw305:Client>\n</jw305:Bericht>\n`,
    validate: {
      rule: 'XML',
      message:
        /Opening and ending tag mismatch: Header line 3 and Client|does not match|unexpected close tag/,
      line: 3,
      column: [17, 32],
    },
    budgetMs: 2000,
  },
  {
    name: 'DOCTYPE, external file entity',
    build: () =>
      `${DECL}\n<!DOCTYPE jw305:Bericht [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n${ROOT}&xxe;</jw305:Bericht>`,
    validate: DOCTYPE_REFUSED,
    budgetMs: 2000,
  },
  {
    name: 'DOCTYPE, file entity after 70 KB comment',
    build: () =>
      `${DECL}\n${LONG_COMMENT}\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${ROOT}&xxe;</jw305:Bericht>`,
    validate: PROLOG_TOO_LONG,
    budgetMs: 2000,
  },
  {
    name: 'DOCTYPE, external network entity',
    build: ({ netUrl }) =>
      `${DECL}<!DOCTYPE jw305:Bericht SYSTEM "${netUrl}/evil.dtd" [<!ENTITY % remote SYSTEM "${netUrl}/x"> %remote;]>\n${ROOT}</jw305:Bericht>`,
    // The declaration is 38 characters, so the DOCTYPE starts at line 1, column 39.
    validate: { ...DOCTYPE_REFUSED, line: 1, column: 39 },
    budgetMs: 2000,
  },
  {
    name: 'DOCTYPE, network entity in UTF-16BE without BOM',
    build: ({ netUrl }) =>
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "${netUrl}/y">]>\n${ROOT}&x;</jw305:Bericht>`,
        'utf16le',
      ).swap16(),
    validate: { rule: 'INPUT', message: /^document is UTF-16 encoded; iJw\/iWmo messages are UTF-8$/ },
    budgetMs: 2000,
  },
  {
    name: 'billion laughs',
    build: () => `${DECL}\n<!DOCTYPE lolz [${LAUGHS}]>\n${ROOT}&lol9;</jw305:Bericht>`,
    validate: DOCTYPE_REFUSED,
    budgetMs: 2000,
  },
  {
    name: 'billion laughs after 70 KB comment',
    build: () => `${DECL}\n${LONG_COMMENT}\n<!DOCTYPE lolz [${LAUGHS}]>\n${ROOT}&lol9;</jw305:Bericht>`,
    validate: PROLOG_TOO_LONG,
    budgetMs: 2000,
  },
  {
    name: 'quadratic blow-up (200 KB entity x 20,000)',
    build: () =>
      `${DECL}\n<!DOCTYPE r [<!ENTITY a "${'a'.repeat(200_000)}">]>\n${ROOT}${'&a;'.repeat(20_000)}</jw305:Bericht>`,
    validate: DOCTYPE_REFUSED,
    budgetMs: 2000,
  },
  {
    name: 'encoding ISO-8859-1',
    build: () => `<?xml version="1.0" encoding="ISO-8859-1"?>\n${ROOT}</jw305:Bericht>`,
    validate: {
      rule: 'INPUT',
      message: /^encoding 'ISO-8859-1' is not supported; iJw\/iWmo messages are UTF-8$/,
      line: 1,
      column: 1,
    },
    budgetMs: 2000,
  },
  {
    name: 'UTF-16LE with BOM',
    build: () =>
      Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16"?>\n${ROOT}</jw305:Bericht>`, 'utf16le'),
    validate: { rule: 'INPUT', message: /^document is UTF-16 encoded; iJw\/iWmo messages are UTF-8$/ },
    budgetMs: 2000,
  },
  badUtf8('invalid UTF-8 (lone 0xFF)', [0xff]),
  badUtf8('invalid UTF-8 (overlong C0 AF)', [0xc0, 0xaf]),
  {
    name: 'unknown namespace root',
    build: () => `${DECL}\n<x:Bericht xmlns:x="urn:example:not-istandaarden"/>`,
    validate: {
      rule: 'BERICHT',
      message: NOT_BERICHT('\\{urn:example:not-istandaarden\\}Bericht'),
      line: 2,
      column: [1, 2],
    },
    budgetMs: 2000,
  },
  {
    name: 'well-formed <html>',
    build: () => '<html><body><p>hello</p></body></html>',
    validate: { rule: 'BERICHT', message: NOT_BERICHT('(\\{\\})?html'), line: 1, column: [1, 2] },
    budgetMs: 2000,
  },
  {
    name: 'empty document',
    build: () => '',
    validate: { rule: 'INPUT', message: /^document is empty$/ },
    budgetMs: 2000,
  },
  {
    name: 'white space only',
    build: () => '  \n\t\n',
    validate: { rule: 'XML', message: /Start tag expected|Document is empty|root element/, line: 3 },
    budgetMs: 2000,
  },
  {
    name: 'PI and comment only',
    build: () => `${DECL}\n<?xml-stylesheet href="x.xsl"?>\n<!-- no root element -->\n`,
    validate: { rule: 'XML', message: /Start tag expected|root element/, line: 4 },
    budgetMs: 2000,
  },
  {
    name: '10,000-deep nesting',
    build: () => `${DECL}\n${ROOT}${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</jw305:Bericht>`,
    validate: {
      rule: 'XML',
      message: /Excessive depth in document: 256|nest deeper than 64 levels/,
      line: 2,
    },
    budgetMs: 2000,
  },
  {
    name: '2,000,000 undefined entity refs (6 MB)',
    build: () =>
      filled(`${DECL}\n${ROOT}\n<jw305:Header>`, '&a;', 3 * 2_000_000, '</jw305:Header></jw305:Bericht>\n'),
    validate: { rule: 'XML', message: /Entity 'a' not defined|undefined entity/, line: 3, column: [15, 18] },
    budgetMs: 10_000,
  },
  {
    name: '20 MB text node in Bericht',
    build: () => filled(`${DECL}\n${ROOT}\n`, 'x', 20 * MiB, '\n</jw305:Bericht>\n'),
    validate: { rule: 'XML', message: /Text node too long|text is not allowed in Bericht/, line: 3 },
    budgetMs: 10_000,
  },
  {
    name: '20 MB attribute on Bericht',
    build: () => filled(`${DECL}\n<jw305:Bericht xmlns:jw305="${NS}" a="`, 'x', 20 * MiB, '"/>\n'),
    validate: { rule: 'XML', message: /Resource limit exceeded|too long/, line: 2 },
    budgetMs: 10_000,
  },
  {
    name: '200 MB input (over the 100 MiB limit)',
    build: () => filled(`${DECL}\n${ROOT}`, ' ', 200 * MiB, '</jw305:Bericht>'),
    // Refused on its length alone, before any parser or even the prolog check reads it.
    validate: { rule: 'INPUT', message: /^document is 2097\d{5} bytes; the limit is 104857600 bytes$/ },
    budgetMs: 100,
  },
];
