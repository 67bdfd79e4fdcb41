/**
 * Walking the internal model with element paths in the style of the XSD findings: a step gets an
 * index (`StartProduct[2]`) only when the element occurs more than once under its parent, as libxml2
 * writes it.
 */
import type { Bericht, BerichtNode, Leaf } from '../mapping/model.js';

/** An element of the message and where it is. */
export interface At {
  readonly node: BerichtNode;
  readonly path: string;
}

/** `steps` split at `/`, kept: the rules name a few dozen constant step strings, walked for every element. */
const splits = new Map<string, readonly string[]>();
function stepsOf(steps: string): readonly string[] {
  let parts = splits.get(steps);
  if (!parts) {
    parts = steps.split('/');
    splits.set(steps, parts);
  }
  return parts;
}

/**
 * The root of a message whose rules are being evaluated (see `sharingWalks`), with the walks from it
 * that the rules asked for so far: the rules of a large declaration ask for the same few walks, each
 * over every prestatie.
 */
const sharedRoots = new WeakMap<Bericht, At>();
const walksFrom = new WeakMap<At, Map<string, At[]>>();

export function root(bericht: Bericht): At {
  return sharedRoots.get(bericht) ?? { node: bericht.bericht, path: '/Bericht' };
}

/**
 * Runs `evaluate` (the rules of one message) with the walks from the message root kept and shared
 * between the rules: the message is not changed while its rules run. When `evaluate` ends, so does the
 * sharing, and a later evaluation walks the message as it is then.
 */
export function sharingWalks<T>(bericht: Bericht, evaluate: () => T): T {
  if (sharedRoots.has(bericht)) return evaluate();
  const at: At = { node: bericht.bericht, path: '/Bericht' };
  sharedRoots.set(bericht, at);
  walksFrom.set(at, new Map());
  let result: T;
  try {
    result = evaluate();
  } catch (error) {
    sharedRoots.delete(bericht);
    throw error;
  }
  if (result instanceof Promise) return result.finally(() => sharedRoots.delete(bericht)) as T;
  sharedRoots.delete(bericht);
  return result;
}

/**
 * An element reached by a walk. Its path is written only when asked for: rules walk every prestatie of
 * a large declaration many times and need a path only for the few that break a rule.
 */
class Reached implements At {
  private written?: string;

  constructor(
    readonly node: BerichtNode,
    readonly parent: At,
    private readonly step: string,
    /** 1-based position when the element repeats, 0 when it occurs once. */
    private readonly position: number,
  ) {}

  get path(): string {
    this.written ??= `${this.parent.path}/${this.step}${this.position ? `[${this.position}]` : ''}`;
    return this.written;
  }
}

/** The element `at` was reached from by a walk, if it was. */
export function parentOf(at: At): At | undefined {
  return at instanceof Reached ? at.parent : undefined;
}

/** Every element reached by `steps` (`Client/StartProducten/StartProduct`) below `from`, in document order. */
export function all(from: At, steps: string): At[] {
  const walks = walksFrom.get(from);
  return walks ? sharedWalk(from, walks, steps).slice() : walk(from, steps);
}

/** `all`, but a walk kept for the evaluation is handed out itself, not copied: not to be changed. */
export function shared(from: At, steps: string): readonly At[] {
  const walks = walksFrom.get(from);
  return walks ? sharedWalk(from, walks, steps) : walk(from, steps);
}

/** A walk from a shared root, built on the walk to its last step but one (kept too). */
function sharedWalk(from: At, walks: Map<string, At[]>, steps: string): At[] {
  let found = walks.get(steps);
  if (!found) {
    const last = steps.lastIndexOf('/');
    if (last < 0) found = walk(from, steps);
    else {
      const step = steps.slice(last + 1);
      found = [];
      for (const at of sharedWalk(from, walks, steps.slice(0, last))) pushChildren(found, at, step);
    }
    walks.set(steps, found);
  }
  return found;
}

function walk(from: At, steps: string): At[] {
  const parts = stepsOf(steps);
  let current: At[] = [];
  pushChildren(current, from, parts[0]!);
  for (let step = 1; step < parts.length && current.length; step++) {
    const next: At[] = [];
    for (const at of current) pushChildren(next, at, parts[step]!);
    current = next;
  }
  return current;
}

/** Appends the elements named `step` directly below `at` to `into`. */
function pushChildren(into: At[], at: At, step: string): void {
  const value = at.node[step];
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    if (typeof value === 'object') into.push(new Reached(value, at, step, 0));
    return;
  }
  const many = value.length > 1;
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    if (typeof item === 'object') into.push(new Reached(item, at, step, many ? index + 1 : 0));
  }
}

/** The first element reached by `steps`, if any. */
export function first(from: At, steps: string): At | undefined {
  return all(from, steps)[0];
}

/** The text of the leaf at `steps` below `node` (numbers as their decimal text), or undefined when absent. */
export function text(node: BerichtNode, steps: string): string | undefined {
  const leaf = leafAt(node, steps);
  return leaf === undefined ? undefined : String(leaf);
}

/** The number at `steps` below `node`, or undefined when absent. */
export function number(node: BerichtNode, steps: string): number | undefined {
  const leaf = leafAt(node, steps);
  return leaf === undefined ? undefined : Number(leaf);
}

/** Whether an element (leaf or group) is present at `steps` below `node`. */
export function has(node: BerichtNode, steps: string): boolean {
  let current: BerichtNode | Leaf | undefined = node;
  for (const step of stepsOf(steps)) {
    if (current === undefined || typeof current !== 'object') return false;
    const value: BerichtNode[string] | undefined = current[step];
    current = Array.isArray(value) ? value[0] : value;
  }
  return current !== undefined;
}

/** A leaf found by `leaves`: its text, and where it is (its path written only when asked for). */
export interface FoundLeaf {
  readonly value: string;
  /** The element walked to: the leaf's parent, or (with `step`) its grandparent. */
  readonly at: At;
  /** The step from `at` to the leaf's parent, '' when `at` is the parent. */
  readonly step: string;
  /** The parent's 1-based position when it repeats, 0 when it occurs once. */
  readonly position: number;
  readonly name: string;
}

/** The path of a leaf found by `leaves` (as a walk to its parent would write it). */
export function leafPath(leaf: FoundLeaf): string {
  const parent = leaf.step
    ? `${leaf.at.path}/${leaf.step}${leaf.position ? `[${leaf.position}]` : ''}`
    : leaf.at.path;
  return `${parent}/${leaf.name}`;
}

/**
 * Every leaf reached by `steps` below `from` (`Client/StartProducten/StartProduct/Begindatum`), one at
 * a time: the one object handed out is reused for the next leaf, so read it before going on. The
 * leaves' parents are not kept as walked elements: there is one per prestatie in a large declaration.
 */
export function* leaves(from: At, steps: string): Iterable<FoundLeaf> {
  const parts = stepsOf(steps);
  const name = parts[parts.length - 1]!;
  const leaf = { value: '', at: from, step: '', position: 0, name };
  if (parts.length === 1) {
    const value = text(from.node, name);
    if (value !== undefined) {
      leaf.value = value;
      yield leaf;
    }
    return;
  }
  const step = parts[parts.length - 2]!;
  const grandparents = parts.length > 2 ? shared(from, parts.slice(0, -2).join('/')) : [from];
  leaf.step = step;
  for (const at of grandparents) {
    const group = at.node[step];
    if (!Array.isArray(group)) {
      const value = typeof group === 'object' ? text(group, name) : undefined;
      if (value === undefined) continue;
      leaf.value = value;
      leaf.at = at;
      leaf.position = 0;
      yield leaf;
      continue;
    }
    for (let index = 0; index < group.length; index++) {
      const parent = group[index];
      const value = typeof parent === 'object' ? text(parent, name) : undefined;
      if (value === undefined) continue;
      leaf.value = value;
      leaf.at = at;
      leaf.position = group.length > 1 ? index + 1 : 0;
      yield leaf;
    }
  }
}

/** The leaf texts of a repeatable leaf element (`RetourCodes/RetourCode`). */
export function texts(node: BerichtNode, steps: string): string[] {
  const parts = steps.split('/');
  const last = parts.pop()!;
  const parent = parts.length ? first({ node, path: '' }, parts.join('/'))?.node : node;
  const value = parent?.[last];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => typeof v !== 'object').map(String);
}

/** The text of `field` below a node, for a key (`RepeatedKeys`). */
export function field(steps: string): (node: BerichtNode) => string | undefined {
  return (node) => text(node, steps);
}

/**
 * Which items repeat the key (the texts `fields` read of them, as `keyOf` joins them) of an earlier
 * one. The whole key is written only for an item whose first field repeats an earlier item's: most
 * keys of a large declaration differ in their first field already.
 */
export class RepeatedKeys<T> {
  /** Per first field: the one item seen with it, or the whole keys seen with it (items are never Sets). */
  private readonly byFirst = new Map<string | undefined, T | Set<string>>();

  constructor(private readonly fields: ReadonlyArray<(item: T) => string | undefined>) {}

  /** Whether `item` repeats the key of an item seen before; remembers its key. */
  repeats(item: T): boolean {
    const head = this.fields[0]!(item);
    const earlier = this.byFirst.get(head);
    if (earlier === undefined) {
      this.byFirst.set(head, item);
      return false;
    }
    let keys: Set<string>;
    if (earlier instanceof Set) keys = earlier;
    else {
      keys = new Set([this.keyOf(earlier)]);
      this.byFirst.set(head, keys);
    }
    const key = this.keyOf(item);
    if (keys.has(key)) return true;
    keys.add(key);
    return false;
  }

  /**
   * One string for the fields of `item`, equal for two items exactly when each field is (an absent one
   * included): XML text holds neither U+0000, which separates, nor U+0001, which marks an absent text.
   */
  private keyOf(item: T): string {
    let key = '';
    for (let index = 0; index < this.fields.length; index++) {
      const value = this.fields[index]!(item);
      key += (index ? '\u0000' : '') + (value === undefined ? '\u0001' : value);
    }
    return key;
  }
}

function leafAt(node: BerichtNode, steps: string): Leaf | undefined {
  if (!steps.includes('/')) {
    const value = node[steps];
    const leaf = Array.isArray(value) ? value[0] : value;
    return typeof leaf === 'object' ? undefined : leaf;
  }
  let current: BerichtNode | Leaf | undefined = node;
  for (const step of stepsOf(steps)) {
    if (current === undefined || typeof current !== 'object') return undefined;
    const value: BerichtNode[string] | undefined = current[step];
    current = Array.isArray(value) ? value[0] : value;
  }
  return typeof current === 'object' ? undefined : current;
}
