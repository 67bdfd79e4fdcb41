/** The SOAP layer of a request or answer: Envelope, optional Header, and a Body with exactly one message. */
import { finding, type Findings } from '../findings.js';
import { NS, OPERATIONS, type SoapVersion } from '../namespaces.js';
import type { XmlNode, XmlTree } from '../xml/tree.js';
import { at } from './rules.js';

export interface SoapMessage {
  readonly version: SoapVersion;
  /** Header blocks as `{namespace}localName`. */
  readonly headers: readonly string[];
  /** The one element in the Body: the message (or a Fault). */
  readonly message: XmlNode;
}

/** Reads the envelope; on a problem adds findings and returns undefined. */
export function readSoap(
  tree: XmlTree,
  announced: SoapVersion | undefined,
  findings: Findings,
): SoapMessage | undefined {
  const envelope = tree.root;
  const version = versionOf(envelope);
  if (!version) {
    findings.add(finding('SOAP', notAnEnvelope(envelope), at(envelope)));
    return undefined;
  }
  if (announced && announced !== version) {
    const message = `the Content-Type announces SOAP ${announced}, but the envelope is SOAP ${version}`;
    findings.add(finding('SOAP', message, at(envelope)));
    return undefined;
  }
  if (envelope.text.trim())
    findings.add(finding('SOAP', 'text is not allowed directly in Envelope', at(envelope)));
  const ns = envelope.ns;
  let header: XmlNode | undefined;
  let body: XmlNode | undefined;
  for (const child of envelope.children) {
    if (child.ns === ns && child.local === 'Header' && !header && !body) header = child;
    else if (child.ns === ns && child.local === 'Body' && !body) body = child;
    else {
      const where = body ? 'after the Body' : 'in the Envelope';
      findings.add(
        finding(
          'SOAP',
          `${child.qname} is not allowed ${where}; expected an optional Header and one Body`,
          at(child),
        ),
      );
    }
  }
  if (!body) {
    findings.add(finding('SOAP', 'the SOAP Envelope has no Body', at(envelope)));
    return undefined;
  }
  if (body.text.trim())
    findings.add(finding('SOAP', 'text is not allowed directly in the SOAP Body', at(body)));
  const [message, second] = body.children;
  if (!message) {
    findings.add(finding('SOAP', 'the SOAP Body is empty; expected one StUF-GGk message', at(body)));
    return undefined;
  }
  if (second) {
    findings.add(
      finding(
        'SOAP',
        `the SOAP Body holds more than one element (${second.local} after ${message.local})`,
        at(second),
      ),
    );
    return undefined;
  }
  if (message.local === 'Envelope') {
    findings.add(
      finding('SOAP', 'a nested Envelope in the SOAP Body; expected one StUF-GGk message', at(message)),
    );
    return undefined;
  }
  const headers = (header?.children ?? []).map((block) => `{${block.ns}}${block.local}`);
  return findings.count ? undefined : { version, headers, message };
}

export function versionOf(envelope: XmlNode): SoapVersion | undefined {
  if (envelope.local !== 'Envelope') return undefined;
  if (envelope.ns === NS.SOAP11) return '1.1';
  if (envelope.ns === NS.SOAP12) return '1.2';
  return undefined;
}

function notAnEnvelope(root: XmlNode): string {
  if (root.local === 'Envelope') {
    return `Envelope in namespace '${root.ns}' is neither SOAP 1.1 nor SOAP 1.2 (VersionMismatch)`;
  }
  if (OPERATIONS.some((spec) => spec.element === root.local && spec.namespace === root.ns)) {
    return `${root.local} is not wrapped in a SOAP Envelope`;
  }
  return `root element ${root.qname} is not a SOAP Envelope`;
}
