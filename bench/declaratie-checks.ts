/**
 * Figures for the declaration checks (`npm run bench`): a 10,000-prestatie JW323 assessed against
 * its toewijzingen and arrangement — the pure single pass, and the pipeline's database part
 * (prepare: load toewijzingen, arrangements and earlier prestaties; record: store the prestaties and
 * budget signals) against PostgreSQL, with the number of queries it took.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { DeclaratieChecks } from '../apps/gateway/src/declaraties/declaratie-checks.js';
import type { HeaderFacts } from '../apps/gateway/src/berichten/message.repository.js';
import { Beoordelaar, validateArrangement, type Arrangement } from '../libs/domain/src/index.js';
import { parse, type Bericht } from '../libs/istandaarden/src/index.js';
import { openDatabase } from '../libs/persistence/src/index.js';
import { testBsn } from '../test/support/bsn.js';
import { aJw323 } from '../test/support/declaratie-builder.js';
import { seedToewijzingen, type SeedToewijzing } from '../test/support/toewijzingen.js';

const CLIENTS = 2_500;
const PER_CLIENT = 4;

function fixture(): { xml: string; toewijzingen: SeedToewijzing[]; arrangement: Arrangement } {
  const toewijzingen: SeedToewijzing[] = [];
  const clients = Array.from({ length: CLIENTS }, (_, c) => {
    const nummer = 500_000 + c;
    const client = testBsn(c);
    toewijzingen.push({
      toewijzingNummer: nummer,
      bsn: client,
      productCategorie: '45',
      productCode: '45A01',
      ingangsdatum: '2026-01-01',
      einddatum: '2026-12-31',
      volume: 40,
      eenheid: '04',
      frequentie: '4',
    });
    return {
      bsn: client,
      prestaties: Array.from({ length: PER_CLIENT }, (_, p) => ({
        referentie: `R${c}N${p}`,
        toewijzingNummer: nummer,
        begin: `2026-03-${String(p * 7 + 1).padStart(2, '0')}`,
        eind: `2026-03-${String(p === PER_CLIENT - 1 ? 31 : p * 7 + 7).padStart(2, '0')}`,
        volume: 5 + p,
      })),
    };
  });
  const result = validateArrangement({
    standaard: 'ijw',
    gemeente: '0363',
    aanbieder: '12345678',
    productCategorie: '45',
    ingangsdatum: '2026-01-01',
    uitvoeringsvariant: 'inspanningsgericht',
    eenheid: '04',
    tarief: 6_000,
  });
  if (!result.ok) throw new Error('arrangement fixture invalid');
  return { xml: aJw323({ identificatie: 'BENCH10K', clients }), toewijzingen, arrangement: result.value };
}

function best(runs: number, fn: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

export async function benchDeclaratieChecks(): Promise<void> {
  const { xml, toewijzingen, arrangement } = fixture();
  const parsed = parse(Buffer.from(xml));
  if (!parsed.ok)
    throw new Error(`bench declaration does not parse: ${JSON.stringify(parsed.findings.slice(0, 3))}`);
  const bericht: Bericht = { standaard: parsed.standaard, code: parsed.code, bericht: parsed.bericht };
  const declaratie = (bericht.bericht as { Declaratie: never }).Declaratie;
  const stands = toewijzingen.map((t) => ({
    gemeente: '0363',
    aanbieder: '12345678',
    toewijzingNummer: t.toewijzingNummer,
    bsn: t.bsn,
    productCategorie: t.productCategorie,
    productCode: t.productCode,
    ingangsdatum: t.ingangsdatum,
    einddatum: t.einddatum ?? null,
    redenWijziging: null,
    volume: t.volume ?? null,
    eenheid: t.eenheid ?? null,
    frequentie: t.frequentie ?? null,
    budget: null,
  }));
  const prestaties = CLIENTS * PER_CLIENT;
  console.log(
    `\ndeclaration checks, a JW323 of ${prestaties.toLocaleString('en')} prestaties (${(xml.length / 1e6).toFixed(1)} MB):`,
  );
  const pure = best(5, () => {
    const result = new Beoordelaar(stands, [arrangement], []).beoordeel(
      { gemeente: '0363', aanbieder: '12345678' },
      declaratie,
    );
    if (result.akkoord !== prestaties) throw new Error(`expected all akkoord, got ${result.akkoord}`);
  });
  console.log(`  assessment, one pass in memory          best of 5: ${pure.toFixed(1)} ms`);

  const script = fileURLToPath(new URL('../../scripts/test-services.mjs', import.meta.url));
  const services = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (services.status !== 0) {
    console.log('  (PostgreSQL not available: database figure skipped)');
    return;
  }
  const { DATABASE_URL } = JSON.parse(services.stdout.trim().split('\n').pop()!) as { DATABASE_URL: string };
  const name = `istd_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  const dataSource = await openDatabase({ url: url.toString() });
  try {
    await seedToewijzingen(url.toString(), toewijzingen);
    await dataSource.query(
      `INSERT INTO arrangement (id, standaard, gemeente, aanbieder, product_categorie, ingangsdatum, uitvoeringsvariant, eenheid, tarief)
       VALUES (gen_random_uuid(), 'ijw', '0363', '12345678', '45', '2026-01-01', 'inspanningsgericht', '04', 6000)`,
    );
    // The declaration itself, stored as a received message, so its prestaties can refer to it.
    const [{ id: messageId }] = (await dataSource.query(
      `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, status)
       VALUES (gen_random_uuid(), 'in', 'gateway', sha256($1::bytea), $1::bytea, length($1::bytea), 'ijw', 'received') RETURNING id`,
      [Buffer.from(xml)],
    )) as [{ id: string }];
    const header: HeaderFacts = {
      berichtcode: '490',
      afzender: '12345678',
      ontvanger: '0363',
      identificatie: 'BENCH10K',
      dagtekening: '2026-04-06',
      gemeente: '0363',
      aanbieder: '12345678',
    };
    const checks = new DeclaratieChecks();
    for (const round of ['first declaration', 'the same again, over 10,000 earlier']) {
      let queries = 0;
      const timings = await dataSource.transaction(async (manager: EntityManager) => {
        const query = manager.query.bind(manager);
        manager.query = ((...args: Parameters<EntityManager['query']>) => {
          queries++;
          return query(...args);
        }) as EntityManager['query'];
        const started = performance.now();
        const batch = await checks.prepare(manager, [{ header, bericht }]);
        const prepared = performance.now();
        const outcome = batch.assess(messageId, header, bericht);
        const assessed = performance.now();
        await batch.record(manager);
        const recorded = performance.now();
        return {
          prepare: prepared - started,
          assess: assessed - prepared,
          record: recorded - assessed,
          akkoord: outcome?.beoordeling.akkoord,
        };
      });
      console.log(
        `  ${round.padEnd(40)} load ${timings.prepare.toFixed(0)} ms, assess ${timings.assess.toFixed(0)} ms, ` +
          `store ${timings.record.toFixed(0)} ms; ${queries} queries; ${timings.akkoord} of ${prestaties} akkoord` +
          (round.startsWith('the same') ? ' (each already declared: 8021)' : ''),
      );
    }
  } finally {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
