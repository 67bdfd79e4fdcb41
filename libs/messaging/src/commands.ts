/**
 * Commands from the back office (opdrachten): what a municipality asks the gateway to send. Published on
 * `istandaarden.commands` with routing key `<standaard>.<opdracht>` (e.g. `ijw.toewijzing`), or posted
 * to the REST API; the body is JSON with a command id and the message in the internal model, as the
 * JSON Schemas in libs/messaging/command-schemas/ describe.
 */
import type { BerichtType } from '../../istandaarden/src/index.js';
import { routingKey } from './topology.js';

export type OpdrachtSoort = 'toewijzing' | 'antwoord' | 'declaratie-antwoord';

export interface OpdrachtSpec {
  readonly soort: OpdrachtSoort;
  /** The message it becomes. */
  readonly type: BerichtType;
  /** The model elements below `Bericht` the back office gives (the gateway writes the Header). */
  readonly body: readonly string[];
  /** The received message types it may answer; `antwoordOp` is required when `answerRequired`. */
  readonly answers: readonly BerichtType[];
  readonly answerRequired: boolean;
}

export const OPDRACHTEN: readonly OpdrachtSpec[] = [
  { soort: 'toewijzing', type: '301', body: ['Client'], answers: ['315', '317'], answerRequired: false },
  { soort: 'antwoord', type: '319', body: ['Antwoord'], answers: ['315', '317'], answerRequired: true },
  {
    soort: 'declaratie-antwoord',
    type: '325',
    body: ['DeclaratieAntwoord'],
    answers: ['323'],
    answerRequired: true,
  },
];

export function opdrachtSpec(soort: string): OpdrachtSpec | undefined {
  return OPDRACHTEN.find((spec) => spec.soort === soort);
}

/** A command as the back office sends it. */
export interface Opdracht {
  readonly commandId: string;
  readonly standaard: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
  /** Id of the stored message this one answers (a 315/317 for a 319 or 301, a 323 for a 325). */
  readonly antwoordOp?: string;
  /** 325 only: the Header's RetourCodes (default 0200). */
  readonly retourcodes?: readonly string[];
  readonly bericht: Record<string, unknown>;
}

export const COMMAND_VERSION = 'v1';

export function commandRoutingKey(standaard: string, soort: OpdrachtSoort): string {
  return routingKey(standaard, soort);
}

export function commandType(standaard: string, soort: OpdrachtSoort): string {
  return `${commandRoutingKey(standaard, soort)}.${COMMAND_VERSION}`;
}

/** The events that answer a queue command (sent, or refused), and the one for an overdue deadline. */
export const DONE_COMMAND_EVENT_NAME = 'opdracht.uitgevoerd';
export const REFUSED_COMMAND_EVENT_NAME = 'opdracht.geweigerd';
export const OVERDUE_EVENT_NAME = 'termijn.verlopen';
