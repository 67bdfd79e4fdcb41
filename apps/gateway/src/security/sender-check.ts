/**
 * The sender a message claims — the Header's Afzender, and on the chain also the envelope's zender
 * organisatie — must be one the authenticated identity may send as; otherwise the message is
 * rejected (403) and the attempt audited. Requests that did not pass the front door (none reach
 * ingress that way) are not checked.
 */
import type { IncomingMessage } from 'node:http';
import { detect } from '../../../../libs/istandaarden/src/index.js';
import { problem, type ProblemException } from '../problem/problem.js';
import { requestSecurity } from './front-door.js';

export interface ClaimedSender {
  /** Where the claim was read, e.g. `Header/Afzender` or `stuurgegevens/zender/organisatie`. */
  readonly where: string;
  readonly value: string | undefined;
}

/** The Afzender a message's Header claims (undefined when it cannot be read: receiving refuses such a message). */
export function claimedAfzender(body: Buffer): ClaimedSender {
  const head = detect(body);
  return { where: 'Header/Afzender', value: head.ok ? head.afzender : undefined };
}

/** Resolves when every claim is allowed for the request's identity; otherwise audits and rejects. */
export async function verifySender(
  request: IncomingMessage,
  claims: () => readonly ClaimedSender[],
): Promise<ProblemException | undefined> {
  const security = requestSecurity(request);
  if (!security || security.identity.senders.includes('*')) return undefined;
  const { identity } = security;
  const wrong = claims().find(
    (claim) => claim.value !== undefined && !identity.senders.includes(claim.value),
  );
  if (!wrong) return undefined;
  const detail = `${wrong.where} is ${wrong.value}, but ${identity.name} may only send as ${identity.senders.join(', ')}`;
  await security.audit({ outcome: 'rejected-sender-mismatch', detail });
  return problem(403, 'sender-mismatch', 'Sender does not match the authenticated identity', detail);
}
