/**
 * The rejection the browser scenario fixes: a declaration for a product under a taakgericht
 * arrangement is refused (OP261, 9338); replacing the arrangement by a p×q one (inspanningsgericht,
 * a tariff per hour) and reprocessing makes the same declaration acceptable.
 */
import assert from 'node:assert/strict';
import { declaratie } from '../../support/declaratie.js';
import type { TestGateway } from '../../support/test-gateway.js';
import { seedToewijzingen } from '../../support/toewijzingen.js';
import { query } from '../../support/admin-accounts.js';

export interface FixableRejection {
  readonly rule: string;
  readonly retourcode: string;
  /** What the line the finding points at contains (its first match in the message is that line). */
  readonly lineContent: RegExp;
  rejectedDeclaration(gateway: TestGateway, bsn: string): Promise<string>;
  fix(gateway: TestGateway): Promise<void>;
  /** What the fix leaves in the state after reprocessing, and what the dashboard's budget panel then shows. */
  stateAfterReprocessing(gateway: TestGateway, messageId: string): Promise<unknown>;
  readonly expectedState: unknown;
  readonly budgetLine: RegExp;
}

const ARRANGEMENT = {
  standaard: 'ijw',
  gemeente: '0363',
  aanbieder: '12345678',
  productCategorie: '50',
  ingangsdatum: '2026-01-01',
};
const TARIEF = 6_250;
let arrangementId = '';

async function arrangement(gateway: TestGateway, method: 'POST' | 'PUT', body: object): Promise<string> {
  const response = await fetch(
    `${gateway.base}/api/v1/arrangementen${method === 'PUT' ? `/${arrangementId}` : ''}`,
    {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...ARRANGEMENT, ...body }),
    },
  );
  assert.equal(response.status, method === 'POST' ? 201 : 200, await response.clone().text());
  return ((await response.json()) as { id: string }).id;
}

export const fixableRejection: FixableRejection = {
  rule: 'OP261',
  retourcode: '9338',
  // The refusal points at the prestatie (its path ends in Prestatie[n]).
  lineContent: /<\w+:Prestatie>/,
  async rejectedDeclaration(gateway, bsn) {
    arrangementId = await arrangement(gateway, 'POST', {
      uitvoeringsvariant: 'taakgericht',
      budget: 10_000_000,
      budgetPeriode: 'kwartaal',
    });
    // 10 hours a month assigned, as a 301 would have done.
    await seedToewijzingen(gateway.database.url, [
      {
        bsn,
        toewijzingNummer: 2001,
        productCategorie: '50',
        productCode: '50A01',
        ingangsdatum: '2026-01-01',
        einddatum: '2026-12-31',
        volume: 10,
        eenheid: '04',
        frequentie: '4',
      },
    ]);
    return declaratie({
      bsn,
      identificatie: 'TAAK1',
      productCategorie: '50',
      productCode: '50A01',
      toewijzingNummer: 2001,
      tarief: TARIEF,
      volume: 10,
    });
  },
  async fix(gateway) {
    await arrangement(gateway, 'PUT', {
      uitvoeringsvariant: 'inspanningsgericht',
      eenheid: '04',
      tarief: TARIEF,
    });
  },
  // The refused prestatie of the first outcome is gone; the accepted one is submitted (not refused).
  stateAfterReprocessing: (gateway, messageId) =>
    query(
      gateway.database.url,
      `SELECT status, retourcodes FROM prestatie_beoordeling WHERE message_id = $1`,
      [messageId],
    ),
  expectedState: [{ status: 'ingediend', retourcodes: [] }],
  // 10 hours at € 62.50 used under the (now p×q) arrangement, which has no budget.
  budgetLine: /50 \(inspanningsgericht\)\s+12345678\s+—\s+625\.00/,
};
