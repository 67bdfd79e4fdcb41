/**
 * Seeds toewijzingen straight into the `toewijzing` table, as if the gateway had sent them in 301s
 * (issue 6 builds that path; until then declaration tests start from here). Each seeded row hangs on
 * a stored outbound message, as the table requires; any number of them in a few statements.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { unnestColumns } from '../../libs/persistence/src/index.js';

export interface SeedToewijzing {
  readonly standaard?: 'ijw' | 'iwmo';
  readonly gemeente?: string;
  readonly aanbieder?: string;
  readonly toewijzingNummer: number;
  readonly bsn: string;
  readonly productCategorie: string | null;
  readonly productCode: string | null;
  readonly ingangsdatum: string;
  readonly einddatum?: string | null;
  readonly redenWijziging?: string | null;
  readonly volume?: number | null;
  readonly eenheid?: string | null;
  readonly frequentie?: string | null;
  readonly budget?: number | null;
}

export async function seedToewijzingen(
  databaseUrl: string,
  toewijzingen: readonly SeedToewijzing[],
): Promise<void> {
  const rows = toewijzingen.map((t) => [
    ...[randomUUID(), t.standaard ?? 'ijw', t.gemeente ?? '0363', t.aanbieder ?? '12345678'],
    ...[t.toewijzingNummer, t.bsn, t.productCategorie, t.productCode, t.ingangsdatum, t.einddatum ?? null],
    ...[
      t.redenWijziging ?? null,
      t.volume ?? null,
      t.eenheid ?? null,
      t.frequentie ?? null,
      t.budget ?? null,
    ],
  ]);
  const { sql, parameters } = unnestColumns(
    [
      ...['uuid', 'text', 'text', 'text', 'bigint', 'text', 'text', 'text', 'date', 'date'],
      ...['text', 'bigint', 'text', 'text', 'bigint'],
    ],
    rows,
  );
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Each toewijzing on a stored outbound message of its own, in two statements however many there are.
    await client.query(
      `CREATE TEMPORARY TABLE seed ON COMMIT DROP AS SELECT * FROM ${sql}
        AS s (message_id, standaard, gemeente, aanbieder, toewijzing_nummer, bsn, product_categorie, product_code,
          ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget)`,
      parameters,
    );
    await client.query(
      `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, gemeente, aanbieder, status)
       SELECT message_id, 'out', 'gateway', sha256(convert_to(body || message_id, 'UTF8')), convert_to(body, 'UTF8'),
         octet_length(body), standaard, gemeente, aanbieder, 'delivered'
       FROM (SELECT *, '<seeded toewijzing="' || toewijzing_nummer || '"/>' AS body FROM seed) AS s`,
    );
    await client.query(
      `INSERT INTO toewijzing (message_id, standaard, gemeente, aanbieder, toewijzing_nummer, bsn, product_categorie,
         product_code, ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget)
       SELECT * FROM seed`,
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
