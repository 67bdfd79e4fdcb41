/**
 * Declarations (323) through the gateway against PostgreSQL and RabbitMQ: each prestatie assessed
 * against its toewijzing (seeded as if sent in a 301) and the arrangement, the assessment published
 * with `ijw.declaratie.ontvangen`; a declaration for a taakgericht product refused with 9338 and a 325;
 * budget thresholds signalled once each.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { DeclaratieBeoordeling } from '../../libs/domain/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import { aJw323, type PrestatieSpec } from '../support/declaratie-builder.js';
import { EventConsumer } from '../support/event-consumer.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { seedToewijzingen } from '../support/toewijzingen.js';

const BSN = '999990019';
const AANBIEDER = '12345678';
let run = 0;

interface View {
  id: string;
  status: string;
  retourcodes?: Record<string, string[]>;
  retour?: { berichtcode: string; id: string };
}

describe('declarations against toewijzingen and arrangements', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  let consumer: EventConsumer;

  before(async () => {
    gateway = await startTestGateway();
    consumer = await EventConsumer.start(AMQP_URL!, 'ijw.#');
    for (const arrangement of [
      { productCategorie: '45', uitvoeringsvariant: 'inspanningsgericht', eenheid: '04', tarief: 6_000 },
      {
        productCategorie: '50',
        uitvoeringsvariant: 'taakgericht',
        budget: 10_000_000,
        budgetPeriode: 'kwartaal',
      },
    ]) {
      const response = await fetch(`${gateway.base}/api/v1/arrangementen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          standaard: 'ijw',
          gemeente: '0363',
          aanbieder: AANBIEDER,
          ingangsdatum: '2026-01-01',
          ...arrangement,
        }),
      });
      assert.equal(response.status, 201);
    }
    const base = { bsn: BSN, productCategorie: '45', productCode: '45A01', einddatum: '2026-12-31' };
    await seedToewijzingen(gateway.database.url, [
      // 10 hours a month
      {
        ...base,
        toewijzingNummer: 1001,
        ingangsdatum: '2026-01-01',
        volume: 10,
        eenheid: '04',
        frequentie: '4',
      },
      // an aspecific toewijzing with a budget of € 1,000
      { ...base, toewijzingNummer: 1002, productCode: null, ingangsdatum: '2026-01-01', budget: 100_000 },
      // from mid-March to 20 March only
      {
        ...base,
        toewijzingNummer: 1003,
        ingangsdatum: '2026-03-15',
        einddatum: '2026-03-20',
        volume: 50,
        eenheid: '04',
        frequentie: '6',
      },
      // for the credit scenario
      {
        ...base,
        toewijzingNummer: 1004,
        ingangsdatum: '2026-01-01',
        volume: 10,
        eenheid: '04',
        frequentie: '6',
      },
    ]);
  });
  after(async () => {
    await consumer?.close();
    await gateway?.close();
  });

  async function declare(prestaties: PrestatieSpec[], bsn = BSN): Promise<View> {
    run++;
    const response = await fetch(`${gateway.base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', prefer: 'wait' },
      body: aJw323({ identificatie: `D${run}P${process.pid % 100_000}`, clients: [{ bsn, prestaties }] }),
    });
    assert.equal(response.status, 200);
    return (await response.json()) as View;
  }

  async function assessment(view: View): Promise<DeclaratieBeoordeling> {
    await consumer.waitFor(() => consumer.forMessage(view.id).length > 0);
    const [received] = consumer.forMessage(view.id);
    assert.equal(received!.routingKey, 'ijw.declaratie.ontvangen');
    assert.deepEqual(validateEvent(received!.routingKey, received!.event), []);
    return (received!.event as unknown as { beoordeling: DeclaratieBeoordeling }).beoordeling;
  }

  const codes = (beoordeling: DeclaratieBeoordeling) => beoordeling.prestaties.map((p) => p.retourcodes);

  async function prestatieRows(messageId: string): Promise<Array<{ status: string; retourcodes: string[] }>> {
    const client = new pg.Client({ connectionString: gateway.database.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT status, retourcodes FROM prestatie WHERE message_id = $1 ORDER BY id`,
        [messageId],
      );
      return rows as Array<{ status: string; retourcodes: string[] }>;
    } finally {
      await client.end();
    }
  }

  it('accepts a declaration within the toewijzing and publishes the assessment; then one over the month volume', async () => {
    const first = await declare([
      { referentie: 'A1', toewijzingNummer: 1001, volume: 6, eind: '2026-03-15' },
      { referentie: 'A2', toewijzingNummer: 1001, volume: 2, begin: '2026-03-16' },
    ]);
    assert.equal(first.status, 'accepted');
    const beoordeling = await assessment(first);
    assert.deepEqual(codes(beoordeling), [[], []]);
    assert.deepEqual(beoordeling.totaal, { ingediend: 48_000, berekend: 48_000, klopt: true });
    assert.deepEqual(await prestatieRows(first.id), [
      { status: 'ingediend', retourcodes: [] },
      { status: 'ingediend', retourcodes: [] },
    ]);
    const over = await declare([{ referentie: 'A3', toewijzingNummer: 1001, volume: 3 }]);
    assert.equal(over.status, 'accepted', 'the back office decides; the gateway advises');
    assert.deepEqual(codes(await assessment(over)), [['9322']]);
  });

  it('refuses over budget, outside the toewijzing period, and at another tariff', async () => {
    assert.deepEqual(
      codes(await assessment(await declare([{ referentie: 'B1', toewijzingNummer: 1002, volume: 17 }]))),
      [['9369']],
    );
    assert.deepEqual(
      codes(await assessment(await declare([{ referentie: 'C1', toewijzingNummer: 1003, volume: 2 }]))),
      [['9307', '9308']],
    );
    assert.deepEqual(
      codes(
        await assessment(
          await declare([{ referentie: 'D1', toewijzingNummer: 1004, volume: 2, tarief: 6_500 }]),
        ),
      ),
      [['0611']],
    );
  });

  it('lets a credit correct an earlier debit', async () => {
    const debit = await declare([{ referentie: 'E1', toewijzingNummer: 1004, volume: 8 }]);
    assert.deepEqual(codes(await assessment(debit)), [[]]);
    const tooMuch = await declare([{ referentie: 'E2', toewijzingNummer: 1004, volume: 6 }]);
    assert.deepEqual(codes(await assessment(tooMuch)), [['9322']]);
    const correction = await declare([
      { referentie: 'E3', vorigReferentie: 'E1', toewijzingNummer: 1004, volume: 8, credit: true },
      { referentie: 'E4', toewijzingNummer: 1004, volume: 9 },
    ]);
    const beoordeling = await assessment(correction);
    assert.deepEqual(codes(beoordeling), [[], []]);
    assert.equal(beoordeling.gebruik[0]!.gedeclareerdVolume, 9);
  });

  it('refuses a declaration for a product under a taakgericht arrangement with 9338 and a 325', async () => {
    const view = await declare([
      { referentie: 'F1', toewijzingNummer: 2001, categorie: '50', code: '50A01', volume: 1 },
    ]);
    assert.equal(view.status, 'rejected');
    assert.deepEqual(view.retourcodes, { Header: ['9338'] });
    assert.equal(view.retour?.berichtcode, 'JW325');
    await consumer.waitFor(() => consumer.forMessage(view.id).length > 0);
    const [received] = consumer.forMessage(view.id);
    assert.equal(received!.routingKey, 'ijw.bericht.afgekeurd');
    assert.deepEqual(await prestatieRows(view.id), [{ status: 'afgewezen', retourcodes: ['9338'] }]);
  });

  it('signals 80 % and 100 % of a toewijzing budget once each', async () => {
    await seedToewijzingen(gateway.database.url, [
      {
        bsn: BSN,
        toewijzingNummer: 1005,
        productCategorie: '45',
        productCode: null,
        ingangsdatum: '2026-01-01',
        einddatum: '2026-12-31',
        budget: 60_000,
      },
    ]);
    const signals = () =>
      consumer.events.filter(
        (received) =>
          received.routingKey === 'ijw.budget.drempel-bereikt' &&
          (received.event.data as { toewijzingNummer: number }).toewijzingNummer === 1005 &&
          received.event.gemeente === '0363',
      );
    await declare([{ referentie: 'G1', toewijzingNummer: 1005, volume: 8 }]); // 48,000 of 60,000: 80 %
    await consumer.waitFor(() => signals().length === 1);
    await declare([{ referentie: 'G2', toewijzingNummer: 1005, volume: 1 }]); // 90 %: nothing new
    await declare([{ referentie: 'G3', toewijzingNummer: 1005, volume: 2 }]); // 120 %: refused, not counted
    await declare([{ referentie: 'G4', toewijzingNummer: 1005, volume: 1 }]); // 100 %
    await consumer.waitFor(() => signals().length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      signals().map((received) => (received.event.data as { drempel: number }).drempel),
      [80, 100],
    );
    for (const received of signals())
      assert.deepEqual(validateEvent(received.routingKey, received.event), []);
  });
});
