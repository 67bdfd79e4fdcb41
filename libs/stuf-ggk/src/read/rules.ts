/**
 * A compact structural schema engine: an element's children are checked against a sequence of element
 * rules (each at most once, in order), text against facets, attributes against a list. This is how the
 * library checks envelopes without the official XSDs; a test proves it agrees with them.
 */
import { finding, type Findings } from '../findings.js';
import { NS } from '../namespaces.js';
import type { XmlNode } from '../xml/tree.js';

export interface TextFacet {
  /** The schema type, for messages, e.g. `StUF:Tijdstip`. */
  readonly type: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Anchored, as XSD patterns are. */
  readonly pattern?: RegExp;
  readonly enumeration?: readonly string[];
}

export interface AttributeRule {
  readonly ns: string;
  readonly name: string;
  readonly required?: boolean;
  readonly facet: TextFacet;
}

export type Content =
  | { readonly kind: 'text'; readonly facet: TextFacet }
  | { readonly kind: 'sequence'; readonly children: readonly ElementRule[] }
  /** Checked elsewhere (the payload) or not at all (detailsXML): the node is handed back as is. */
  | { readonly kind: 'node' };

export interface ElementRule {
  readonly name: string;
  readonly ns: string;
  readonly optional?: boolean;
  readonly content: Content;
  readonly attributes?: readonly AttributeRule[];
}

/** What a sequence yields: text for leaves, nested records, and nodes for `node` content. */
export interface ReadRecord {
  readonly [name: string]: string | XmlNode | ReadRecord | undefined;
}

/** Attributes every element may carry without a schema saying so. */
const FREE_ATTRIBUTES = new Set([`${NS.XSI} schemaLocation`, `${NS.XSI} noNamespaceSchemaLocation`]);

/** Checks `node` against `rule` (name and namespace already matched) and returns what it holds. */
export function readElement(
  node: XmlNode,
  rule: ElementRule,
  findings: Findings,
): string | XmlNode | ReadRecord {
  checkAttributes(node, rule.attributes ?? [], findings);
  const { content } = rule;
  if (content.kind === 'node') return node;
  if (content.kind === 'text') {
    const child = node.children[0];
    if (child) {
      findings.add(finding('STUF', `${node.local} must hold text, not element ${child.local}`, at(child)));
      return '';
    }
    checkText(node.text, content.facet, `${node.local}`, at(node), findings);
    return node.text;
  }
  if (node.text.trim())
    findings.add(finding('STUF', `text is not allowed directly in ${node.local}`, at(node)));
  return readSequence(node, content.children, findings);
}

function readSequence(node: XmlNode, rules: readonly ElementRule[], findings: Findings): ReadRecord {
  const values: Record<string, string | XmlNode | ReadRecord> = {};
  let next = 0;
  for (const child of node.children) {
    const index = rules.findIndex((rule, i) => i >= next && rule.name === child.local);
    const rule = rules[index];
    if (!rule) {
      const earlier = rules.slice(0, next).some((r) => r.name === child.local);
      const why = earlier ? 'appears again or out of order' : 'is not expected';
      const expected = rules.slice(next).map((r) => r.name);
      const hint = expected.length ? `; expected ${expected.join(', ')}` : '';
      findings.add(finding('STUF', `${child.local} ${why} in ${node.local}${hint}`, at(child)));
      continue;
    }
    for (const skipped of rules.slice(next, index)) {
      if (!skipped.optional) findings.add(missing(node, skipped, `before ${child.local}`));
    }
    next = index + 1;
    if (child.ns !== rule.ns) {
      findings.add(
        finding('STUF', `${child.local} is in namespace '${child.ns}'; expected '${rule.ns}'`, at(child)),
      );
      continue;
    }
    values[rule.name] = readElement(child, rule, findings);
  }
  for (const rest of rules.slice(next)) if (!rest.optional) findings.add(missing(node, rest, ''));
  return values;
}

function missing(parent: XmlNode, rule: ElementRule, where: string): ReturnType<typeof finding> {
  const suffix = where ? ` ${where}` : '';
  return finding('STUF', `${rule.name} is missing in ${parent.local}${suffix}`, at(parent));
}

function checkAttributes(node: XmlNode, rules: readonly AttributeRule[], findings: Findings): void {
  for (const attribute of node.attributes) {
    const rule = rules.find((r) => r.ns === attribute.ns && r.name === attribute.local);
    if (rule) checkText(attribute.value, rule.facet, `attribute ${attribute.qname}`, at(node), findings);
    else if (!FREE_ATTRIBUTES.has(`${attribute.ns} ${attribute.local}`)) {
      findings.add(finding('STUF', `attribute ${attribute.qname} is not allowed on ${node.local}`, at(node)));
    }
  }
  for (const rule of rules) {
    if (rule.required && !node.attributes.some((a) => a.ns === rule.ns && a.local === rule.name)) {
      findings.add(
        finding('STUF', `attribute ${rule.name} ({${rule.ns}}) is missing on ${node.local}`, at(node)),
      );
    }
  }
}

/** The first facet a value breaks, as a message; undefined when it fits. */
export function facetViolation(value: string, facet: TextFacet): string | undefined {
  const length = [...value].length;
  if (facet.enumeration && !facet.enumeration.includes(value)) {
    return `must be ${facet.enumeration.map((v) => `'${v}'`).join(' or ')}`;
  }
  if (facet.minLength !== undefined && length < facet.minLength) {
    return `is ${length} characters; ${facet.type} needs at least ${facet.minLength}`;
  }
  if (facet.maxLength !== undefined && length > facet.maxLength) {
    return `is ${length} characters; ${facet.type} allows at most ${facet.maxLength}`;
  }
  if (facet.pattern && !facet.pattern.test(value))
    return `does not match ${facet.type} ${facet.pattern.source}`;
  return undefined;
}

function checkText(value: string, facet: TextFacet, what: string, place: Place, findings: Findings): void {
  const violation = facetViolation(value, facet);
  if (violation) findings.add(finding('STUF', `${what} '${shorten(value)}' ${violation}`, place));
}

type Place = { line: number; column: number; path: string };

export function at(node: XmlNode): Place {
  return { line: node.line, column: node.column, path: node.path };
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
