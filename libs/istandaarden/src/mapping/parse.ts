/**
 * XML → internal model. libxml2 settles well-formedness (and, in validateAndParse, the schema);
 * then one scan driven by the message definition builds the model. Mapping does not re-check what
 * the XSD checks (order, cardinality, facets): use validateAndParse for both.
 */
import { loadDefinition, STANDAARDEN } from '../definition/load.js';
import { messageTree, type MessageTree } from '../definition/message-tree.js';
import type { Finding } from '../findings.js';
import {
  defaultSchemaSet,
  examine,
  type ValidateOptions,
  type ValidationResult,
} from '../validation/validate.js';
import type { SchemaSet } from '../validation/schema-set.js';
import { acceptInput, type InputLimits } from '../xml/secure-input.js';
import type { Bericht } from './model.js';
import { ScanError, scanDocument } from './scan.js';

export type ParseResult =
  ({ readonly ok: true } & Bericht) | { readonly ok: false; readonly findings: readonly Finding[] };

export interface ValidatedBericht {
  readonly validation: ValidationResult;
  /** The model, when the message is valid. */
  readonly bericht?: Bericht;
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

/** Well-formedness check and mapping, without the schema. */
export function parse(
  xml: string | Uint8Array,
  limits: InputLimits = {},
  schemas: SchemaSet = defaultSchemaSet(),
): ParseResult {
  const input = acceptInput(xml, limits);
  if ('refused' in input) return { ok: false, findings: [input.refused] };
  const checked = examine(input.bytes, limits, schemas, false);
  return checked.valid ? mapChecked(input.bytes) : { ok: false, findings: checked.findings };
}

/** The hot path: one libxml2 parse for well-formedness and schema, then the mapping scan. */
export function validateAndParse(
  xml: string | Uint8Array,
  options: ValidateOptions = {},
  schemas: SchemaSet = defaultSchemaSet(),
): ValidatedBericht {
  const input = acceptInput(xml, options);
  if ('refused' in input) return { validation: { valid: false, findings: [input.refused] } };
  const validation = examine(input.bytes, options, schemas, true);
  if (!validation.valid) return { validation };
  const mapped = mapChecked(input.bytes);
  return mapped.ok
    ? { validation, bericht: mapped }
    : { validation: { ...validation, valid: false, findings: mapped.findings } };
}

/** Maps a document libxml2 has found well-formed. */
export function mapChecked(bytes: Uint8Array): ParseResult {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    const { tree, bericht } = scanDocument(
      text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      treeForNamespace,
    );
    return { ok: true, standaard: tree.standaard, code: tree.message.code, bericht };
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, findings: [error.found] };
    throw error;
  }
}
