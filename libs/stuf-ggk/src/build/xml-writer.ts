/** Writes indented XML with CRLF line ends (as the StUF-GGk specification asks), escaping text and attributes. */
import { escapeAttribute, escapeText } from '../xml/escape.js';

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

  /** An element whose content is markup written as is (already well-formed), on one line with its tags. */
  markup(name: string, xml: string): this {
    this.lines.push(`${this.indent()}<${name}>${xml}</${name}>`);
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
