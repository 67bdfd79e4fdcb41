/**
 * Seeds toewijzingen straight into the `toewijzing` table, as if the gateway had sent them in 301s
 * (issue 6 builds that path; until then declaration tests start from here). Each seeded row hangs on
 * a stored outbound message, as the table requires.
 */
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';

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
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const toewijzing of toewijzingen) {
      const messageId = randomUUID();
      const body = Buffer.from(`<seeded toewijzing="${toewijzing.toewijzingNummer}"/>`);
      await client.query(
        `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, gemeente, aanbieder, status)
         VALUES ($1, 'out', 'gateway', $2, $3, $4, $5, $6, $7, 'delivered')`,
        [
          messageId,
          createHash('sha256').update(body).update(messageId).digest(),
          body,
          body.length,
          toewijzing.standaard ?? 'ijw',
          toewijzing.gemeente ?? '0363',
          toewijzing.aanbieder ?? '12345678',
        ],
      );
      await client.query(
        `INSERT INTO toewijzing (message_id, standaard, gemeente, aanbieder, toewijzing_nummer, bsn, product_categorie,
           product_code, ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          messageId,
          toewijzing.standaard ?? 'ijw',
          toewijzing.gemeente ?? '0363',
          toewijzing.aanbieder ?? '12345678',
          toewijzing.toewijzingNummer,
          toewijzing.bsn,
          toewijzing.productCategorie,
          toewijzing.productCode,
          toewijzing.ingangsdatum,
          toewijzing.einddatum ?? null,
          toewijzing.redenWijziging ?? null,
          toewijzing.volume ?? null,
          toewijzing.eenheid ?? null,
          toewijzing.frequentie ?? null,
          toewijzing.budget ?? null,
        ],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
