/**
 * `GET /api/v1/rapportages` against a hand-computed fixture built through the gateway: starts and
 * stops (p×q and taakgericht), declarations (one decided by the back office, one not yet, one refused
 * for a taakgericht product) and a lumpsum arrangement per kwartaal. Also `GET /api/v1/budgetten`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../apps/gateway/src/database/database.module.js';
import { RAPPORTAGE_KOLOMMEN } from '../../libs/domain/src/index.js';
import { recordBesluit } from '../../apps/gateway/src/declaraties/declaratie-besluiten.js';
import { testBsn } from '../support/bsn.js';
import { aJw323 } from '../support/declaratie-builder.js';
import { createArrangement, UREN_45 } from '../support/http.js';
import { aJw305, aJw307 } from '../support/levering-builder.js';
import { skipWithoutServices } from '../support/test-services.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';
import { seedToewijzingen } from '../support/toewijzingen.js';

const [A, B, C] = [1, 2, 3].map((n) => testBsn(800 + n)) as [string, string, string];
const P = `${process.pid % 10_000}`;

/** Hand-computed: see the comments in `before`. Amounts in euro cents. */
const EXPECTED = [
  // categorie 45 (p×q): A in care from 10 Feb; 24,000 declared for February, not decided yet
  ['0363', '12345678', '45', '2026-02', 1, 1, 0, 24_000, 0, 0, 0],
  // March: A and B in care, B starts and stops; 48,000 declared, 30,000 granted, 18,000 refused
  ['0363', '12345678', '45', '2026-03', 2, 1, 1, 48_000, 30_000, 18_000, 0],
  // categorie 50 (taakgericht, 3,000,000 per kwartaal: 1,000,000 a month)
  ['0363', '12345678', '50', '2026-02', 0, 0, 0, 0, 0, 0, 1_000_000],
  // March: C starts; a declaration of 6,000 for the taakgericht product refused (9338)
  ['0363', '12345678', '50', '2026-03', 1, 1, 0, 6_000, 0, 6_000, 1_000_000],
] as const;

describe('figures per gemeente × aanbieder × productcategorie × month', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;

  async function send(xml: string): Promise<{ status: string; errors?: unknown }> {
    const response = await fetch(`${gateway.base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', prefer: 'wait' },
      body: xml,
    });
    return (await response.json()) as { status: string; errors?: unknown };
  }

  before(async () => {
    gateway = await startTestGateway();
    await createArrangement(gateway.base, UREN_45);
    await createArrangement(gateway.base, {
      productCategorie: '50',
      uitvoeringsvariant: 'taakgericht',
      budget: 3_000_000,
      budgetPeriode: 'kwartaal',
    });
    const toewijzing = {
      productCategorie: '45',
      productCode: '45A01',
      ingangsdatum: '2026-01-01',
      einddatum: '2026-12-31',
      volume: 20,
      eenheid: '04',
      frequentie: '4',
    };
    await seedToewijzingen(gateway.database.url, [
      { ...toewijzing, toewijzingNummer: 1001, bsn: A },
      { ...toewijzing, toewijzingNummer: 1002, bsn: B },
    ]);
    const pxq = {
      product: { categorie: '45' as const, code: '45A01' },
      toewijzingIngangsdatum: '2026-01-01',
    };
    const lumpsum = { product: { categorie: '50' as const, code: '50A01' } };
    const accepted = [
      aJw305({ identificatie: `S1P${P}`, bsn: A, begindatum: '2026-02-10', toewijzingNummer: 1001, ...pxq }),
      aJw305({ identificatie: `S2P${P}`, bsn: B, begindatum: '2026-03-05', toewijzingNummer: 1002, ...pxq }),
      aJw307({
        identificatie: `S3P${P}`,
        bsn: B,
        begindatum: '2026-03-05',
        toewijzingNummer: 1002,
        ...pxq,
        einddatum: '2026-03-25',
      }),
      aJw305({ identificatie: `S4P${P}`, bsn: C, begindatum: '2026-03-01', ...lumpsum }),
      // March: A 5 hours (30,000), B 3 hours (18,000)
      aJw323({
        identificatie: `DXP${P}`,
        clients: [
          { bsn: A, prestaties: [{ referentie: 'R1', toewijzingNummer: 1001, volume: 5 }] },
          { bsn: B, prestaties: [{ referentie: 'R2', toewijzingNummer: 1002, volume: 3 }] },
        ],
      }),
      // February: A 4 hours (24,000)
      aJw323({
        identificatie: `DYP${P}`,
        periode: { begin: '2026-02-01', eind: '2026-02-28' },
        clients: [
          {
            bsn: A,
            // The whole month, though care began on the 10th: the toewijzing began before it (TR387).
            prestaties: [{ referentie: 'R3', toewijzingNummer: 1001, volume: 4 }],
          },
        ],
      }),
    ];
    for (const xml of accepted) {
      const outcome = await send(xml);
      assert.equal(outcome.status, 'accepted', JSON.stringify(outcome));
    }
    // A declaration for the taakgericht product, on a toewijzing sent before the arrangement became
    // taakgericht (without one TR338 refuses it before the assessment, and it is not in the figures):
    // refused with 9338 (OP261), counted as refused.
    await seedToewijzingen(gateway.database.url, [
      { ...toewijzing, toewijzingNummer: 9999, bsn: C, productCategorie: '50', productCode: '50A01' },
    ]);
    const refused = aJw323({
      identificatie: `DZP${P}`,
      clients: [
        {
          bsn: C,
          prestaties: [
            { referentie: 'R4', toewijzingNummer: 9999, categorie: '50', code: '50A01', volume: 1 },
          ],
        },
      ],
    });
    assert.equal((await send(refused)).status, 'rejected');
    // The back office grants R1 and refuses R2 (the 325 command path records this).
    const dataSource = gateway.app.get<DataSource>(DATA_SOURCE);
    const decided = await dataSource.transaction((manager) =>
      recordBesluit(manager, {
        aanbieder: '12345678',
        identificatie: `DXP${P}`,
        dagtekening: '2026-04-06',
        afgewezen: ['R2'],
      }),
    );
    assert.equal(decided, 2);
  });
  after(async () => {
    await gateway?.close();
  });

  const columns = RAPPORTAGE_KOLOMMEN;

  it('answers JSON matching the hand-computed figures', async () => {
    const response = await fetch(`${gateway.base}/api/v1/rapportages?gemeente=0363&van=2026-02&tot=2026-03`);
    assert.equal(response.status, 200);
    const rows = (await response.json()) as Array<Record<string, unknown>>;
    assert.deepEqual(
      rows.map((row) => columns.map((column) => row[column])),
      EXPECTED.map((row) => [...row]),
    );
  });

  it('answers the same as CSV for ?format=csv and for Accept: text/csv', async () => {
    const expected = [columns.join(','), ...EXPECTED.map((row) => row.join(','))].join('\r\n') + '\r\n';
    for (const [query, headers] of [
      ['&format=csv', {}],
      ['', { accept: 'text/csv' }],
    ] as const) {
      const response = await fetch(`${gateway.base}/api/v1/rapportages?van=2026-02&tot=2026-03${query}`, {
        headers,
      });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
      assert.equal(await response.text(), expected);
    }
  });

  it('refuses a query without months, with a wrong month or an unknown filter', async () => {
    for (const query of [
      '',
      '?van=2026-02',
      '?van=2026-13&tot=2026-14',
      '?van=2026-03&tot=2026-02',
      '?van=2026-01&tot=2026-02&colour=red',
      '?van=2026-01&tot=2026-02&format=xml',
    ])
      assert.equal((await fetch(`${gateway.base}/api/v1/rapportages${query}`)).status, 400, query);
  });

  it('shows per toewijzing what is declared against what was assigned', async () => {
    const rows = (await (await fetch(`${gateway.base}/api/v1/budgetten?aanbieder=12345678`)).json()) as Array<
      Record<string, unknown>
    >;
    assert.deepEqual(
      rows.map((row) => [
        row.toewijzingNummer,
        row.gedeclareerdVolume,
        row.toegewezenVolume,
        row.gedeclareerdBedrag,
        row.percentage,
      ]),
      [
        [1001, 9, 240, 54_000, 3],
        [1002, 0, 240, 0, 0],
        // the taakgericht product's: its refused prestatie is not counted
        [9999, 0, 240, 0, 0],
      ],
    );
  });
});
