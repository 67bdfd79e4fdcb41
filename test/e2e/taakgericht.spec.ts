/**
 * Taakgericht end to end through the gateway against PostgreSQL and RabbitMQ: starts and stops
 * without ToewijzingNummer (keyed on Bsn + Product + Begindatum) → live figures → period close →
 * population statement published as `ijw.populatie.vastgesteld`, with the lumpsum budget beside it
 * and a budget signal at 80 % of the care days the budget pays for.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import type { PopulatieData } from '../../libs/messaging/src/index.js';
import { testBsn } from '../support/bsn.js';
import { EventConsumer } from '../support/event-consumer.js';
import { createArrangement, postJson } from '../support/http.js';
import { aJw305, aJw307, type LeveringSpec } from '../support/levering-builder.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

const PRODUCT = { categorie: '50' as const, code: '50A01' };
const [A, B, C, D] = [1, 2, 3, 4].map((n) => testBsn(700 + n)) as [string, string, string, string];

describe(
  'taakgericht: start/stop → period close → population statement',
  { skip: skipWithoutServices },
  () => {
    let gateway: TestGateway;
    let consumer: EventConsumer;
    let arrangementId: string;
    let sent = 0;

    before(async () => {
      gateway = await startTestGateway();
      consumer = await EventConsumer.start(AMQP_URL!, 'ijw.#');
      arrangementId = await createArrangement(gateway.base, {
        productCategorie: '50',
        uitvoeringsvariant: 'taakgericht',
        budget: 2_500_000,
        budgetPeriode: 'maand',
        zorgdagen: 50,
        populatie: { postcodes: ['1011', '1012'], omschrijving: 'wijkteam Centrum' },
      });
    });
    after(async () => {
      await consumer?.close();
      await gateway?.close();
    });

    async function send(xml: string): Promise<{ id: string; status: string; errors?: unknown }> {
      const response = await fetch(`${gateway.base}/api/v1/berichten`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', prefer: 'wait' },
        body: xml,
      });
      return (await response.json()) as { id: string; status: string };
    }

    const spec = (bsn: string, begindatum: string, extra: Partial<LeveringSpec> = {}): LeveringSpec => ({
      identificatie: `T${++sent}P${process.pid % 100_000}`,
      bsn,
      product: PRODUCT,
      begindatum,
      ...extra,
    });

    const figures = async (periode: string) => {
      const response = await fetch(
        `${gateway.base}/api/v1/arrangementen/${arrangementId}/populatie?periode=${periode}`,
      );
      assert.equal(response.status, 200);
      return ((await response.json()) as PopulatieData).cijfers;
    };

    it('takes starts and stops without ToewijzingNummer and counts the population of a month (hand-computed)', async () => {
      for (const xml of [
        aJw305(spec(A, '2026-02-20')), // in care all of March: 31 days
        aJw305(spec(B, '2026-03-10')),
        aJw307({ ...spec(B, '2026-03-10'), einddatum: '2026-03-19' }), // 10 days; a start and a stop in March
        aJw305(spec(C, '2026-03-25')), // 7 days
        aJw305(spec(D, '2026-03-05')),
        aJw305(spec(D, '2026-03-05', { statusAanlevering: '3' })), // deleted again
      ]) {
        const view = await send(xml);
        assert.equal(view.status, 'accepted', JSON.stringify(view));
      }
      // Published by the relay after processing, so not necessarily there yet when the answer is.
      await consumer.waitFor((events) =>
        events.some((received) => received.routingKey === 'ijw.start-zorg.ontvangen'),
      );
      assert.deepEqual(await figures('2026-03'), { clientenInZorg: 3, starts: 2, stops: 1, zorgdagen: 48 });
      assert.deepEqual(await figures('2026-02'), { clientenInZorg: 1, starts: 1, stops: 0, zorgdagen: 9 });
    });

    it('closes the period: stores the statement, publishes it with the budget, signals 80 % once, refuses a second close', async () => {
      const close = () =>
        postJson(gateway.base, '/api/v1/populatieverantwoordingen', { arrangementId, periode: '2026-03' });
      const response = await close();
      assert.equal(response.status, 201);
      const statement = response.body as unknown as PopulatieData;
      assert.deepEqual(
        [statement.periodeBegin, statement.periodeEind, statement.budget, statement.budgetZorgdagen],
        ['2026-03-01', '2026-03-31', 2_500_000, 50],
      );
      const mine = (key: string) =>
        consumer.events.filter(
          (received) =>
            received.routingKey === key &&
            (received.event.data as { arrangementId?: string }).arrangementId === arrangementId,
        );
      await consumer.waitFor(
        () =>
          mine('ijw.populatie.vastgesteld').length === 1 && mine('ijw.budget.drempel-bereikt').length === 1,
      );
      const [published] = mine('ijw.populatie.vastgesteld');
      assert.deepEqual(published!.event.data, statement);
      assert.equal(published!.event.berichtId, null);
      assert.deepEqual(validateEvent(published!.routingKey, published!.event), []);
      const [signal] = mine('ijw.budget.drempel-bereikt');
      assert.deepEqual(validateEvent(signal!.routingKey, signal!.event), []);
      assert.deepEqual(
        [
          (signal!.event.data as { drempel: number }).drempel,
          (signal!.event.data as { percentage: number }).percentage,
        ],
        [80, 96],
      );
      const again = await close();
      assert.equal(again.status, 409);
      const list = (await (
        await fetch(`${gateway.base}/api/v1/populatieverantwoordingen?arrangementId=${arrangementId}`)
      ).json()) as PopulatieData[];
      assert.deepEqual(list, [statement]);
      assert.deepEqual(
        await (await fetch(`${gateway.base}/api/v1/populatieverantwoordingen/${statement.id}`)).json(),
        statement,
      );
    });

    it('refuses a period of the wrong kind, outside the arrangement, or for a p×q arrangement', async () => {
      const post = (body: unknown) => postJson(gateway.base, '/api/v1/populatieverantwoordingen', body);
      const wrongKind = await post({ arrangementId, periode: '2026-Q1' });
      assert.equal(wrongKind.status, 422);
      assert.equal(
        (wrongKind.body as { invalidParams: Array<{ reason: string }> }).invalidParams[0]!.reason,
        'a maand is written like 2026-03',
      );
      assert.equal((await post({ arrangementId, periode: '2025-12' })).status, 422);
      assert.equal((await post({ periode: '2026-03' })).status, 422);
    });
  },
);
