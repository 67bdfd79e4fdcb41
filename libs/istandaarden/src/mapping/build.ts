/**
 * Internal model → XML, in the element order of the definition. Shape errors in the model (unknown
 * or misplaced keys, a list where one value belongs, a missing required element) are findings with
 * the model path; facets are left to XSD validation of the result.
 *
 * The XML is written into chunks as it is produced and element paths are spelled out only for a
 * finding, so a retour answering a 50 MB declaration costs its own size, not a string per line.
 */
import type { ElementSpec } from '../definition/message-tree.js';
import { finding, type Finding } from '../findings.js';
import type { BerichtCodeNaam, BerichtNode, Berichten, Leaf } from './model.js';
import { treeForCode } from '../definition/message-tree.js';

export type BuildResult =
  { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly findings: readonly Finding[] };

/** The same as BuildResult, with the document as UTF-8 bytes (what is stored and sent). */
export type BuildBytesResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** A model to build: typed (`{ code: 'JW305', bericht: Berichten['JW305'] }`) or plain JSON as `convert` prints it. */
export type BuildInput =
  | { readonly code: string; readonly bericht: BerichtNode }
  | { [C in BerichtCodeNaam]: { readonly code: C; readonly bericht: Berichten[C] } }[BerichtCodeNaam];

/** Text is gathered into pieces of about this many characters before it is kept. */
const CHUNK_CHARS = 64 * 1024;

/** Where the XML goes: pieces of text joined into chunks of about 64 K characters, kept as strings or as UTF-8 bytes. */
class Chunks<T> {
  private pieces: string[] = [];
  private length = 0;
  private readonly chunks: T[] = [];

  constructor(private readonly seal: (text: string) => T) {}

  write(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= CHUNK_CHARS) this.flush();
  }

  all(): T[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pieces.length) this.chunks.push(this.seal(this.pieces.join('')));
    this.pieces = [];
    this.length = 0;
  }
}

export function build(input: BuildInput): BuildResult {
  const out = new Chunks((text) => text);
  const findings = write(input, out);
  return findings.length ? { ok: false, findings } : { ok: true, xml: out.all().join('') };
}

/** `build`, giving the document as UTF-8 bytes without ever holding it as one string. */
export function buildBytes(input: BuildInput): BuildBytesResult {
  const out = new Chunks((text) => Buffer.from(text, 'utf8'));
  const findings = write(input, out);
  return findings.length ? { ok: false, findings } : { ok: true, bytes: Buffer.concat(out.all()) };
}

/** Writes the document of `input` to `out`; the findings when the model is not of the right shape. */
function write(input: BuildInput, out: Chunks<unknown>): Finding[] {
  // The model often comes from JSON, so its shape is checked rather than trusted.
  if (!isNode(input as unknown))
    return [finding('MODEL', 'the model must be an object with code and bericht', { path: '$' })];
  const tree = treeForCode(String(input.code ?? ''));
  if (!tree) return [finding('MODEL', `unknown message code '${String(input.code)}'`, { path: '$.code' })];
  const bericht: unknown = input.bericht;
  if (!isNode(bericht)) return [finding('MODEL', 'bericht must be an object', { path: '$.bericht' })];
  const { message: own, basis } = tree.prefixes;
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write(
    `<${own}:Bericht xmlns:${own}="${tree.message.namespace}" xmlns:${basis}="${tree.basisNamespace}">\n`,
  );
  const tags = new Map<ElementSpec, Tags>();
  const writer: Writer = {
    out,
    findings: [],
    path: ['$', 'bericht'],
    tagsOf: (spec, depth) => {
      let found = tags.get(spec);
      if (found?.depth !== depth) {
        const indent = '\t'.repeat(depth);
        const qname = `${spec.namespace === tree.message.namespace ? own : basis}:${spec.name}`;
        found = { depth, open: `${indent}<${qname}>`, close: `</${qname}>\n` };
        tags.set(spec, found);
      }
      return found;
    },
  };
  writeChildren(writer, tree.root, bericht, 1);
  out.write(`</${own}:Bericht>\n`);
  return writer.findings;
}

interface Writer {
  readonly out: Chunks<unknown>;
  readonly findings: Finding[];
  /** The model path of the node being written, as segments (`$`, `bericht`, `Client`, `[0]`, …). */
  readonly path: string[];
  /** The indented start tag and the end tag of an element at a depth, made once per element and depth. */
  readonly tagsOf: (spec: ElementSpec, depth: number) => Tags;
}

interface Tags {
  readonly depth: number;
  readonly open: string;
  readonly close: string;
}

/** The model path of the node being written, with `segment` after it (`$.bericht.Client.Naam`). */
function pathTo(writer: Writer, ...segments: string[]): string {
  return [...writer.path, ...segments].reduce((path, part) =>
    part.startsWith('[') ? `${path}${part}` : `${path}.${part}`,
  );
}

function problem(writer: Writer, message: string, ...segments: string[]): void {
  writer.findings.push(finding('MODEL', message, { path: pathTo(writer, ...segments) }));
}

function writeChildren(writer: Writer, spec: ElementSpec, node: BerichtNode, depth: number): void {
  const children = spec.children ?? [];
  for (const key of Object.keys(node)) {
    if (!(spec.childByName?.has(key) ?? children.some((child) => child.name === key)))
      problem(writer, `${key} is not an element of ${spec.name}`, key);
  }
  const { out, path } = writer;
  for (const child of children) {
    const value = node[child.name];
    if (value === undefined || value === null) {
      if (child.minOccurs > 0) problem(writer, `${child.name} is required in ${spec.name}`, child.name);
      continue;
    }
    const isList = Array.isArray(value);
    if (isList && child.maxOccurs === 1) {
      problem(writer, `${child.name} occurs at most once: give one value, not a list`, child.name);
      continue;
    }
    const values = isList ? value : [value];
    const { open, close } = writer.tagsOf(child, depth);
    for (let index = 0; index < values.length; index++) {
      const item = values[index];
      const at = (): string[] => (isList ? [child.name, `[${index}]`] : [child.name]);
      if (child.children) {
        if (!isNode(item)) {
          problem(writer, `${child.name} must be an object`, ...at());
          continue;
        }
        out.write(`${open}\n`);
        const depthOfPath = path.push(...at());
        writeChildren(writer, child, item, depth + 1);
        path.length = depthOfPath - (isList ? 2 : 1);
        out.write(`${open.slice(0, depth)}${close}`);
      } else if (typeof item === 'string' || typeof item === 'number') {
        out.write(`${open}${escapeText(leafText(item))}${close}`);
      } else {
        problem(
          writer,
          `${child.name} must be a ${child.valueKind === 'integer' ? 'number' : 'string'}`,
          ...at(),
        );
      }
    }
  }
}

function leafText(value: Leaf): string {
  return typeof value === 'number' ? String(value) : value;
}

function isNode(value: unknown): value is BerichtNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ESCAPED = /[&<>\r]/;

function escapeText(text: string): string {
  if (!ESCAPED.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
