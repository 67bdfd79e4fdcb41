/** Reads the compact definition format of definitions/*.istd into a StandaardDef. */
import type {
  BasisschemaDef,
  BuiltinType,
  ComplexTypeDef,
  ElementDef,
  MessageDef,
  SimpleTypeDef,
  Standaard,
  StandaardDef,
} from './model.js';

export class DefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const BUILTINS: readonly BuiltinType[] = ['string', 'integer', 'date', 'time'];
const CARDINALITY: Record<string, [number, number]> = {
  '': [1, 1],
  '?': [0, 1],
  '*': [0, Infinity],
  '+': [1, Infinity],
};

interface MutableSimpleType {
  name: string;
  base: BuiltinType;
  enumeration: string[];
  patterns: string[];
  minLength?: number;
  maxLength?: number;
  minInclusive?: string;
  maxInclusive?: string;
}

interface Scope {
  simpleTypes: Map<string, SimpleTypeDef>;
  complexTypes: Map<string, ComplexTypeDef>;
}

export function parseDefinition(text: string, file = 'definition'): StandaardDef {
  let header: { standaard: Standaard; release: string; prefix: string } | undefined;
  let basis: (Omit<BasisschemaDef, 'simpleTypes' | 'complexTypes'> & Scope) | undefined;
  const messages = new Map<string, MessageDef & Scope>();
  let scope: Scope | undefined;
  let currentSimple: MutableSimpleType | undefined;
  let currentComplex: { name: string; elements: ElementDef[] } | undefined;
  let lineNo = 0;
  const lines = new WeakMap<ElementDef, number>();
  const messageLines = new Map<string, number>();
  const fail = (message: string): never => {
    throw new DefinitionError(file, lineNo, message);
  };

  for (const raw of text.split('\n')) {
    lineNo++;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const words = raw.trim().split(/\s+/);
    const keyword = words[0] ?? '';

    if (keyword === 'standaard' && indent === 0) {
      const [, std, release, prefixArg] = words;
      if (std !== 'ijw' && std !== 'iwmo') fail(`unknown standaard '${std}'`);
      header = {
        standaard: std as Standaard,
        release: release ?? fail('release missing'),
        prefix: prefixArg?.replace(/^prefix=/, '') ?? std!,
      };
      continue;
    }
    if (keyword === 'basisschema' && indent === 0) {
      const [, namespace, version] = words;
      basis = {
        namespace: namespace ?? fail('namespace missing'),
        version: version ?? fail('version missing'),
        simpleTypes: new Map(),
        complexTypes: new Map(),
      };
      scope = basis;
      currentSimple = currentComplex = undefined;
      continue;
    }
    if (keyword === 'bericht' && indent === 0) {
      const [, code, namespace, version, basisVersion, rootArg] = words;
      if (!code || !namespace || !version || !basisVersion || !rootArg?.startsWith('root=')) {
        fail('expected: bericht CODE NAMESPACE VERSION BASISSCHEMA-VERSION root=TYPE');
      }
      if (messages.has(code!)) fail(`bericht ${code} defined twice`);
      const message = {
        code: code!,
        namespace: namespace!,
        version: version!,
        basisschemaVersion: basisVersion!,
        rootType: rootArg!.slice('root='.length),
        simpleTypes: new Map<string, SimpleTypeDef>(),
        complexTypes: new Map<string, ComplexTypeDef>(),
      };
      messages.set(code!, message);
      messageLines.set(code!, lineNo);
      scope = message;
      currentSimple = currentComplex = undefined;
      continue;
    }
    if (!scope) fail(`'${keyword}' before any basisschema or bericht`);
    const typeIndent = scope === basis ? 0 : 2;

    if (indent === typeIndent && keyword === 'simple') {
      const [, name, colon, base] = words;
      if (!name || colon !== ':' || !BUILTINS.includes(base as BuiltinType)) {
        fail(`expected: simple NAME : ${BUILTINS.join('|')}`);
      }
      currentSimple = { name: name!, base: base as BuiltinType, enumeration: [], patterns: [] };
      currentComplex = undefined;
      checkNewTypeName(scope!, currentSimple.name, fail);
      scope!.simpleTypes.set(currentSimple.name, currentSimple);
      continue;
    }
    if (indent === typeIndent && keyword === 'complex') {
      const name = words[1] ?? fail('complex type name missing');
      currentComplex = { name, elements: [] };
      currentSimple = undefined;
      checkNewTypeName(scope!, currentComplex.name, fail);
      scope!.complexTypes.set(currentComplex.name, currentComplex);
      continue;
    }
    if (indent === typeIndent + 2 && currentSimple) {
      readFacet(currentSimple, keyword, raw.trim().slice(keyword.length + 1), fail);
      continue;
    }
    if (indent === typeIndent + 2 && currentComplex) {
      const element = readElement(raw.trim(), fail);
      lines.set(element, lineNo);
      currentComplex.elements.push(element);
      continue;
    }
    fail(`unexpected line`);
  }

  if (!header) throw new DefinitionError(file, 1, "missing 'standaard' line");
  if (!basis) throw new DefinitionError(file, 1, "missing 'basisschema' section");
  const definition: StandaardDef = { ...header, basisschema: basis, messages };
  checkReferences(definition, file, lines, messageLines);
  return definition;
}

/** Simple and complex types share one name space in a schema, so a name is defined once in a scope. */
function checkNewTypeName(scope: Scope, name: string, fail: (m: string) => never): void {
  if (scope.simpleTypes.has(name) || scope.complexTypes.has(name)) fail(`type ${name} defined twice`);
}

function readFacet(type: MutableSimpleType, facet: string, value: string, fail: (m: string) => never): void {
  switch (facet) {
    case 'enum':
      type.enumeration.push(...value.split(/\s+/));
      return;
    case 'pattern':
      type.patterns.push(value);
      return;
    case 'minLength':
    case 'maxLength':
      if (!/^\d+$/.test(value)) fail(`${facet} must be a whole number`);
      type[facet] = Number(value);
      return;
    case 'min':
      type.minInclusive = value;
      return;
    case 'max':
      type.maxInclusive = value;
      return;
    default:
      fail(`unknown facet '${facet}'`);
  }
}

function readElement(line: string, fail: (m: string) => never): ElementDef {
  const [declaration, fixedPattern] = splitOnce(line, ' = ');
  const [name, type, card = ''] = declaration.split(/\s+/);
  if (!name || !type) fail('expected: ELEMENT TYPE [?|*|+|{min,max}] [= PATTERN]');
  const range = Object.hasOwn(CARDINALITY, card) ? CARDINALITY[card]! : parseRange(card, fail);
  return {
    name: name!,
    type: type!,
    minOccurs: range[0],
    maxOccurs: range[1],
    ...(fixedPattern !== undefined ? { fixedPattern } : {}),
  };
}

function parseRange(card: string, fail: (m: string) => never): [number, number] {
  const match = /^\{(\d+),(\d+|unbounded)\}$/.exec(card) ?? fail(`bad cardinality '${card}'`);
  const range: [number, number] = [Number(match[1]), match[2] === 'unbounded' ? Infinity : Number(match[2])];
  if (range[0] > range[1]) fail(`cardinality '${card}' has a minimum above its maximum`);
  return range;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

function checkReferences(
  definition: StandaardDef,
  file: string,
  lines: WeakMap<ElementDef, number>,
  messageLines: Map<string, number>,
): void {
  const { basisschema } = definition;
  type TypeScope = Pick<MessageDef, 'simpleTypes' | 'complexTypes'>;
  const known = (scope: TypeScope | undefined, name: string) =>
    Boolean(
      scope?.simpleTypes.has(name) ||
      scope?.complexTypes.has(name) ||
      basisschema.simpleTypes.has(name) ||
      basisschema.complexTypes.has(name),
    );
  const check = (scope: TypeScope | undefined, owner: string) => (type: ComplexTypeDef) => {
    for (const element of type.elements) {
      if (!known(scope, element.type)) {
        throw new DefinitionError(
          file,
          lines.get(element) ?? 0,
          `${owner}: ${type.name}/${element.name} refers to unknown type ${element.type}`,
        );
      }
      if (
        element.fixedPattern !== undefined &&
        !(scope?.simpleTypes.has(element.type) || basisschema.simpleTypes.has(element.type))
      ) {
        const at = lines.get(element) ?? 0;
        throw new DefinitionError(
          file,
          at,
          `${owner}: ${type.name}/${element.name} restricts a complex type`,
        );
      }
    }
  };
  basisschema.complexTypes.forEach(check(undefined, 'basisschema'));
  for (const message of definition.messages.values()) {
    if (!message.complexTypes.has(message.rootType)) {
      const at = messageLines.get(message.code) ?? 0;
      throw new DefinitionError(file, at, `${message.code}: root type ${message.rootType} is not defined`);
    }
    message.complexTypes.forEach(check(message, message.code));
  }
}
