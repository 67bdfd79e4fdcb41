/**
 * Splitting a large message into smaller documents that validate to the same verdict: the head up to
 * the first element of its one big repeating list (a declaration's Client elements), a run of those
 * elements, and the tail. libxml2 then never holds the tree of the whole message (its memory stays
 * bounded by the chunk size) and chunks can be validated on several cores.
 *
 * Why the verdict is the same: the list element is unbounded and its ancestors occur once, the
 * schemas have no identity constraints, and a split is only made right after an end tag of a list
 * element in a region without comments, CDATA or processing instructions, where that byte sequence
 * can only be such an end tag. Every byte of the message is in some chunk, and each chunk checks the
 * same head and tail around a contiguous part of the list.
 */
import type { ElementSpec, MessageTree } from '../definition/message-tree.js';
import { MAX_FINDINGS, type Finding } from '../findings.js';
import type { ValidationResult } from './validate.js';

export interface ChunkPlan {
  /** Bytes before the first list element, included in every chunk. */
  readonly headEnd: number;
  /** Bytes from the end of the last list element on, included in every chunk. */
  readonly tailStart: number;
  readonly slices: readonly Slice[];
  /** Path of the list element, e.g. `/Bericht/Declaratie/Clienten/Client`. */
  readonly listPath: string;
}

interface Slice {
  readonly start: number;
  readonly end: number;
  /** List elements in the slices before this one, to renumber paths. */
  readonly before: number;
}

const HEAD_WINDOW = 64 * 1024;

/** A plan to split `bytes` into chunks of about `chunkBytes`, or undefined when it should be validated whole. */
export function planChunks(bytes: Buffer, tree: MessageTree, chunkBytes: number): ChunkPlan | undefined {
  if (bytes.length <= chunkBytes * 1.5) return undefined;
  const list = findList(tree.root, '');
  if (!list) return undefined;
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, HEAD_WINDOW));
  const parentTag = new RegExp(`<([A-Za-z_][\\w.-]*:)?${list.parent.name}[\\s>]`).exec(head);
  if (!parentTag) return undefined;
  const qname = `${parentTag[1] ?? ''}${list.spec.name}`;
  const open = Buffer.from(`<${qname}`);
  const close = Buffer.from(`</${qname}>`);
  const headEnd = startTagAt(bytes, open, parentTag.index);
  const lastClose = bytes.lastIndexOf(close);
  if (headEnd < 0 || lastClose < headEnd) return undefined;
  const tailStart = lastClose + close.length;
  // Only markup-free ground is split: no comment, CDATA or processing instruction before the tail
  // (besides the XML declaration), so every match found below is a real tag.
  const body = bytes.subarray(0, tailStart);
  if (body.includes('<!--') || body.includes('<![CDATA[') || body.lastIndexOf('<?') > 3) return undefined;

  const slices: Slice[] = [];
  let start = headEnd;
  let before = 0;
  while (start < tailStart) {
    let end = tailStart;
    let count = 0;
    const target = start + chunkBytes;
    if (target < tailStart - chunkBytes / 2) {
      const at = bytes.indexOf(close, target);
      if (at >= 0 && at + close.length < tailStart) end = at + close.length;
    }
    for (let at = bytes.indexOf(close, start); at >= 0 && at < end; at = bytes.indexOf(close, at + 1))
      count++;
    slices.push({ start, end, before });
    before += count;
    start = end;
  }
  if (slices.length < 2) return undefined;
  return { headEnd, tailStart, slices, listPath: list.path };
}

export function chunkBytes(bytes: Buffer, plan: ChunkPlan, index: number): Buffer {
  const slice = plan.slices[index]!;
  return Buffer.concat([
    bytes.subarray(0, plan.headEnd),
    bytes.subarray(slice.start, slice.end),
    bytes.subarray(plan.tailStart),
  ]);
}

/**
 * One verdict for the whole message from the verdicts on its chunks: findings get the line and the
 * list position they have in the whole message; findings on the shared head or tail are kept once.
 */
export function mergeChunkResults(
  bytes: Buffer,
  plan: ChunkPlan,
  results: readonly ValidationResult[],
): ValidationResult {
  const first = results[0]!;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const headLastLine = 1 + countNewlines(bytes, 0, plan.headEnd);
  const linesBeforeTail = countNewlines(bytes, 0, plan.tailStart);
  const listStep = new RegExp(
    `^${plan.listPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\[(\\d+)\\])?(?=/|$)`,
  );
  results.forEach((result, index) => {
    if (result.valid || findings.length >= MAX_FINDINGS) return;
    const slice = plan.slices[index]!;
    const linesBeforeSlice = countNewlines(bytes, 0, slice.start);
    const sliceLastLine = headLastLine + countNewlines(bytes, slice.start, slice.end);
    for (const found of result.findings) {
      let line = found.line;
      if (line > sliceLastLine) line = 1 + linesBeforeTail + (line - sliceLastLine);
      else if (line >= headLastLine) line = 1 + linesBeforeSlice + (line - headLastLine);
      const path = found.path.replace(
        listStep,
        (_, n: string | undefined) => `${plan.listPath}[${Number(n ?? 1) + slice.before}]`,
      );
      const key = `${line}|${found.column}|${path}|${found.message}`;
      if (seen.has(key) || findings.length >= MAX_FINDINGS) continue;
      seen.add(key);
      findings.push({ ...found, line, path });
    }
  });
  return findings.length === 0
    ? { ...first, valid: true, findings: [] }
    : { ...first, valid: false, findings };
}

/** Index of the start tag `open` (followed by white space, `>` or `/`, so `<Client` does not match `<ClientX`). */
function startTagAt(bytes: Buffer, open: Buffer, from: number): number {
  for (let at = bytes.indexOf(open, from); at >= 0; at = bytes.indexOf(open, at + 1)) {
    const next = bytes[at + open.length];
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d)
      return at;
  }
  return -1;
}

/** The first unbounded element whose ancestors all occur once, with its parent (breadth first). */
function findList(
  root: ElementSpec,
  rootPath: string,
): { spec: ElementSpec; parent: ElementSpec; path: string } | undefined {
  const queue: Array<{ spec: ElementSpec; path: string }> = [
    { spec: root, path: `${rootPath}/${root.name}` },
  ];
  while (queue.length) {
    const { spec, path } = queue.shift()!;
    for (const child of spec.children ?? []) {
      const childPath = `${path}/${child.name}`;
      if (child.maxOccurs > 1) {
        // A list of leaves (RetourCode) is never large; a list that nests its own name cannot be split by tag search.
        if (child.children && !containsName(child, child.name))
          return { spec: child, parent: spec, path: childPath };
      } else if (child.children) {
        queue.push({ spec: child, path: childPath });
      }
    }
  }
  return undefined;
}

function containsName(spec: ElementSpec, name: string): boolean {
  return (spec.children ?? []).some((child) => child.name === name || containsName(child, name));
}

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a, from); at >= 0 && at < to; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}
