/** The steps every parse shares: size limit, Content-Type and MIME, secure decoding, XML tree, SOAP layer. */
import { Findings, finding, type Finding } from '../findings.js';
import { envelopeBytes } from '../input/http-body.js';
import { DEFAULT_MAX_BYTES, readXmlText } from '../input/secure-input.js';
import { readTree, type XmlTree } from '../xml/tree.js';
import { readSoap, type SoapMessage } from './soap.js';

export interface ParseOptions {
  /** The HTTP Content-Type; needed for MTOM (`multipart/related`); when given it must fit a SOAP message. */
  readonly contentType?: string;
  /** The HTTP SOAPAction header (SOAP 1.1); when not empty it must name the operation of the Body. */
  readonly soapAction?: string;
  /** Upper bound on the body in bytes; default DEFAULT_MAX_BYTES (26 MiB). */
  readonly maxBytes?: number;
}

export interface SoapInput {
  readonly tree: XmlTree;
  readonly soap: SoapMessage;
  readonly attachments?: ReadonlyMap<string, Buffer>;
  /** SOAPAction header or SOAP 1.2 action parameter, without quotes; undefined or '' when not given. */
  readonly action?: string;
  readonly mtom: boolean;
}

export function readSoapInput(
  body: string | Uint8Array,
  options: ParseOptions,
): { input: SoapInput } | { findings: Finding[] } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A string longer than the limit is refused before it is encoded (its UTF-8 form is at least as long).
  const length = typeof body === 'string' ? body.length : body.byteLength;
  if (length > maxBytes) {
    return {
      findings: [
        finding('INPUT', `the message is more than ${maxBytes} bytes; the limit is ${maxBytes} bytes`),
      ],
    };
  }
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : asBuffer(body);
  const unpacked = envelopeBytes(bytes, options.contentType);
  if ('refused' in unpacked) return { findings: [unpacked.refused] };
  const text = readXmlText(unpacked.xml, maxBytes);
  if ('refused' in text) return { findings: [text.refused] };
  const read = readTree(text.text);
  if ('refused' in read) return { findings: [read.refused] };
  const findings = new Findings();
  const soap = readSoap(read.tree, unpacked.version, findings);
  if (!soap) return { findings: findings.toArray() };
  const action = (options.soapAction ?? unpacked.action)?.trim().replace(/^"(.*)"$/, '$1');
  return {
    input: {
      tree: read.tree,
      soap,
      ...(unpacked.attachments && { attachments: unpacked.attachments }),
      ...(action !== undefined && { action }),
      mtom: unpacked.attachments !== undefined,
    },
  };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
