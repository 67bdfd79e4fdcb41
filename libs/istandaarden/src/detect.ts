/** Identifies a document (standaard, message code, BerichtCode, version) from its first bytes, without validating it. */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Standaard } from './definition/model.js';
import { finding, type Finding } from './findings.js';
import { treeForNamespace } from './definition/message-tree.js';
import { checkInput, toBytes } from './xml/secure-input.js';

export interface Detected {
  readonly standaard: Standaard;
  /** e.g. `JW305`. */
  readonly code: string;
  readonly namespace: string;
  /** The BerichtCode, BerichtVersie and BerichtSubversie as written in the Header (may be wrong: validation says). */
  readonly berichtCode?: string;
  readonly versie?: string;
  /** Header facts as written, for storing and searching before validation. */
  readonly afzender?: string;
  readonly ontvanger?: string;
  readonly identificatie?: string;
  readonly dagtekening?: string;
}

export type DetectResult =
  ({ readonly ok: true } & Detected) | { readonly ok: false; readonly finding: Finding };

const HEADER_FIELDS = new Set(['BerichtCode', 'BerichtVersie', 'BerichtSubversie', 'Afzender', 'Ontvanger']);
const IDENTIFICATIE_FIELDS = new Set(['Identificatie', 'Dagtekening']);
/** The Header sits at the top; this many bytes are more than enough to read it. */
const HEAD_BYTES = 16 * 1024;

export function detect(xml: string | Uint8Array): DetectResult {
  const bytes = toBytes(xml);
  const refused = checkInput(bytes, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (refused) return { ok: false, finding: refused };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString(
    'utf8',
  );
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: SaxesTagNS | undefined;
  let rootAt = { line: 1, column: 1 };
  let tagStart = { line: 1, column: 1 };
  let depth = 0;
  let field: string | undefined;
  let inHeader = false;
  let inIdentificatie = false;
  let done = false;
  const header: Record<string, string> = {};
  let error: Finding | undefined;
  parser.on('error', (e) => {
    if (!done && !error)
      error = finding('XML', e.message.replace(/^\d+:\d+: /, ''), {
        line: parser.line,
        column: parser.column + 1,
      });
    done = true;
  });
  parser.on('opentagstart', (tag) => {
    // saxes has read the name and the character after it when it reports the tag start.
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    depth++;
    // The Header fields sit at depth 3; anything deeper before the Header closes is not a message head.
    if (depth > 8 && !done) {
      done = true;
      throw new Error('elements nest too deep before the Header');
    }
    if (depth === 1) {
      root = tag;
      rootAt = { line: tagStart.line, column: tagStart.column };
    } else if (depth === 2) inHeader = tag.local === 'Header';
    else if (depth === 3 && inHeader) {
      field = HEADER_FIELDS.has(tag.local) ? tag.local : undefined;
      inIdentificatie = tag.local === 'BerichtIdentificatie';
    } else if (depth === 4 && inIdentificatie && IDENTIFICATIE_FIELDS.has(tag.local)) field = tag.local;
  });
  parser.on('text', (text) => {
    if (field) header[field] = (header[field] ?? '') + text;
  });
  parser.on('closetag', () => {
    field = undefined;
    if (depth === 2 && inHeader) done = true;
    depth--;
  });
  try {
    // Feed in small slices so reading stops once the Header has been seen.
    for (let at = 0; at < head.length && !done; at += 2048) parser.write(head.slice(at, at + 2048));
  } catch (e) {
    error ??= finding('XML', String(e));
  }
  if (!root)
    return { ok: false, finding: error ?? finding('XML', 'no root element found in the first bytes') };
  const tree = treeForNamespace(root.uri);
  if (!tree || root.local !== 'Bericht') {
    return {
      ok: false,
      finding: finding(
        'BERICHT',
        `root element {${root.uri}}${root.local} is not the Bericht of an iJw 3.2 or iWmo 3.2 message`,
        { ...rootAt, path: `/${root.local}` },
      ),
    };
  }
  const versie =
    header.BerichtVersie && header.BerichtSubversie
      ? `${header.BerichtVersie.trim()}.${header.BerichtSubversie.trim()}`
      : undefined;
  return {
    ok: true,
    standaard: tree.standaard,
    code: tree.message.code,
    namespace: root.uri,
    ...(header.BerichtCode ? { berichtCode: header.BerichtCode.trim() } : {}),
    ...(versie ? { versie } : {}),
    ...(header.Afzender ? { afzender: header.Afzender.trim() } : {}),
    ...(header.Ontvanger ? { ontvanger: header.Ontvanger.trim() } : {}),
    ...(header.Identificatie ? { identificatie: header.Identificatie.trim() } : {}),
    ...(header.Dagtekening ? { dagtekening: header.Dagtekening.trim() } : {}),
  };
}
