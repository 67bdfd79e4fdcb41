/** Writes indented XML with CRLF line ends (as the StUF-GGk specification asks), escaping text and attributes. */

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

export type Attributes = ReadonlyArray<readonly [name: string, value: string | undefined]>;

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];

  start(name: string, attributes: Attributes = []): this {
    this.lines.push(`${this.indent()}<${name}${attributeText(attributes)}>`);
    this.open.push(name);
    return this;
  }

  /** An element with text content; skipped when the value is undefined. */
  leaf(name: string, value: string | undefined, attributes: Attributes = []): this {
    if (value === undefined) return this;
    const text = escapeText(value);
    const body = text === '' ? '/>' : `>${text}</${name}>`;
    this.lines.push(`${this.indent()}<${name}${attributeText(attributes)}${body}`);
    return this;
  }

  /** Markup written as is (already well-formed and escaped). */
  raw(xml: string): this {
    this.lines.push(xml);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: end() without start()');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  toString(): string {
    if (this.open.length) throw new Error(`XmlWriter: ${this.open.join(', ')} not closed`);
    return `${this.lines.join('\r\n')}\r\n`;
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}

function attributeText(attributes: Attributes): string {
  return attributes
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}
