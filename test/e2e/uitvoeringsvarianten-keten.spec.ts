/**
 * The uitvoeringsvarianten end to end through the gateway with the chain simulator as the GGk, and the
 * RabbitMQ events checked against their schemas:
 * - p×q: a toewijzing that does not fit its variant's table refused (422, a reason per field, nothing
 *   sent); toewijzing → 302 → start → 323 (assessed) → decision → 325 → stop;
 * - taakgericht: starts and stops without ToewijzingNummer → period close → population statement.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ChainSim, type Delivered } from '../../apps/chain-sim/src/chain-sim.js';
import type { Di01Envelope } from '../../libs/stuf-ggk/src/index.js';
import type { DeclaratieBeoordeling } from '../../libs/domain/src/index.js';
import { validateEvent } from '../../libs/messaging/src/event-validator.js';
import type { PopulatieData } from '../../libs/messaging/src/index.js';
import { testBsn } from '../support/bsn.js';
import { aJw323 } from '../support/declaratie-builder.js';
import { EventConsumer, type ReceivedEvent } from '../support/event-consumer.js';
import { di01sWith } from '../support/command-harness.js';
import { createArrangement, postJson } from '../support/http.js';
import { aJw305, aJw307 } from '../support/levering-builder.js';
import { AANBIEDER, toewijzingBericht, uniek } from '../support/opdracht-builders.js';
import { AMQP_URL, skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { until } from '../support/wait.js';

type Json = Record<string, unknown>;
const BSN = '999990019';

describe('uitvoeringsvarianten through the chain', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  let sim: ChainSim;
  let events: EventConsumer;
  let db: pg.Client;
  let lumpsumId: string;

  before(async () => {
    sim = new ChainSim({ gatewayUrl: 'http://placeholder', aanbieder: AANBIEDER });
    gateway = await startTestGateway({ GGK_URL: await sim.listen(), DELIVERY_RETRY_BASE_MS: '50' });
    sim.gatewayUrl = gateway.base;
    events = await EventConsumer.start(AMQP_URL!);
    db = new pg.Client({ connectionString: gateway.database.url });
    await db.connect();
    await createArrangement(gateway.base, {
      productCategorie: '45',
      uitvoeringsvariant: 'inspanningsgericht',
      eenheid: '04',
      tarief: 2_500,
    });
    lumpsumId = await createArrangement(gateway.base, {
      productCategorie: '50',
      uitvoeringsvariant: 'taakgericht',
      budget: 800_000,
      budgetPeriode: 'maand',
      populatie: { omschrijving: 'jeugdhulp in de wijk' },
    });
  });
  after(async () => {
    await db?.end();
    await events?.close();
    await gateway?.close();
    await sim?.close();
  });

  const post = (path: string, body: unknown) => postJson(gateway.base, path, body);

  /** A provider message through the GGk, processed; returns its id. */
  async function viaChain(xml: string, functie: string, status = 'accepted'): Promise<string> {
    const sent = await sim.send(xml, functie);
    assert.equal(sent.answer?.kind, 'Bv03');
    return until(`${functie} processed`, async () => {
      const { rows } = await db.query<{ id: string; status: string; findings: unknown }>(
        `SELECT id, status, findings FROM message WHERE direction = 'in' AND envelope -> 'stuurgegevens' ->> 'referentienummer' = $1`,
        [sent.referentienummer],
      );
      const row = rows[0];
      if (!row || row.status === 'received') return undefined;
      assert.equal(row.status, status, `${functie}: ${JSON.stringify(row.findings)}`);
      return row.id;
    });
  }

  async function eventFor(berichtId: string, key: string): Promise<ReceivedEvent> {
    await events.waitFor(() => events.forMessage(berichtId).some((e) => e.routingKey === key), 15_000);
    const received = events.forMessage(berichtId).find((e) => e.routingKey === key)!;
    assert.deepEqual(validateEvent(received.routingKey, received.event), [], `${key} satisfies its schema`);
    return received;
  }

  async function delivered(identificatie: string): Promise<Delivered> {
    const matches = () => di01sWith(sim, identificatie);
    await sim.waitForDelivery(() => matches().length > 0, 15_000);
    return matches()[0]!;
  }

  /** A toewijzing command with the product's terms changed. */
  function toewijzing(nummer: number, change: (product: Json) => void, ingangsdatum = '2026-10-01'): Json {
    const bericht = toewijzingBericht({
      toewijzingNummer: nummer,
      ingangsdatum,
      einddatum: '2026-12-31',
    });
    const product = (((bericht.Client as Json).ToegewezenProducten as Json).ToegewezenProduct as Json[])[0]!;
    change(product);
    return { commandId: randomUUID(), standaard: 'ijw', gemeente: '0363', aanbieder: AANBIEDER, bericht };
  }

  it('refuses a toewijzing that does not fit its variant: 422, one reason per field, nothing sent', async () => {
    const before = sim.delivered.length;
    const refused = await post(
      '/api/v1/toewijzingen',
      toewijzing(7001, (product) => {
        product.Omvang = { Volume: 4, Eenheid: '82', Frequentie: '2' };
        delete product.Einddatum;
      }),
    );
    assert.equal(refused.status, 422);
    const errors = refused.body.errors as Array<{ rule: string; path: string; message: string }>;
    assert.deepEqual(
      errors.map((error) => [error.rule, error.path]),
      [
        ['TOEWIJZINGSVARIANT', '/bericht/Client/ToegewezenProducten/ToegewezenProduct/0/Omvang/Eenheid'],
        ['TOEWIJZINGSVARIANT', '/bericht/Client/ToegewezenProducten/ToegewezenProduct/0/Einddatum'],
      ],
    );
    assert.match(errors[0]!.message, /82 does not fit inspanningsgericht/);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM message WHERE code = 'JW301'`);
    assert.equal(rows[0].n, 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(sim.delivered.length, before);
  });

  it('refuses a toewijzing of a product contracted per piece of effort in another unit (OP305)', async () => {
    await createArrangement(gateway.base, {
      productCategorie: '45',
      productCode: '45A49',
      uitvoeringsvariant: 'inspanningsgericht',
      eenheid: '84',
      tarief: 9_000,
    });
    const perStuk = (product: Json, eenheid: string) => {
      product.Product = { Categorie: '45', Code: '45A49' };
      product.Omvang = { Volume: 2, Eenheid: eenheid, Frequentie: '4' };
    };
    const before = sim.delivered.length;
    const inHours = await post(
      '/api/v1/toewijzingen',
      toewijzing(7101, (product) => perStuk(product, '04')),
    );
    assert.equal(inHours.status, 422);
    const errors = inHours.body.errors as Array<{ rule: string; path: string; message: string }>;
    assert.deepEqual(
      errors.map((error) => [error.rule, error.path]),
      [['OP305', '/bericht/Client/ToegewezenProducten/ToegewezenProduct/0/Omvang/Eenheid']],
    );
    assert.match(errors[0]!.message, /Eenheid 84/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(sim.delivered.length, before, 'nothing sent');
    const inPieces = await post(
      '/api/v1/toewijzingen',
      toewijzing(7102, (product) => perStuk(product, '84')),
    );
    assert.equal(inPieces.status, 202, JSON.stringify(inPieces.body));
  });

  it('p×q: toewijzing → 302 → start → 323 → decision → 325 → stop, with the events', async () => {
    const nummer = 7002;
    // 4 hours a month of 45A48 from September to December.
    const sent = await post(
      '/api/v1/toewijzingen',
      toewijzing(nummer, () => undefined, '2026-09-01'),
    );
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    const di01 = await delivered(sent.body.identificatie as string);
    const retour = await sim.sendRetour(di01);
    assert.equal(retour.answer?.kind, 'Bv03');
    const toewijzingId = sent.body.berichtId as string;
    const retourId = await until('302 matched', async () => {
      const view = (await (await fetch(`${gateway.base}/api/v1/berichten/${toewijzingId}`)).json()) as Json;
      return view.status === 'accepted' ? ((view.retour as Json).id as string) : undefined;
    });
    await eventFor(retourId, 'ijw.toewijzing.retour-ontvangen');
    // The gateway recorded the toewijzing state from the 301 it sent: the declaration's rules find it.

    const levering = {
      bsn: BSN,
      product: { categorie: '45' as const, code: '45A48' },
      toewijzingNummer: nummer,
      toewijzingIngangsdatum: '2026-09-01',
      begindatum: '2026-10-05',
      dagtekening: '2026-11-02',
    };
    const startId = await viaChain(aJw305({ ...levering, identificatie: uniek('S') }), 'JW305');
    await eventFor(startId, 'ijw.start-zorg.ontvangen');

    // Each prestatie a whole month (TR387, TR388) and one per month (TR389): September 2 hours at the
    // contracted tariff; October 3 hours at another tariff, which the assessment advises against (0611).
    const identificatie = uniek('D');
    const declaratieId = await viaChain(
      aJw323({
        identificatie,
        nummer: 'OKT2026',
        dagtekening: '2026-11-02',
        periode: { begin: '2026-10-01', eind: '2026-10-31' },
        clients: [
          {
            bsn: BSN,
            prestaties: [
              {
                referentie: 'P1',
                toewijzingNummer: nummer,
                code: '45A48',
                tarief: 2_500,
                volume: 2,
                begin: '2026-09-01',
                eind: '2026-09-30',
              },
              {
                referentie: 'P2',
                toewijzingNummer: nummer,
                code: '45A48',
                tarief: 3_000,
                volume: 3,
              },
            ],
          },
        ],
      }),
      'JW323',
    );
    const declaratieEvent = await eventFor(declaratieId, 'ijw.declaratie.ontvangen');
    const beoordeling = (declaratieEvent.event as unknown as { beoordeling: DeclaratieBeoordeling })
      .beoordeling;
    assert.deepEqual(
      beoordeling.prestaties.map((p) => [p.referentieNummer, p.oordeel, p.retourcodes]),
      [
        ['P1', 'akkoord', []],
        ['P2', 'afwijzen', ['0611']],
      ],
    );

    // The back office follows the advice: P1 granted, P2 refused with 0611.
    const prestatieP2 = {
      ProductReferentie: { ReferentieNummer: 'P2' },
      ToewijzingNummer: nummer,
      ProductCategorie: '45',
      ProductCode: '45A48',
      ProductPeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' },
      GeleverdVolume: 3,
      Eenheid: '04',
      ProductTarief: 3_000,
      IngediendBedrag: { Bedrag: 9_000, DebetCredit: 'D' },
    };
    const antwoord = await post('/api/v1/declaratie-antwoorden', {
      commandId: randomUUID(),
      standaard: 'ijw',
      antwoordOp: declaratieId,
      bericht: {
        DeclaratieAntwoord: {
          DeclaratieNummer: 'OKT2026',
          TotaalIngediendBedrag: { TotaalBedrag: 14_000, DebetCredit: 'D' },
          TotaalToegekendBedrag: { TotaalBedrag: 5_000, DebetCredit: 'D' },
          Clienten: {
            Client: [
              {
                Bsn: BSN,
                Prestaties: { Prestatie: [{ ...prestatieP2, RetourCodes: { RetourCode: ['0611'] } }] },
                RetourCodes: { RetourCode: ['0200'] },
              },
            ],
          },
          RetourCodes: { RetourCode: ['0200'] },
        },
      },
    });
    assert.equal(antwoord.status, 202, JSON.stringify(antwoord.body));
    const di325 = await delivered(antwoord.body.identificatie as string);
    assert.equal((di325.request.envelope as Di01Envelope).stuurgegevens.functie, 'JW325');
    const { rows } = await db.query(
      `SELECT referentie_nummer, status FROM prestatie_beoordeling WHERE message_id = $1 ORDER BY referentie_nummer`,
      [declaratieId],
    );
    assert.deepEqual(rows, [
      { referentie_nummer: 'P1', status: 'toegekend' },
      { referentie_nummer: 'P2', status: 'afgewezen' },
    ]);
    const budgetten = (await (
      await fetch(`${gateway.base}/api/v1/budgetten?aanbieder=${AANBIEDER}`)
    ).json()) as Json[];
    const use = budgetten.find((row) => row.toewijzingNummer === nummer)!;
    assert.deepEqual([use.gedeclareerdVolume, use.toegewezenVolume, use.gedeclareerdBedrag], [2, 16, 5_000]);

    const stopId = await viaChain(
      aJw307({ ...levering, identificatie: uniek('E'), einddatum: '2026-10-31' }),
      'JW307',
    );
    await eventFor(stopId, 'ijw.stop-zorg.ontvangen');
  });

  it('taakgericht: start/stop without ToewijzingNummer → period close → population statement', async () => {
    const [a, b] = [testBsn(901), testBsn(902)];
    const product = { categorie: '50' as const, code: '50A01' };
    const spec = { product, dagtekening: '2026-11-02' };
    for (const [xml, functie] of [
      [aJw305({ ...spec, identificatie: uniek('S'), bsn: a, begindatum: '2026-10-01' }), 'JW305'],
      [aJw305({ ...spec, identificatie: uniek('S'), bsn: b, begindatum: '2026-10-11' }), 'JW305'],
      [
        aJw307({
          ...spec,
          identificatie: uniek('E'),
          bsn: b,
          begindatum: '2026-10-11',
          einddatum: '2026-10-20',
        }),
        'JW307',
      ],
    ] as const) {
      const id = await viaChain(xml, functie);
      await eventFor(id, functie === 'JW305' ? 'ijw.start-zorg.ontvangen' : 'ijw.stop-zorg.ontvangen');
    }
    const closed = await post('/api/v1/populatieverantwoordingen', {
      arrangementId: lumpsumId,
      periode: '2026-10',
    });
    assert.equal(closed.status, 201, JSON.stringify(closed.body));
    const statement = closed.body as unknown as PopulatieData;
    // a: all of October (31 days); b: 11 to 20 October (10 days)
    assert.deepEqual(statement.cijfers, { clientenInZorg: 2, starts: 2, stops: 1, zorgdagen: 41 });
    assert.equal(statement.budget, 800_000);
    await events.waitFor(() =>
      events.events.some(
        (e) =>
          e.routingKey === 'ijw.populatie.vastgesteld' && (e.event.data as PopulatieData).id === statement.id,
      ),
    );
    const published = events.events.find(
      (e) =>
        e.routingKey === 'ijw.populatie.vastgesteld' && (e.event.data as PopulatieData).id === statement.id,
    )!;
    assert.deepEqual(validateEvent(published.routingKey, published.event), []);
    assert.deepEqual(published.event.data, statement);
  });
});
