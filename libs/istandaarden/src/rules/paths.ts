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

export function root(bericht: Bericht): At {
  return { node: bericht.bericht, path: '/Bericht' };
}

/**
 * An element reached by a walk. Its path is written only when asked for: rules walk every prestatie of
 * a large declaration many times and need a path only for the few that break a rule.
 */
class Reached implements At {
  private written?: string;

  constructor(
    readonly node: BerichtNode,
    private readonly parent: At,
    private readonly step: string,
    /** 1-based position when the element repeats, 0 when it occurs once. */
    private readonly position: number,
  ) {}

  get path(): string {
    this.written ??= `${this.parent.path}/${this.step}${this.position ? `[${this.position}]` : ''}`;
    return this.written;
  }
}

/** Every element reached by `steps` (`Client/StartProducten/StartProduct`) below `from`, in document order. */
export function all(from: At, steps: string): At[] {
  let current: At[] = [from];
  for (const step of stepsOf(steps)) {
    const next: At[] = [];
    for (const at of current) {
      const value = at.node[step];
      if (value === undefined) continue;
      if (!Array.isArray(value)) {
        if (typeof value === 'object') next.push(new Reached(value, at, step, 0));
        continue;
      }
      const many = value.length > 1;
      for (let index = 0; index < value.length; index++) {
        const item = value[index];
        if (typeof item === 'object') next.push(new Reached(item, at, step, many ? index + 1 : 0));
      }
    }
    current = next;
  }
  return current;
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

/** A leaf found by `leaves`; like `Reached`, its path is written only when asked for. */
class LeafAt {
  private written?: string;

  constructor(
    readonly value: string,
    private readonly parent: At,
    private readonly name: string,
  ) {}

  get path(): string {
    this.written ??= `${this.parent.path}/${this.name}`;
    return this.written;
  }
}

/** Every leaf reached by `steps` below `from` (`Client/StartProducten/StartProduct/Begindatum`), with its path. */
export function leaves(from: At, steps: string): Array<{ readonly value: string; readonly path: string }> {
  const parts = stepsOf(steps);
  const name = parts[parts.length - 1]!;
  const parents = parts.length > 1 ? all(from, parts.slice(0, -1).join('/')) : [from];
  const found: LeafAt[] = [];
  for (const parent of parents) {
    const value = text(parent.node, name);
    if (value !== undefined) found.push(new LeafAt(value, parent, name));
  }
  return found;
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
