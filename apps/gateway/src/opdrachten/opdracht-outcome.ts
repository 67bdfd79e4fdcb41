/** What a command came to: the message it became, or why it was refused. Stored with the command id and answered on a repeat. */
import type { Finding } from '../../../../libs/istandaarden/src/index.js';
import type { Wijziging } from '../../../../libs/domain/src/index.js';
import type { OpdrachtSoort } from '../../../../libs/messaging/src/index.js';

export interface OpdrachtOutcome {
  readonly commandId: string;
  readonly soort: OpdrachtSoort;
  readonly standaard: string | null;
  readonly status: 'accepted' | 'rejected';
  /** The outbound message stored and queued for delivery (accepted only). */
  readonly berichtId?: string;
  readonly berichtcode?: string;
  readonly identificatie?: string;
  readonly dagtekening?: string;
  /** 301 only: what each ToegewezenProduct does to its assignment. */
  readonly toewijzingen?: ReadonlyArray<{ readonly toewijzingNummer: number; readonly wijziging: Wijziging }>;
  /** Why the command was refused: command schema (`OPDRACHT`), XSD, rules, RedenWijziging. */
  readonly errors?: ReadonlyArray<Pick<Finding, 'rule' | 'line' | 'column' | 'path' | 'message'>>;
}

/** Rule ids of the findings about the command itself rather than the message it becomes. */
export const OPDRACHT_RULE = 'OPDRACHT';
export const REDEN_WIJZIGING_RULE = 'REDENWIJZIGING';
