/**
 * Test support: a rule case is a passing message for one rule (the situation the rule is about, done
 * right) and an edit that breaks that rule alone. Both versions must be schema-valid, so each failure
 * is one the XSD cannot see; the broken one must give exactly one finding: the rule, 0001, the path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BerichtType } from '../catalogue.js';
import type { Standaard } from '../definition/model.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import { build } from '../mapping/build.js';
import { validate } from '../validation/validate.js';
import { evaluateRules, rules } from './index.js';
import { codeOf, passingBericht, passingContext } from './rule-fixtures.js';
import type { Rule } from './rule.js';

export type Edit = (bericht: BerichtNode, standaard: Standaard) => void;

export interface RuleCase {
  readonly rule: string;
  readonly type: BerichtType;
  /** Only in these standards; by default every standard the rule belongs to. */
  readonly standaarden?: readonly Standaard[];
  /** What the case shows, when one rule has several cases for a type. */
  readonly about?: string;
  /** Sets up the situation the rule is about, correctly: the passing message. */
  readonly pass?: Edit;
  /** Breaks the rule; applied to the passing message. */
  readonly fail: Edit;
  /** Where the finding points. */
  readonly path: string;
  /** Rules the same defect breaks by definition (CD077 and CD078 are two sides of one condition). */
  readonly twins?: readonly { readonly rule: string; readonly path: string }[];
}

export const BOTH: readonly Standaard[] = ['ijw', 'iwmo'];

function ruleById(id: string): Rule {
  const rule = rules.find((candidate) => candidate.id === id);
  assert.ok(rule, `no rule ${id}`);
  return rule;
}

function standaardenOf(c: RuleCase): readonly Standaard[] {
  return c.standaarden ?? ruleById(c.rule).standaarden ?? BOTH;
}

function edited(c: RuleCase, standaard: Standaard, broken: boolean): Bericht {
  const passing = passingBericht(c.type, standaard);
  c.pass?.(passing.bericht, standaard);
  if (!broken) return passing;
  // A copy, so that a failing edit never reaches values the case shares between standards.
  const bericht = structuredClone(passing);
  c.fail(bericht.bericht, standaard);
  return bericht;
}

function assertSchemaValid(bericht: Bericht): void {
  const built = build(bericht);
  assert.ok(built.ok, JSON.stringify(!built.ok && built.findings));
  assert.deepEqual(validate(built.xml).findings, [], 'the message is schema-valid');
}

const byRule = (a: readonly string[], b: readonly string[]) => a[0]!.localeCompare(b[0]!);

async function findings(bericht: Bericht) {
  return (await evaluateRules(bericht, passingContext())).map((f) => [f.rule, f.retourcode ?? '', f.path]);
}

/**
 * Registers a pair of tests per case and standard, and a check that the cases cover `family` completely
 * for the message types in `scope` (all by default).
 */
export function describeCases(
  title: string,
  family: readonly Rule[],
  cases: readonly RuleCase[],
  scope?: readonly BerichtType[],
): void {
  describe(title, () => {
    for (const c of cases) {
      for (const standaard of standaardenOf(c)) {
        const name = `${c.rule} ${codeOf(c.type, standaard)}${c.about ? ` (${c.about})` : ''}`;
        it(`${name}: passes`, async () => {
          const bericht = edited(c, standaard, false);
          assertSchemaValid(bericht);
          assert.deepEqual(await findings(bericht), []);
        });
        it(`${name}: fails alone with 0001 at ${c.path}`, async () => {
          const bericht = edited(c, standaard, true);
          assertSchemaValid(bericht);
          const twins = (c.twins ?? []).map((twin) => [twin.rule, '0001', twin.path]);
          const expected = [[c.rule, '0001', c.path], ...twins].sort(byRule);
          assert.deepEqual((await findings(bericht)).sort(byRule), expected);
        });
      }
    }

    it(`has a case for every rule, message type${scope ? ` (of ${scope.join(', ')})` : ''} and standard`, () => {
      const covered = new Set(
        cases.flatMap((c) => standaardenOf(c).map((s) => `${c.rule} ${codeOf(c.type, s)}`)),
      );
      const missing = family.flatMap((rule) =>
        (rule.standaarden ?? BOTH).flatMap((s) =>
          rule.appliesTo
            .filter((type) => !scope || scope.includes(type as BerichtType))
            .map((type) => `${rule.id} ${codeOf(type as BerichtType, s)}`)
            .filter((key) => !covered.has(key) && !UNREACHABLE.has(key)),
        ),
      );
      assert.deepEqual(missing, []);
    });
  });
}

/**
 * Rule and message combinations no message can break alone: a 315 has one repeatable class, keyed on
 * ReferentieAanbieder, and TR383 reports a repeated one; TR101 has nothing left to check there.
 */
const UNREACHABLE = new Set(['TR101 JW315', 'TR101 WMO315']);
