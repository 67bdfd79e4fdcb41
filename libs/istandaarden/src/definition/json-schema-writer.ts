/**
 * Writes, from a StandaardDef, a JSON Schema (draft 2020-12) per message describing its internal
 * model (see mapping/model.ts): element names as properties in schema order, required per
 * cardinality, repeatable elements as arrays, no other properties; xs:integer leaves as JSON
 * integers, every other leaf as a string. The simple and complex types a message uses are `$defs`
 * (message-local types prefixed with the code, as in the TypeScript model), so each type is written
 * once per file. XSD patterns become anchored ECMAScript patterns for the `u` flag, with XSD meaning.
 */
import type { ComplexTypeDef, ElementDef, MessageDef, SimpleTypeDef, StandaardDef } from './model.js';

export type JsonSchema = { [keyword: string]: unknown };

export interface MessageJsonSchema {
  /** e.g. `JW305`. */
  readonly code: string;
  readonly schema: JsonSchema;
}

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** `YYYY-MM-DD`, the lexical form of xs:date without a time zone (the standard forbids one). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** `hh:mm:ss` with optional fraction, the lexical form of xs:time without a time zone. */
export const TIME_PATTERN = '^\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?$';

export function writeJsonSchemas(definition: StandaardDef, sourceName: string): MessageJsonSchema[] {
  return [...definition.messages.values()].map((message) => ({
    code: message.code,
    schema: writeJsonSchema(definition, message, sourceName),
  }));
}

export function writeJsonSchema(
  definition: StandaardDef,
  message: MessageDef,
  sourceName: string,
): JsonSchema {
  const { basisschema } = definition;
  const root = message.complexTypes.get(message.rootType);
  if (!root) throw new Error(`${message.code}: root type ${message.rootType} is not a type of the message`);
  const isLocal = (name: string) => message.complexTypes.has(name) || message.simpleTypes.has(name);
  const defName = (name: string) => (isLocal(name) ? `${message.code}_${name}` : name);
  const lookup = (name: string): ComplexTypeDef | SimpleTypeDef => {
    const type =
      message.complexTypes.get(name) ??
      message.simpleTypes.get(name) ??
      basisschema.complexTypes.get(name) ??
      basisschema.simpleTypes.get(name);
    if (!type) throw new Error(`${message.code}: unknown type ${name}`);
    return type;
  };

  // Types are written as they are referenced, so a file holds only what its message uses.
  const referenced = new Set<string>();
  const pending: string[] = [];
  const context: Context = {
    code: message.code,
    ref: (name) => {
      if (!referenced.has(name)) {
        referenced.add(name);
        pending.push(name);
      }
      return `#/$defs/${defName(name)}`;
    },
    lookup,
  };
  const body = objectSchema(root, context);
  const written = new Map<string, JsonSchema>();
  for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
    const type = lookup(name);
    written.set(name, isComplex(type) ? objectSchema(type, context) : leafSchema(type, message.code));
  }
  // In definition order: the message's own types, then the basisschema's; complex types before simple ones.
  const ordered = [
    ...message.complexTypes.keys(),
    ...message.simpleTypes.keys(),
    ...[...basisschema.complexTypes.keys()].filter((name) => !isLocal(name)),
    ...[...basisschema.simpleTypes.keys()].filter((name) => !isLocal(name)),
  ];
  const defs: Record<string, JsonSchema> = {};
  for (const name of ordered) {
    const schema = written.get(name);
    if (schema) defs[defName(name)] = schema;
  }

  return {
    $schema: JSON_SCHEMA_DIALECT,
    $comment: `Generated from ${sourceName} by "npm run generate"; edit the definition, not this file.`,
    title: message.code,
    description:
      `The internal model of ${message.code} (${definition.standaard} ${definition.release}): element names as in ` +
      'the standard, integers as numbers, every other value as its exact text, repeatable elements as arrays, ' +
      'absent optional elements absent.',
    ...body,
    $defs: defs,
  };
}

interface Context {
  readonly code: string;
  ref(type: string): string;
  lookup(type: string): ComplexTypeDef | SimpleTypeDef;
}

function isComplex(type: ComplexTypeDef | SimpleTypeDef): type is ComplexTypeDef {
  return 'elements' in type;
}

function objectSchema(type: ComplexTypeDef, context: Context): JsonSchema {
  const required = type.elements.filter((element) => element.minOccurs > 0).map((element) => element.name);
  return {
    type: 'object',
    properties: Object.fromEntries(
      type.elements.map((element) => [element.name, property(element, context)]),
    ),
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

function property(element: ElementDef, context: Context): JsonSchema {
  const item = occurrence(element, context);
  if (element.maxOccurs <= 1) return item;
  // A repeatable element in the model is an array of its occurrences; absent when there are none.
  return {
    type: 'array',
    items: item,
    minItems: Math.max(1, element.minOccurs),
    ...(element.maxOccurs !== Infinity ? { maxItems: element.maxOccurs } : {}),
  };
}

/** One occurrence: a reference to its type, or the type restricted in place by a fixed pattern. */
function occurrence(element: ElementDef, context: Context): JsonSchema {
  if (element.fixedPattern === undefined) return { $ref: context.ref(element.type) };
  const type = context.lookup(element.type);
  const where = `${context.code} ${element.name}`;
  if (isComplex(type)) throw new Error(`${where}: a pattern on complex type ${type.name}`);
  // A pattern of plain letters and digits matches exactly that text: the value is fixed (BerichtCode 438).
  if (/^[A-Za-z0-9_]+$/.test(element.fixedPattern)) {
    if (type.base !== 'integer') return { const: element.fixedPattern };
    if (/^[0-9]+$/.test(element.fixedPattern)) return { const: Number(element.fixedPattern) };
  }
  if (type.base === 'integer')
    throw new Error(
      `${where}: pattern ${element.fixedPattern} on an integer cannot be expressed on its value`,
    );
  // Patterns of successive restrictions must all match: the type's own, and this one.
  return {
    $ref: context.ref(element.type),
    type: 'string',
    pattern: anchoredPattern([element.fixedPattern], where),
  };
}

function leafSchema(type: SimpleTypeDef, code: string): JsonSchema {
  const where = `${code} ${type.name}`;
  const own = type.patterns.length ? anchoredPattern(type.patterns, where) : undefined;
  if (type.base === 'integer') {
    if (own !== undefined || type.minLength !== undefined || type.maxLength !== undefined)
      throw new Error(`${where}: pattern or length facets on an integer cannot be expressed on its value`);
    return {
      type: 'integer',
      ...(type.enumeration.length ? { enum: type.enumeration.map((value) => integer(value, where)) } : {}),
      ...(type.minInclusive !== undefined ? { minimum: integer(type.minInclusive, where) } : {}),
      ...(type.maxInclusive !== undefined ? { maximum: integer(type.maxInclusive, where) } : {}),
    };
  }
  if (type.minInclusive !== undefined || type.maxInclusive !== undefined)
    throw new Error(`${where}: min/max on a ${type.base} type is not supported`);
  // Dates and times keep their text; their lexical form comes first, the type's own patterns must match too.
  const lexical = type.base === 'date' ? DATE_PATTERN : type.base === 'time' ? TIME_PATTERN : undefined;
  const patterns = [lexical, own].filter((pattern): pattern is string => pattern !== undefined);
  return {
    type: 'string',
    ...(type.enumeration.length ? { enum: type.enumeration } : {}),
    ...(patterns[0] !== undefined ? { pattern: patterns[0] } : {}),
    ...(type.minLength !== undefined ? { minLength: type.minLength } : {}),
    ...(type.maxLength !== undefined ? { maxLength: type.maxLength } : {}),
    ...(patterns[1] !== undefined ? { allOf: [{ pattern: patterns[1] }] } : {}),
  };
}

function integer(text: string, where: string): number {
  const value = Number(text);
  if (!/^[+-]?[0-9]+$/.test(text.trim()) || !Number.isSafeInteger(value))
    throw new Error(`${where}: ${text} is not an integer a JSON number holds exactly`);
  return value;
}

/**
 * The alternatives of an XSD pattern facet as one anchored ECMAScript pattern (XSD patterns match
 * the whole value), checked to compile with the `u` flag that ajv and the model mapping use.
 */
export function anchoredPattern(alternatives: readonly string[], where = 'pattern'): string {
  const pattern = `^(?:${alternatives.map((alternative) => xsdToEcmaPattern(alternative, where)).join('|')})$`;
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    throw new Error(`${where}: ${pattern} is not a valid ECMAScript pattern: ${(error as Error).message}`);
  }
  return pattern;
}

/**
 * Rewrites the XSD regular-expression constructs whose ECMAScript reading differs: `.` (any but
 * CR/LF), `\s`/`\S` (XSD whitespace is space, tab, CR, LF only), `\d`/`\D` (Unicode digits), and
 * `^`/`$`, which are plain characters in XSD. Constructs without an ECMAScript equivalent
 * (`\i`, `\c`, `\w` and their negations, class subtraction) are refused rather than mistranslated.
 */
export function xsdToEcmaPattern(pattern: string, where = 'pattern'): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\') {
      const next = pattern[++index];
      if (next === undefined) throw new Error(`${where}: pattern ${pattern} ends in a backslash`);
      out += escape(next, inClass, () => new Error(`${where}: \\${next} in ${pattern} is not supported`));
    } else if (inClass) {
      if (char === '[') throw new Error(`${where}: class subtraction in ${pattern} is not supported`);
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
      if (pattern[index + 1] === '^') out += pattern[++index];
    } else if (char === '.') {
      out += '[^\\n\\r]';
    } else if (char === '^' || char === '$') {
      out += `\\${char}`;
    } else {
      out += char;
    }
  }
  if (inClass) throw new Error(`${where}: pattern ${pattern} has an unclosed character class`);
  return out;
}

function escape(char: string, inClass: boolean, unsupported: () => Error): string {
  switch (char) {
    case 's':
      return inClass ? '\\t\\n\\r ' : '[\\t\\n\\r ]';
    case 'S':
      if (inClass) throw unsupported();
      return '[^\\t\\n\\r ]';
    case 'd':
      return '\\p{Nd}';
    case 'D':
      return '\\P{Nd}';
    case '-':
      // An escaped hyphen is allowed anywhere in XSD, only inside a class with the `u` flag.
      return inClass ? '\\-' : '-';
    case 'i':
    case 'I':
    case 'c':
    case 'C':
    case 'w':
    case 'W':
      throw unsupported();
    default:
      return `\\${char}`;
  }
}
