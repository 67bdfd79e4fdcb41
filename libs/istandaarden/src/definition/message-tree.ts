/** Resolves a message definition into a tree of element specs with namespaces, for mapping. */
import { loadDefinition, STANDAARDEN } from './load.js';
import type { BuiltinType, ComplexTypeDef, MessageDef, SimpleTypeDef, StandaardDef } from './model.js';

export interface ElementSpec {
  readonly name: string;
  readonly namespace: string;
  readonly minOccurs: number;
  readonly maxOccurs: number;
  /** Present for leaf elements. */
  readonly simpleType?: SimpleTypeDef;
  /** Value kind of a leaf: integers become numbers, everything else stays the exact string. */
  readonly valueKind?: BuiltinType;
  /** Present for complex elements, in schema order. */
  readonly children?: readonly ElementSpec[];
  /** Children keyed by local name (unique within a sequence in these schemas; checked when the tree is built). */
  readonly childByName?: ReadonlyMap<string, ElementSpec>;
  readonly fixedPattern?: string;
}

export interface MessageTree {
  readonly standaard: StandaardDef['standaard'];
  readonly message: MessageDef;
  /** Prefix of the message namespace (`jw305`) and of the basisschema (`ijw`). */
  readonly prefixes: { readonly message: string; readonly basis: string };
  readonly basisNamespace: string;
  readonly root: ElementSpec;
}

const trees = new WeakMap<MessageDef, MessageTree>();

export function messageTree(definition: StandaardDef, message: MessageDef): MessageTree {
  let tree = trees.get(message);
  if (!tree) {
    tree = {
      standaard: definition.standaard,
      message,
      prefixes: { message: message.code.toLowerCase(), basis: definition.prefix },
      basisNamespace: definition.basisschema.namespace,
      root: resolveElement(
        definition,
        message,
        'Bericht',
        message.rootType,
        message.namespace,
        1,
        1,
        undefined,
        0,
      ),
    };
    trees.set(message, tree);
  }
  return tree;
}

function resolveElement(
  definition: StandaardDef,
  message: MessageDef,
  name: string,
  typeName: string,
  namespace: string,
  minOccurs: number,
  maxOccurs: number,
  fixedPattern: string | undefined,
  depth: number,
): ElementSpec {
  if (depth > 32) throw new Error(`${message.code}: type ${typeName} nests too deep (recursive definition?)`);
  const basis = definition.basisschema;
  const local = message.complexTypes.get(typeName) ?? message.simpleTypes.get(typeName);
  const complex: ComplexTypeDef | undefined =
    message.complexTypes.get(typeName) ?? (local ? undefined : basis.complexTypes.get(typeName));
  const common = {
    name,
    namespace,
    minOccurs,
    maxOccurs,
    ...(fixedPattern !== undefined ? { fixedPattern } : {}),
  };
  if (complex) {
    // Elements declared inside a type belong to the namespace of the schema that declares that type.
    const childNamespace = message.complexTypes.has(typeName) ? message.namespace : basis.namespace;
    const children = complex.elements.map((element) =>
      resolveElement(
        definition,
        message,
        element.name,
        element.type,
        childNamespace,
        element.minOccurs,
        element.maxOccurs,
        element.fixedPattern,
        depth + 1,
      ),
    );
    const childByName = new Map(children.map((child) => [child.name, child]));
    if (childByName.size !== children.length)
      throw new Error(`${message.code}: ${typeName} repeats an element name`);
    return { ...common, children, childByName };
  }
  const simpleType = message.simpleTypes.get(typeName) ?? basis.simpleTypes.get(typeName);
  if (!simpleType) throw new Error(`${message.code}: unknown type ${typeName}`);
  return { ...common, simpleType, valueKind: simpleType.base };
}

const treesByNamespace = new Map<string, MessageTree>();
const treesByCode = new Map<string, MessageTree>();

function indexTrees(): void {
  if (treesByNamespace.size > 0) return;
  for (const standaard of STANDAARDEN) {
    const definition = loadDefinition(standaard);
    for (const message of definition.messages.values()) {
      const tree = messageTree(definition, message);
      treesByNamespace.set(message.namespace, tree);
      treesByCode.set(message.code, tree);
    }
  }
}

/** The message tree whose root namespace is `namespace`, if it is one of the 28 messages. */
export function treeForNamespace(namespace: string): MessageTree | undefined {
  indexTrees();
  return treesByNamespace.get(namespace);
}

export function treeForCode(code: string): MessageTree | undefined {
  indexTrees();
  return treesByCode.get(code.toUpperCase());
}
