/**
 * Events for the back office: one per processed inbound message. The body carries a versioned type,
 * its own id (also the AMQP message_id, for idempotent consumers), when it happened, the gemeente and
 * aanbieder, the stored message id, and `data` in the internal model.
 */
import { randomUUID } from 'node:crypto';
import { catalogueEntry, type Finding } from '../../istandaarden/src/index.js';
import { routingKey } from './topology.js';

export interface GatewayEvent<T = unknown> {
  readonly type: string;
  readonly id: string;
  readonly occurredAt: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  /** The stored message; null only for a refused command, which became no message. */
  readonly berichtId: string | null;
  readonly standaard: string;
  readonly berichtcode: string | null;
  readonly data: T;
  /** Retour events only: the message of ours the retour answers and what it says about it. */
  readonly origineel?: RetourMatch;
}

export interface RetourMatch {
  /** Our message the retour answers; null when none matches its Header. */
  readonly berichtId: string | null;
  readonly status: 'accepted' | 'rejected';
  /** Retourcodes per class: `Header`, `Client`, `Client/ToegewezenProducten/ToegewezenProduct[1]`, … */
  readonly retourcodes: Record<string, string[]>;
}

export interface RejectionData {
  readonly findings: readonly Finding[];
  readonly retourcodes: Readonly<Record<string, readonly string[]>> | null;
  readonly retourId: string | null;
}

export const EVENT_VERSION = 'v1';

/** The event stem for an accepted message: `start-zorg.ontvangen`, or `toewijzing.retour-ontvangen` for a retour. */
export function acceptedEventName(code: string): string {
  const entry = catalogueEntry(code);
  if (!entry) throw new Error(`unknown message code ${code}`);
  return `${entry.event}.${entry.isRetour ? 'retour-ontvangen' : 'ontvangen'}`;
}

export const REJECTED_EVENT_NAME = 'bericht.afgekeurd';

export function eventRoutingKey(standaard: string, eventName: string): string {
  return routingKey(standaard, eventName);
}

export function eventType(key: string): string {
  return `${key}.${EVENT_VERSION}`;
}

/** A new event with its routing key: its own id and time, the rest as given. */
export function newEvent<T>(
  standaard: string,
  eventName: string,
  fields: Pick<GatewayEvent<T>, 'gemeente' | 'aanbieder' | 'berichtId' | 'berichtcode' | 'data'>,
): { key: string; event: GatewayEvent<T> } {
  const key = eventRoutingKey(standaard, eventName);
  return {
    key,
    event: {
      type: eventType(key),
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      standaard,
      ...fields,
    },
  };
}
