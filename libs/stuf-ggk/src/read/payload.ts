/**
 * `parameters/bericht`: strict base64 text, or under MTOM one xop:Include pointing at an attachment.
 * The payload is decoded, never parsed; only its first bytes are looked at, to refuse a payload that is
 * itself an envelope.
 */
import { decodeBase64Strict } from '../base64.js';
import { finding, type Findings } from '../findings.js';
import { lineAndColumn } from '../input/secure-input.js';
import { parseMediaType } from '../input/media-type.js';
import type { Payload } from '../model.js';
import { NS, OPERATIONS } from '../namespaces.js';
import type { XmlNode, XmlTree } from '../xml/tree.js';
import { at } from './rules.js';

/** Names of envelopes that must not arrive as a payload. */
const ENVELOPE_NAMES = new Set([
  'Envelope',
  ...OPERATIONS.map((spec) => spec.element),
  'Bv03Bericht',
  'Fo03Bericht',
]);

export function readPayload(
  tree: XmlTree,
  node: XmlNode,
  attachments: ReadonlyMap<string, Buffer> | undefined,
  findings: Findings,
): Payload | undefined {
  const contentType = attribute(node, NS.XMIME, 'contentType') ?? '';
  const bestandsnaam = attribute(node, NS.STUF, 'bestandsnaam');
  if (contentType && !parseMediaType(contentType)) {
    findings.add(
      finding('PAYLOAD', `xmime:contentType '${contentType}' is not a media type (type/subtype)`, at(node)),
    );
  }
  const bytes = node.children.length
    ? fromInclude(node, attachments, findings)
    : fromBase64(tree, node, findings);
  if (!bytes) return undefined;
  if (bytes.length === 0) {
    findings.add(finding('PAYLOAD', 'bericht is empty; expected a base64-encoded payload', at(node)));
    return undefined;
  }
  const nested = rootElementName(bytes);
  if (nested && ENVELOPE_NAMES.has(nested.replace(/^.*:/, ''))) {
    const message = `the payload is itself an envelope (${nested}), not an iStandaarden message`;
    findings.add(finding('PAYLOAD', message, at(node)));
    return undefined;
  }
  return {
    contentType,
    ...(bestandsnaam !== undefined && { bestandsnaam }),
    bytes,
    ...(node.children.length > 0 && { viaXop: true }),
  };
}

function fromBase64(tree: XmlTree, node: XmlNode, findings: Findings): Buffer | undefined {
  const decoded = decodeBase64Strict(node.text);
  if (decoded.ok) return decoded.bytes;
  // Offsets in the text are offsets in the source unless the text used entity references or CDATA.
  const plain = node.contentEnd - node.contentStart === node.text.length;
  const place = plain ? lineAndColumn(tree.source, node.contentStart + decoded.offset) : at(node);
  findings.add(
    finding('PAYLOAD', `bericht is not valid base64: ${decoded.message}`, { ...place, path: node.path }),
  );
  return undefined;
}

function fromInclude(
  node: XmlNode,
  attachments: ReadonlyMap<string, Buffer> | undefined,
  findings: Findings,
): Buffer | undefined {
  const [include, second] = node.children;
  if (include!.ns !== NS.XOP || include!.local !== 'Include' || second || node.text.trim()) {
    const what = ENVELOPE_NAMES.has(include!.local)
      ? `a nested envelope (${include!.qname})`
      : `element ${include!.qname}`;
    findings.add(finding('PAYLOAD', `bericht must hold base64 text; found ${what}`, at(include!)));
    return undefined;
  }
  if (!attachments) {
    findings.add(
      finding('PAYLOAD', 'xop:Include in a message that is not multipart/related (MTOM)', at(include!)),
    );
    return undefined;
  }
  const href = attribute(include!, '', 'href') ?? '';
  let id: string | undefined;
  try {
    id = href.startsWith('cid:') ? decodeURIComponent(href.slice(4)) : undefined;
  } catch {
    id = undefined;
  }
  const bytes = id === undefined ? undefined : attachments.get(id);
  if (!bytes) {
    const why = id === undefined ? 'is not a cid: reference' : 'names no MIME part';
    findings.add(finding('MIME', `xop:Include href '${href}' ${why}`, at(include!)));
  }
  return bytes;
}

function attribute(node: XmlNode, ns: string, local: string): string | undefined {
  return node.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}

/** The qualified name of the root element when the payload starts like XML; undefined otherwise. */
export function rootElementName(bytes: Buffer): string | undefined {
  let head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  for (;;) {
    head = head.trimStart();
    const close = head.startsWith('<?') ? '?>' : head.startsWith('<!--') ? '-->' : undefined;
    if (!close) break;
    const end = head.indexOf(close);
    if (end < 0) return undefined;
    head = head.slice(end + close.length);
  }
  return /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/.exec(head)?.[1];
}
