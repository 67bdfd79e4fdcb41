/**
 * The REST ingress end to end against real PostgreSQL and RabbitMQ: every inbound example of both
 * standards is stored, validated, answered with its retour and published exactly once; rejections,
 * duplicates, resends and refused requests behave as the contract says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { catalogueEntry, parse, validate } from '../../libs/istandaarden/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import { EventConsumer } from '../support/event-consumer.js';
import { historyForExample, recordHistory } from '../support/rule-history.js';
import { referenceExamples, skipWithoutReference } from '../support/reference.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

const INBOUND_TYPES = new Set(['302', '305', '307', '315', '317', '320', '323']);

/** Official examples that pass their schema but break in-message rules (level 2: answered with 0001). */
const RULE_INVALID_OFFICIAL_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  JW317: ['CS003', 'TR380'], // a NieuwProduct Einddatum before its start and before the Dagtekening
  JW323: ['TR101'], // ReferentieNummer RN004 twice for one client
};

function tomorrowInTheNetherlands(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

interface View {
  id: string;
  status: string;
  berichtcode: string;
  retourcodes?: Record<string, string[]>;
  errors?: Array<{ rule: string; retourcode?: string }>;
  retour?: { berichtcode: string; id: string };
}

async function post(
  gateway: TestGateway,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: View & Record<string, unknown> }> {
  const response = await fetch(`${gateway.base}/api/v1/berichten`, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', prefer: 'wait', ...headers },
    body,
  });
  return { status: response.status, json: (await response.json()) as View & Record<string, unknown> };
}

const STATE_TABLE: Readonly<Record<string, string>> = {
  '305': 'levering',
  '307': 'levering',
  '315': 'verzoek',
  '317': 'verzoek',
  '323': 'declaratie',
};

async function stateRows(gateway: TestGateway, table: string, messageId: string): Promise<number> {
  const client = new pg.Client({ connectionString: gateway.database.url });
  await client.connect();
  try {
    return (
      await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE message_id = $1`, [
        messageId,
      ])
    ).rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function messageCount(gateway: TestGateway): Promise<number> {
  const client = new pg.Client({ connectionString: gateway.database.url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM message')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe(
  'REST ingress: POST /api/v1/berichten',
  { skip: skipWithoutServices || skipWithoutReference },
  () => {
    let gateway: TestGateway;
    let events: EventConsumer;

    before(async () => {
      gateway = await startTestGateway({ MAX_BODY_BYTES: '300000' });
      events = await EventConsumer.start(AMQP_URL!);
    });
    after(async () => {
      await events?.close();
      await gateway?.close();
    });

    const examples = referenceExamples().filter((example) =>
      INBOUND_TYPES.has(catalogueEntry(example.code)!.type),
    );

    for (const example of examples) {
      it(`${example.code}: stored, validated, answered and published once`, async () => {
        const entry = catalogueEntry(example.code)!;
        // What the example refers to (toewijzingen, the starts a stop ends), as the gateway records it.
        const model = parse(example.xml);
        if (model.ok) await recordHistory(gateway.database.url, historyForExample(model));
        const { status, json } = await post(gateway, example.xml);
        assert.equal(status, 200);
        assert.equal(json.berichtcode, example.code);
        const schemaValid = validate(example.xml).valid;

        const stored = await fetch(`${gateway.base}/api/v1/berichten/${json.id}/xml`);
        assert.deepEqual(
          Buffer.from(await stored.arrayBuffer()),
          example.xml,
          'the raw bytes are stored as sent',
        );

        if (!schemaValid) {
          assert.equal(json.status, 'rejected');
          assert.ok(json.errors?.every((error) => error.rule === 'XSD'));
          assert.equal(json.retour, undefined, 'no retour message on a schema failure');
        } else if (RULE_INVALID_OFFICIAL_EXAMPLES[example.code]) {
          assert.equal(json.status, 'rejected');
          assert.deepEqual(json.retourcodes, { Header: ['0001'] });
          assert.deepEqual(
            [...new Set(json.errors?.map((error) => error.rule))].sort(),
            RULE_INVALID_OFFICIAL_EXAMPLES[example.code],
          );
          // IV028: Header-only retour with 0001 that names the rule version used.
          const retour = parse(
            await (await fetch(`${gateway.base}/api/v1/berichten/${json.id}/retour`)).text(),
          );
          assert.ok(retour.ok);
          const header = retour.bericht.Header as Record<string, unknown>;
          assert.deepEqual(header.RetourCodes, { RetourCode: ['0001'] });
          assert.match(String(header.XsltVersie), /^\d+\.\d+\.\d+$/);
          assert.deepEqual(Object.keys(retour.bericht), ['Header']);
        } else {
          assert.equal(json.status, 'accepted', JSON.stringify(json.errors));
          const table = STATE_TABLE[entry.type];
          if (table)
            assert.ok((await stateRows(gateway, table, json.id)) > 0, `the ${table} state is recorded`);
          const expectedRetour = entry.answeredBy.find((code) => catalogueEntry(code)!.isRetour);
          assert.equal(json.retour?.berichtcode, expectedRetour, 'the retour the standard pairs with it');
          if (json.retour) {
            const retourXml = await (
              await fetch(`${gateway.base}/api/v1/berichten/${json.id}/retour`)
            ).text();
            assert.deepEqual(validate(retourXml, { expectedCode: expectedRetour! }).findings, []);
            const retour = parse(retourXml);
            const original = parse(example.xml);
            assert.ok(retour.ok && original.ok);
            const [r, o] = [
              retour.bericht.Header as Record<string, unknown>,
              original.bericht.Header as Record<string, unknown>,
            ];
            for (const copied of ['Afzender', 'Ontvanger', 'BerichtIdentificatie', 'XsdVersie'])
              assert.deepEqual(r[copied], o[copied], copied);
            assert.equal(r.RetourCodes, undefined, 'a clean message gets a retour without retourcodes');
          }
        }

        const accepted = schemaValid && !RULE_INVALID_OFFICIAL_EXAMPLES[example.code];
        const routingKey = accepted
          ? `${entry.standaard}.${entry.event}.${entry.isRetour ? 'retour-ontvangen' : 'ontvangen'}`
          : `${entry.standaard}.bericht.afgekeurd`;
        await events.waitFor(() => events.forMessage(json.id).length >= 1);
        const published = events.forMessage(json.id);
        assert.equal(published.length, 1);
        const [received] = published;
        assert.equal(received!.routingKey, routingKey);
        assert.equal(received!.messageId, received!.event.id);
        assert.ok(received!.persistent);
        assert.equal(received!.event.type, `${routingKey}.v1`);
        assert.equal(received!.event.berichtcode, example.code);
        assert.deepEqual(
          validateEvent(received!.routingKey, received!.event),
          [],
          'the event satisfies its JSON Schema',
        );
        if (accepted) {
          const model = parse(example.xml);
          assert.ok(model.ok);
          assert.deepEqual(received!.event.data, model.bericht);
        }
      });
    }

    it('a byte-identical resend returns the earlier result and publishes nothing new', async () => {
      const example = examples.find((e) => e.code === 'JW305')!;
      const first = await post(gateway, example.xml);
      const again = await post(gateway, example.xml);
      assert.equal(again.json.id, first.json.id);
      assert.equal(again.json.status, first.json.status);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(events.forMessage(first.json.id).length, 1);
    });

    const variants: Array<{ name: string; edit: (xml: string) => string; rule: string; retourcode: string }> =
      [
        {
          name: 'a second message with an identification already used → 9056',
          edit: (xml) => xml.replace('<jw305:Begindatum>2026-04-03', '<jw305:Begindatum>2026-04-04'),
          rule: 'TR056',
          retourcode: '9056',
        },
        {
          name: 'a gemeente this gateway does not serve → S300',
          edit: (xml) => xml.replace('>0363<', '>0014<').replace('123456789012', 'S300TEST'),
          rule: 'TR378',
          retourcode: 'S300',
        },
        {
          name: 'a Dagtekening after today → 8848',
          edit: (xml) =>
            xml
              .replace('123456789012', 'FUTURE1')
              .replace(/<ijw:Dagtekening>[^<]*/, `<ijw:Dagtekening>${tomorrowInTheNetherlands()}`),
          rule: 'TR135',
          retourcode: '8848',
        },
      ];
    for (const variant of variants) {
      it(`${variant.name}, with bericht.afgekeurd and a retour carrying the code`, async () => {
        const example = examples.find((e) => e.code === 'JW305')!;
        await post(gateway, example.xml);
        const { json } = await post(gateway, variant.edit(example.xml.toString('utf8')));
        assert.equal(json.status, 'rejected');
        assert.deepEqual(json.retourcodes, { Header: [variant.retourcode] });
        assert.deepEqual(
          json.errors?.map((error) => [error.rule, error.retourcode]),
          [[variant.rule, variant.retourcode]],
        );
        assert.equal(json.retour?.berichtcode, 'JW306');
        const retour = parse(
          await (await fetch(`${gateway.base}/api/v1/berichten/${json.id}/retour`)).text(),
        );
        assert.ok(retour.ok);
        assert.deepEqual((retour.bericht.Header as Record<string, unknown>).RetourCodes, {
          RetourCode: [variant.retourcode],
        });
        await events.waitFor(() => events.forMessage(json.id).length >= 1);
        assert.deepEqual(
          events.forMessage(json.id).map((e) => e.routingKey),
          ['ijw.bericht.afgekeurd'],
        );
      });
    }

    const refused: Array<{
      name: string;
      body: string | Buffer;
      contentType: string;
      status: number;
      slug: string;
    }> = [
      {
        name: 'not well-formed XML',
        body: '<jw305:Bericht><oops></jw305:Bericht>',
        contentType: 'application/xml',
        status: 400,
        slug: 'not-well-formed',
      },
      {
        name: 'a well-formed document that is no iJw/iWmo message',
        body: '<factuur><regel/></factuur>',
        contentType: 'application/xml',
        status: 415,
        slug: 'unknown-message-type',
      },
      {
        name: 'a body that is not XML at all',
        body: '{"a":1}',
        contentType: 'application/json',
        status: 415,
        slug: 'unsupported-media-type',
      },
      {
        name: 'an oversized body',
        body: Buffer.alloc(400_000, 0x20),
        contentType: 'application/xml',
        status: 413,
        slug: 'too-large',
      },
    ];
    for (const request of refused) {
      it(`${request.name} → ${request.status} problem document, nothing stored`, async () => {
        const before = await messageCount(gateway);
        const response = await fetch(`${gateway.base}/api/v1/berichten`, {
          method: 'POST',
          headers: { 'content-type': request.contentType },
          body: request.body,
        });
        assert.equal(response.status, request.status);
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        const body = (await response.json()) as { type: string; status: number; title: string };
        assert.equal(body.status, request.status);
        assert.match(body.type, new RegExp(`${request.slug}$`));
        assert.equal(await messageCount(gateway), before);
      });
    }

    it('refuses a message a gemeente sends (a 301) with 422, nothing stored', async () => {
      const toewijzing = referenceExamples().find((e) => e.code === 'JW301')!;
      const before = await messageCount(gateway);
      const response = await fetch(`${gateway.base}/api/v1/berichten`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: toewijzing.xml,
      });
      assert.equal(response.status, 422);
      assert.equal(await messageCount(gateway), before);
    });

    it('answers 202 at once without Prefer: wait, and the message is processed afterwards', async () => {
      // JW305 again after JW307 stopped its starts: the care restarts in August (a new key, nothing open).
      const example = examples.find((e) => e.code === 'JW305')!;
      const edited = example.xml
        .toString('utf8')
        .replace(/<ijw:Identificatie>[^<]*/, '<ijw:Identificatie>ASYNC1')
        .replace(/<ijw:Dagtekening>[^<]*/, '<ijw:Dagtekening>2026-08-20')
        .replace('<jw305:Begindatum>2026-04-03', '<jw305:Begindatum>2026-08-03')
        .replace('<jw305:Begindatum>2026-04-15', '<jw305:Begindatum>2026-08-17');
      const response = await fetch(`${gateway.base}/api/v1/berichten`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: edited,
      });
      assert.equal(response.status, 202);
      const { id } = (await response.json()) as View;
      await events.waitFor(() => events.forMessage(id).length === 1);
      const view = (await (await fetch(`${gateway.base}/api/v1/berichten/${id}`)).json()) as View;
      assert.equal(view.status, 'accepted');
    });
  },
);
