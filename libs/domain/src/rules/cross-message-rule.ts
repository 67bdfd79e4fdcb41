/** What a cross-message rule is: data (id, retourcode, level, messages) plus a check against stored state. */
import type { Bericht, BerichtType, Finding, Standaard } from '../../../istandaarden/src/index.js';
import { finding } from '../../../istandaarden/src/index.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import type { OwnerState } from './rule-state.js';

export interface CrossMessageContext {
  /** Today in the Netherlands, `YYYY-MM-DD`. */
  readonly today: string;
  /** The state of the message's law, gemeente and aanbieder, including earlier messages of the batch. */
  readonly state: OwnerState;
  /** Reference tables (gemeentecodes, productcodes), for the rules of the externe-bron kind. */
  readonly reference: ReferenceData;
}

export interface CrossMessageRule {
  readonly id: string;
  readonly retourcode: string;
  readonly level: 'berichtoverstijgend' | 'externe bron';
  /** Message types the rule applies to, in both standards unless `standaarden` says otherwise. */
  readonly appliesTo: readonly BerichtType[];
  readonly standaarden?: readonly Standaard[];
  /** The berichtklasse whose RetourCodes carry the code (the finding's path names the instance). */
  readonly klasse: string;
  /** One line in our own words. */
  readonly explanation: string;
  check(bericht: Bericht, context: CrossMessageContext): readonly Finding[];
}

/** A finding of `rule` on the class instance at `path`. */
export function failure(rule: CrossMessageRule, path: string, message: string): Finding {
  return { ...finding(rule.id, message, { path }), retourcode: rule.retourcode };
}
