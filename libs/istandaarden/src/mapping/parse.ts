/**
 * XML → internal model. libxml2 settles well-formedness (and, in validateAndParse, the schema);
 * then one scan driven by the message definition builds the model. Mapping does not re-check what
 * the XSD checks (order, cardinality, facets): use validateAndParse for both.
 */
import { treeForNamespace } from '../definition/message-tree.js';
export { treeForCode, treeForNamespace } from '../definition/message-tree.js';
import type { Finding } from '../findings.js';
import {
  defaultSchemaSet,
  examine,
  validateBytes,
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

/** The hot path: libxml2 checks well-formedness and schema (in chunks for a large message), then the mapping scan. */
export function validateAndParse(
  xml: string | Uint8Array,
  options: ValidateOptions = {},
  schemas: SchemaSet = defaultSchemaSet(),
): ValidatedBericht {
  const input = acceptInput(xml, options);
  if ('refused' in input) return { validation: { valid: false, findings: [input.refused] } };
  const validation = validateBytes(input.bytes, options, schemas);
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
