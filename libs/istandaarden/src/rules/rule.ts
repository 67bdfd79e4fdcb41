/** What a rule is: data (id, retourcode, level, messages it applies to) plus one small check. */
import type { Standaard } from '../definition/model.js';
import type { Bericht } from '../mapping/model.js';
import type { Finding } from '../findings.js';

export type RuleLevel = 'xslt' | 'berichtoverstijgend' | 'externe bron' | 'conditie' | 'constraint';

/** What a rule may know besides the message itself; cross-message facts come through `state`. */
export interface RuleContext {
  /** Today in the Netherlands, `YYYY-MM-DD` (the "system date" of the standard). */
  readonly today: string;
  /** Gemeentecodes this gateway serves. */
  readonly gemeenten: ReadonlySet<string>;
  /** Whether a code is a gemeentecode on a date, by the reference table in use; unset: not checked. */
  readonly isGemeentecode?: (code: string, datum: string) => boolean;
  readonly state: RuleState;
}

/** Facts about earlier messages, read by the caller from its store. */
export interface RuleState {
  /** Whether `afzender` already sent a message with this BerichtIdentificatie (another message than this one). */
  berichtIdentificatieBestaat(afzender: string, identificatie: string, dagtekening: string): Promise<boolean>;
}

export interface Rule {
  readonly id: string;
  readonly retourcode: string;
  readonly level: RuleLevel;
  /** Message types (301 … 325) the rule applies to, in both standards unless `standaarden` says otherwise. */
  readonly appliesTo: readonly string[];
  /** The standards the rule belongs to; both when absent (TR377 and TR409 exist in iJw only). */
  readonly standaarden?: readonly Standaard[];
  /** The berichtklasse whose RetourCodes carry the code. */
  readonly klasse: 'Header' | 'Client' | 'Product';
  /** One line in our own words. */
  readonly explanation: string;
  check(bericht: Bericht, context: RuleContext): Promise<readonly Finding[]>;
}
