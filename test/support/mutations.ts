/**
 * A deterministic corpus of small mutations of the official example messages, for comparing the
 * verdicts of our schemas with those of the official XSDs. Value mutations aim at the facets of each
 * leaf's type as our definition has them, widened with the facets of the official basisschema, so
 * that a facet only one side knows about still gets a probe at its boundary.
 */
import { SaxesParser } from 'saxes';
import { loadDefinition } from '../../libs/istandaarden/src/index.js';
import type {
  ElementDef,
  MessageDef,
  SimpleTypeDef,
  Standaard,
  StandaardDef,
} from '../../libs/istandaarden/src/index.js';
import type { ReferenceExample } from './reference.js';

// prettier-ignore
export const MUTATION_KINDS = [
  'remove', 'duplicate', 'swap', 'pattern', 'codelist', 'length', 'range', 'namespace', 'berichtcode', 'unknown-element', 'empty',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  /** e.g. `JW301 length (201 chars, maxLength 200) at /Bericht/Client/Naam/Voornamen`. */
  readonly label: string;
  readonly kind: MutationKind;
  readonly standaard: Standaard;
  readonly code: string;
  readonly xml: string;
}

/** Facets of one simple type as the official basisschema has them. */
export interface Facets {
  readonly enumeration: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minInclusive?: number;
  readonly maxInclusive?: number;
}

// A minimal element tree: enough to write the examples back out identically as far as a schema can tell.
export interface XmlElement {
  name: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: Array<[string, string]>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes = Object.values(tag.attributes).map((attribute): [string, string] => [
      attribute.name,
      attribute.value,
    ]);
    const element: XmlElement = { name: tag.name, local: tag.local, uri: tag.uri, attributes, children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => stack.at(-1)?.children.push(text));
  parser.on('closetag', () => stack.pop());
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function serializeXml(root: XmlElement): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const write = (node: XmlNode): string => {
    if (typeof node === 'string') return escape(node);
    const open = `<${node.name}${node.attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('')}`;
    return node.children.length === 0
      ? `${open}/>`
      : `${open}>${node.children.map(write).join('')}</${node.name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`;
}

/** One element of an example, with what our definition declares for it. */
interface Site {
  /** Indexes into `children`, from the root. */
  readonly at: readonly number[];
  readonly element: XmlElement;
  /** With `[n]` where a name repeats among siblings: for the label. */
  readonly path: string;
  /**
   * The declaration that decides the verdict of a change here (`JW301:Contact/Soort`, or for a
   * basisschema type, shared by every message, `CDT_Adres/Postcode`); each mutation is tried once
   * per declaration, which keeps repeated structures from multiplying the corpus.
   */
  readonly declaration: string;
  readonly type: SimpleTypeDef | undefined;
  readonly fixedPattern: string | undefined;
  readonly parent: Site | undefined;
}

function sitesOf(root: XmlElement, definition: StandaardDef, message: MessageDef): Site[] {
  const basis = definition.basisschema;
  const sites: Site[] = [];
  type Declared = Pick<ElementDef, 'type' | 'fixedPattern'>;
  const visit = (
    element: XmlElement,
    at: number[],
    path: string,
    declaration: string,
    def: Declared,
    parent?: Site,
  ) => {
    // A message-local simple type hides a basisschema complex type of the same name.
    const local = message.simpleTypes.get(def.type);
    const complex =
      message.complexTypes.get(def.type) ?? (local ? undefined : basis.complexTypes.get(def.type));
    const type = complex ? undefined : (local ?? basis.simpleTypes.get(def.type));
    const site: Site = { at, element, path, declaration, type, fixedPattern: def.fixedPattern, parent };
    sites.push(site);
    const owner = message.complexTypes.has(def.type) ? `${message.code}:${def.type}` : def.type;
    const childNamespace = message.complexTypes.has(def.type) ? message.namespace : basis.namespace;
    const siblings = element.children.filter((node) => typeof node !== 'string');
    element.children.forEach((child, index) => {
      if (typeof child === 'string') return;
      const same = siblings.filter((other) => other.name === child.name);
      const step = same.length > 1 ? `${child.local}[${same.indexOf(child) + 1}]` : child.local;
      const childDef =
        child.uri === childNamespace
          ? complex?.elements.find((candidate) => candidate.name === child.local)
          : undefined;
      visit(
        child,
        [...at, index],
        `${path}/${step}`,
        `${owner}/${child.local}`,
        childDef ?? { type: '' },
        site,
      );
    });
  };
  visit(root, [], '/Bericht', `${message.code}:Bericht`, { type: message.rootType });
  return sites;
}

type Change = (element: XmlElement, parent: XmlElement, index: number) => void;

/** Applies `change` to a copy of the document at `at` and writes the result. */
function mutate(root: XmlElement, at: readonly number[], change: Change): string {
  const copy = structuredClone(root);
  let parent = copy;
  let element = copy;
  for (const index of at) [parent, element] = [element, element.children[index] as XmlElement];
  change(element, parent, at.at(-1) ?? -1);
  return serializeXml(copy);
}

const setText = (value: string) => (element: XmlElement) => void (element.children = [value]);

/** What the mutations of one example need: where to add them, and the example's namespaces and sites. */
interface Example {
  readonly definition: StandaardDef;
  readonly message: MessageDef;
  readonly sites: readonly Site[];
  /** Adds a mutation unless one of this kind and variant was made for `once` (default: the site's declaration). */
  readonly add: (kind: MutationKind, variant: string, site: Site, change: Change, once?: string) => void;
  readonly prefixOf: (namespace: string) => string;
}

export function generateMutations(
  examples: readonly ReferenceExample[],
  officialFacets: Partial<Record<Standaard, ReadonlyMap<string, Facets>>> = {},
): Mutation[] {
  const mutations: Mutation[] = [];
  const seen = new Set<string>();
  for (const { standaard, code, xml } of examples) {
    const definition = loadDefinition(standaard);
    const message = definition.messages.get(code);
    if (!message) throw new Error(`${code}: not in our definition`);
    const root = parseXml(xml.toString('utf8'));
    const example: Example = {
      definition,
      message,
      sites: sitesOf(root, definition, message),
      add(kind, variant, site, change, once = site.declaration) {
        const key = `${standaard}|${kind}|${variant}|${once}`;
        if (seen.has(key)) return;
        seen.add(key);
        const label = `${code} ${kind}${variant ? ` (${variant})` : ''} at ${site.path}`;
        mutations.push({ label, kind, standaard, code, xml: mutate(root, site.at, change) });
      },
      prefixOf: (namespace) =>
        root.attributes
          .find(([name, value]) => name.startsWith('xmlns:') && value === namespace)?.[0]
          .slice('xmlns:'.length) ?? '',
    };
    for (const site of example.sites)
      elementMutations(example, site, officialFacets[standaard]?.get(site.type?.name ?? ''));
    identityMutations(example);
  }
  return mutations;
}

function elementMutations(
  { definition, message, add, prefixOf }: Example,
  site: Site,
  official: Facets | undefined,
): void {
  const { element } = site;
  const leaf = element.children.every((node) => typeof node === 'string');
  // Verdicts on a leaf's content depend on its simple type alone, wherever it is declared.
  const leafType = leaf && site.type ? `${site.type.name}${site.fixedPattern ?? ''}` : site.declaration;
  if (site.parent) {
    add('remove', '', site, (_, parent, index) => parent.children.splice(index, 1));
    add('duplicate', '', site, (self, parent, index) =>
      parent.children.splice(index + 1, 0, structuredClone(self)),
    );
    // Rejected by both whenever the name is not declared in the other namespace: one probe per parent will do.
    const other = element.uri === message.namespace ? definition.basisschema.namespace : message.namespace;
    const rename = (self: XmlElement) => void (self.name = `${prefixOf(other)}:${self.local}`);
    add('namespace', `element in ${other}`, site, rename, site.parent.declaration);
  }
  add('empty', '', site, (self) => void (self.children = []), leafType);
  if (!leaf) {
    const name = `${element.name.split(':')[0]}:OnbekendElement`;
    const extra: XmlElement = {
      name,
      local: 'OnbekendElement',
      uri: element.uri,
      attributes: [],
      children: ['1'],
    };
    add('unknown-element', name, site, (self) => void self.children.push(extra));
  }
  element.children.forEach((first, index) => {
    const next = element.children.findIndex((node, later) => later > index && typeof node !== 'string');
    const second = element.children[next];
    if (typeof first === 'string' || typeof second !== 'object' || second.name === first.name) return;
    const swap: Change = (self) => {
      const [a, b] = [self.children[index], self.children[next]];
      if (a !== undefined && b !== undefined) [self.children[index], self.children[next]] = [b, a];
    };
    add('swap', `${first.local} <-> ${second.local}`, site, swap);
  });
  if (leaf && site.type) {
    const facets = mergeFacets(site.type, official);
    const value = element.children.join('');
    for (const [kind, variant, replacement, perType] of valueMutations(value, site.type, facets)) {
      add(kind, variant, site, setText(replacement), perType ? leafType : site.declaration);
    }
    // Every member of the codelist (once per standaard): a code that only one side knows is a disagreement.
    for (const code of facets.enumeration.filter((code) => code !== value)) {
      add('codelist', `in list: ${code}`, site, setText(code), site.type.name);
    }
  }
}

/** The message's identity: the root's namespace, and the header fields naming code and version. */
function identityMutations({ definition, message, sites, add, prefixOf }: Example): void {
  const [bericht] = sites;
  if (!bericht) return;
  const messages = [...definition.messages.values()];
  const next = messages[(messages.indexOf(message) + 1) % messages.length] ?? message;
  const [otherStandaard, otherPrefix] =
    definition.standaard === 'ijw' ? (['iwmo', 'WMO'] as const) : (['ijw', 'JW'] as const);
  const twin = loadDefinition(otherStandaard).messages.get(message.code.replace(/^(JW|WMO)/, otherPrefix));
  const declaration = `xmlns:${prefixOf(message.namespace)}`;
  const unknown = message.namespace.replace(/\/(jw|wmo)\d+\//, '/$1399/');
  for (const [variant, namespace] of [
    ['unknown message', unknown],
    [next.code, next.namespace],
    [twin?.code, twin?.namespace],
  ]) {
    if (!variant || !namespace) continue;
    add('namespace', `root: ${variant}`, bericht, (self) => {
      for (const attribute of self.attributes) if (attribute[0] === declaration) attribute[1] = namespace;
    });
  }
  add('namespace', 'root element only, unknown namespace', bericht, (self) => {
    self.name = 'onbekend:Bericht';
    self.attributes.push(['xmlns:onbekend', 'urn:example:onbekend']);
  });
  const header = sites.find((site) => site.path === '/Bericht/Header');
  const foreign: XmlElement = {
    name: 'x:Extra',
    local: 'Extra',
    uri: 'urn:x',
    attributes: [['xmlns:x', 'urn:x']],
    children: ['1'],
  };
  if (header) add('unknown-element', 'foreign namespace', header, (self) => void self.children.push(foreign));
  const nextCode = headerPattern(next, 'BerichtCode') ?? '000';
  const wrong = {
    BerichtCode: [nextCode, '999', '0'],
    BerichtVersie: ['2', '4'],
    BerichtSubversie: ['1', '3'],
  };
  for (const [local, values] of Object.entries(wrong)) {
    const site = sites.find((candidate) => candidate.path === `/Bericht/Header/${local}`);
    if (!site) continue;
    for (const value of values) add('berichtcode', `${local} ${value}`, site, setText(value));
  }
}

function headerPattern(message: MessageDef, name: string): string | undefined {
  const header = message.complexTypes
    .get(message.rootType)
    ?.elements.find((element) => element.name === 'Header');
  return message.complexTypes.get(header?.type ?? '')?.elements.find((element) => element.name === name)
    ?.fixedPattern;
}

type MergedFacets = ReturnType<typeof mergeFacets>;

function mergeFacets(type: SimpleTypeDef, official: Facets | undefined) {
  const toNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    enumeration: unique([...type.enumeration, ...(official?.enumeration ?? [])]),
    minLength: Math.max(type.minLength ?? 0, official?.minLength ?? 0),
    maxLengths: unique([type.maxLength, official?.maxLength]),
    minima: unique([toNumber(type.minInclusive), official?.minInclusive]),
    maxima: unique([toNumber(type.maxInclusive), official?.maxInclusive]),
  };
}

/** Kind, variant, new value, and whether the verdict depends on the simple type alone (so once per type suffices). */
type ValueMutation = readonly [MutationKind, string, string, boolean?];

/** Replacement values for one leaf, each aimed at one facet, or at none to catch a facet only the other side has. */
function valueMutations(value: string, type: SimpleTypeDef, facets: MergedFacets): ValueMutation[] {
  const out: ValueMutation[] = [
    ['pattern', 'whitespace only', '   ', true],
    ['pattern', 'leading space', ` ${value}`, true],
  ];
  if (type.base === 'date') {
    out.push(
      ['pattern', 'no such day', '2026-02-30'],
      ['pattern', 'with time zone', `${value}Z`],
      ['pattern', 'day-month-year', '01-04-2026'],
    );
  } else if (type.base === 'time')
    out.push(['pattern', 'hour 25', '25:00:00'], ['pattern', 'with time zone', `${value}Z`]);
  else if (/\d/.test(value)) out.push(['pattern', 'letter in number', value.replace(/\d/, 'A')]);

  if (facets.enumeration.length > 0) {
    const candidates = ['9', '8', '7', '0', 'Z', 'Q'].map((char) => char.repeat(Math.max(value.length, 1)));
    const outside = candidates.find((code) => !facets.enumeration.includes(code));
    if (outside) out.push(['codelist', `outside list: ${outside}`, outside]);
  }
  if (type.base === 'string') {
    const stretch = (length: number) => value.padEnd(length, value.at(-1) ?? 'X').slice(0, length);
    for (const max of facets.maxLengths) {
      out.push(['length', `${max + 1} chars, maxLength ${max}`, stretch(max + 1)]);
      if (facets.enumeration.length === 0 && value.length < max)
        out.push(['length', `${max} chars, at maxLength`, stretch(max)]);
    }
    if (facets.maxLengths.length === 0 && facets.enumeration.length === 0)
      out.push(['length', '4000 chars, no maxLength', stretch(4000)]);
    if (facets.minLength > 1)
      out.push(['length', `below minLength ${facets.minLength}`, value.slice(0, facets.minLength - 1)]);
  }
  if (type.base === 'integer') {
    for (const min of facets.minima)
      out.push(['range', `${min - 1}, below minimum`, `${min - 1}`], ['range', `${min}, minimum`, `${min}`]);
    for (const max of facets.maxima)
      out.push(['range', `${max}, maximum`, `${max}`], ['range', `${max + 1}, above maximum`, `${max + 1}`]);
    if (facets.minima.length === 0) out.push(['range', 'negative', '-1']);
    out.push(['range', 'decimal', `${value}.5`]);
  }
  return out;
}

function unique<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined))];
}
