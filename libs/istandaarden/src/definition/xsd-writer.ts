/** Writes our XSD files from a StandaardDef: one basisschema and one schema per message. */
import type { ComplexTypeDef, ElementDef, MessageDef, SimpleTypeDef, StandaardDef } from './model.js';

const XS = 'http://www.w3.org/2001/XMLSchema';

export interface XsdFile {
  /** File name inside the standard's folder, e.g. `JW305.xsd`. */
  readonly name: string;
  readonly content: string;
}

export const BASISSCHEMA_FILE = 'basisschema.xsd';

export function writeXsdFiles(definition: StandaardDef, sourceName: string): XsdFile[] {
  return [
    { name: BASISSCHEMA_FILE, content: writeBasisschema(definition, sourceName) },
    ...[...definition.messages.values()].map((message) => ({
      name: `${message.code}.xsd`,
      content: writeMessageSchema(definition, message, sourceName),
    })),
  ];
}

/** The namespace prefix of a message's own types, e.g. `jw305`. */
export function messagePrefix(message: MessageDef): string {
  return message.code.toLowerCase();
}

function writeBasisschema(definition: StandaardDef, sourceName: string): string {
  const { basisschema, prefix } = definition;
  const resolve = (type: string) => `${prefix}:${type}`;
  return document(sourceName, [
    `<xs:schema xmlns:xs="${XS}" xmlns:${prefix}="${basisschema.namespace}" targetNamespace="${basisschema.namespace}" elementFormDefault="qualified" version="${basisschema.version}">`,
    ...[...basisschema.complexTypes.values()].flatMap((type) => complexType(type, resolve)),
    ...[...basisschema.simpleTypes.values()].flatMap((type) => simpleType(type)),
    '</xs:schema>',
  ]);
}

function writeMessageSchema(definition: StandaardDef, message: MessageDef, sourceName: string): string {
  const { basisschema, prefix } = definition;
  const own = messagePrefix(message);
  const resolve = (type: string) =>
    message.complexTypes.has(type) || message.simpleTypes.has(type) ? `${own}:${type}` : `${prefix}:${type}`;
  return document(sourceName, [
    `<xs:schema xmlns:xs="${XS}" xmlns:${prefix}="${basisschema.namespace}" xmlns:${own}="${message.namespace}" targetNamespace="${message.namespace}" elementFormDefault="qualified" version="${message.version}">`,
    `\t<xs:import namespace="${basisschema.namespace}" schemaLocation="${BASISSCHEMA_FILE}"/>`,
    `\t<xs:element name="Bericht" type="${own}:${message.rootType}"/>`,
    ...[...message.complexTypes.values()].flatMap((type) => complexType(type, resolve)),
    ...[...message.simpleTypes.values()].flatMap((type) => simpleType(type)),
    '</xs:schema>',
  ]);
}

function document(sourceName: string, lines: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Generated from ${sourceName} by "npm run xsd:generate"; edit the definition, not this file. -->`,
    ...lines,
    '',
  ].join('\n');
}

function complexType(type: ComplexTypeDef, resolve: (type: string) => string): string[] {
  return [
    `\t<xs:complexType name="${type.name}">`,
    '\t\t<xs:sequence>',
    ...type.elements.flatMap((element) => elementDeclaration(element, resolve)),
    '\t\t</xs:sequence>',
    '\t</xs:complexType>',
  ];
}

function elementDeclaration(element: ElementDef, resolve: (type: string) => string): string[] {
  const occurs =
    (element.minOccurs !== 1 ? ` minOccurs="${element.minOccurs}"` : '') +
    (element.maxOccurs !== 1
      ? ` maxOccurs="${element.maxOccurs === Infinity ? 'unbounded' : element.maxOccurs}"`
      : '');
  if (element.fixedPattern === undefined) {
    return [`\t\t\t<xs:element name="${element.name}" type="${resolve(element.type)}"${occurs}/>`];
  }
  return [
    `\t\t\t<xs:element name="${element.name}"${occurs}>`,
    '\t\t\t\t<xs:simpleType>',
    `\t\t\t\t\t<xs:restriction base="${resolve(element.type)}">`,
    `\t\t\t\t\t\t<xs:pattern value="${attribute(element.fixedPattern)}"/>`,
    '\t\t\t\t\t</xs:restriction>',
    '\t\t\t\t</xs:simpleType>',
    '\t\t\t</xs:element>',
  ];
}

function simpleType(type: SimpleTypeDef): string[] {
  const facets = [
    ...type.enumeration.map((value) => `<xs:enumeration value="${attribute(value)}"/>`),
    ...type.patterns.map((value) => `<xs:pattern value="${attribute(value)}"/>`),
    ...(type.minLength !== undefined ? [`<xs:minLength value="${type.minLength}"/>`] : []),
    ...(type.maxLength !== undefined ? [`<xs:maxLength value="${type.maxLength}"/>`] : []),
    ...(type.minInclusive !== undefined
      ? [`<xs:minInclusive value="${attribute(type.minInclusive)}"/>`]
      : []),
    ...(type.maxInclusive !== undefined
      ? [`<xs:maxInclusive value="${attribute(type.maxInclusive)}"/>`]
      : []),
  ];
  return [
    `\t<xs:simpleType name="${type.name}">`,
    `\t\t<xs:restriction base="xs:${type.base}">`,
    ...facets.map((facet) => `\t\t\t${facet}`),
    '\t\t</xs:restriction>',
    '\t</xs:simpleType>',
  ];
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
