/**
 * Builds schema-valid internal models for any message straight from its definition, so every one of
 * the 28 message types (including those without an official example) can be built, validated and
 * parsed back. `full` fills every optional element and repeats every repeatable one twice.
 */
import type { ElementSpec } from '../../libs/istandaarden/src/definition/message-tree.js';
import type { SimpleTypeDef } from '../../libs/istandaarden/src/definition/model.js';
import type { BerichtNode, Leaf } from '../../libs/istandaarden/src/index.js';
import { treeForCode } from '../../libs/istandaarden/src/definition/message-tree.js';

// 999990019 passes the eleven-test, as a BSN must (CS002).
const STRING_CANDIDATES = ['1.0.0', '12345678', '999990019', '1234', 'Abc', 'A', '1', 'Ab1'];

export function sampleModel(code: string, full = false): BerichtNode {
  const tree = treeForCode(code);
  if (!tree) throw new Error(`no definition for ${code}`);
  return sampleNode(tree.root, full);
}

function sampleNode(spec: ElementSpec, full: boolean): BerichtNode {
  const node: BerichtNode = {};
  for (const child of spec.children ?? []) {
    const count = full ? Math.min(child.maxOccurs, 2) : child.minOccurs;
    if (count === 0) continue;
    const values = Array.from({ length: count }, () =>
      child.children ? sampleNode(child, full) : sampleLeaf(child),
    );
    node[child.name] = child.maxOccurs > 1 ? values : values[0]!;
  }
  return node;
}

function sampleLeaf(spec: ElementSpec): Leaf {
  const type = spec.simpleType!;
  const literal =
    spec.fixedPattern !== undefined && /^[\w.]+$/.test(spec.fixedPattern) ? spec.fixedPattern : undefined;
  if (literal !== undefined) return type.base === 'integer' ? Number(literal) : literal;
  if (spec.fixedPattern !== undefined)
    return sampleString({ ...type, patterns: [...type.patterns, spec.fixedPattern] });
  if (type.enumeration.length) return type.enumeration[0]!;
  switch (type.base) {
    case 'integer':
      return Math.max(Number(type.minInclusive ?? 0), Math.min(1, Number(type.maxInclusive ?? 1)));
    case 'date':
      return '2026-03-02';
    case 'time':
      return '09:30:00';
    default:
      return sampleString(type);
  }
}

function sampleString(type: SimpleTypeDef): string {
  const patterns = type.patterns.map((pattern) => new RegExp(`^(?:${pattern})$`, 'u'));
  const fits = (value: string) =>
    value.length >= (type.minLength ?? 0) &&
    value.length <= (type.maxLength ?? Infinity) &&
    patterns.every((p) => p.test(value));
  const value = STRING_CANDIDATES.find(fits);
  if (value === undefined) throw new Error(`no sample value for ${type.name}`);
  return value;
}
