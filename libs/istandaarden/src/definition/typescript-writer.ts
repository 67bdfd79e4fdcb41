/** Writes the TypeScript interfaces of the internal model from a StandaardDef, so the model is typed by the same definition. */
import type { ComplexTypeDef, ElementDef, MessageDef, SimpleTypeDef, StandaardDef } from './model.js';

export function writeTypeScript(definition: StandaardDef, sourceName: string): string {
  const { basisschema } = definition;
  const lines = [
    `// Generated from ${sourceName} by "npm run generate"; edit the definition, not this file.`,
    `// The internal model of ${definition.standaard} ${definition.release}: element names as in the standard,`,
    '// integers as numbers, every other value as its exact text, repeatable elements as arrays.',
    '',
    ...[...basisschema.simpleTypes.values()].map((type) => `export type ${type.name} = ${leafType(type)};`),
    '',
    ...[...basisschema.complexTypes.values()].flatMap((type) =>
      complexInterface(type.name, type, {
        name: (name) => name,
        base: (name) => basisschema.simpleTypes.get(name)?.base,
      }),
    ),
  ];
  for (const message of definition.messages.values()) lines.push(...messageInterfaces(definition, message));
  lines.push(
    '/** Every message of the standard by its code. */',
    'export interface Berichten {',
    ...[...definition.messages.keys()].map((code) => `  ${code}: ${code};`),
    '}',
    '',
  );
  return lines.join('\n');
}

function messageInterfaces(definition: StandaardDef, message: MessageDef): string[] {
  const local = (name: string) => `${message.code}_${name}`;
  const isLocal = (name: string) => message.complexTypes.has(name) || message.simpleTypes.has(name);
  const types: TypeNames = {
    name: (type) => (isLocal(type) ? local(type) : type),
    base: (type) => (message.simpleTypes.get(type) ?? definition.basisschema.simpleTypes.get(type))?.base,
  };
  const root = message.complexTypes.get(message.rootType)!;
  return [
    ...[...message.simpleTypes.values()].map(
      (type) => `export type ${local(type.name)} = ${leafType(type)};`,
    ),
    ...complexInterface(message.code, root, types),
    ...[...message.complexTypes.values()]
      .filter((type) => type !== root)
      .flatMap((type) => complexInterface(local(type.name), type, types)),
  ];
}

interface TypeNames {
  name(type: string): string;
  base(type: string): SimpleTypeDef['base'] | undefined;
}

function complexInterface(name: string, type: ComplexTypeDef, types: TypeNames): string[] {
  return [
    `export interface ${name} {`,
    ...type.elements.map((element) => `  ${property(element, types)}`),
    '}',
    '',
  ];
}

/** A fixed literal (BerichtCode 438, BerichtVersie 3) becomes a literal type; any other pattern keeps its base type. */
function property(element: ElementDef, types: TypeNames): string {
  const literal =
    element.fixedPattern !== undefined && /^[\w.]+$/.test(element.fixedPattern)
      ? element.fixedPattern
      : undefined;
  const type =
    literal === undefined
      ? types.name(element.type)
      : types.base(element.type) === 'integer'
        ? literal
        : JSON.stringify(literal);
  const value = element.maxOccurs > 1 ? `Array<${type}>` : type;
  return `${element.name}${element.minOccurs === 0 ? '?' : ''}: ${value};`;
}

function leafType(type: SimpleTypeDef): string {
  if (type.enumeration.length) return type.enumeration.map((value) => JSON.stringify(value)).join(' | ');
  return type.base === 'integer' ? 'number' : 'string';
}
