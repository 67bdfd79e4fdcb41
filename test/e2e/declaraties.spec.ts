/**
 * Declarations (323) through the gateway against PostgreSQL and RabbitMQ: each prestatie assessed
 * against its toewijzing (seeded as if sent in a 301) and the arrangement, the assessment published
 * with `ijw.declaratie.ontvangen`; a declaration for a taakgericht product refused with 9338 and a 325;
 * budget thresholds signalled once each; an event larger than EVENT_MAX_BYTES published with a `dataRef`
 * to the whole of it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { DeclaratieBeoordeling } from '../../libs/domain/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import { aJw323, type PrestatieSpec } from '../support/declaratie-builder.js';
import { EventConsumer } from '../support/event-consumer.js';
import { createArrangement, UREN_45 } from '../support/http.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { seedToewijzingen } from '../support/toewijzingen.js';

const BSN = '999990019';
const EVENT_MAX_BYTES = 256 * 1024;
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
    // Events up to 256 KiB go whole: all but the 4,000-prestatie declaration's.
    gateway = await startTestGateway({ EVENT_MAX_BYTES: String(EVENT_MAX_BYTES) });
    consumer = await EventConsumer.start(AMQP_URL!, 'ijw.#');
    await createArrangement(gateway.base, UREN_45);
    await createArrangement(gateway.base, {
      productCategorie: '50',
      uitvoeringsvariant: 'taakgericht',
      budget: 10_000_000,
      budgetPeriode: 'kwartaal',
    });
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
        `SELECT status, retourcodes FROM prestatie_beoordeling WHERE message_id = $1 ORDER BY id`,
        [messageId],
      );
      return rows as Array<{ status: string; retourcodes: string[] }>;
    } finally {
      await client.end();
    }
  }

  const PRESTATIE = 'Declaratie/Clienten/Client/Prestaties/Prestatie';
  // A ProductPeriode spans a whole month (TR387, TR388); a month before the DeclaratiePeriode may be declared (TR319).
  const JANUARI = { begin: '2026-01-01', eind: '2026-01-31' };
  const FEBRUARI = { begin: '2026-02-01', eind: '2026-02-28' };

  it('accepts a declaration within the toewijzing and publishes the assessment; refuses one over the month volume', async () => {
    const first = await declare([{ referentie: 'A1', toewijzingNummer: 1001, volume: 8 }]);
    assert.equal(first.status, 'accepted', JSON.stringify(first.retourcodes));
    const beoordeling = await assessment(first);
    assert.deepEqual(codes(beoordeling), [[]]);
    assert.deepEqual(beoordeling.totaal, { ingediend: 48_000, berekend: 48_000, klopt: true });
    assert.deepEqual(await prestatieRows(first.id), [{ status: 'ingediend', retourcodes: [] }]);
    // 11 hours in one month of a toewijzing of 10 a month: TR321 refuses the prestatie.
    const over = await declare([{ referentie: 'A3', toewijzingNummer: 1001, volume: 11, ...FEBRUARI }]);
    assert.equal(over.status, 'rejected');
    assert.deepEqual(over.retourcodes?.[PRESTATIE], ['9321']);
  });

  it('refuses over budget and outside the toewijzing period; advises on another tariff', async () => {
    // A budget toewijzing is declared in euro (Eenheid 83, volume in cents): € 1,020 of € 1,000 (TR369).
    const budget = await declare([
      { referentie: 'B1', toewijzingNummer: 1002, volume: 102_000, eenheid: '83', bedrag: 102_000 },
    ]);
    assert.equal(budget.status, 'rejected');
    assert.deepEqual(budget.retourcodes?.[PRESTATIE], ['9369']);
    // The whole of March against a toewijzing of 15 to 20 March.
    const outside = await declare([{ referentie: 'C1', toewijzingNummer: 1003, volume: 2 }]);
    assert.equal(outside.status, 'rejected');
    assert.deepEqual(outside.retourcodes?.[PRESTATIE], ['9307', '9308', '9387', '9388']);
    const advised = await declare([
      { referentie: 'D1', toewijzingNummer: 1001, volume: 2, tarief: 6_500, ...JANUARI },
    ]);
    assert.deepEqual(codes(await assessment(advised)), [['0611']]);
    assert.deepEqual(await prestatieRows(advised.id), [{ status: 'ingediend', retourcodes: ['0611'] }]);
  });

  it('lets a credit correct an earlier debit', async () => {
    const debit = await declare([{ referentie: 'E1', toewijzingNummer: 1004, volume: 8, ...FEBRUARI }]);
    assert.deepEqual(codes(await assessment(debit)), [[]]);
    // 8 + 6 of the 10 hours assigned in all (TR322).
    const tooMuch = await declare([{ referentie: 'E2', toewijzingNummer: 1004, volume: 6 }]);
    assert.equal(tooMuch.status, 'rejected');
    assert.deepEqual(tooMuch.retourcodes?.[PRESTATIE], ['9322']);
    const correction = await declare([
      {
        referentie: 'E3',
        vorigReferentie: 'E1',
        toewijzingNummer: 1004,
        volume: 8,
        credit: true,
        ...FEBRUARI,
      },
      { referentie: 'E4', toewijzingNummer: 1004, volume: 9 },
    ]);
    assert.equal(correction.status, 'accepted', JSON.stringify(correction.retourcodes));
    const beoordeling = await assessment(correction);
    assert.deepEqual(codes(beoordeling), [[], []]);
    assert.equal(beoordeling.gebruik[0]!.gedeclareerdVolume, 9);
  });

  it('accepts a declaration of 4,000 prestaties: its rule state takes more rows than one statement carries', async () => {
    // 4,000 prestatie records of 17 columns are 68,000 parameters, past the 65,535 of one statement.
    const nummers = Array.from({ length: 4_000 }, (_, n) => 50_000 + n);
    await seedToewijzingen(
      gateway.database.url,
      nummers.map((toewijzingNummer) => ({
        bsn: BSN,
        toewijzingNummer,
        productCategorie: '45',
        productCode: '45A01',
        ingangsdatum: '2026-01-01',
        einddatum: '2026-12-31',
        volume: 10,
        eenheid: '04',
        frequentie: '4',
      })),
    );
    const view = await declare(
      nummers.map((toewijzingNummer) => ({
        referentie: `G${toewijzingNummer}`,
        toewijzingNummer,
        volume: 1,
      })),
    );
    assert.equal(view.status, 'accepted', JSON.stringify(view.retourcodes));
    assert.equal((await prestatieRows(view.id)).length, 4_000);
    const client = new pg.Client({ connectionString: gateway.database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM prestatie WHERE message_id = $1',
        [view.id],
      );
      assert.equal(rows[0]!.n, 4_000);
    } finally {
      await client.end();
    }

    // Its event is larger than EVENT_MAX_BYTES: published as its envelope with a reference to the whole.
    await consumer.waitFor(() => consumer.forMessage(view.id).length > 0);
    const [received] = consumer.forMessage(view.id);
    const published = received!.event as unknown as Record<string, unknown> & {
      dataRef: { href: string; bytes: number };
    };
    assert.equal(received!.messageId, published.id);
    assert.deepEqual(validateEvent(received!.routingKey, received!.event), []);
    assert.equal(published.data, undefined);
    assert.equal(published.beoordeling, undefined);
    assert.equal(published.dataRef.href, `/api/v1/berichten/${view.id}/events/${published.id as string}`);
    const response = await fetch(`${gateway.base}${published.dataRef.href}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const text = await response.text();
    assert.equal(Buffer.byteLength(text), published.dataRef.bytes);
    assert.ok(published.dataRef.bytes > EVENT_MAX_BYTES);
    const whole = JSON.parse(text) as Record<string, unknown> & {
      data: { Declaratie: { Clienten: { Client: Array<{ Prestaties: { Prestatie: unknown[] } }> } } };
      beoordeling: DeclaratieBeoordeling;
    };
    assert.deepEqual(validateEvent(received!.routingKey, whole), []);
    // The envelope is the whole event's, member for member, without data and beoordeling.
    const { data, beoordeling, ...envelope } = whole;
    assert.deepEqual({ ...envelope, dataRef: published.dataRef }, published);
    assert.equal(data.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.length, 4_000);
    assert.equal(beoordeling.prestaties.length, 4_000);
    // Another id, or another message's, is not found.
    const other = await fetch(`${gateway.base}/api/v1/berichten/${view.id}/events/${randomUUID()}`);
    assert.equal(other.status, 404);
  });

  it('publishes an event within EVENT_MAX_BYTES whole', async () => {
    const view = await declare([{ referentie: 'W1', toewijzingNummer: 1001, volume: 1 }]);
    await consumer.waitFor(() => consumer.forMessage(view.id).length > 0);
    const [received] = consumer.forMessage(view.id);
    const event = received!.event as unknown as Record<string, unknown>;
    assert.ok(event.data);
    assert.equal(event.dataRef, undefined);
    const stored = await fetch(`${gateway.base}/api/v1/berichten/${view.id}/events/${event.id as string}`);
    assert.deepEqual(await stored.json(), event);
  });

  it('refuses a declaration for a product under a taakgericht arrangement with 9338 and a 325', async () => {
    // A toewijzing sent before the product came under the taakgericht arrangement: the rules pass, OP261 refuses.
    await seedToewijzingen(gateway.database.url, [
      {
        bsn: BSN,
        toewijzingNummer: 2001,
        productCategorie: '50',
        productCode: '50A01',
        ingangsdatum: '2026-01-01',
        einddatum: '2026-12-31',
      },
    ]);
    const view = await declare([
      { referentie: 'F1', toewijzingNummer: 2001, categorie: '50', code: '50A01', volume: 1 },
    ]);
    assert.equal(view.status, 'rejected');
    // 9338 belongs to the Prestatie (its RetourCodes in the 325); the classes above it have no remark (0200).
    assert.deepEqual(view.retourcodes, {
      Header: ['0200'],
      Declaratie: ['0200'],
      'Declaratie/Clienten/Client': ['0200'],
      [PRESTATIE]: ['9338'],
    });
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
        ingangsdatum: '2025-12-01',
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
    // One whole month each (TR387, TR388; TR389 allows one debit per month and toewijzing).
    const uren = (referentie: string, volume: number, begin: string, eind: string): PrestatieSpec => ({
      referentie,
      toewijzingNummer: 1005,
      volume,
      begin,
      eind,
    });
    const g1 = await declare([uren('G1', 8, '2025-12-01', '2025-12-31')]); // 48,000 of 60,000: 80 %
    assert.equal(g1.status, 'accepted', JSON.stringify(g1.retourcodes));
    await consumer.waitFor(() => signals().length === 1);
    await declare([uren('G2', 1, '2026-01-01', '2026-01-31')]); // 90 %: nothing new
    // 110 %: the assessment refuses it (9369 on the amount) and does not count it.
    assert.deepEqual(codes(await assessment(await declare([uren('G3', 2, '2026-02-01', '2026-02-28')]))), [
      ['9369'],
    ]);
    await declare([uren('G4', 1, '2026-03-01', '2026-03-31')]); // 100 %
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
