/**
 * Our XSDs compiled once with libxml2 (WebAssembly) and reused for every message. Schemas are read
 * from a folder into memory and handed to libxml2 through an in-memory input provider, so schema
 * compilation can never reach the file system or the network.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ParseOption,
  XmlBufferInputProvider,
  XmlDocument,
  XmlLibError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import { STANDAARDEN, loadDefinition } from '../definition/load.js';
import type { Standaard } from '../definition/model.js';
import { BASISSCHEMA_FILE } from '../definition/xsd-writer.js';

/** Parse options for every document: no external entities, no network, real line numbers past 65535, compact text nodes. */
export const SAFE_PARSE_OPTIONS =
  ParseOption.XML_PARSE_NO_XXE |
  ParseOption.XML_PARSE_NONET |
  ParseOption.XML_PARSE_BIG_LINES |
  ParseOption.XML_PARSE_COMPACT;

/** The project's own schema set (`xsd/`), as laid out by `npm run xsd:generate`. */
export const PROJECT_XSD_DIR = fileURLToPath(new URL('../../../../../xsd/', import.meta.url));

const memoryFiles = new XmlBufferInputProvider({});
let providerRegistered = false;
let nextSetId = 1;

export interface SchemaSetOptions {
  /** Folder with `<standaard>/<release>/*.xsd` (our `xsd/` or an official release laid out the same way). */
  readonly xsdDir?: string;
  /** Folder per standaard, for layouts other than `<xsdDir>/<standaard>/<release>` (such as an official release package). */
  readonly folders?: Partial<Readonly<Record<Standaard, string>>>;
  /** Limit to some message codes; default: every message whose schema file is in the folder. */
  readonly codes?: readonly string[];
}

export class SchemaSet {
  private readonly validators = new Map<string, XsdValidator>();
  private readonly namespaces = new Map<string, { standaard: Standaard; code: string }>();
  private disposed = false;

  private constructor(
    readonly xsdDir: string,
    readonly compileMillis: number,
  ) {}

  static load(options: SchemaSetOptions = {}): SchemaSet {
    const xsdDir = options.xsdDir ?? PROJECT_XSD_DIR;
    const started = performance.now();
    if (!providerRegistered) {
      xmlRegisterInputProvider(memoryFiles);
      providerRegistered = true;
    }
    const root = `/istd-schemas/${nextSetId++}`;
    const pending: Array<{ standaard: Standaard; code: string; namespace: string; url: string }> = [];
    for (const standaard of STANDAARDEN) {
      const definition = loadDefinition(standaard);
      const folder = options.folders?.[standaard] ?? `${xsdDir}/${standaard}/${definition.release}`;
      const files = readdirSync(folder).filter((name) => name.endsWith('.xsd'));
      if (!files.includes(BASISSCHEMA_FILE)) throw new Error(`${folder}: ${BASISSCHEMA_FILE} missing`);
      for (const file of files) {
        addMemoryFile(`${root}/${standaard}/${file}`, readFileSync(`${folder}/${file}`));
      }
      for (const message of definition.messages.values()) {
        if (options.codes && !options.codes.includes(message.code)) continue;
        if (!files.includes(`${message.code}.xsd`)) continue;
        pending.push({
          standaard,
          code: message.code,
          namespace: message.namespace,
          url: `${root}/${standaard}/${message.code}.xsd`,
        });
      }
    }
    const set = new SchemaSet(xsdDir, 0);
    try {
      for (const item of pending) {
        set.validators.set(item.code, compile(item.url));
        set.namespaces.set(item.namespace, { standaard: item.standaard, code: item.code });
      }
    } catch (error) {
      set.dispose();
      throw error;
    }
    (set as { compileMillis: number }).compileMillis = performance.now() - started;
    return set;
  }

  /** The message type a root element namespace belongs to. */
  messageForNamespace(namespace: string): { standaard: Standaard; code: string } | undefined {
    return this.namespaces.get(namespace);
  }

  validatorFor(code: string): XsdValidator | undefined {
    if (this.disposed) throw new Error('SchemaSet was disposed');
    return this.validators.get(code);
  }

  get codes(): string[] {
    return [...this.validators.keys()];
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const validator of this.validators.values()) validator.dispose();
    this.validators.clear();
  }
}

function compile(url: string): XsdValidator {
  const schemaDoc = XmlDocument.fromBuffer(readMemoryFile(url), { url, option: SAFE_PARSE_OPTIONS });
  try {
    return XsdValidator.fromDoc(schemaDoc);
  } catch (error) {
    const details =
      error instanceof XmlLibError
        ? error.details.map((d) => `${d.file ?? url}:${d.line}: ${d.message.trim()}`)
        : [];
    throw new Error(`schema ${url} does not compile: ${details.join('; ') || String(error)}`);
  } finally {
    schemaDoc.dispose();
  }
}

const memoryContents = new Map<string, Uint8Array>();

function addMemoryFile(filename: string, content: Uint8Array): void {
  memoryContents.set(filename, content);
  memoryFiles.addBuffer(filename, content);
}

function readMemoryFile(url: string): Uint8Array {
  const content = memoryContents.get(url);
  if (!content) throw new Error(`schema ${url} not found`);
  return content;
}
