/**
 * The cross-message rules guarding what a gemeente sends, on the back-office command path: a 301, 319
 * or 325 that breaks one is refused like any invalid command (REST 422 with the rule id and its
 * explanation, on the queue an `opdracht.geweigerd` event), nothing is stored or delivered; one that
 * keeps them is accepted and delivered. Concurrent commands for one owner see each other (TR360).
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Channel } from 'amqplib';
import type pg from 'pg';
import { ChainSim } from '../../apps/chain-sim/src/chain-sim.js';
import { parse } from '../../libs/istandaarden/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import { testBsn } from '../support/bsn.js';
import { EventConsumer } from '../support/event-consumer.js';
import { historyForExample, recordHistory } from '../support/rule-history.js';
import {
  AANBIEDER,
  antwoordBericht,
  declaratie,
  declaratieAntwoordBericht,
  GEMEENTE,
  toewijzingBericht,
  uniek,
  verzoekOmToewijzing,
} from '../support/opdracht-builders.js';
import { skipWithoutServices } from '../support/test-services.js';
import type { TestGateway } from '../support/test-gateway.js';
import { di01sWith, startCommandHarness, type CommandHarness } from '../support/command-harness.js';
import { postJson } from '../support/http.js';
import { until } from '../support/wait.js';

type Json = Record<string, unknown>;
type Reply = { status: number; body: Json };

describe('back-office commands: the cross-message guards', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  let sim: ChainSim;
  let events: EventConsumer;
  let db: pg.Client;
  let channel: Channel;
  let harness: CommandHarness | undefined;
  const commandsQueue = `istd.t.commands.${randomBytes(4).toString('hex')}`;
  let toewijzingNummer = 1000 + Math.floor(Math.random() * 1e6);

  before(async () => {
    harness = await startCommandHarness(commandsQueue);
    ({ gateway, sim, events, db, channel } = harness);
  });
  after(() => harness?.close());

  const post = (path: string, body: unknown): Promise<Reply> => postJson(gateway.base, path, body);

  const deliveredWith = (identificatie: string): number => di01sWith(sim, identificatie).length;

  /** Asserts the command was accepted and its message delivered to the GGk. */
  async function accepted(reply: Reply): Promise<void> {
    assert.equal(reply.status, 202, JSON.stringify(reply.body));
    const identificatie = reply.body.identificatie as string;
    await sim.waitForDelivery(() => deliveredWith(identificatie) > 0, 15_000);
  }

  /** The messages we sent (retours to received messages aside) and the Di01s that carried them. */
  async function outbound(): Promise<{ messages: number; deliveries: number }> {
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM message WHERE direction = 'out' AND code ~ '^JW3(01|19|25)$'`,
    );
    const deliveries = sim.delivered.filter(
      ({ request }) =>
        request.operation === 'ggk_Di01' && /^JW3(01|19|25)$/.test(request.envelope.stuurgegevens.functie),
    ).length;
    return { messages: rows.rows[0]!.n, deliveries };
  }

  /** Posts a command that a guard refuses: 422, `rule` among the reasons with its explanation, nothing stored or delivered. */
  async function refusedBy(rule: string, explanation: RegExp, path: string, command: Json): Promise<Json[]> {
    const before = await outbound();
    const reply = await post(path, command);
    assert.equal(reply.status, 422, JSON.stringify(reply.body));
    assert.equal(reply.body.type, 'https://istandaarden-gateway.invalid/problems/command-rejected');
    const errors = reply.body.errors as Json[];
    const found = errors.find((e) => e.rule === rule);
    assert.ok(found, `${rule} among ${JSON.stringify(errors)}`);
    assert.match(String(found.message), explanation);
    const stored = await db.query(`SELECT status FROM opdracht WHERE command_id = $1`, [command.commandId]);
    assert.deepEqual(stored.rows, [{ status: 'rejected' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await outbound(), before, 'no message stored, nothing delivered');
    return errors;
  }

  /** Sends a provider message through the GGk and waits until it is accepted; returns its id. */
  async function received(xml: string, functie: string): Promise<string> {
    const sent = await sim.send(xml, functie);
    assert.equal(sent.answer?.kind, 'Bv03');
    return until(`${functie} processed`, async () => {
      const rows = await db.query<{ id: string; status: string; findings: unknown }>(
        `SELECT id, status, findings FROM message WHERE direction = 'in' AND envelope -> 'stuurgegevens' ->> 'referentienummer' = $1`,
        [sent.referentienummer],
      );
      const row = rows.rows[0];
      if (!row || row.status === 'received') return undefined;
      assert.equal(row.status, 'accepted', `${functie} accepted: ${JSON.stringify(row.findings)}`);
      return row.id;
    });
  }

  let clients = 5000;
  /** A verzoek om toewijzing (JW315) with `referentie` for a client of its own (so no other request of it is open). */
  function verzoek(referentie: string, bsn = testBsn(++clients)): string {
    return verzoekOmToewijzing(referentie).replace('>999990019<', `>${bsn}<`);
  }

  function toewijzing(product: Parameters<typeof toewijzingBericht>[0], client: Json = {}): Json {
    const bericht = toewijzingBericht(product);
    Object.assign(bericht.Client as Json, client);
    return { commandId: randomUUID(), standaard: 'ijw', gemeente: GEMEENTE, aanbieder: AANBIEDER, bericht };
  }

  function antwoord(antwoordOp: string, bericht: Json): Json {
    return { commandId: randomUUID(), standaard: 'ijw', antwoordOp, bericht };
  }

  it('301: a ToewijzingNummer sent for one client is refused for another (TR332); changed for its own client it is accepted', async () => {
    const nummer = ++toewijzingNummer;
    await accepted(await post('/api/v1/toewijzingen', toewijzing({ toewijzingNummer: nummer })));
    await refusedBy(
      'TR332',
      /^A ToewijzingNummer is unique within the gemeente and the law\. \(ToewijzingNummer \d+ is in use for another client/,
      '/api/v1/toewijzingen',
      toewijzing(
        { toewijzingNummer: nummer, einddatum: '2027-06-30', redenWijziging: '04' },
        { Bsn: testBsn(4711) },
      ),
    );
    const change = await post(
      '/api/v1/toewijzingen',
      toewijzing({ toewijzingNummer: nummer, einddatum: '2027-06-30', redenWijziging: '04' }),
    );
    await accepted(change);
    assert.deepEqual(change.body.toewijzingen, [{ toewijzingNummer: nummer, wijziging: 'beeindigd' }]);
  });

  it("301: a ReferentieAanbieder of no received request is refused (TR379); the request's own is accepted", async () => {
    const referentie = uniek('R');
    const bsn = testBsn(++clients);
    await received(verzoek(referentie, bsn), 'JW315');
    const withReferentie = (reference: string) => {
      const command = toewijzing({ toewijzingNummer: ++toewijzingNummer }, { Bsn: bsn });
      const client = (command.bericht as Json).Client as Json;
      const product = ((client.ToegewezenProducten as Json).ToegewezenProduct as Json[])[0]!;
      product.ReferentieAanbieder = reference;
      return command;
    };
    await refusedBy(
      'TR379',
      /carries the request's ReferentieAanbieder.*no request \S+ of this client was received/,
      '/api/v1/toewijzingen',
      withReferentie(uniek('X')),
    );
    await accepted(await post('/api/v1/toewijzingen', withReferentie(referentie)));
  });

  it('319: a refusal is accepted once; a second answer to the request is refused (TR365), on REST and on the queue', async () => {
    const referentie = uniek('R');
    const verzoekId = await received(verzoek(referentie), 'JW315');
    await accepted(await post('/api/v1/antwoorden', antwoord(verzoekId, antwoordBericht(referentie))));
    await refusedBy(
      'TR365',
      /only follows an 'under investigation'.*was refused before/,
      '/api/v1/antwoorden',
      antwoord(verzoekId, antwoordBericht(referentie)),
    );

    const before = await outbound();
    const command = antwoord(verzoekId, antwoordBericht(referentie));
    channel.sendToQueue(commandsQueue, Buffer.from(JSON.stringify(command)), {
      type: 'ijw.antwoord.v1',
      persistent: true,
      contentType: 'application/json',
    });
    const byCommand = () =>
      events.events.find((e) => (e.event.data as Json | undefined)?.commandId === command.commandId);
    await events.waitFor(() => byCommand() !== undefined, 15_000);
    const refusal = byCommand()!;
    assert.equal(refusal.routingKey, 'ijw.opdracht.geweigerd');
    assert.deepEqual(validateEvent(refusal.routingKey, refusal.event), []);
    assert.ok(((refusal.event.data as Json).errors as Json[]).some((e) => e.rule === 'TR365'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await outbound(), before, 'no message stored, nothing delivered');
  });

  it("319: of two concurrent 'in onderzoek' answers to one request one is accepted, the other refused (TR360)", async () => {
    const referentie = uniek('R');
    const verzoekId = await received(verzoek(referentie), 'JW315');
    const onderzoek = () =>
      antwoord(verzoekId, { Antwoord: { ReferentieAanbieder: referentie, VerzoekAntwoord: '2' } });
    const replies = await Promise.all([
      post('/api/v1/antwoorden', onderzoek()),
      post('/api/v1/antwoorden', onderzoek()),
    ]);
    const statuses = replies.map((r) => r.status).sort();
    assert.deepEqual(statuses, [202, 422], JSON.stringify(replies.map((r) => r.body)));
    await accepted(replies.find((r) => r.status === 202)!);
    const refused = replies.find((r) => r.status === 422)!;
    assert.ok(
      (refused.body.errors as Json[]).some((e) => e.rule === 'TR360'),
      JSON.stringify(refused.body),
    );
  });

  it('325: a prestatie for another client than the declaration is refused (TR304), the declaration granted in full accepted; then its toewijzing cannot be withdrawn (301, TR385)', async () => {
    const nummer = uniek('N');
    const xml = declaratie(nummer);
    const parsed = parse(xml);
    assert.ok(parsed.ok);
    await recordHistory(gateway.database.url, historyForExample(parsed));
    const declaratieId = await received(xml, 'JW323');

    const otherClient = declaratieAntwoordBericht(nummer);
    const declared = ((((parsed.bericht as Json).Declaratie as Json).Clienten as Json).Client as Json[])[0]!;
    (otherClient.DeclaratieAntwoord as Json).Clienten = {
      Client: [
        {
          Bsn: testBsn(4712),
          Prestaties: {
            Prestatie: ((declared.Prestaties as Json).Prestatie as Json[]).map((p) => ({
              ...p,
              RetourCodes: { RetourCode: ['0200'] },
            })),
          },
          RetourCodes: { RetourCode: ['0200'] },
        },
      ],
    };
    await refusedBy(
      'TR304',
      /^The BSN belongs to the client of the toewijzing or declaration referred to\./,
      '/api/v1/declaratie-antwoorden',
      antwoord(declaratieId, otherClient),
    );
    await accepted(
      await post('/api/v1/declaratie-antwoorden', antwoord(declaratieId, declaratieAntwoordBericht(nummer))),
    );

    // 301: the toewijzing declared on, granted and not credited, may not be withdrawn (TR385).
    const { rows } = await db.query<{ ingangsdatum: string }>(
      `SELECT to_char(ingangsdatum, 'YYYY-MM-DD') AS ingangsdatum FROM toewijzing WHERE toewijzing_nummer = 1`,
    );
    const ingangsdatum = rows[0]!.ingangsdatum;
    const errors = await refusedBy(
      'TR385',
      /^A toewijzing with approved, uncredited prestaties may not be deleted.*toewijzing 1 has 1 uncredited/,
      '/api/v1/toewijzingen',
      toewijzing({ toewijzingNummer: 1, ingangsdatum, einddatum: ingangsdatum, redenWijziging: '13' }),
    );
    assert.deepEqual(
      errors.map((e) => e.rule),
      ['TR385'],
      'withdrawn as the RedenWijziging rules want: only the guard objects',
    );
  });
});
