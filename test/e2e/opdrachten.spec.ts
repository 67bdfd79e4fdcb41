/**
 * Back-office commands end to end, with the chain simulator as the GGk: a command (REST or RabbitMQ)
 * becomes a valid 301, 319 or 325 in a Di01 delivered to the GGk; the provider's retour comes back later
 * and is matched to it (events, statuses per class); invalid commands are refused with reasons and
 * nothing is delivered; a repeated command id is delivered once; deliveries survive an outage and are
 * parked, visible and resendable beyond their retry budget; overdue deadlines produce one event each.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Channel } from 'amqplib';
import type pg from 'pg';
import { ChainSim, type Delivered } from '../../apps/chain-sim/src/chain-sim.js';
import { parse, validate } from '../../libs/istandaarden/src/index.js';
import {
  buildFo01,
  formatTijdstip,
  newReferentienummer,
  operationSpec,
  replyStuurgegevens,
  stufFout,
} from '../../libs/stuf-ggk/src/index.js';
import { addKalenderdagen } from '../../libs/domain/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import { COMMANDS_DEAD_LETTER_EXCHANGE } from '../../libs/messaging/src/index.js';
import { TermijnService } from '../../apps/gateway/src/termijnen/termijn.service.js';
import { EventConsumer, type ReceivedEvent } from '../support/event-consumer.js';
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
import { di01sWith, startCommandHarness, type CommandHarness } from '../support/command-harness.js';
import { postJson } from '../support/http.js';
import type { TestGateway } from '../support/test-gateway.js';
import { until as waitUntil } from '../support/wait.js';

type Json = Record<string, unknown>;

describe(
  'back-office commands, outbound delivery, retours and termijnen',
  { skip: skipWithoutServices },
  () => {
    let gateway: TestGateway;
    let sim: ChainSim;
    let events: EventConsumer;
    let db: pg.Client;
    let channel: Channel;
    let harness: CommandHarness | undefined;
    const commandsQueue = `istd.t.commands.${randomBytes(4).toString('hex')}`;
    let toewijzingNummer = 1000 + Math.floor(Math.random() * 1e6);

    before(async () => {
      harness = await startCommandHarness(commandsQueue, {
        DELIVERY_RETRY_BASE_MS: '50',
        DELIVERY_MAX_ATTEMPTS: '3',
        TERMIJN_CHECK_MS: '200',
      });
      ({ gateway, sim, events, db, channel } = harness);
    });
    after(() => harness?.close());

    const post = (path: string, body: unknown): Promise<{ status: number; body: Json }> =>
      postJson(gateway.base, path, body);

    async function get(path: string): Promise<Json & Json[]> {
      const response = await fetch(`${gateway.base}${path}`);
      assert.equal(response.status, 200, path);
      return (await response.json()) as Json & Json[];
    }

    /** Waits like the shared `until`; a timeout shows the latest messages. */
    const until = <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> =>
      waitUntil(what, probe, {
        explain: async () => {
          const dump = await db.query(
            `SELECT code, direction, status, findings, identificatie, afzender, ontvanger, dagtekening FROM message ORDER BY received_at DESC LIMIT 4`,
          );
          return JSON.stringify(dump.rows);
        },
      });

    /** The Di01s delivered that carry the message with this identificatie. */
    const deliveredWith = (identificatie: string): Delivered[] => di01sWith(sim, identificatie);

    async function delivery(identificatie: string): Promise<Delivered> {
      await sim.waitForDelivery(() => deliveredWith(identificatie).length > 0, 15_000);
      return deliveredWith(identificatie)[0]!;
    }

    async function eventFor(berichtId: string, key: string): Promise<ReceivedEvent> {
      await events.waitFor(() => events.forMessage(berichtId).some((e) => e.routingKey === key), 15_000);
      const received = events.forMessage(berichtId).find((e) => e.routingKey === key)!;
      assert.deepEqual(
        validateEvent(received.routingKey, received.event),
        [],
        `${key} satisfies its JSON Schema`,
      );
      return received;
    }

    /** Sends a provider message through the GGk and waits until the gateway processed it; returns its id. */
    async function received(xml: string, functie: string): Promise<string> {
      const sent = await sim.send(xml, functie);
      assert.equal(sent.answer?.kind, 'Bv03');
      return until(`${functie} processed`, async () => {
        const rows = await db.query<{ id: string; status: string }>(
          `SELECT id, status FROM message WHERE direction = 'in' AND envelope -> 'stuurgegevens' ->> 'referentienummer' = $1`,
          [sent.referentienummer],
        );
        const row = rows.rows[0];
        if (!row || row.status === 'received') return undefined;
        assert.equal(row.status, 'accepted', `${functie} accepted`);
        return row.id;
      });
    }

    function toewijzing(
      overrides: Json = {},
      product: Parameters<typeof toewijzingBericht>[0] = { toewijzingNummer: ++toewijzingNummer },
    ): Json {
      return {
        commandId: randomUUID(),
        standaard: 'ijw',
        gemeente: GEMEENTE,
        aanbieder: AANBIEDER,
        bericht: toewijzingBericht(product),
        ...overrides,
      };
    }

    /** Posts an answer to a received message and checks the Di01 delivered with it; returns both. */
    async function answer(
      path: string,
      antwoordOp: string,
      bericht: unknown,
      code: string,
    ): Promise<{ sent: { status: number; body: Json }; di01: Delivered }> {
      const sent = await post(path, { commandId: randomUUID(), standaard: 'ijw', antwoordOp, bericht });
      assert.equal(sent.status, 202, JSON.stringify(sent.body));
      const di01 = await delivery(sent.body.identificatie as string);
      assert.ok(di01.request.operation === 'ggk_Di01');
      assert.equal(di01.request.envelope.stuurgegevens.functie, code);
      assert.deepEqual(
        validate(di01.request.envelope.parameters.bericht.bytes, { expectedCode: code }).findings,
        [],
      );
      return { sent, di01 };
    }

    async function outboundCount(): Promise<number> {
      const rows = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM message WHERE direction = 'out'`,
      );
      return rows.rows[0]!.n;
    }

    it('toewijzing (301): command → valid JW301 in a Di01 → Bv03 → retour 302 later → event, statuses, termijn met', async () => {
      const sent = await post('/api/v1/toewijzingen', toewijzing());
      assert.equal(sent.status, 202, JSON.stringify(sent.body));
      assert.equal(sent.body.status, 'accepted');
      assert.equal(sent.body.berichtcode, 'JW301');
      assert.deepEqual(sent.body.toewijzingen, [{ toewijzingNummer, wijziging: 'nieuw' }]);
      const id = sent.body.berichtId as string;

      const di01 = await delivery(sent.body.identificatie as string);
      assert.ok(di01.request.operation === 'ggk_Di01');
      assert.equal(di01.request.envelope.stuurgegevens.functie, 'JW301');
      assert.equal(di01.request.envelope.stuurgegevens.zender.organisatie, GEMEENTE);
      const payload = di01.request.envelope.parameters.bericht.bytes;
      assert.deepEqual(validate(payload, { expectedCode: 'JW301' }).findings, []);
      await until('delivered status', async () =>
        (await get(`/api/v1/berichten/${id}`)).status === 'delivered' ? true : undefined,
      );
      const open = (await get('/api/v1/termijnen?status=open')).filter((t) => t.berichtId === id);
      assert.equal(open.length, 1);
      assert.equal(open[0]!.soort, 'retour');
      assert.equal(open[0]!.partij, 'aanbieder');

      const retour = await sim.sendRetour(di01);
      assert.equal(retour.answer?.kind, 'Bv03');
      const view = await until('retour matched', async () => {
        const v = await get(`/api/v1/berichten/${id}`);
        return v.status === 'accepted' ? v : undefined;
      });
      const retourId = (view.retour as Json).id as string;
      assert.equal((view.retour as Json).berichtcode, 'JW302');
      const retourEvent = await eventFor(retourId, 'ijw.toewijzing.retour-ontvangen');
      assert.deepEqual(retourEvent.event.origineel, { berichtId: id, status: 'accepted', retourcodes: {} });
      const all = (await get('/api/v1/termijnen?status=alle')).filter((t) => t.berichtId === id);
      assert.equal(all[0]!.afgehandeldDoor, retourId);
      assert.ok(all[0]!.afgehandeld);
    });

    it('an iWmo toewijzing (WMO301) goes the same way', async () => {
      const command = toewijzing(
        { standaard: 'iwmo' },
        { toewijzingNummer: ++toewijzingNummer, product: { Categorie: '02', Code: '02A01' } },
      );
      const sent = await post('/api/v1/toewijzingen', command);
      assert.equal(sent.status, 202, JSON.stringify(sent.body));
      assert.equal(sent.body.berichtcode, 'WMO301');
      const di01 = await delivery(sent.body.identificatie as string);
      assert.ok(di01.request.operation === 'ggk_Di01');
      assert.equal(di01.request.envelope.stuurgegevens.functie, 'WMO301');
      assert.deepEqual(
        validate(di01.request.envelope.parameters.bericht.bytes, { expectedCode: 'WMO301' }).findings,
        [],
      );
      await sim.sendRetour(di01);
      const view = await until('WMO302 matched', async () => {
        const v = await get(`/api/v1/berichten/${sent.body.berichtId as string}`);
        return v.status === 'accepted' ? v : undefined;
      });
      const retourEvent = await eventFor(
        (view.retour as Json).id as string,
        'iwmo.toewijzing.retour-ontvangen',
      );
      assert.equal(retourEvent.event.origineel?.berichtId, sent.body.berichtId);
    });

    it('a 302 with retourcodes makes the original rejected, per class', async () => {
      const sent = await post('/api/v1/toewijzingen', toewijzing());
      const id = sent.body.berichtId as string;
      const di01 = await delivery(sent.body.identificatie as string);
      await sim.sendRetour(di01, { header: ['0001'] });
      const view = await until('retour matched', async () => {
        const v = await get(`/api/v1/berichten/${id}`);
        return v.status === 'rejected' ? v : undefined;
      });
      assert.deepEqual(view.retourcodes, { Header: ['0001'] });
      assert.deepEqual(view.klassen, { Header: 'rejected' });
      const retourEvent = await eventFor(
        (view.retour as Json).id as string,
        'ijw.toewijzing.retour-ontvangen',
      );
      assert.deepEqual(retourEvent.event.origineel, {
        berichtId: id,
        status: 'rejected',
        retourcodes: { Header: ['0001'] },
      });
    });

    it('a changed, an ended and a withdrawn toewijzing follow the RedenWijziging rules', async () => {
      const nummer = ++toewijzingNummer;
      const first = await post('/api/v1/toewijzingen', toewijzing({}, { toewijzingNummer: nummer }));
      assert.equal(first.status, 202);
      const known = await db.query(`SELECT 1 FROM toewijzing WHERE toewijzing_nummer = $1`, [nummer]);
      const change = await post(
        '/api/v1/toewijzingen',
        toewijzing({}, { toewijzingNummer: nummer, einddatum: '2027-06-30', redenWijziging: '04' }),
      );
      if (known.rowCount) {
        // The rule state records the toewijzingen we send (issue 4): a change of one sent before is accepted.
        assert.equal(change.status, 202, JSON.stringify(change.body));
        assert.deepEqual(change.body.toewijzingen, [{ toewijzingNummer: nummer, wijziging: 'beeindigd' }]);
      } else {
        // Without that state a change is refused: nothing says this number was sent.
        assert.equal(change.status, 422);
        assert.match(JSON.stringify(change.body.errors), /REDENWIJZIGING/);
      }
      const withdrawnWrongly = await post(
        '/api/v1/toewijzingen',
        toewijzing({}, { toewijzingNummer: nummer, einddatum: '2027-01-31', redenWijziging: '13' }),
      );
      assert.equal(withdrawnWrongly.status, 422);
      // One reason, by the in-message rule CS335 (the RedenWijziging check leaves it to that rule).
      assert.deepEqual(
        (withdrawnWrongly.body.errors as Json[]).map((e) => e.rule),
        ['CS335'],
        JSON.stringify(withdrawnWrongly.body.errors),
      );
    });

    it('an invalid command is refused with its reasons and nothing is delivered', async () => {
      // What earlier tests queued goes out first (one Di01 per aanbieder at a time, so it may still be going).
      await until('earlier deliveries done', async () => {
        const pending = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM delivery WHERE status = 'pending'`,
        );
        return pending.rows[0]!.n === 0 ? true : undefined;
      });
      const before = await outboundCount();
      const deliveriesBefore = sim.delivered.length;
      const noBsn = toewijzing();
      delete ((noBsn.bericht as Json).Client as Json).Bsn;
      const schema = await post('/api/v1/toewijzingen', noBsn);
      assert.equal(schema.status, 422);
      assert.equal(schema.body.type, 'https://istandaarden-gateway.invalid/problems/command-rejected');
      assert.deepEqual(
        (schema.body.errors as Json[]).map((e) => [e.rule, e.path]),
        [['OPDRACHT', '/bericht/Client']],
      );
      assert.match(JSON.stringify(schema.body.errors), /Bsn/);

      const notServed = await post('/api/v1/toewijzingen', toewijzing({ gemeente: '0014' }));
      assert.equal(notServed.status, 422);
      assert.match(JSON.stringify(notServed.body.errors), /gemeente 0014 is not served/);

      const inMessageRule = toewijzing();
      const product = (((inMessageRule.bericht as Json).Client as Json).ToegewezenProducten as Json)
        .ToegewezenProduct as Json[];
      product[0]!.Einddatum = '2026-01-01';
      const ruleBroken = await post('/api/v1/toewijzingen', inMessageRule);
      assert.equal(ruleBroken.status, 422);
      assert.match(JSON.stringify(ruleBroken.body.errors), /before Ingangsdatum/);

      const unanswerable = await post('/api/v1/antwoorden', {
        commandId: randomUUID(),
        standaard: 'ijw',
        antwoordOp: randomUUID(),
        bericht: antwoordBericht('X'),
      });
      assert.equal(unanswerable.status, 422);
      assert.match(JSON.stringify(unanswerable.body.errors), /no received message with id/);

      const notJson = await fetch(`${gateway.base}/api/v1/toewijzingen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"commandId": ',
      });
      assert.equal(notJson.status, 400);
      assert.match(notJson.headers.get('content-type') ?? '', /problem\+json/);

      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await outboundCount(), before, 'no message stored');
      assert.equal(sim.delivered.length, deliveriesBefore, 'nothing delivered');
    });

    it('a repeated command id returns the first outcome and is delivered once', async () => {
      const command = toewijzing();
      const first = await post('/api/v1/toewijzingen', command);
      const again = await post('/api/v1/toewijzingen', command);
      const concurrent = await Promise.all([1, 2, 3].map(() => post('/api/v1/toewijzingen', command)));
      assert.equal(first.status, 202);
      for (const repeat of [again, ...concurrent]) assert.deepEqual(repeat, first);
      await delivery(first.body.identificatie as string);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(deliveredWith(first.body.identificatie as string).length, 1);
      const stored = await db.query(`SELECT count(*)::int AS n FROM message WHERE id = $1`, [
        first.body.berichtId,
      ]);
      assert.equal(stored.rows[0].n, 1);

      const refused = { ...toewijzing({ gemeente: '0014' }) };
      const refusedFirst = await post('/api/v1/toewijzingen', refused);
      assert.deepEqual(await post('/api/v1/toewijzingen', { ...refused, gemeente: GEMEENTE }), refusedFirst);
    });

    it('antwoord (319) on a received 315: Di01 → 320 per class later → event; the antwoord termijn is met', async () => {
      const referentie = uniek('R');
      const verzoekId = await received(verzoekOmToewijzing(referentie), 'JW315');
      // Our 316 meets the retour termijn once the GGk took it; the antwoord stays open.
      const open = await until('our 316 delivered', async () => {
        const listed = (await get('/api/v1/termijnen?status=open')).filter((t) => t.berichtId === verzoekId);
        return listed.length === 1 ? listed : undefined;
      });
      assert.deepEqual(
        open.map((t) => t.soort),
        ['antwoord'],
      );
      const retourTermijn = (await get('/api/v1/termijnen?status=alle')).find(
        (t) => t.berichtId === verzoekId && t.soort === 'retour',
      )!;
      assert.equal(retourTermijn.partij, 'gemeente');
      assert.ok(retourTermijn.afgehandeld);
      assert.equal(open[0]!.werkdagen, 5);

      const { sent, di01 } = await answer(
        '/api/v1/antwoorden',
        verzoekId,
        antwoordBericht(referentie),
        'JW319',
      );
      const id = sent.body.berichtId as string;
      const closed = (await get('/api/v1/termijnen?status=alle')).find(
        (t) => t.berichtId === verzoekId && t.soort === 'antwoord',
      )!;
      assert.equal(closed.afgehandeldDoor, id);

      await sim.sendRetour(di01, { perKlasse: ['0200'] });
      const view = await until('320 matched', async () => {
        const v = await get(`/api/v1/berichten/${id}`);
        return v.status === 'accepted' ? v : undefined;
      });
      assert.deepEqual(view.klassen, { Antwoord: 'accepted' });
      const retourEvent = await eventFor((view.retour as Json).id as string, 'ijw.antwoord.retour-ontvangen');
      assert.deepEqual(retourEvent.event.origineel, {
        berichtId: id,
        status: 'accepted',
        retourcodes: { Antwoord: ['0200'] },
      });
    });

    it('the woonplaatsbeginsel: a 319 "in onderzoek" on a JW315 opens two weeks (14 calendar days) from its receipt; the refusal meets them', async () => {
      const referentie = uniek('R');
      const verzoekId = await received(verzoekOmToewijzing(referentie), 'JW315');
      const antwoordOp = (Antwoord: Json) =>
        post('/api/v1/antwoorden', {
          commandId: randomUUID(),
          standaard: 'ijw',
          antwoordOp: verzoekId,
          bericht: { Antwoord: { ReferentieAanbieder: referentie, ...Antwoord } },
        });
      const termijn = async (soort: string) =>
        (await get('/api/v1/termijnen?status=alle')).find(
          (t) => t.berichtId === verzoekId && t.soort === soort,
        );

      const onderzoek = await antwoordOp({ VerzoekAntwoord: '2' });
      assert.equal(onderzoek.status, 202, JSON.stringify(onderzoek.body));
      const antwoord = (await termijn('antwoord'))!;
      assert.equal(
        antwoord.afgehandeldDoor,
        onderzoek.body.berichtId,
        'the 5 working days are met by "in onderzoek"',
      );
      const woonplaats = (await termijn('woonplaatsbeginsel'))!;
      assert.equal(woonplaats.begindatum, antwoord.begindatum);
      assert.equal(woonplaats.kalenderdagen, 14);
      assert.equal(woonplaats.werkdagen, null);
      assert.equal(woonplaats.uiterlijk, addKalenderdagen(antwoord.begindatum as string, 14));
      assert.deepEqual(woonplaats.verwacht, ['319', '301']);
      assert.equal(woonplaats.afgehandeld, null);

      // Overdue: a termijn.verlopen with the calendar days (eventFor checks it against its schema).
      await db.query(
        `UPDATE termijn SET uiterlijk = '2026-01-02' WHERE message_id = $1 AND soort = 'woonplaatsbeginsel'`,
        [verzoekId],
      );
      const overdue = await eventFor(verzoekId, 'ijw.termijn.verlopen');
      const data = overdue.event.data as Json;
      assert.equal(data.soort, 'woonplaatsbeginsel');
      assert.equal(data.kalenderdagen, 14);
      assert.equal(data.werkdagen, undefined);

      // The refusal on the woonplaatsbeginsel, naming the responsible gemeente, meets it.
      const weigering = await antwoordOp({
        VerzoekAntwoord: '1',
        RedenAfwijzingVerzoek: '8',
        Woonplaatsbeginsel: { Gemeente: '0599' },
      });
      assert.equal(weigering.status, 202, JSON.stringify(weigering.body));
      assert.equal((await termijn('woonplaatsbeginsel'))!.afgehandeldDoor, weigering.body.berichtId);
      assert.equal((await termijn('antwoord'))!.afgehandeldDoor, onderzoek.body.berichtId);
    });

    it('a refusal on the woonplaatsbeginsel without "in onderzoek" before it is judged by the two weeks too', async () => {
      const referentie = uniek('R');
      const verzoekId = await received(verzoekOmToewijzing(referentie), 'JW315');
      const { sent } = await answer(
        '/api/v1/antwoorden',
        verzoekId,
        {
          Antwoord: {
            ReferentieAanbieder: referentie,
            VerzoekAntwoord: '1',
            RedenAfwijzingVerzoek: '8',
            Woonplaatsbeginsel: { Gemeente: '0599' },
          },
        },
        'JW319',
      );
      const listed = (await get('/api/v1/termijnen?status=alle')).filter((t) => t.berichtId === verzoekId);
      const woonplaats = listed.find((t) => t.soort === 'woonplaatsbeginsel')!;
      assert.equal(woonplaats.afgehandeldDoor, sent.body.berichtId);
      assert.equal(woonplaats.kalenderdagen, 14);
      assert.equal(listed.find((t) => t.soort === 'antwoord')!.afgehandeldDoor, sent.body.berichtId);
      // Any other answer opens nothing of the kind.
      const other = uniek('R');
      const otherId = await received(verzoekOmToewijzing(other), 'JW315');
      await answer('/api/v1/antwoorden', otherId, antwoordBericht(other), 'JW319');
      const otherTermijnen = (await get('/api/v1/termijnen?status=alle')).filter(
        (t) => t.berichtId === otherId,
      );
      assert.deepEqual(otherTermijnen.map((t) => t.soort).sort(), ['antwoord', 'retour']);
    });

    it('a toewijzing granting a received 315 meets its antwoord termijn', async () => {
      const referentie = uniek('R');
      const verzoekId = await received(verzoekOmToewijzing(referentie), 'JW315');
      const sent = await post('/api/v1/toewijzingen', toewijzing({ antwoordOp: verzoekId }));
      assert.equal(sent.status, 202, JSON.stringify(sent.body));
      const antwoord = (await get('/api/v1/termijnen?status=alle')).find(
        (t) => t.berichtId === verzoekId && t.soort === 'antwoord',
      )!;
      assert.equal(antwoord.afgehandeldDoor, sent.body.berichtId);
      const declaratieInstead = await post('/api/v1/declaratie-antwoorden', {
        commandId: randomUUID(),
        standaard: 'ijw',
        antwoordOp: verzoekId,
        bericht: declaratieAntwoordBericht('X1'),
      });
      assert.equal(declaratieInstead.status, 422);
      assert.match(JSON.stringify(declaratieInstead.body.errors), /a ijw declaratie-antwoord answers a 323/);
    });

    it('declaratie-antwoord (325) on a received 323: valid JW325 in a Di01 answering the declaration', async () => {
      const nummer = uniek('N');
      const xml = declaratie(nummer);
      // The toewijzing the prestatie declares on, as the back office's 301 would have recorded it.
      const parsed323 = parse(xml);
      assert.ok(parsed323.ok);
      await recordHistory(gateway.database.url, historyForExample(parsed323));
      const declaratieId = await received(xml, 'JW323');
      const { sent, di01 } = await answer(
        '/api/v1/declaratie-antwoorden',
        declaratieId,
        declaratieAntwoordBericht(nummer),
        'JW325',
      );
      assert.ok(di01.request.operation === 'ggk_Di01');
      const payload = di01.request.envelope.parameters.bericht.bytes;
      const parsed = parse(payload);
      assert.ok(parsed.ok);
      const header = (parsed.bericht as Json).Header as Json;
      const declaratieRow = await db.query(`SELECT identificatie, dagtekening FROM message WHERE id = $1`, [
        declaratieId,
      ]);
      assert.deepEqual(header.DeclaratieIdentificatie, {
        Identificatie: declaratieRow.rows[0].identificatie,
        Dagtekening: declaratieRow.rows[0].dagtekening,
      });
      const termijn = (await get('/api/v1/termijnen?status=alle')).find((t) => t.berichtId === declaratieId)!;
      assert.equal(termijn.soort, 'declaratie-antwoord');
      assert.equal(termijn.afgehandeldDoor, sent.body.berichtId);
    });

    it('commands on RabbitMQ: sent once, refused with an event, poison to the dead-letter exchange with the reason', async () => {
      const publish = (body: unknown, type = 'ijw.toewijzing.v1') =>
        channel.sendToQueue(
          commandsQueue,
          Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
          {
            type,
            persistent: true,
            contentType: 'application/json',
          },
        );
      const command = toewijzing();
      publish(command);
      publish(command);
      const berichtId = await until('queue command handled', async () => {
        const rows = await db.query<{ message_id: string | null; status: string }>(
          `SELECT message_id, status FROM opdracht WHERE command_id = $1`,
          [command.commandId],
        );
        return rows.rows[0]?.status === 'accepted' ? rows.rows[0].message_id! : undefined;
      });
      const done = await eventFor(berichtId, 'ijw.opdracht.uitgevoerd');
      assert.equal((done.event.data as Json).commandId, command.commandId);
      const row = await db.query(`SELECT identificatie FROM message WHERE id = $1`, [berichtId]);
      await delivery(row.rows[0].identificatie as string);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(deliveredWith(row.rows[0].identificatie as string).length, 1);
      assert.equal((done.event.data as Json).identificatie, row.rows[0].identificatie);
      assert.equal(
        events.forMessage(berichtId).filter((e) => e.routingKey === 'ijw.opdracht.uitgevoerd').length,
        1,
        'the repeat published nothing',
      );

      const refused = toewijzing({ gemeente: '0014' });
      publish(refused);
      await events.waitFor(
        () => events.events.some((e) => (e.event.data as Json | undefined)?.commandId === refused.commandId),
        15_000,
      );
      const refusal = events.events.find(
        (e) => (e.event.data as Json | undefined)?.commandId === refused.commandId,
      )!;
      assert.equal(refusal.routingKey, 'ijw.opdracht.geweigerd');
      assert.deepEqual(validateEvent(refusal.routingKey, refusal.event), []);
      assert.match(JSON.stringify(refusal.event.data), /not served/);

      const dead = await channel.assertQueue('', { exclusive: true, autoDelete: true });
      await channel.bindQueue(dead.queue, COMMANDS_DEAD_LETTER_EXCHANGE, commandsQueue);
      const deadLettered: Array<{ reason: unknown; body: string }> = [];
      await channel.consume(
        dead.queue,
        (message) => {
          if (message)
            deadLettered.push({
              reason: message.properties.headers?.['x-istd-reason'],
              body: message.content.toString(),
            });
        },
        { noAck: true },
      );
      publish('not json at all');
      publish({ commandId: 'x', standaard: 'ijw', bericht: {} }, 'ijw.onbekend.v1');
      await until('two dead letters', async () => (deadLettered.length >= 2 ? true : undefined));
      assert.deepEqual(
        deadLettered.map((d) => d.reason),
        ['the body is not a JSON object', deadLettered[1]!.reason],
      );
      assert.match(String(deadLettered[1]!.reason), /unknown command/);
    });

    it('GGk down for a while: the delivery is retried and completes when it returns', async () => {
      sim.failFor(2);
      const refusedBefore = sim.refused;
      const sent = await post('/api/v1/toewijzingen', toewijzing());
      await delivery(sent.body.identificatie as string);
      assert.equal(sim.refused - refusedBefore, 2);
      const rows = await until('delivery marked delivered', async () => {
        const found = await db.query(`SELECT status, attempts FROM delivery WHERE message_id = $1`, [
          sent.body.berichtId,
        ]);
        return found.rows[0]?.status === 'delivered' ? found : undefined;
      });
      assert.deepEqual(rows.rows, [{ status: 'delivered', attempts: 3 }]);
    });

    it('a Fo03 from the GGk counts as a failed attempt: retried, then delivered', async () => {
      sim.fo03 = 'ontvanger onbekend';
      try {
        const sent = await post('/api/v1/toewijzingen', toewijzing());
        const failed = await until('a failed attempt', async () => {
          const rows = await db.query<{ attempts: number; last_error: string | null }>(
            `SELECT attempts, last_error FROM delivery WHERE message_id = $1`,
            [sent.body.berichtId],
          );
          return rows.rows[0] && rows.rows[0].attempts > 0 ? rows.rows[0] : undefined;
        });
        assert.match(String(failed.last_error), /^Fo03 .*ontvanger onbekend/);
        sim.fo03 = undefined;
        await delivery(sent.body.identificatie as string);
      } finally {
        sim.fo03 = undefined;
      }
    });

    it('a Fo01 from the chain about a delivered toewijzing: kept as answering it, the toewijzing becomes chain-error', async () => {
      const sent = await post('/api/v1/toewijzingen', toewijzing());
      const di01 = await delivery(sent.body.identificatie as string);
      assert.equal(di01.request.operation, 'ggk_Di01');
      const fo01 = buildFo01({
        stuurgegevens: replyStuurgegevens<'Fo01'>(di01.request.envelope.stuurgegevens, {
          referentienummer: newReferentienummer(),
          tijdstipBericht: formatTijdstip(new Date()),
          fallback: { applicatie: 'GGk' },
        }),
        body: stufFout('StUF058', { toelichting: 'ontvanger kon het bericht niet verwerken' }),
      });
      const response = await fetch(`${gateway.base}/ggk/OntvangAsynchroon`, {
        method: 'POST',
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          soapaction: `"${operationSpec('Fo01').soapAction}"`,
        },
        body: fo01,
      });
      assert.equal(response.status, 200, await response.clone().text());
      assert.match(await response.text(), /Bv03Bericht/);
      const original = await get(`/api/v1/berichten/${String(sent.body.berichtId)}`);
      assert.equal(original.status, 'chain-error');
      const rows = await db.query<{ status: string }>(
        `SELECT status FROM message WHERE code = 'Fo01' AND answers_id = $1`,
        [sent.body.berichtId],
      );
      assert.deepEqual(rows.rows, [{ status: 'chain-error' }]);
    });

    it('Di01s to one aanbieder arrive in the order they were sent: one waiting for its retry is not overtaken', async () => {
      const from = sim.delivered.length;
      const at = (identificatie: string) =>
        sim.delivered.findIndex(
          (d, index) =>
            index >= from &&
            d.request.operation === 'ggk_Di01' &&
            Buffer.from(d.request.envelope.parameters.bericht.bytes)
              .toString('utf8')
              .includes(`>${identificatie}<`),
        );
      sim.failuresLeft = 1;
      const first = await post('/api/v1/toewijzingen', toewijzing());
      assert.equal(first.status, 202, JSON.stringify(first.body));
      const firstId = first.body.berichtId as string;
      await until('the first attempt refused', async () => {
        const rows = await db.query<{ attempts: number }>(
          `SELECT attempts FROM delivery WHERE message_id = $1`,
          [firstId],
        );
        return rows.rows[0]!.attempts > 0 ? true : undefined;
      });
      // Its retry a second away (as after a few failures): the toewijzingen after it wait for it.
      await db.query(
        `UPDATE delivery SET next_attempt_at = now() + interval '1 second' WHERE message_id = $1`,
        [firstId],
      );
      const second = await post('/api/v1/toewijzingen', toewijzing());
      const third = await post('/api/v1/toewijzingen', toewijzing());
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(at(second.body.identificatie as string), -1, 'the second waits for the first');
      await delivery(third.body.identificatie as string);
      const order = [first, second, third].map((sent) => at(sent.body.identificatie as string));
      assert.ok(order[0]! >= 0 && order[0]! < order[1]! && order[1]! < order[2]!, JSON.stringify(order));
    });

    it('GGk down beyond the retry budget: parked, listed, resent after it returns', async () => {
      sim.failWith = 503;
      try {
        const sent = await post('/api/v1/toewijzingen', toewijzing());
        const parked = await until('parked', async () =>
          (await get('/api/v1/afleveringen?status=parked')).find((d) => d.berichtId === sent.body.berichtId),
        );
        assert.equal(parked.attempts, 3);
        assert.equal(parked.kind, 'Di01');
        assert.match(String(parked.lastError), /503/);
        sim.failWith = undefined;
        const resend = await post(`/api/v1/afleveringen/${parked.id as string}/opnieuw`, {});
        assert.equal(resend.status, 202);
        await delivery(sent.body.identificatie as string);
        const again = await post(`/api/v1/afleveringen/${parked.id as string}/opnieuw`, {});
        assert.equal(again.status, 409);
        assert.equal((await post(`/api/v1/afleveringen/${randomUUID()}/opnieuw`, {})).status, 404);
      } finally {
        sim.failWith = undefined;
      }
    });

    it('an overdue termijn produces one termijn.verlopen event and is listed', async () => {
      const sent = await post('/api/v1/toewijzingen', toewijzing());
      const id = sent.body.berichtId as string;
      await db.query(
        `UPDATE termijn SET begindatum = '2025-12-29', uiterlijk = '2026-01-02' WHERE message_id = $1`,
        [id],
      );
      const overdue = await eventFor(id, 'ijw.termijn.verlopen');
      assert.equal((overdue.event.data as Json).soort, 'retour');
      assert.equal((overdue.event.data as Json).uiterlijk, '2026-01-02');
      const listed = (await get('/api/v1/termijnen')).filter((t) => t.berichtId === id);
      assert.equal(listed.length, 1);
      assert.equal(listed[0]!.verlopen, true);
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.equal(events.forMessage(id).filter((e) => e.routingKey === 'ijw.termijn.verlopen').length, 1);
      const bad = await fetch(`${gateway.base}/api/v1/termijnen?status=nope`);
      assert.equal(bad.status, 400);

      // Several instances checking at once write each overdue event once (rows claimed with SKIP LOCKED).
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const more = await post('/api/v1/toewijzingen', toewijzing());
        ids.push(more.body.berichtId as string);
      }
      await db.query(
        `UPDATE termijn SET uiterlijk = '2026-01-02', verlopen_at = NULL WHERE message_id = ANY($1::uuid[])`,
        [ids],
      );
      const checker = gateway.app.get(TermijnService);
      await Promise.all([1, 2, 3].map(() => checker.checkOverdue()));
      await events.waitFor(
        () => ids.every((one) => events.forMessage(one).some((e) => e.routingKey === 'ijw.termijn.verlopen')),
        15_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      for (const one of ids)
        assert.equal(events.forMessage(one).filter((e) => e.routingKey === 'ijw.termijn.verlopen').length, 1);
    });
  },
);
