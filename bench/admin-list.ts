/**
 * The console's message list at 100,000 stored messages (issue 7: "answers in under 300 ms"): seeds a
 * fresh database, then times each kind of filter through the real page (GET /admin?…, or POST /admin/zoeken for a BSN, with a session),
 * and the query alone. Prints figures, never pass/fail.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AccountRepository } from '../apps/gateway/src/admin/accounts.repository.js';
import { bsnHmac } from '../apps/gateway/src/admin/bsn-index.js';
import { hashPassword } from '../apps/gateway/src/admin/passwords.js';
import { loadGatewayConfig } from '../apps/gateway/src/config/gateway-config.js';
import { createGateway } from '../apps/gateway/src/gateway.js';
import { openDatabase } from '../libs/persistence/src/index.js';
import { AdminClient } from '../test/support/admin-client.js';
import { services } from './e2e.js';

const MESSAGES = Number(process.env.BENCH_ADMIN_MESSAGES ?? 100_000);
const RUNS = 20;
const PASSWORD = 'bench-wachtwoord-lang';
const CODES = ['JW305', 'JW307', 'JW315', 'JW317', 'JW323', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** 100,000 inbound messages over 60 days, 3 gemeenten, 200 aanbieders; one in seven rejected with findings. */
async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO message (id, direction, channel, sha256, body, size, standaard, code, berichtcode, afzender,
         ontvanger, identificatie, dagtekening, gemeente, aanbieder, status, findings, retourcodes, received_at,
         processed_at)
       SELECT gen_random_uuid(), 'in', 'ggk', decode(md5('bench' || i), 'hex'), convert_to(repeat('x', 400), 'UTF8'),
         400, CASE WHEN c LIKE 'WMO%' THEN 'iwmo' ELSE 'ijw' END, c, '438', lpad((10000000 + i % 200)::text, 8, '0'),
         g, 'B' || i, to_char(t, 'YYYY-MM-DD'), g, lpad((10000000 + i % 200)::text, 8, '0'),
         CASE WHEN i % 7 = 0 THEN 'rejected' ELSE 'accepted' END,
         CASE WHEN i % 7 = 0 THEN jsonb_build_array(jsonb_build_object('rule', 'TR' || (300 + i % 40),
           'retourcode', (8000 + i % 40)::text, 'line', 12, 'column', 5, 'path', '/Bericht/Client', 'message', 'x'))
           ELSE '[]'::jsonb END,
         CASE WHEN i % 7 = 0 THEN '{"Header": ["8001"]}'::jsonb END, t, t
       FROM (SELECT i, ($2::text[])[1 + i % array_length($2::text[], 1)] AS c,
               ($3::text[])[1 + i % 3] AS g, now() - (i * interval '60 days' / $1) AS t
             FROM generate_series(1, $1) AS i) AS s`,
      [MESSAGES, CODES, ['0363', '0384', '0599']],
    );
    const key = (
      (await client.query(`SELECT value FROM admin_secret WHERE name = 'bsn-hmac'`)).rows[0] as {
        value: Buffer;
      }
    ).value;
    const ids = (await client.query(`SELECT id, identificatie FROM message`)).rows as Array<{
      id: string;
      identificatie: string;
    }>;
    for (let start = 0; start < ids.length; start += 10_000) {
      const chunk = ids.slice(start, start + 10_000);
      await client.query(
        `INSERT INTO message_bsn (bsn_hmac, message_id) SELECT * FROM unnest($1::bytea[], $2::uuid[])`,
        [
          chunk.map((row) =>
            bsnHmac(key, String(100_000_000 + (Number(row.identificatie.slice(1)) % 60_000))),
          ),
          chunk.map((row) => row.id),
        ],
      );
    }
    await client.query('VACUUM ANALYZE message');
    await client.query('ANALYZE message_bsn');
  } finally {
    await client.end();
  }
}

export async function benchAdminList(): Promise<void> {
  const { DATABASE_URL } = services();
  const name = `istd_bench_admin_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  try {
    const dataSource = await openDatabase({ url: url.toString() });
    await new AccountRepository(dataSource).create(
      { gebruikersnaam: 'bench', rol: 'engineer', gemeenten: ['0363', '0384'] },
      await hashPassword(PASSWORD),
    );
    await dataSource.destroy();
    const seeded = performance.now();
    await seed(url.toString());
    console.log(
      `\nadmin console message list, ${MESSAGES.toLocaleString('en')} messages (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s),` +
        ` account scoped to 2 of 3 gemeenten, 50 per page, ${RUNS} runs each through the page (HTTP, session, HTML):`,
    );
    const app = await createGateway(
      loadGatewayConfig({ DATABASE_URL: url.toString(), GEMEENTEN: '0363,0384,0599', LOG_LEVEL: 'warn' }),
      { logger: false },
    );
    await app.listen(0, '127.0.0.1');
    try {
      const client = new AdminClient((await app.getUrl()).replace('[::1]', '127.0.0.1'));
      if ((await client.login('bench', PASSWORD)) !== 303) throw new Error('bench log-in failed');
      const today = new Date().toISOString().slice(0, 10);
      const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      const filters: Array<[string, string]> = [
        ['start page (rejected first)', ''],
        ['status=rejected', 'status=rejected'],
        ['aanbieder', 'aanbieder=10000042'],
        ['code + period (7 days)', `code=JW323&van=${weekAgo}&tot=${today}`],
        ['gemeente + status + period', `gemeente=0384&status=accepted&van=${weekAgo}&tot=${today}`],
        ['BerichtIdentificatie', 'identificatie=B4242'],
        ['rule (TR312)', 'regel=TR312'],
        ['retourcode (8012)', 'regel=8012'],
        ['BSN (exact, POST /admin/zoeken)', 'bsn=100004242'],
        ['start page, page 20', 'pagina=20'],
        ['status=rejected + standaard + page 5', 'status=rejected&standaard=iwmo&pagina=5'],
      ];
      for (const [label, query] of filters) {
        let rows = 0;
        // A BSN is searched with a POST (it never goes into a URL); every other filter with a GET.
        const load = query.startsWith('bsn=')
          ? () => client.post('/admin/zoeken', Object.fromEntries(new URLSearchParams(query)))
          : () => client.get(`/admin?${query}`);
        for (let i = 0; i < 3; i++) await load();
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          const page = await load();
          times.push(performance.now() - started);
          if (page.status !== 200) throw new Error(`${label}: HTTP ${page.status}`);
          rows = (page.html.match(/href="\/admin\/berichten\//g) ?? []).length;
        }
        times.sort((a, b) => a - b);
        console.log(
          `  ${label.padEnd(38)} median ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(
            times,
            95,
          )
            .toFixed(1)
            .padStart(6)} ms  max ${times.at(-1)!.toFixed(1).padStart(6)} ms  (${rows} rows)`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
