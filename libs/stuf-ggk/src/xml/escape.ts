/** Escaping of text and attribute values for XML 1.0; characters XML cannot carry at all are a RangeError. */

/** Characters XML 1.0 cannot carry at all, not even as character references. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function escapeText(value: string): string {
  assertXmlChars(value);
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(value: string): string {
  assertXmlChars(value);
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function assertXmlChars(value: string): void {
  const bad = NOT_XML.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new RangeError(`U+${code} cannot be written in XML`);
  }
}
