/** parseSoapRequest: a POST to OntvangAsynchroon (ggk_Di01, ggk_Du01 or Fo01) as a typed request, or findings. */
import { Findings, finding } from './findings.js';
import type { GgkRequest, ParseRequestResult, SoapInfo } from './model.js';
import { ANSWER_ELEMENTS, NS, OPERATIONS, type OperationSpec } from './namespaces.js';
import { MESSAGE_RULES } from './read/envelope-rules.js';
import { readSoapInput, type ParseOptions, type SoapInput } from './read/envelope-input.js';
import {
  readableStuurgegevens,
  toEnvelopStuurgegevens,
  toFout,
  toParameters,
  toReplyStuurgegevens,
} from './read/messages.js';
import { readPayload } from './read/payload.js';
import { at, readElement, type ReadRecord } from './read/rules.js';
import { innerXml, standaloneXml, type XmlNode } from './xml/tree.js';

export type { ParseOptions } from './read/envelope-input.js';

/**
 * Reads a SOAP 1.1 or 1.2 request body as POSTed to OntvangAsynchroon; with `contentType` also an MTOM
 * (multipart/related) body. The payload is decoded from base64 (or taken from its attachment) but not parsed.
 */
export function parseSoapRequest(body: string | Uint8Array, options: ParseOptions = {}): ParseRequestResult {
  const read = readSoapInput(body, options);
  if ('findings' in read) return { ok: false, findings: read.findings };
  const { soap } = read.input;
  const message = soap.message;
  const spec = OPERATIONS.find((s) => s.element === message.local && s.namespace === message.ns);
  if (!spec) {
    return {
      ok: false,
      soapVersion: soap.version,
      findings: [finding('OPERATION', unknownOperation(message), at(message))],
    };
  }
  const failed = (findings: Findings): ParseRequestResult => {
    const stuurgegevens = readableStuurgegevens(message);
    return {
      ok: false,
      operation: spec.operation,
      soapVersion: soap.version,
      findings: findings.toArray(),
      ...(stuurgegevens && { stuurgegevens }),
    };
  };
  const findings = new Findings();
  const action = read.input.action;
  if (action && action !== spec.soapAction) {
    const text = `SOAP action '${action}' does not match the Body, which holds a ${spec.operation} (action '${spec.soapAction}')`;
    findings.add(finding('OPERATION', text, at(message)));
    return failed(findings);
  }
  const request = readRequest(spec, read.input, findings);
  return request && findings.count === 0 ? { ok: true, request } : failed(findings);
}

function readRequest(spec: OperationSpec, input: SoapInput, findings: Findings): GgkRequest | undefined {
  const message = input.soap.message;
  const soap: SoapInfo = { version: input.soap.version, headers: input.soap.headers, mtom: input.mtom };
  const originalXml = standaloneXml(input.tree, message);
  if (spec.operation === 'Fo01') {
    const values = readElement(message, MESSAGE_RULES.Fo01, findings) as ReadRecord;
    const body = (values.body ?? {}) as ReadRecord;
    const detailsXml = body.detailsXML as XmlNode | undefined;
    return {
      operation: 'Fo01',
      soap,
      originalXml,
      envelope: {
        stuurgegevens: toReplyStuurgegevens('Fo01', values.stuurgegevens),
        body: toFout(body, detailsXml && innerXml(input.tree, detailsXml)),
      },
    };
  }
  const code = spec.operation === 'ggk_Di01' ? 'Di01' : 'Du01';
  const values = readElement(message, MESSAGE_RULES[code], findings) as ReadRecord;
  const parameters = (values.parameters ?? {}) as ReadRecord;
  const berichtNode = parameters.bericht as XmlNode | undefined;
  // The payload is only decoded when the envelope around it is sound.
  if (findings.count > 0 || !berichtNode) return undefined;
  const bericht = readPayload(input.tree, berichtNode, input.attachments, findings);
  if (!bericht) return undefined;
  const { crossRefnummer, ...common } = toEnvelopStuurgegevens(values.stuurgegevens);
  const { crossRefnummerBericht, ...di01Parameters } = toParameters(parameters, bericht);
  if (code === 'Di01') {
    return {
      operation: 'ggk_Di01',
      soap,
      originalXml,
      envelope: { stuurgegevens: { berichtcode: 'Di01', ...common }, parameters: di01Parameters },
    };
  }
  return {
    operation: 'ggk_Du01',
    soap,
    originalXml,
    envelope: {
      stuurgegevens: { berichtcode: 'Du01', ...common, crossRefnummer },
      parameters: {
        ...di01Parameters,
        ...(crossRefnummerBericht !== undefined && { crossRefnummerBericht }),
      },
    },
  };
}

function unknownOperation(message: XmlNode): string {
  const name = `{${message.ns}}${message.local}`;
  const known = OPERATIONS.map((s) => s.operation).join(', ');
  if (message.ns === NS.STUF && Object.values(ANSWER_ELEMENTS).includes(message.local as 'Bv03Bericht')) {
    return `${message.local} is an answer, not a request; OntvangAsynchroon takes ${known}`;
  }
  if (message.local === 'Fault') return `a SOAP Fault is not a request; OntvangAsynchroon takes ${known}`;
  return `${name} is not an operation of OntvangAsynchroon; it takes ${known}`;
}
