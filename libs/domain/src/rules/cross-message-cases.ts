/**
 * Test support for the cross-message rule specs: a case is a history of earlier messages (recorded as
 * the gateway records them), a message that passes, and an edit that makes it fail. Both versions are
 * schema-valid and pass every in-message rule; the broken one gives exactly one cross-message finding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Bericht, BerichtNode, BerichtType, Standaard } from '../../../istandaarden/src/index.js';
import { build, evaluateRules, validate } from '../../../istandaarden/src/index.js';
import {
  BSN,
  codeOf,
  passingBericht,
  passingContext,
  put,
} from '../../../istandaarden/src/rules/rule-fixtures.js';
import { parseGemeentecodes, parseProductcodes, ReferenceData } from '../reference-data/reference-data.js';
import { stateRecords } from '../state-records.js';
import type { CrossMessageRule } from './cross-message-rule.js';
import { crossMessageRules, evaluateCrossMessageRules } from './index.js';
import { OwnerState } from './rule-state.js';

export type Edit = (bericht: BerichtNode, standaard: Standaard) => void;

export interface CrossCase {
  readonly rule: string;
  readonly type: BerichtType;
  readonly about?: string;
  /** Messages processed before, oldest first. */
  readonly history?: (standaard: Standaard) => Bericht[];
  /** Sets up the situation correctly: the passing message. */
  readonly pass?: Edit;
  /** Breaks the rule; applied to the passing message. */
  readonly fail: Edit;
  /** A different history for the failing message, when the message stays the same and the past differs. */
  readonly failHistory?: (standaard: Standaard) => Bericht[];
  readonly path: string;
}

export const TODAY = passingContext().today;

/** Reference data for the rule specs: every code of its category by the national convention. */
export const TEST_REFERENCE = new ReferenceData(
  parseGemeentecodes('code;naam;ingangsdatum;einddatum\n0363;Amsterdam;2000-01-01;\n'),
  parseProductcodes(
    [
      'standaard;categorie;code;ingangsdatum;einddatum',
      ...['45', '46'].map((c) => `ijw;${c};${c}*;2015-01-01;`),
      ...['02', '03'].map((c) => `iwmo;${c};${c}*;2015-01-01;`),
    ].join('\n'),
  ),
);

/** A message of `type` that passes every rule, changed by `edit`. */
export function bericht(type: BerichtType, standaard: Standaard, ...edits: Edit[]): Bericht {
  const result = passingBericht(type, standaard);
  for (const edit of edits) edit(result.bericht, standaard);
  return result;
}

/** The toewijzing 1001 most cases start from: the client's product from 1 January to 31 December 2026, 2 hours a week. */
export function toewijzing(standaard: Standaard, ...edits: Edit[]): Bericht {
  return bericht(
    '301',
    standaard,
    (b) => put(b, 'Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum', '2026-01-01'),
    ...edits,
  );
}

/** Sets leaves below `steps` of the message. */
export function set(steps: string, values: Record<string, unknown>): Edit {
  return (b) => {
    for (const [name, value] of Object.entries(values))
      put(b, `${steps}/${name}`, value as BerichtNode[string] | undefined);
  };
}

export function stateOf(history: readonly Bericht[]): OwnerState {
  const state = new OwnerState();
  for (const earlier of history) state.add(stateRecords(earlier));
  return state;
}

function assertValid(b: Bericht): void {
  const built = build(b);
  assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
  assert.deepEqual(validate(built.xml).findings, [], 'schema-valid');
}

async function findings(b: Bericht, history: readonly Bericht[]) {
  const inMessage = await evaluateRules(b, passingContext());
  const cross = evaluateCrossMessageRules(b, {
    today: TODAY,
    state: stateOf(history),
    reference: TEST_REFERENCE,
  });
  return [...inMessage, ...cross].map((f) => [f.rule, f.retourcode ?? '', f.path]);
}

function ruleById(id: string): CrossMessageRule {
  const rule = crossMessageRules.find((candidate) => candidate.id === id);
  assert.ok(rule, `no rule ${id}`);
  return rule;
}

const BOTH: readonly Standaard[] = ['ijw', 'iwmo'];

export function describeCrossCases(
  title: string,
  cases: readonly CrossCase[],
  family: readonly CrossMessageRule[],
): void {
  describe(title, () => {
    for (const c of cases) {
      const rule = ruleById(c.rule);
      for (const standaard of rule.standaarden ?? BOTH) {
        const name = `${c.rule} ${codeOf(c.type, standaard)}${c.about ? ` (${c.about})` : ''}`;
        const passing = () => bericht(c.type, standaard, ...(c.pass ? [c.pass] : []));
        it(`${name}: passes`, async () => {
          const b = passing();
          assertValid(b);
          assert.deepEqual(await findings(b, c.history?.(standaard) ?? []), []);
        });
        it(`${name}: fails alone with ${rule.retourcode} at ${c.path}`, async () => {
          const b = structuredClone(passing());
          c.fail(b.bericht, standaard);
          assertValid(b);
          const history = (c.failHistory ?? c.history)?.(standaard) ?? [];
          assert.deepEqual(await findings(b, history), [[c.rule, rule.retourcode, c.path]]);
        });
      }
    }
    it('has a case for every rule and message type of this family', () => {
      const covered = new Set(cases.map((c) => `${c.rule} ${c.type}`));
      const missing = family.flatMap((rule) =>
        rule.appliesTo.map((type) => `${rule.id} ${type}`).filter((key) => !covered.has(key)),
      );
      assert.deepEqual(missing, []);
    });
  });
}

export { BSN };
