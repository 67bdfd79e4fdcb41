/**
 * Validation of whole SOAP envelopes with libxml2 against a StUF-GGk schema package laid out like the
 * official one (`ggk0310_21/ggkberichten/`, `0301/`, `xmlmime/`) plus our own SOAP envelope schemas. The
 * schemas are read into memory and reach libxml2 through an in-memory input provider, so compiling them
 * can never touch the file system or the network beyond the folder given.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  ParseOption,
  XmlBufferInputProvider,
  XmlDocument,
  XmlError,
  XmlLibError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import { finding, MAX_FINDINGS, type Finding } from '../findings.js';
import { readXmlText } from '../input/secure-input.js';
import { NS } from '../namespaces.js';
import { SOAP11_XSD, SOAP12_XSD } from './soap-schemas.js';

/** No external entities, no network, real line numbers past 65535, compact text nodes. */
export const SAFE_PARSE_OPTIONS =
  ParseOption.XML_PARSE_NO_XXE |
  ParseOption.XML_PARSE_NONET |
  ParseOption.XML_PARSE_BIG_LINES |
  ParseOption.XML_PARSE_COMPACT;

/** The StUF-GGk message schema inside the package, which imports the StUF and xmlmime schemas. */
export const DEFAULT_ENTRY = 'ggk0310_21/ggkberichten/ggk0310_msg.xsd';
const MAX_SCHEMA_FILES = 200;

const memoryFiles = new XmlBufferInputProvider({});
let providerRegistered = false;
let nextSetId = 1;

export interface EnvelopeSchemaOptions {
  /** Folder of the StUF-GGk schema package (for instance `<reference>/stuf-ggk`). */
  readonly dir: string;
  /** Path of the GGk message schema inside `dir`; default DEFAULT_ENTRY. */
  readonly entry?: string;
}

export class EnvelopeSchema {
  private disposed = false;

  private constructor(private readonly validator: XsdValidator) {}

  static load(options: EnvelopeSchemaOptions): EnvelopeSchema {
    if (!providerRegistered) {
      if (!xmlRegisterInputProvider(memoryFiles)) throw new Error('libxml2 refused another input provider');
      providerRegistered = true;
    }
    const root = `/stuf-ggk-schemas/${nextSetId++}`;
    for (const file of xsdFiles(options.dir)) {
      memoryFiles.addBuffer(
        `${root}/${relative(options.dir, file).split(sep).join('/')}`,
        readFileSync(file),
      );
    }
    memoryFiles.addBuffer(`${root}/soap11.xsd`, Buffer.from(SOAP11_XSD));
    memoryFiles.addBuffer(`${root}/soap12.xsd`, Buffer.from(SOAP12_XSD));
    const driver = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:stuf-ggk-gateway:envelope-schema">
  <xs:import namespace="${NS.SOAP11}" schemaLocation="soap11.xsd"/>
  <xs:import namespace="${NS.SOAP12}" schemaLocation="soap12.xsd"/>
  <xs:import namespace="${NS.GGK}" schemaLocation="${options.entry ?? DEFAULT_ENTRY}"/>
</xs:schema>`,
    );
    const url = `${root}/envelope.xsd`;
    const schemaDoc = XmlDocument.fromBuffer(driver, { url, option: SAFE_PARSE_OPTIONS });
    try {
      return new EnvelopeSchema(XsdValidator.fromDoc(schemaDoc));
    } catch (error) {
      const details =
        error instanceof XmlLibError
          ? error.details.map((d) => `${d.file ?? url}:${d.line}: ${d.message.trim()}`)
          : [];
      throw new Error(
        `StUF-GGk schemas in ${options.dir} do not compile: ${details.join('; ') || String(error)}`,
      );
    } finally {
      schemaDoc.dispose();
    }
  }

  /** Findings (rule `XSD`, or `INPUT`/`XML` when the document cannot be read); empty when valid. */
  validate(xml: string | Uint8Array): Finding[] {
    if (this.disposed) throw new Error('EnvelopeSchema was disposed');
    const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
    const text = readXmlText(bytes, Number.MAX_SAFE_INTEGER);
    if ('refused' in text) return [text.refused];
    let doc: XmlDocument;
    try {
      doc = XmlDocument.fromString(text.text, { option: SAFE_PARSE_OPTIONS });
    } catch (error) {
      return libxmlFindings('XML', error);
    }
    try {
      this.validator.validate(doc);
      return [];
    } catch (error) {
      return libxmlFindings('XSD', error);
    } finally {
      doc.dispose();
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.validator.dispose();
  }
}

function xsdFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (name.endsWith('.xsd')) found.push(path);
      if (found.length > MAX_SCHEMA_FILES)
        throw new Error(`${dir} holds more than ${MAX_SCHEMA_FILES} schema files`);
    }
  };
  walk(dir);
  return found;
}

function libxmlFindings(rule: 'XML' | 'XSD', error: unknown): Finding[] {
  if (!(error instanceof XmlLibError)) {
    if (error instanceof XmlError)
      return [finding(rule, `document could not be processed: ${error.message}`)];
    throw error;
  }
  const details = error.details.filter((detail) => detail.level >= 2).slice(0, MAX_FINDINGS);
  if (details.length === 0) return [finding(rule, error.message.trim() || 'document could not be parsed')];
  return details.map((detail) =>
    // Values are shortened: a failing payload would otherwise be echoed in full (and may hold personal data).
    finding(
      rule,
      detail.message
        .replace(/\{[^}]*\}/g, '')
        .replace(/'([^']{40})[^']+'/g, "'$1...'")
        .trim(),
      {
        line: detail.line,
        column: Math.max(detail.col, 0),
        path: (detail.xpath ?? '').replace(/\/[A-Za-z_][\w.-]*:/g, '/'),
      },
    ),
  );
}
