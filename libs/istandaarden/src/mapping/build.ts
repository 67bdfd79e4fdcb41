/**
 * Internal model → XML, in the element order of the definition. Shape errors in the model (unknown
 * or misplaced keys, a list where one value belongs, a missing required element) are findings with
 * the model path; facets are left to XSD validation of the result.
 */
import type { ElementSpec } from '../definition/message-tree.js';
import { finding, type Finding } from '../findings.js';
import type { BerichtCodeNaam, BerichtNode, Berichten, Leaf } from './model.js';
import { treeForCode } from '../definition/message-tree.js';

export type BuildResult =
  { readonly ok: true; readonly xml: string } | { readonly ok: false; readonly findings: readonly Finding[] };

/** A model to build: typed (`{ code: 'JW305', bericht: Berichten['JW305'] }`) or plain JSON as `convert` prints it. */
export type BuildInput =
  | { readonly code: string; readonly bericht: BerichtNode }
  | { [C in BerichtCodeNaam]: { readonly code: C; readonly bericht: Berichten[C] } }[BerichtCodeNaam];

export function build(input: BuildInput): BuildResult {
  // The model often comes from JSON, so its shape is checked rather than trusted.
  if (!isNode(input as unknown)) {
    return {
      ok: false,
      findings: [finding('MODEL', 'the model must be an object with code and bericht', { path: '$' })],
    };
  }
  const tree = treeForCode(String(input.code ?? ''));
  if (!tree)
    return {
      ok: false,
      findings: [finding('MODEL', `unknown message code '${String(input.code)}'`, { path: '$.code' })],
    };
  const bericht: unknown = input.bericht;
  if (!isNode(bericht))
    return { ok: false, findings: [finding('MODEL', 'bericht must be an object', { path: '$.bericht' })] };
  const { message: own, basis } = tree.prefixes;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${own}:Bericht xmlns:${own}="${tree.message.namespace}" xmlns:${basis}="${tree.basisNamespace}">`,
  ];
  const findings: Finding[] = [];
  const prefixOf = (spec: ElementSpec) => (spec.namespace === tree.message.namespace ? own : basis);
  writeChildren(tree.root, bericht, '$.bericht', 1, out, findings, prefixOf);
  out.push(`</${own}:Bericht>`, '');
  return findings.length ? { ok: false, findings } : { ok: true, xml: out.join('\n') };
}

function writeChildren(
  spec: ElementSpec,
  node: BerichtNode,
  path: string,
  depth: number,
  out: string[],
  findings: Finding[],
  prefixOf: (spec: ElementSpec) => string,
): void {
  const children = spec.children ?? [];
  for (const key of Object.keys(node)) {
    if (!children.some((child) => child.name === key)) {
      findings.push(finding('MODEL', `${key} is not an element of ${spec.name}`, { path: `${path}.${key}` }));
    }
  }
  const indent = '\t'.repeat(depth);
  for (const child of children) {
    const value = node[child.name];
    const childPath = `${path}.${child.name}`;
    if (value === undefined || value === null) {
      if (child.minOccurs > 0)
        findings.push(finding('MODEL', `${child.name} is required in ${spec.name}`, { path: childPath }));
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && child.maxOccurs === 1) {
      findings.push(
        finding('MODEL', `${child.name} occurs at most once: give one value, not a list`, {
          path: childPath,
        }),
      );
      continue;
    }
    const qname = `${prefixOf(child)}:${child.name}`;
    values.forEach((item, index) => {
      const itemPath = Array.isArray(value) ? `${childPath}[${index}]` : childPath;
      if (child.children) {
        if (!isNode(item)) {
          findings.push(finding('MODEL', `${child.name} must be an object`, { path: itemPath }));
          return;
        }
        out.push(`${indent}<${qname}>`);
        writeChildren(child, item, itemPath, depth + 1, out, findings, prefixOf);
        out.push(`${indent}</${qname}>`);
      } else if (typeof item === 'string' || typeof item === 'number') {
        out.push(`${indent}<${qname}>${escapeText(leafText(item))}</${qname}>`);
      } else {
        findings.push(
          finding('MODEL', `${child.name} must be a ${child.valueKind === 'integer' ? 'number' : 'string'}`, {
            path: itemPath,
          }),
        );
      }
    });
  }
}

function leafText(value: Leaf): string {
  return typeof value === 'number' ? String(value) : value;
}

function isNode(value: unknown): value is BerichtNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
