/**
 * XML → internal model, driven by the message definition. One streaming pass with saxes; the
 * definition says which elements exist, which repeat and which leaves are integers. It does not
 * re-check what the XSD checks (order, cardinality, facets): run `validate` for that.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { loadDefinition, STANDAARDEN } from '../definition/load.js';
import { childKey, messageTree, type ElementSpec, type MessageTree } from '../definition/message-tree.js';
import type { Standaard } from '../definition/model.js';
import { finding, type Finding } from '../findings.js';
import { checkInput, lineAndColumn, MAX_DEPTH, toBytes, type InputLimits } from '../xml/secure-input.js';
import { decodeUtf8 } from '../xml/utf8.js';
import type { Bericht, BerichtNode, Leaf } from './model.js';

export type ParseResult = ({ readonly ok: true } & Bericht) | { readonly ok: false; readonly findings: readonly Finding[] };

class Stop extends Error {
  constructor(readonly found: Finding) {
    super(found.message);
  }
}

interface Frame {
  readonly spec: ElementSpec;
  readonly path: string;
  readonly node?: BerichtNode;
  text: string;
  readonly counts: Map<string, number>;
}

const treesByNamespace = new Map<string, MessageTree>();

/** The message tree whose root namespace is `namespace`, if it is one of the 28 messages. */
export function treeForNamespace(namespace: string): MessageTree | undefined {
  if (treesByNamespace.size === 0) {
    for (const standaard of STANDAARDEN) {
      const definition = loadDefinition(standaard);
      for (const message of definition.messages.values()) treesByNamespace.set(message.namespace, messageTree(definition, message));
    }
  }
  return treesByNamespace.get(namespace);
}

export function treeForCode(code: string): MessageTree | undefined {
  treeForNamespace('');
  return [...treesByNamespace.values()].find((tree) => tree.message.code === code.toUpperCase());
}

export function parse(xml: string | Uint8Array, limits: InputLimits = {}): ParseResult {
  const bytes = toBytes(xml);
  const refused = checkInput(bytes, limits);
  if (refused) return { ok: false, findings: [refused] };
  const decoded = decodeUtf8(bytes);
  if ('badByteAt' in decoded) {
    return {
      ok: false,
      findings: [finding('XML', `invalid UTF-8 byte sequence at byte ${decoded.badByteAt}`, lineAndColumn(bytes, decoded.badByteAt))],
    };
  }
  try {
    return { ok: true, ...mapDocument(decoded.text) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, findings: [error.found] };
    throw error;
  }
}

function mapDocument(text: string): Bericht {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  let tree: MessageTree | undefined;
  let result: BerichtNode | undefined;
  let tagStart = { line: 1, column: 1 };

  const where = (path: string) => ({ line: tagStart.line, column: tagStart.column, path });
  const fail = (message: string, at: { line: number; column: number; path: string }): never => {
    throw new Stop(finding('XML', message, at));
  };

  parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+: /, ''), { line: parser.line, column: parser.column + 1, path: currentPath(stack) }));
  parser.on('doctype', () => fail('a document type declaration is not allowed', { line: parser.line, column: 1, path: '' }));
  parser.on('opentagstart', (tag) => {
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      tree = treeForNamespace(tag.uri);
      if (!tree || tag.local !== 'Bericht') {
        throw new Stop(
          finding('BERICHT', `root element {${tag.uri}}${tag.local} is not the Bericht of an iJw 3.2 or iWmo 3.2 message`, where(`/${tag.local}`)),
        );
      }
      result = {};
      stack.push({ spec: tree.root, path: '/Bericht', node: result, text: '', counts: new Map() });
      return;
    }
    if (stack.length >= MAX_DEPTH) fail(`elements nest deeper than ${MAX_DEPTH} levels`, where(parent.path));
    const spec = parent.spec.childIndex?.get(childKey(tag.uri, tag.local));
    const count = (parent.counts.get(tag.local) ?? 0) + 1;
    parent.counts.set(tag.local, count);
    const path = `${parent.path}/${tag.local}${spec && spec.maxOccurs > 1 ? `[${count}]` : ''}`;
    if (!spec) fail(`element {${tag.uri}}${tag.local} is not expected in ${parent.spec.name}`, where(path));
    if (spec!.maxOccurs === 1 && count > 1) fail(`element ${tag.local} occurs more than once`, where(path));
    const node = spec!.children ? {} : undefined;
    if (node) attach(parent.node!, spec!, node);
    stack.push({ spec: spec!, path, ...(node ? { node } : {}), text: '', counts: new Map() });
  });
  parser.on('text', (chunk) => {
    const frame = stack[stack.length - 1];
    if (!frame) return;
    if (frame.spec.children) {
      if (chunk.trim() !== '') fail(`text is not allowed in ${frame.spec.name}`, { line: parser.line, column: parser.column + 1, path: frame.path });
    } else {
      frame.text += chunk;
    }
  });
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    if (frame.spec.children) return;
    const parent = stack[stack.length - 1]!;
    attach(parent.node!, frame.spec, leafValue(frame, parser));
  });

  parser.write(text).close();
  if (!tree || !result) throw new Stop(finding('XML', 'document has no root element'));
  return { standaard: tree.standaard as Standaard, code: tree.message.code, bericht: result };
}

function attach(parent: BerichtNode, spec: ElementSpec, value: Leaf | BerichtNode): void {
  if (spec.maxOccurs > 1) {
    const list = (parent[spec.name] ??= []) as Array<Leaf | BerichtNode>;
    list.push(value);
  } else {
    parent[spec.name] = value;
  }
}

function leafValue(frame: Frame, parser: SaxesParser): Leaf {
  if (frame.spec.valueKind !== 'integer') return frame.spec.valueKind === 'string' ? frame.text : frame.text.trim();
  const text = frame.text.trim();
  const value = Number(text);
  if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value)) {
    throw new Stop(finding('XML', `'${text.slice(0, 40)}' is not a whole number`, { line: parser.line, column: parser.column + 1, path: frame.path }));
  }
  return value;
}

function currentPath(stack: readonly Frame[]): string {
  return stack[stack.length - 1]?.path ?? '';
}
