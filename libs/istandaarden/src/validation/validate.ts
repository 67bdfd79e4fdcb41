/** XSD validation of one message: secure pre-checks, parse with libxml2, pick the schema by namespace, validate. */
import { XmlDocument, XmlError, XmlLibError, type ErrorDetail } from 'libxml2-wasm';
import type { Standaard } from '../definition/model.js';
import { treeForCode } from '../definition/message-tree.js';
import { detect } from '../detect.js';
import { finding, MAX_FINDINGS, type Finding } from '../findings.js';
import { chunkBytes, mergeChunkResults, planChunks, type ChunkPlan } from './chunks.js';
import { acceptInput, type InputLimits } from '../xml/secure-input.js';
import { LineIndex } from '../xml/line-index.js';
import { SAFE_PARSE_OPTIONS, SchemaSet } from './schema-set.js';

/** Messages larger than this are validated in chunks of about this size: bounded memory, and parallel in a ValidationPool. */
export const CHUNK_BYTES = 2 * 1024 * 1024;

export interface ValidationResult {
  readonly valid: boolean;
  readonly standaard?: Standaard;
  /** Message code, e.g. `JW305`, when the document could be identified. */
  readonly code?: string;
  readonly findings: readonly Finding[];
}

export interface ValidateOptions extends InputLimits {
  /** Require this message code (e.g. when the envelope already says what it carries). */
  readonly expectedCode?: string;
}

let defaultSchemas: SchemaSet | undefined;

/** The project's schema set, compiled on first use. */
export function defaultSchemaSet(): SchemaSet {
  defaultSchemas ??= SchemaSet.load();
  return defaultSchemas;
}

export function validate(
  xml: string | Uint8Array,
  options: ValidateOptions = {},
  schemas = defaultSchemaSet(),
): ValidationResult {
  const input = acceptInput(xml, options);
  return 'refused' in input
    ? { valid: false, findings: [input.refused] }
    : validateBytes(input.bytes, options, schemas);
}

/** Well-formedness and identification only (no schema): what a receiver checks before storing a message. */
export function checkWellFormed(
  xml: string | Uint8Array,
  options: ValidateOptions = {},
  schemas = defaultSchemaSet(),
): ValidationResult {
  const input = acceptInput(xml, options);
  return 'refused' in input
    ? { valid: false, findings: [input.refused] }
    : examineBytes(input.bytes, options, schemas, false);
}

/** Validates bytes that passed acceptInput, chunk by chunk when the message is large. */
export function validateBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
  schemas: SchemaSet,
): ValidationResult {
  return examineBytes(bytes, options, schemas, true);
}

/**
 * Examines a message whole, or a large one chunk by chunk: libxml2's tree (and its heap, which never
 * shrinks) is then bounded by the chunk size, for the well-formedness check at ingress as for validation.
 */
function examineBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
  schemas: SchemaSet,
  withSchema: boolean,
): ValidationResult {
  const buffer = asBuffer(bytes);
  const plan = chunkPlanFor(buffer);
  if (!plan) return examine(buffer, options, schemas, withSchema);
  const results = plan.slices.map((_, index) =>
    examine(chunkBytes(buffer, plan, index), options, schemas, withSchema),
  );
  return mergeChunkResults(buffer, plan, results);
}

/** How to split a large message for validation, or undefined to validate it whole. */
export function chunkPlanFor(bytes: Buffer, chunkSize = CHUNK_BYTES): ChunkPlan | undefined {
  if (bytes.length <= CHUNK_BYTES * 1.5) return undefined;
  const detected = detect(bytes);
  const tree = detected.ok ? treeForCode(detected.code) : undefined;
  return tree ? planChunks(bytes, tree, chunkSize) : undefined;
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Parses `bytes` (which passed acceptInput) with libxml2, identifies the message by the root
 * namespace and, when `withSchema`, validates it against its XSD. Without schema this is the
 * well-formedness check that precedes mapping.
 */
export function examine(
  bytes: Uint8Array,
  options: ValidateOptions,
  schemas: SchemaSet,
  withSchema: boolean,
): ValidationResult {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(bytes, { option: SAFE_PARSE_OPTIONS });
  } catch (error) {
    return { valid: false, findings: libxmlFindings('XML', error, bytes) };
  }
  try {
    const root = doc.root;
    const identified = schemas.messageForNamespace(root.namespaceUri);
    if (!identified || root.name !== 'Bericht') {
      const what = root.namespaceUri ? `{${root.namespaceUri}}${root.name}` : root.name;
      const at = {
        line: root.line,
        column: new LineIndex(bytes).columnOfElement(root.line, root.name),
        path: `/${root.name}`,
      };
      return {
        valid: false,
        findings: [
          finding('BERICHT', `root element ${what} is not the Bericht of an iJw 3.2 or iWmo 3.2 message`, at),
        ],
      };
    }
    const { standaard, code } = identified;
    if (options.expectedCode && options.expectedCode !== code) {
      const at = { line: root.line, column: 1, path: '/Bericht' };
      return {
        valid: false,
        standaard,
        code,
        findings: [finding('BERICHT', `expected a ${options.expectedCode} message, got ${code}`, at)],
      };
    }
    if (!withSchema) return { valid: true, standaard, code, findings: [] };
    try {
      schemas.validatorFor(code)!.validate(doc);
      return { valid: true, standaard, code, findings: [] };
    } catch (error) {
      return { valid: false, standaard, code, findings: libxmlFindings('XSD', error, bytes) };
    }
  } finally {
    doc.dispose();
  }
}

function libxmlFindings(rule: 'XML' | 'XSD', error: unknown, bytes: Uint8Array): Finding[] {
  // libxml2-wasm throws a bare XmlError (no details) for internal failures; still a finding, never a crash.
  if (!(error instanceof XmlLibError)) {
    if (error instanceof XmlError)
      return [finding(rule, `document could not be processed: ${error.message}`)];
    throw error;
  }
  const lines = new LineIndex(bytes);
  const details = error.details.filter((detail) => detail.level >= 2);
  const shown = details.length ? details : error.details;
  const findings = shown.slice(0, MAX_FINDINGS).map((detail) => toFinding(rule, detail, lines));
  if (shown.length > MAX_FINDINGS)
    findings.push(finding(rule, `${shown.length - MAX_FINDINGS} more findings not shown`));
  if (findings.length === 0)
    findings.push(finding(rule, error.message.trim() || 'document could not be parsed'));
  return findings;
}

function toFinding(rule: 'XML' | 'XSD', detail: ErrorDetail, lines: LineIndex): Finding {
  const path = localPath(detail.xpath ?? '');
  const column = detail.col > 0 ? detail.col : lines.columnOfElement(detail.line, lastStep(path));
  return finding(rule, cleanMessage(detail.message), { line: detail.line, column, path });
}

/** `/jw305:Bericht/jw305:Client/ijw:Code[2]` → `/Bericht/Client/Code[2]`. */
function localPath(xpath: string): string {
  return xpath.replace(/\/[A-Za-z_][\w.-]*:/g, '/');
}

function lastStep(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\[\d+\]$/, '');
}

/** libxml2 names elements as `{namespace}Name`; the path already says where, so keep the name only. */
function cleanMessage(message: string): string {
  return message
    .replace(/\{[^}]*\}/g, '')
    .replace(/,? ?use XML_PARSE_HUGE option/g, '')
    .trim();
}
