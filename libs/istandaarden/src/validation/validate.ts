/** XSD validation of one message: secure pre-checks, parse with libxml2, pick the schema by namespace, validate. */
import { XmlDocument, XmlLibError, type ErrorDetail } from 'libxml2-wasm';
import type { Standaard } from '../definition/model.js';
import { finding, type Finding } from '../findings.js';
import { checkInput, toBytes, type InputLimits } from '../xml/secure-input.js';
import { LineIndex } from '../xml/line-index.js';
import { SAFE_PARSE_OPTIONS, SchemaSet } from './schema-set.js';

/** At most this many findings are reported per document, so a broken large file cannot flood memory. */
export const MAX_FINDINGS = 100;

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

export function validate(xml: string | Uint8Array, options: ValidateOptions = {}, schemas = defaultSchemaSet()): ValidationResult {
  const bytes = toBytes(xml);
  const refused = checkInput(bytes, options);
  if (refused) return { valid: false, findings: [refused] };

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
      return {
        valid: false,
        findings: [
          finding('BERICHT', `root element ${what} is not the Bericht of an iJw 3.2 or iWmo 3.2 message`, {
            line: root.line,
            column: 1,
            path: `/${root.name}`,
          }),
        ],
      };
    }
    const { standaard, code } = identified;
    if (options.expectedCode && options.expectedCode !== code) {
      return {
        valid: false,
        standaard,
        code,
        findings: [finding('BERICHT', `expected a ${options.expectedCode} message, got ${code}`, { line: root.line, column: 1, path: '/Bericht' })],
      };
    }
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
  if (!(error instanceof XmlLibError)) throw error;
  const lines = new LineIndex(bytes);
  const details = error.details.filter((detail) => detail.level >= 2);
  const findings = (details.length ? details : error.details).slice(0, MAX_FINDINGS).map((detail) => toFinding(rule, detail, lines));
  if (error.details.length > MAX_FINDINGS) {
    findings.push(finding(rule, `${error.details.length - MAX_FINDINGS} more findings not shown`));
  }
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
  return message.replace(/\{[^}]*\}/g, '').trim();
}
