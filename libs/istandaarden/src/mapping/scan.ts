/**
 * The mapping pass: one scan over a document that libxml2 has already found well-formed (and free of
 * any DTD), building the internal model as the definition says. Because well-formedness is settled,
 * this only has to read tags, text, CDATA and namespace declarations — which makes it several times
 * faster than a general SAX parser on large declarations (see README, dependencies).
 */
import type { ElementSpec, MessageTree } from '../definition/message-tree.js';
import { finding, type Finding } from '../findings.js';
import { MAX_DEPTH } from '../xml/secure-input.js';
import type { BerichtNode, Leaf } from './model.js';

export class ScanError extends Error {
  constructor(readonly found: Finding) {
    super(found.message);
  }
}

interface Frame {
  readonly spec: ElementSpec;
  readonly qname: string;
  /** 1-based position among repeated siblings; 0 when the element cannot repeat. */
  readonly index: number;
  readonly node: BerichtNode | undefined;
  text: string;
  readonly namespaces: Namespaces;
  /** Index in spec.children of the child seen last: children come in schema order. */
  cursor: number;
}

type Namespaces = ReadonlyMap<string, string>;

const NO_NAMESPACES: Namespaces = new Map();
const XMLNS = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Maps `text` to the model of the message whose root namespace `treeFor` recognises. Throws ScanError
 * with a located finding when the document does not fit the definition.
 */
export function scanDocument(
  text: string,
  treeFor: (namespace: string) => MessageTree | undefined,
): { tree: MessageTree; bericht: BerichtNode } {
  const stack: Frame[] = [];
  const known = new Map<string, string>();
  let tree: MessageTree | undefined;
  let result: BerichtNode | undefined;
  let expected: ExpectedNames | undefined;
  let at = 0;

  const fail = (rule: string, message: string, offset: number, path = pathOf(stack)): never => {
    throw new ScanError(finding(rule, message, { ...position(text, offset), path }));
  };

  for (;;) {
    const lt = text.indexOf('<', at);
    const top = stack[stack.length - 1];
    if (lt < 0) {
      if (top) fail('XML', `element ${top.qname} is not closed`, text.length);
      break;
    }
    if (top && lt > at) {
      if (!top.node) top.text += decodeText(text.slice(at, lt));
      else if (!isWhitespace(text, at, lt)) fail('XML', `text is not allowed in ${top.spec.name}`, at);
    }
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const end = text.indexOf('>', lt);
      if (!top || !closes(text, lt + 2, end, top.qname)) {
        const name = text.slice(lt + 2, end).trim();
        fail('XML', `closing tag ${name} does not match ${top?.qname ?? 'any open element'}`, lt);
      }
      closeElement(stack, fail, lt);
      at = end + 1;
      continue;
    }
    if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
      at = skipMarkup(text, lt, top, fail);
      continue;
    }
    if (top && !top.node) {
      fail('XML', `an element is not allowed inside ${top.spec.name}, which holds a value`, lt);
    }
    // Fast path: the tag is the next child the definition expects, under the prefix the root declared.
    const fast = top && expected ? expected.match(text, lt + 1, top) : undefined;
    const tag = fast ?? readStartTag(text, lt, top?.namespaces ?? NO_NAMESPACES, known, fail);
    if (!fast && top && tag.declaresNamespaces) expected = undefined; // prefixes may mean something else below here

    if (!top) {
      if (result) fail('XML', 'only one root element is allowed', lt);
      tree = treeFor(tag.uri ?? '');
      if (!tree || tag.local !== 'Bericht') {
        const what = `{${tag.uri ?? ''}}${tag.local}`;
        fail(
          'BERICHT',
          `root element ${what} is not the Bericht of an iJw 3.2 or iWmo 3.2 message`,
          lt,
          `/${tag.local}`,
        );
      }
      // From here on, compare namespaces by identity: declared URIs are swapped for the definition's own strings.
      internNamespaces(tree!.root, known);
      const namespaces = readStartTag(text, lt, NO_NAMESPACES, known, fail).namespaces;
      expected = new ExpectedNames(namespaces);
      result = {};
      stack.push({
        spec: tree!.root,
        qname: tag.qname,
        index: 0,
        node: result,
        text: '',
        namespaces,
        cursor: 0,
      });
    } else {
      if (stack.length >= MAX_DEPTH) fail('XML', `elements nest deeper than ${MAX_DEPTH} levels`, lt);
      const spec = fast?.spec ?? resolveChild(top, tag);
      if (!spec) {
        const what = `{${tag.uri ?? ''}}${tag.local}`;
        fail(
          'XML',
          `element ${what} is not expected in ${top.spec.name}`,
          lt,
          `${pathOf(stack)}/${tag.local}`,
        );
      }
      const existing = top.node![spec!.name];
      if (existing !== undefined && spec!.maxOccurs === 1) {
        fail('XML', `element ${spec!.name} occurs more than once`, lt, `${pathOf(stack)}/${spec!.name}`);
      }
      const index = spec!.maxOccurs > 1 ? ((existing as unknown[] | undefined)?.length ?? 0) + 1 : 0;
      const node: BerichtNode | undefined = spec!.children ? {} : undefined;
      if (node) attach(top.node!, spec!, node);
      stack.push({
        spec: spec!,
        qname: tag.qname,
        index,
        node,
        text: '',
        namespaces: tag.namespaces,
        cursor: 0,
      });
    }
    if (tag.selfClosing) closeElement(stack, fail, lt);
    at = tag.end + 1;
  }
  if (!tree || !result) fail('XML', 'document has no root element', 0, '');
  if (text.slice(at).trim() !== '') fail('XML', 'content after the root element', at, '');
  return { tree: tree!, bericht: result! };
}

interface StartTag {
  readonly qname: string;
  readonly local: string;
  readonly uri: string | undefined;
  /** Index of the closing `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly namespaces: Namespaces;
  readonly declaresNamespaces: boolean;
  readonly spec?: ElementSpec;
}

type Fail = (rule: string, message: string, offset: number) => never;

/** The general reading of a start tag: name, namespace declarations, prefix resolution. */
function readStartTag(
  text: string,
  lt: number,
  inherited: Namespaces,
  known: ReadonlyMap<string, string>,
  fail: Fail,
): StartTag {
  const nameEnd = endOfName(text, lt + 1);
  const qname = text.slice(lt + 1, nameEnd);
  const hasAttributes = text.charCodeAt(nameEnd) !== 0x3e && text.charCodeAt(nameEnd) !== 0x2f;
  // Attribute values may hold '>', so find the real end of a tag with attributes.
  const end = hasAttributes ? tagEnd(text, nameEnd) : text.indexOf('>', nameEnd);
  if (end < 0) fail('XML', 'start tag is not closed', lt);
  const selfClosing = text.charCodeAt(end - 1) === 0x2f;
  const attributes = hasAttributes ? text.slice(nameEnd, selfClosing ? end - 1 : end) : '';
  const declaresNamespaces = attributes.includes('xmlns');
  const namespaces = declaresNamespaces ? declare(inherited, attributes, known) : inherited;
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const uri = namespaces.get(prefix);
  if (uri === undefined && prefix !== '') fail('XML', `namespace prefix ${prefix} is not declared`, lt);
  return {
    qname,
    local: colon < 0 ? qname : qname.slice(colon + 1),
    uri,
    end,
    selfClosing,
    namespaces,
    declaresNamespaces,
  };
}

function resolveChild(parent: Frame, tag: StartTag): ElementSpec | undefined {
  const candidate = parent.spec.childByName?.get(tag.local);
  return candidate && candidate.namespace === (tag.uri ?? '') ? candidate : undefined;
}

/**
 * The qualified names the root's prefixes give each element, so the usual start tag — the child
 * the definition expects next, without attributes — is recognised by comparing characters in place.
 */
class ExpectedNames {
  private readonly prefixes = new Map<string, string>();
  private readonly names = new Map<ElementSpec, readonly string[]>();

  constructor(namespaces: Namespaces) {
    for (const [prefix, uri] of namespaces)
      if (!this.prefixes.has(uri)) this.prefixes.set(uri, prefix ? `${prefix}:` : '');
  }

  match(text: string, from: number, parent: Frame): StartTag | undefined {
    const children = parent.spec.children;
    if (!children) return undefined;
    const names = this.namesOf(parent.spec, children);
    for (let k = parent.cursor; k < children.length; k++) {
      const qname = names[k];
      if (qname === undefined || !startsWithName(text, from, qname)) continue;
      const after = text.charCodeAt(from + qname.length);
      const selfClosing = after === 0x2f && text.charCodeAt(from + qname.length + 1) === 0x3e;
      if (after !== 0x3e && !selfClosing) return undefined;
      parent.cursor = k;
      const spec = children[k]!;
      const end = from + qname.length + (selfClosing ? 1 : 0);
      return {
        qname,
        local: spec.name,
        uri: spec.namespace,
        end,
        selfClosing,
        namespaces: parent.namespaces,
        declaresNamespaces: false,
        spec,
      };
    }
    return undefined;
  }

  private namesOf(spec: ElementSpec, children: readonly ElementSpec[]): readonly string[] {
    let names = this.names.get(spec);
    if (!names) {
      names = children.map((child) => {
        const prefix = this.prefixes.get(child.namespace);
        return prefix === undefined ? '\u0000' : `${prefix}${child.name}`;
      });
      this.names.set(spec, names);
    }
    return names;
  }
}

function startsWithName(text: string, from: number, qname: string): boolean {
  for (let i = 0; i < qname.length; i++) if (text.charCodeAt(from + i) !== qname.charCodeAt(i)) return false;
  return true;
}

/** Skips a comment or processing instruction, or reads a CDATA section into the open leaf. */
function skipMarkup(text: string, lt: number, top: Frame | undefined, fail: Fail): number {
  if (text.charCodeAt(lt + 1) === 0x3f) return skipPast(text, '?>', lt, fail);
  if (text.startsWith('<!--', lt)) return skipPast(text, '-->', lt, fail);
  if (!text.startsWith('<![CDATA[', lt))
    fail('INPUT', 'markup declarations (<!DOCTYPE, <!ENTITY) are not allowed', lt);
  const end = text.indexOf(']]>', lt);
  if (end < 0) fail('XML', 'CDATA section is not closed', lt);
  if (!top || top.node) fail('XML', 'CDATA is only allowed in a leaf element', lt);
  top!.text += text.slice(lt + 9, end).replace(/\r\n?/g, '\n');
  return end + 3;
}

function closeElement(
  stack: Frame[],
  fail: (rule: string, message: string, offset: number) => never,
  offset: number,
): void {
  const frame = stack[stack.length - 1]!;
  if (!frame.node) {
    const value = leafValue(frame);
    if (value === undefined) fail('XML', `'${frame.text.trim().slice(0, 40)}' is not a whole number`, offset);
    attach(stack[stack.length - 2]!.node!, frame.spec, value!);
  }
  stack.pop();
}

function attach(parent: BerichtNode, spec: ElementSpec, value: Leaf | BerichtNode): void {
  if (spec.maxOccurs > 1) ((parent[spec.name] ??= []) as Array<Leaf | BerichtNode>).push(value);
  else parent[spec.name] = value;
}

function leafValue(frame: Frame): Leaf | undefined {
  if (frame.spec.valueKind === 'string') return frame.text;
  const text = frame.text.trim();
  if (frame.spec.valueKind !== 'integer') return text;
  const value = Number(text);
  return /^[+-]?\d+$/.test(text) && Number.isSafeInteger(value) ? value : undefined;
}

/** Resolves entity and character references and line ends as an XML parser does in character data. */
function decodeText(text: string): string {
  if (!text.includes('&') && !text.includes('\r')) return text;
  return text.replace(/\r\n?/g, '\n').replace(ENTITY, (_, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!;
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

function declare(inherited: Namespaces, attributes: string, known: ReadonlyMap<string, string>): Namespaces {
  const scope = new Map(inherited);
  for (const match of attributes.matchAll(XMLNS)) {
    const uri = match[2] ?? match[3] ?? '';
    scope.set(match[1] ?? '', known.get(uri) ?? uri);
  }
  return scope;
}

function internNamespaces(spec: ElementSpec, known: Map<string, string>): void {
  known.set(spec.namespace, spec.namespace);
  for (const child of spec.children ?? []) internNamespaces(child, known);
}

/** End of a start tag whose attributes start at `from`, skipping quoted values. */
function tagEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const ch = text.charCodeAt(at);
    if (ch === 0x22 || ch === 0x27) {
      at = text.indexOf(ch === 0x22 ? '"' : "'", at + 1);
      if (at < 0) return -1;
    } else if (ch === 0x3e) {
      return at;
    }
  }
  return -1;
}

/** Index just past an element name: the first white space, '/' or '>'. */
function endOfName(text: string, from: number): number {
  let at = from;
  for (; at < text.length; at++) {
    const ch = text.charCodeAt(at);
    if (ch === 0x3e || ch === 0x2f || ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
  }
  return at;
}

/** Whether text[from, end) is `qname` followed only by white space (the inside of a closing tag). */
function closes(text: string, from: number, end: number, qname: string): boolean {
  for (let i = 0; i < qname.length; i++) if (text.charCodeAt(from + i) !== qname.charCodeAt(i)) return false;
  return isWhitespace(text, from + qname.length, end);
}

function isWhitespace(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const ch = text.charCodeAt(at);
    if (ch !== 0x20 && ch !== 0x0a && ch !== 0x09 && ch !== 0x0d) return false;
  }
  return true;
}

function skipPast(
  text: string,
  terminator: string,
  from: number,
  fail: (rule: string, message: string, offset: number) => never,
): number {
  const end = text.indexOf(terminator, from);
  if (end < 0) fail('XML', `'${text.slice(from, from + 4)}' is not closed`, from);
  return end + terminator.length;
}

function pathOf(stack: readonly Frame[]): string {
  return stack.map((frame) => `/${frame.spec.name}${frame.index ? `[${frame.index}]` : ''}`).join('');
}

/** 1-based line and column of a string offset (only computed when reporting a problem). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
