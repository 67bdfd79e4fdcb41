/**
 * Scenario support: a sequence of messages through the gateway (REST, `Prefer: wait`), each step with
 * the retourcodes expected per berichtklasse, and the gemeente's own decisions (301, 319) recorded as
 * the gateway records what it sends. Messages are built from the rule fixtures (they pass every
 * in-message rule), so only the cross-message rules speak.
 */
import assert from 'node:assert/strict';
import {
  build,
  findingExplanation,
  parse,
  type Bericht,
  type BerichtNode,
  type BerichtType,
  type Standaard,
} from '../../libs/istandaarden/src/index.js';
import { passingBericht, put } from '../../libs/istandaarden/src/rules/rule-fixtures.js';
import { historyMessage, recordHistory } from '../support/rule-history.js';
import type { TestGateway } from '../support/test-gateway.js';

export interface Outcome {
  readonly id: string;
  readonly status: string;
  readonly retourcodes?: Record<string, string[]> | null;
  readonly errors?: Array<{
    rule: string;
    retourcode?: string;
    path: string;
    message: string;
    explanation?: string;
  }>;
  readonly retour?: { berichtcode: string; id: string };
}

type Values = Record<string, unknown>;

let counter = 0;

export class Scenario {
  /** A fresh client per scenario, so scenarios sharing a gateway never see each other's state. */
  readonly bsn: string;

  constructor(
    private readonly gateway: TestGateway,
    readonly standaard: Standaard,
    bsn: string,
  ) {
    this.bsn = bsn;
  }

  /** A message of `type` for this scenario's client, from the passing fixture, with `edit` applied. */
  message(type: BerichtType, dagtekening: string, edit: (b: BerichtNode) => void = () => {}): Bericht {
    const bericht = passingBericht(type, this.standaard);
    const header = bericht.bericht.Header as BerichtNode;
    header.BerichtIdentificatie = { Identificatie: `SC${++counter}`, Dagtekening: dagtekening };
    const root = bericht.bericht as Values;
    if (root.Client) (root.Client as Values).Bsn = this.bsn;
    if (root.Declaratie) {
      (root.Declaratie as Values).DeclaratieDagtekening = dagtekening;
      const clients = ((root.Declaratie as Values).Clienten as { Client: Values[] }).Client;
      for (const client of clients) client.Bsn = this.bsn;
    }
    edit(bericht.bericht);
    return bericht;
  }

  /** Records what the gemeente sent (a 301 or 319 built for this client) as the gateway records it. */
  async sent(type: '301' | '319', edit: (b: BerichtNode) => void): Promise<void> {
    const parties = this.message('305', '2020-01-01');
    const model = passingBericht(type, this.standaard).bericht;
    edit(model);
    const body: Values =
      type === '301'
        ? { Client: { ...(model.Client as Values), Bsn: this.bsn } }
        : { Antwoord: model.Antwoord };
    await recordHistory(this.gateway.database.url, [historyMessage(parties, type, body)]);
  }

  /** Sends `bericht` and asserts its outcome: accepted without codes, or rejected with these codes per class. */
  async step(name: string, bericht: Bericht, retourcodes: Record<string, string[]> | null): Promise<Outcome> {
    const built = build(bericht);
    assert.ok(built.ok, `${name}: ${JSON.stringify(!built.ok && built.findings)}`);
    return this.post(name, built.xml, retourcodes);
  }

  async post(
    name: string,
    xml: string | Buffer,
    retourcodes: Record<string, string[]> | null,
  ): Promise<Outcome> {
    const response = await fetch(`${this.gateway.base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', prefer: 'wait' },
      body: xml,
    });
    assert.equal(response.status, 200, name);
    const outcome = (await response.json()) as Outcome;
    assert.deepEqual(outcome.retourcodes ?? null, retourcodes, `${name}: ${JSON.stringify(outcome.errors)}`);
    assert.equal(outcome.status, retourcodes ? 'rejected' : 'accepted', name);
    for (const error of outcome.errors ?? [])
      assert.equal(
        error.explanation,
        findingExplanation(error.rule),
        `${name}: the finding carries what explain says`,
      );
    return outcome;
  }

  /** The retour the gateway produced for `outcome`, as a model. */
  async retour(outcome: Outcome): Promise<BerichtNode> {
    const xml = await (await fetch(`${this.gateway.base}/api/v1/berichten/${outcome.id}/retour`)).text();
    const parsed = parse(xml);
    assert.ok(parsed.ok, xml);
    return parsed.bericht;
  }
}

/** Sets leaves below `steps` (`Client/StartProducten/StartProduct`). */
export function set(steps: string, values: Values): (b: BerichtNode) => void {
  return (b) => {
    for (const [name, value] of Object.entries(values))
      put(b, `${steps}/${name}`, value as BerichtNode[string]);
  };
}

/** Replaces the list at `steps` by `items`. */
export function list(steps: string, items: Values[]): (b: BerichtNode) => void {
  return (b) => put(b, steps, items as unknown as BerichtNode[string]);
}

/** Several edits in order. */
export function all(...edits: Array<(b: BerichtNode) => void>): (b: BerichtNode) => void {
  return (b) => edits.forEach((edit) => edit(b));
}

export { testBsn as bsn } from '../support/bsn.js';
