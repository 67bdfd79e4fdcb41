/** The structure of a standard as read from its definition file (see definitions/README.md). */

export type Standaard = 'ijw' | 'iwmo';

/** XSD built-in types the standard uses as the base of its simple types. */
export type BuiltinType = 'string' | 'integer' | 'date' | 'time';

export interface SimpleTypeDef {
  readonly name: string;
  readonly base: BuiltinType;
  readonly enumeration: readonly string[];
  readonly patterns: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minInclusive?: string;
  readonly maxInclusive?: string;
}

export interface ElementDef {
  readonly name: string;
  /** Name of a simple or complex type, local to the message or from the basisschema. */
  readonly type: string;
  readonly minOccurs: number;
  /** `Infinity` for unbounded. */
  readonly maxOccurs: number;
  /** A pattern restricting the type in place (BerichtCode, BerichtVersie, …). */
  readonly fixedPattern?: string;
}

export interface ComplexTypeDef {
  readonly name: string;
  readonly elements: readonly ElementDef[];
}

export interface BasisschemaDef {
  readonly namespace: string;
  readonly version: string;
  readonly simpleTypes: ReadonlyMap<string, SimpleTypeDef>;
  readonly complexTypes: ReadonlyMap<string, ComplexTypeDef>;
}

export interface MessageDef {
  /** e.g. `JW305`, `WMO323`. */
  readonly code: string;
  readonly namespace: string;
  readonly version: string;
  readonly basisschemaVersion: string;
  readonly rootType: string;
  readonly simpleTypes: ReadonlyMap<string, SimpleTypeDef>;
  readonly complexTypes: ReadonlyMap<string, ComplexTypeDef>;
}

export interface StandaardDef {
  readonly standaard: Standaard;
  readonly release: string;
  /** Namespace prefix used for the basisschema in generated XSD and XML. */
  readonly prefix: string;
  readonly basisschema: BasisschemaDef;
  readonly messages: ReadonlyMap<string, MessageDef>;
}
