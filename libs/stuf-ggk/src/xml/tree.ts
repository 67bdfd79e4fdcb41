/**
 * Reads a (small) XML document into a tree of elements with namespaces, positions and element paths,
 * using saxes: no DTD processing, no entities beyond the five predefined ones, depth and size limits.
 * Element offsets into the source allow a subtree to be handed on as it was written.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { finding, type Finding } from '../findings.js';
import { escapeAttribute } from './escape.js';

/** SOAP + StUF-GGk nest about 6 deep; a Fo01 may carry the original envelope in detailsXML. */
export const MAX_DEPTH = 48;
export const MAX_ELEMENTS = 50_000;

const XMLNS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttribute {
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  readonly value: string;
}

export interface XmlNode {
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  readonly attributes: readonly XmlAttribute[];
  /** Namespace declarations written on this element (prefix → URI; '' for the default namespace). */
  readonly declared: Readonly<Record<string, string>>;
  readonly parent: XmlNode | undefined;
  readonly children: XmlNode[];
  /** Character data directly inside this element (text and CDATA), joined. */
  text: string;
  readonly line: number;
  readonly column: number;
  /** Local names from the root, with `[n]` on a repeated sibling. */
  readonly path: string;
  /** Offsets into the source: `<` of the start tag, end of the start tag, `</` of the end tag, end of the element. */
  readonly start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

export interface XmlTree {
  readonly source: string;
  readonly root: XmlNode;
}

class Stop extends Error {}

export function readTree(source: string): { tree: XmlTree } | { refused: Finding } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Array<XmlNode & { chunks: string[]; names: Map<string, number> }> = [];
  let root: XmlNode | undefined;
  let count = 0;
  let refused: Finding | undefined;
  const stop = (
    rule: 'XML' | 'INPUT',
    message: string,
    at: { line: number; column: number; path?: string },
  ) => {
    refused = finding(rule, message, at);
    throw new Stop();
  };
  const here = () => ({ line: parser.line, column: parser.column + 1, path: stack.at(-1)?.path ?? '' });

  // No 'doctype' handler: readXmlText refuses every declaration before the root, and saxes refuses one
  // anywhere else. Few handlers also keep saxes fast: measured, one more handler made a 25 MB payload
  // parse five times slower (saxes keeps handlers as properties of its parser object).
  parser.on('error', (error) => stop('XML', error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), here()));
  parser.on('opentagstart', (tag) => {
    const parent = stack.at(-1);
    if (stack.length >= MAX_DEPTH) stop('XML', `elements are nested deeper than ${MAX_DEPTH} levels`, here());
    if (++count > MAX_ELEMENTS) stop('XML', `the document has more than ${MAX_ELEMENTS} elements`, here());
    const start = parser.position - tag.name.length - 2;
    const local = tag.name.slice(tag.name.indexOf(':') + 1);
    const sameName = parent?.names.get(local) ?? 0;
    parent?.names.set(local, sameName + 1);
    const node = {
      ns: '',
      local,
      qname: tag.name,
      attributes: [],
      declared: {},
      parent,
      children: [],
      text: '',
      chunks: [],
      names: new Map<string, number>(),
      ...startPosition(source, parser, start, tag.name),
      path: `${parent?.path ?? ''}/${local}${sameName > 0 ? `[${sameName + 1}]` : ''}`,
      start,
      contentStart: start,
      contentEnd: start,
      end: start,
    };
    parent?.children.push(node);
    stack.push(node);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const node = stack.at(-1)!;
    Object.assign(node, {
      ns: tag.uri,
      attributes: Object.values(tag.attributes)
        .filter((attribute) => attribute.uri !== XMLNS && attribute.name !== 'xmlns')
        .map((attribute) => ({
          ns: attribute.uri,
          local: attribute.local,
          qname: attribute.name,
          value: attribute.value,
        })),
      declared: { ...tag.ns },
      contentStart: parser.position,
    });
    node.contentEnd = parser.position;
    root ??= node;
  });
  parser.on('text', (text) => stack.at(-1)?.chunks.push(text));
  parser.on('cdata', (text) => stack.at(-1)?.chunks.push(text));
  parser.on('closetag', (tag) => {
    const node = stack.pop()!;
    node.end = parser.position;
    if (!tag.isSelfClosing) node.contentEnd = source.lastIndexOf('</', node.end);
    node.text = node.chunks.join('');
    node.chunks.length = 0;
    node.names.clear();
  });

  try {
    parser.write(source).close();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  if (refused) return { refused };
  if (!root) return { refused: finding('XML', 'the document has no root element') };
  return { tree: { source, root } };
}

/** 1-based line and column of the `<` of a start tag, from the parser position just after `<name` and one more character. */
function startPosition(
  source: string,
  parser: SaxesParser,
  start: number,
  name: string,
): { line: number; column: number } {
  const delimiter = source.charAt(parser.position - 1);
  if (delimiter !== '\n' && delimiter !== '\r') {
    return { line: parser.line, column: parser.column - name.length - 1 };
  }
  return { line: parser.line - 1, column: start - source.lastIndexOf('\n', start - 1) };
}

/** The element as a standalone fragment: its source text with the namespace declarations of its ancestors added. */
export function standaloneXml(tree: XmlTree, node: XmlNode): string {
  const inherited: string[] = [];
  const seen = new Set(Object.keys(node.declared));
  for (let at = node.parent; at; at = at.parent) {
    for (const [prefix, uri] of Object.entries(at.declared)) {
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      inherited.push(` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri)}"`);
    }
  }
  const nameEnd = node.start + 1 + node.qname.length;
  return tree.source.slice(node.start, nameEnd) + inherited.join('') + tree.source.slice(nameEnd, node.end);
}

/** The source text between the start and end tag of an element. */
export function innerXml(tree: XmlTree, node: XmlNode): string {
  return tree.source.slice(node.contentStart, node.contentEnd);
}
