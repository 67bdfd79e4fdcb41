/**
 * The StUF-GGk ingress end to end, with the chain simulator as the GGk: every inbound example of both
 * standards arrives in a Di01 (retours in a Du01), is acknowledged with Bv03, stored, answered into the
 * chain (Du01 with the retour, or Fo01 StUF055 for a schema failure) and published once on RabbitMQ.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ChainSim } from '../../apps/chain-sim/src/chain-sim.js';
import { catalogueEntry, parse, validate } from '../../libs/istandaarden/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import { EventConsumer } from '../support/event-consumer.js';
import { referenceExamples, skipWithoutReference } from '../support/reference.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

const INBOUND_TYPES = new Set(['302', '305', '307', '315', '317', '320', '323']);

async function storedId(gateway: TestGateway, referentienummer: string): Promise<string> {
  const client = new pg.Client({ connectionString: gateway.database.url });
  await client.connect();
  try {
    const rows = await client.query<{ id: string }>(
      `SELECT id FROM message WHERE direction = 'in' AND envelope -> 'stuurgegevens' ->> 'referentienummer' = $1`,
      [referentienummer],
    );
    return rows.rows[0]!.id;
  } finally {
    await client.end();
  }
}

describe(
  'GGk ingress: POST /ggk/OntvangAsynchroon',
  { skip: skipWithoutServices || skipWithoutReference },
  () => {
    let gateway: TestGateway;
    let sim: ChainSim;
    let events: EventConsumer;

    before(async () => {
      sim = new ChainSim({ gatewayUrl: 'http://placeholder' });
      const ggkUrl = await sim.listen();
      gateway = await startTestGateway({ GGK_URL: ggkUrl });
      sim.gatewayUrl = gateway.base;
      events = await EventConsumer.start(AMQP_URL!);
    });
    after(async () => {
      await events?.close();
      await gateway?.close();
      await sim?.close();
    });

    for (const example of referenceExamples().filter((e) =>
      INBOUND_TYPES.has(catalogueEntry(e.code)!.type),
    )) {
      it(`${example.code} in a ${catalogueEntry(example.code)!.isRetour ? 'Du01' : 'Di01'}: Bv03, answered into the chain, published once`, async () => {
        const entry = catalogueEntry(example.code)!;
        const sent = await sim.send(
          example.xml,
          example.code,
          entry.isRetour ? { retourOp: 'a1b2c3d4-0000-4000-8000-000000000001' } : {},
        );
        assert.equal(sent.status, 200, sent.raw);
        assert.equal(sent.answer?.kind, 'Bv03');
        assert.equal(sent.answer?.stuurgegevens.crossRefnummer, sent.referentienummer);

        const id = await storedId(gateway, sent.referentienummer);
        await events.waitFor(() => events.forMessage(id).length >= 1);
        assert.equal(events.forMessage(id).length, 1);
        const [received] = events.forMessage(id);
        assert.deepEqual(
          validateEvent(received!.routingKey, received!.event),
          [],
          'the event satisfies its JSON Schema',
        );

        const valid = validate(example.xml).valid;
        const expectedRetour = entry.answeredBy.find((code) => catalogueEntry(code)!.isRetour);
        if (!valid) {
          await sim.waitForDelivery((all) =>
            all.some(
              ({ request }) =>
                request.operation === 'Fo01' &&
                request.envelope.stuurgegevens.crossRefnummer === sent.referentienummer,
            ),
          );
          const fo01 = sim.delivered.find(
            ({ request }) =>
              request.operation === 'Fo01' &&
              request.envelope.stuurgegevens.crossRefnummer === sent.referentienummer,
          )!;
          assert.equal(fo01.request.operation === 'Fo01' && fo01.request.envelope.body.code, 'StUF055');
        } else if (expectedRetour) {
          await sim.waitForDelivery((all) =>
            all.some(
              ({ request }) =>
                request.operation === 'ggk_Du01' &&
                request.envelope.stuurgegevens.crossRefnummer === sent.referentienummer,
            ),
          );
          const du01 = sim.delivered.find(
            ({ request }) =>
              request.operation === 'ggk_Du01' &&
              request.envelope.stuurgegevens.crossRefnummer === sent.referentienummer,
          )!;
          assert.ok(du01.request.operation === 'ggk_Du01');
          assert.equal(du01.request.envelope.stuurgegevens.functie, expectedRetour);
          const retour = du01.request.envelope.parameters.bericht.bytes;
          assert.deepEqual(validate(retour, { expectedCode: expectedRetour }).findings, []);
          const parsed = parse(retour);
          const original = parse(example.xml);
          assert.ok(parsed.ok && original.ok);
          assert.deepEqual(
            (parsed.bericht.Header as Record<string, unknown>).BerichtIdentificatie,
            (original.bericht.Header as Record<string, unknown>).BerichtIdentificatie,
          );
        }
      });
    }

    it('answers an envelope it cannot take in with a Fo03 SOAP fault', async () => {
      const response = await fetch(`${gateway.base}/ggk/OntvangAsynchroon`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8' },
        body: '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><x/></soap:Body></soap:Envelope>',
      });
      assert.equal(response.status, 500);
      const text = await response.text();
      assert.match(text, /Fault/);
      assert.match(text, /Fo03Bericht/);
    });

    it('takes an envelope sent in chunks (no Content-Length) through express the same way: Bv03, stored', async () => {
      // The plain case is served ahead of express; a chunked body goes through express.raw and the route.
      const example = referenceExamples().find((e) => e.code === 'JW305')!;
      const envelope = sim.envelope(
        example.xml.toString('utf8').replace(/<(\w+:)?Identificatie>[^<]*</, '<$1Identificatie>CHUNKED1<'),
        'JW305',
      );
      const half = Math.floor(envelope.body.length / 2);
      const response = await fetch(`${gateway.base}/ggk/OntvangAsynchroon`, {
        method: 'POST',
        headers: envelope.headers,
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(envelope.body.slice(0, half)));
            controller.enqueue(new TextEncoder().encode(envelope.body.slice(half)));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      const text = await response.text();
      assert.equal(response.status, 200, text);
      assert.match(text, /Bv03Bericht/);
      assert.ok(await storedId(gateway, envelope.referentienummer));
    });

    it('answers a payload that is not an iJw/iWmo message with a Fo03 fault and stores nothing', async () => {
      const sent = await sim.send('<factuur/>', 'JW305');
      assert.equal(sent.answer?.kind, 'Fo03');
    });
  },
);
