/** parseSoapAnswer: the synchronous answer of OntvangAsynchroon (Bv03, or a SOAP Fault with a Fo03) as a value. */
import { Findings, finding } from './findings.js';
import type { GgkAnswer, ParseAnswerResult, SoapInfo } from './model.js';
import { NS, SOAP_NAMESPACE } from './namespaces.js';
import { MESSAGE_RULES } from './read/envelope-rules.js';
import { readSoapInput, type ParseOptions } from './read/envelope-input.js';
import { toFout, toReplyStuurgegevens } from './read/messages.js';
import { at, readElement, type ReadRecord } from './read/rules.js';
import { innerXml, type XmlNode, type XmlTree } from './xml/tree.js';

/** Reads what the GGk (or any OntvangAsynchroon endpoint) answered to a Di01, Du01 or Fo01 we sent. */
export function parseSoapAnswer(body: string | Uint8Array, options: ParseOptions = {}): ParseAnswerResult {
  const read = readSoapInput(body, options);
  if ('findings' in read) return { ok: false, findings: read.findings };
  const { tree, soap: message } = read.input;
  const soap: SoapInfo = { version: message.version, headers: message.headers, mtom: read.input.mtom };
  const node = message.message;
  const findings = new Findings();
  let answer: GgkAnswer | undefined;
  if (node.ns === NS.STUF && node.local === 'Bv03Bericht') {
    const values = readElement(node, MESSAGE_RULES.Bv03, findings) as ReadRecord;
    answer = { kind: 'Bv03', soap, stuurgegevens: toReplyStuurgegevens('Bv03', values.stuurgegevens) };
  } else if (node.ns === SOAP_NAMESPACE[message.version] && node.local === 'Fault') {
    answer = readFault(tree, node, soap, findings);
  } else {
    findings.add(finding('OPERATION', `${node.qname} is neither a Bv03Bericht nor a SOAP Fault`, at(node)));
  }
  return answer && findings.count === 0 ? { ok: true, answer } : { ok: false, findings: findings.toArray() };
}

function readFault(tree: XmlTree, fault: XmlNode, soap: SoapInfo, findings: Findings): GgkAnswer | undefined {
  const child = (parent: XmlNode | undefined, name: string) =>
    parent?.children.find(
      (c) => c.local === name && (soap.version === '1.1' ? c.ns === '' : c.ns === NS.SOAP12),
    );
  const soap11 = soap.version === '1.1';
  const faultcode =
    (soap11 ? child(fault, 'faultcode') : child(child(fault, 'Code'), 'Value'))?.text.trim() ?? '';
  const faultstring =
    (soap11 ? child(fault, 'faultstring') : child(child(fault, 'Reason'), 'Text'))?.text ?? '';
  const detail = child(fault, soap11 ? 'detail' : 'Detail');
  const fo03 = detail?.children.find((c) => c.ns === NS.STUF && c.local === 'Fo03Bericht');
  if (!faultcode) findings.add(finding('SOAP', 'the SOAP Fault has no fault code', at(fault)));
  if (!fo03) {
    const message = `the SOAP Fault carries no StUF Fo03Bericht in its detail (fault '${faultcode}': ${faultstring.slice(0, 200)})`;
    findings.add(finding('SOAP', message, at(fault)));
    return undefined;
  }
  const values = readElement(fo03, MESSAGE_RULES.Fo03, findings) as ReadRecord;
  const body = (values.body ?? {}) as ReadRecord;
  const detailsXml = body.detailsXML as XmlNode | undefined;
  return {
    kind: 'Fo03',
    soap,
    faultcode,
    faultstring,
    bericht: {
      stuurgegevens: toReplyStuurgegevens('Fo03', values.stuurgegevens),
      body: toFout(body, detailsXml && innerXml(tree, detailsXml)),
    },
  };
}
