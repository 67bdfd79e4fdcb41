/**
 * In-message rules (the XSLT kind, condities and constraints): each is data plus a function that lists
 * the places where the message breaks it. All of them answer with retourcode 0001 on the Header
 * (IV028: a level-2 failure makes the retour Header-only).
 */
import { catalogueEntry, type BerichtType } from '../catalogue.js';
import type { Standaard } from '../definition/model.js';
import { finding, MAX_FINDINGS, type Finding } from '../findings.js';
import type { Bericht } from '../mapping/model.js';
import { root, text, type At } from './paths.js';
import type { Rule, RuleLevel } from './rule.js';

/** What a check sees: the message, its type and standard, and its Dagtekening. */
export interface MessageFacts {
  readonly bericht: Bericht;
  readonly type: BerichtType;
  readonly standaard: Standaard;
  readonly root: At;
  /** Header/BerichtIdentificatie/Dagtekening, `YYYY-MM-DD`. */
  readonly dagtekening: string;
}

/** One place where a message breaks a rule. */
export interface Violation {
  readonly path: string;
  readonly message: string;
}

export interface InMessageRuleSpec {
  readonly id: string;
  readonly level: Extract<RuleLevel, 'xslt' | 'conditie' | 'constraint'>;
  readonly appliesTo: readonly BerichtType[];
  readonly standaarden?: readonly Standaard[];
  readonly explanation: string;
  violations(facts: MessageFacts): Iterable<Violation>;
}

/** The retourcode of every in-message rule: technical rejection. */
export const IN_MESSAGE_RETOURCODE = '0001';

export function inMessageRule(spec: InMessageRuleSpec): Rule {
  const rule: Rule = {
    id: spec.id,
    retourcode: IN_MESSAGE_RETOURCODE,
    level: spec.level,
    appliesTo: spec.appliesTo,
    ...(spec.standaarden ? { standaarden: spec.standaarden } : {}),
    klasse: 'Header',
    explanation: spec.explanation,
    async check(bericht) {
      const facts = factsOf(bericht);
      if (!facts) return [];
      const findings: Finding[] = [];
      for (const { path, message } of spec.violations(facts)) {
        findings.push({ ...finding(spec.id, message, { path }), retourcode: IN_MESSAGE_RETOURCODE });
        if (findings.length >= MAX_FINDINGS) break;
      }
      return findings;
    },
  };
  return rule;
}

function factsOf(bericht: Bericht): MessageFacts | undefined {
  const entry = catalogueEntry(bericht.code);
  if (!entry) return undefined;
  const at = root(bericht);
  const dagtekening = text(at.node, 'Header/BerichtIdentificatie/Dagtekening') ?? '';
  return { bericht, type: entry.type, standaard: entry.standaard, root: at, dagtekening };
}

/** `date` moved `years` back (29 February becomes 28 February in a common year). */
export function yearsBefore(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  const monthDay = date.slice(5);
  return monthDay === '02-29' && !isLeapYear(Number(year)) ? `${year}-02-28` : `${year}-${monthDay}`;
}

/** The last day of the month of `date`, `YYYY-MM-DD`. */
export function lastDayOfMonth(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 8)}${String(days).padStart(2, '0')}`;
}

/** Whether `a` and `b` agree on `YYYY-MM` (`a.slice(0, 7) === b.slice(0, 7)`, without the two slices). */
export function sameMonth(a: string, b: string): boolean {
  const length = Math.min(a.length, 7);
  if (length !== Math.min(b.length, 7)) return false;
  for (let index = 0; index < length; index++) if (a.charCodeAt(index) !== b.charCodeAt(index)) return false;
  return true;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** An amount with its DebetCredit as a signed number of cents (credit negative). */
export function signed(amount: number | undefined, debetCredit: string | undefined): number {
  return (amount ?? 0) * (debetCredit === 'C' ? -1 : 1);
}
