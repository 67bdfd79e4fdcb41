/**
 * The admin console over HTTP against real PostgreSQL: log-in, CSRF, roles, gemeente scope, BSN search,
 * masking and audited reveal, reprocessing that keeps the earlier outcome, the append-only audit log,
 * and the operator's account command.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { AdminClient } from '../../support/admin-client.js';
import { createAccounts, query, TEST_PASSWORD } from '../../support/admin-accounts.js';
import { declaratie, toewijzingVoor } from '../../support/declaratie.js';
import { skipWithoutServices } from '../../support/test-services.js';
import { startTestGateway, type TestGateway } from '../../support/test-gateway.js';
import { seedToewijzingen } from '../../support/toewijzingen.js';

const BSN = '999990019';
const OTHER_BSN = '123456782';

function tomorrow(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

async function post(gateway: TestGateway, xml: string): Promise<{ id: string; status: string }> {
  const response = await fetch(`${gateway.base}/api/v1/berichten`, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', prefer: 'wait' },
    body: xml,
  });
  return (await response.json()) as { id: string; status: string };
}

describe('admin console over HTTP', { skip: skipWithoutServices }, () => {
  let gateway: TestGateway;
  let rejected: { id: string; status: string };
  let accepted: { id: string; status: string };
  let elsewhere: { id: string; status: string };

  before(async () => {
    gateway = await startTestGateway();
    await createAccounts(gateway.database.url, [
      { gebruikersnaam: 'eva', rol: 'engineer', gemeenten: ['0363'] },
      { gebruikersnaam: 'victor', rol: 'viewer', gemeenten: ['0363'] },
      { gebruikersnaam: 'bea', rol: 'beheerder', gemeenten: ['0363', '0384'] },
      { gebruikersnaam: 'otto', rol: 'engineer', gemeenten: ['0599'] },
    ]);
    const acceptable = { bsn: OTHER_BSN, identificatie: 'ADM-2' };
    const inAnotherGemeente = { bsn: BSN, identificatie: 'ADM-3', gemeente: '0384' };
    await seedToewijzingen(gateway.database.url, [acceptable, inAnotherGemeente].map(toewijzingVoor));
    // A dagtekening in the future breaks TR135 (8848): rejected, with the finding on the Dagtekening line.
    rejected = await post(gateway, declaratie({ bsn: BSN, identificatie: 'ADM-1', dagtekening: tomorrow() }));
    accepted = await post(gateway, declaratie(acceptable));
    elsewhere = await post(gateway, declaratie(inAnotherGemeente));
    assert.equal(rejected.status, 'rejected');
    assert.equal(accepted.status, 'accepted');
    assert.equal(elsewhere.status, 'accepted');
  });
  after(() => gateway.close());

  it('sends visitors to the log-in page and refuses a wrong password without saying which part was wrong', async () => {
    const client = new AdminClient(gateway.base);
    const start = await client.get('/admin');
    assert.equal(start.status, 303);
    assert.equal(start.location, '/admin/inloggen');
    assert.equal(await client.login('eva', 'verkeerd-wachtwoord'), 401);
    assert.equal(await client.login('niemand', TEST_PASSWORD), 401);
    const failed = await query<{ n: number }>(
      gateway.database.url,
      `SELECT count(*)::int AS n FROM audit_log WHERE actie = 'inloggen-mislukt'`,
    );
    assert.equal(failed[0]!.n, 2);
  });

  it('refuses further log-ins for a name after five failures in a row, even with the right password', async () => {
    await createAccounts(gateway.database.url, [
      { gebruikersnaam: 'gert', rol: 'viewer', gemeenten: ['0363'] },
    ]);
    const client = new AdminClient(gateway.base);
    for (let n = 0; n < 5; n++) assert.equal(await client.login('gert', 'fout-wachtwoord-nr-x'), 401);
    assert.equal(await client.login('gert', TEST_PASSWORD), 429);
    assert.equal(await client.login('eva', TEST_PASSWORD), 303, 'other names are not affected');
  });

  it('sets a HttpOnly, SameSite=Strict session cookie and refuses a log-in form without its token', async () => {
    const client = new AdminClient(gateway.base);
    await client.get('/admin/inloggen');
    const refused = await client.post(
      '/admin/inloggen',
      { gebruikersnaam: 'eva', wachtwoord: TEST_PASSWORD },
      { csrf: 'fout' },
    );
    assert.equal(refused.status, 403);
    const response = await fetch(`${gateway.base}/admin/inloggen`);
    const loginCookie = response.headers.getSetCookie()[0]!;
    const token = /name="csrf" value="([^"]+)"/.exec(await response.text())![1]!;
    const login = await fetch(`${gateway.base}/admin/inloggen`, {
      method: 'POST',
      headers: { cookie: loginCookie.split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: token, gebruikersnaam: 'eva', wachtwoord: TEST_PASSWORD }),
      redirect: 'manual',
    });
    assert.equal(login.status, 303);
    const session = login.headers.getSetCookie().find((c) => c.startsWith('istd_sessie='))!;
    assert.match(session, /HttpOnly/);
    assert.match(session, /SameSite=Strict/);
    assert.match(session, /Path=\/admin/);
  });

  it('lists rejected messages first on the start page and finds a message by exact BSN within the gemeenten', async () => {
    const eva = new AdminClient(gateway.base);
    assert.equal(await eva.login('eva', TEST_PASSWORD), 303);
    const start = await eva.get('/admin');
    assert.equal(start.status, 200);
    const ids = [...start.html.matchAll(/href="\/admin\/berichten\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    assert.equal(ids[0], rejected.id);
    assert.ok(ids.includes(accepted.id));
    assert.ok(!ids.includes(elsewhere.id), 'a message of another gemeente is not listed');
    const byBsn = await eva.post('/admin/zoeken', { bsn: BSN });
    const found = [...byBsn.html.matchAll(/href="\/admin\/berichten\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    assert.deepEqual(found, [rejected.id]);
    const bea = new AdminClient(gateway.base);
    await bea.login('bea', TEST_PASSWORD);
    const both = await bea.post('/admin/zoeken', { bsn: BSN });
    assert.equal([...both.html.matchAll(/href="\/admin\/berichten\/[0-9a-f-]{36}"/g)].length, 2);
    const none = await eva.post('/admin/zoeken', { bsn: '999999999' });
    assert.match(none.html, /Geen berichten gevonden/);
    const bad = await eva.post('/admin/zoeken', { bsn: '12', status: 'x' });
    assert.equal(bad.status, 400);
    assert.match(bad.html, /een BSN van precies 9 cijfers/);
    assert.match(bad.html, /onbekende status/);
    const inUrl = await eva.get(`/admin?bsn=${BSN}`);
    assert.equal(inUrl.status, 400, 'a BSN in a URL is refused');
    assert.ok(!inUrl.html.includes(rejected.id));
    assert.equal((await eva.post('/admin/zoeken', { bsn: BSN }, { csrf: 'fout' })).status, 403);
    assert.equal((await eva.get('/admin?regel=TR135')).html.includes(rejected.id), true);
    assert.equal((await eva.get('/admin?regel=8848')).html.includes(rejected.id), true);
  });

  it('indexes the BSN of a message processed in the background too (no Prefer: wait)', async () => {
    const response = await fetch(`${gateway.base}/api/v1/berichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: declaratie({ bsn: '111222333', identificatie: 'ADM-BG' }),
    });
    assert.equal(response.status, 202);
    const { id } = (await response.json()) as { id: string };
    for (let tries = 0; ; tries++) {
      const [row] = await query<{ status: string }>(
        gateway.database.url,
        `SELECT status FROM message WHERE id = $1`,
        [id],
      );
      if (row!.status !== 'received') break;
      assert.ok(tries < 200, 'processed in the background within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const eva = new AdminClient(gateway.base);
    await eva.login('eva', TEST_PASSWORD);
    const found = await eva.post('/admin/zoeken', { bsn: '111222333' });
    assert.deepEqual(
      [...found.html.matchAll(/href="\/admin\/berichten\/([0-9a-f-]{36})"/g)].map((m) => m[1]),
      [id],
    );
    const [stored] = await query<{ n: number }>(
      gateway.database.url,
      `SELECT count(*)::int AS n FROM message_bsn b JOIN message m ON m.id = b.message_id
       WHERE m.id = $1 AND position(convert_to('111222333', 'UTF8') IN b.bsn_hmac) = 0`,
      [id],
    );
    assert.equal(stored!.n, 1, 'one keyed hash stored, not the BSN');
  });

  it('masks personal data until revealed, and audits the reveal', async () => {
    const eva = new AdminClient(gateway.base);
    await eva.login('eva', TEST_PASSWORD);
    const masked = await eva.get(`/admin/berichten/${rejected.id}`);
    assert.equal(masked.status, 200);
    assert.ok(!masked.html.includes(BSN));
    assert.match(masked.html, /TR135/);
    // The retour has its own page, chained back to the declaration it answers.
    const retourId = /<a href="\/admin\/berichten\/([0-9a-f-]{36})">JW325/.exec(masked.html)![1]!;
    const retour = await eva.get(`/admin/berichten/${retourId}`);
    assert.equal(retour.status, 200);
    assert.match(retour.html, new RegExp(`href="/admin/berichten/${rejected.id}">JW323`));
    assert.ok(!retour.html.includes(BSN));
    const refused = await eva.post(`/admin/berichten/${rejected.id}/toon`, {}, { csrf: null });
    assert.equal(refused.status, 403);
    const shown = await eva.post(`/admin/berichten/${rejected.id}/toon`, {});
    assert.equal(shown.status, 200);
    assert.ok(shown.html.includes(BSN));
    const audit = await query<{ gebruikersnaam: string; actie: string }>(
      gateway.database.url,
      `SELECT gebruikersnaam, actie FROM audit_log WHERE message_id = $1`,
      [rejected.id],
    );
    assert.deepEqual(audit, [{ gebruikersnaam: 'eva', actie: 'persoonsgegevens-getoond' }]);
  });

  it('hides a message of another gemeente, also from its page and actions', async () => {
    const otto = new AdminClient(gateway.base);
    await otto.login('otto', TEST_PASSWORD);
    assert.equal((await otto.get(`/admin/berichten/${rejected.id}`)).status, 404);
    assert.equal((await otto.post(`/admin/berichten/${rejected.id}/toon`, {})).status, 404);
    assert.equal((await otto.post(`/admin/berichten/${rejected.id}/herverwerken`, {})).status, 404);
  });

  it('lets an engineer, not a viewer, reprocess; the earlier outcome stays in the history', async () => {
    const victor = new AdminClient(gateway.base);
    await victor.login('victor', TEST_PASSWORD);
    const page = await victor.get(`/admin/berichten/${rejected.id}`);
    assert.ok(!page.html.includes('herverwerken'));
    assert.equal((await victor.post(`/admin/berichten/${rejected.id}/herverwerken`, {})).status, 403);
    const eva = new AdminClient(gateway.base);
    await eva.login('eva', TEST_PASSWORD);
    await eva.get(`/admin/berichten/${rejected.id}`);
    const done = await eva.post(`/admin/berichten/${rejected.id}/herverwerken`, {});
    assert.equal(done.status, 303);
    // Nothing was fixed, so it is rejected again — as a new outcome, the first kept.
    assert.match(decodeURIComponent(done.location!), /Opnieuw verwerkt: afgekeurd/);
    const history = await query<{ status: string; superseded_by: string }>(
      gateway.database.url,
      `SELECT status, superseded_by FROM message_outcome WHERE message_id = $1`,
      [rejected.id],
    );
    assert.deepEqual(history, [{ status: 'rejected', superseded_by: 'eva' }]);
    const retours = await query<{ n: number }>(
      gateway.database.url,
      `SELECT count(*)::int AS n FROM message WHERE answers_id = $1`,
      [rejected.id],
    );
    assert.equal(retours[0]!.n, 2, 'the first retour stays, the reprocessing made a second');
    const again = await eva.get(`/admin/berichten/${rejected.id}`);
    assert.match(again.html, /Eerdere uitkomsten/);
    assert.equal((await eva.post(`/admin/berichten/${accepted.id}/herverwerken`, {})).status, 409);
  });

  it('marks a message handled with a comment, audited; refuses an empty comment', async () => {
    const eva = new AdminClient(gateway.base);
    await eva.login('eva', TEST_PASSWORD);
    await eva.get(`/admin/berichten/${accepted.id}`);
    assert.equal(
      (await eva.post(`/admin/berichten/${accepted.id}/afgehandeld`, { opmerking: ' ' })).status,
      400,
    );
    assert.equal(
      (await eva.post(`/admin/berichten/${accepted.id}/afgehandeld`, { opmerking: 'Aanbieder <gebeld>' }))
        .status,
      303,
    );
    const page = await eva.get(`/admin/berichten/${accepted.id}`);
    assert.match(page.html, /Aanbieder &#60;gebeld&#62;/);
  });

  it('shows the audit log to beheerders only, and the database refuses to change it', async () => {
    const eva = new AdminClient(gateway.base);
    await eva.login('eva', TEST_PASSWORD);
    assert.equal((await eva.get('/admin/audit')).status, 403);
    const bea = new AdminClient(gateway.base);
    await bea.login('bea', TEST_PASSWORD);
    const audit = await bea.get('/admin/audit');
    assert.equal(audit.status, 200);
    assert.match(audit.html, /persoonsgegevens-getoond/);
    assert.match(audit.html, /herverwerkt/);
    await assert.rejects(
      query(gateway.database.url, `UPDATE audit_log SET gebruikersnaam = 'x'`),
      /append-only/,
    );
    await assert.rejects(query(gateway.database.url, `DELETE FROM audit_log`), /append-only/);
    await assert.rejects(query(gateway.database.url, `TRUNCATE audit_log`), /append-only/);
  });

  it('renders the dashboard with charts and their tables', async () => {
    const bea = new AdminClient(gateway.base);
    await bea.login('bea', TEST_PASSWORD);
    const dashboard = await bea.get('/admin/dashboard');
    assert.equal(dashboard.status, 200);
    assert.match(dashboard.html, /<svg[^>]+role="img"/);
    assert.match(dashboard.html, /Inkomende berichten per dag \(tabel\)/);
    assert.match(dashboard.html, /JW323/);
    assert.match(dashboard.html, /12345678/);
  });

  it('resends a parked delivery (engineer), audited, and lists overdue retours on the dashboard', async () => {
    // A delivery that failed ten times is parked; an old message whose retour still waits is overdue.
    const [delivery] = await query<{ id: string }>(
      gateway.database.url,
      `INSERT INTO delivery (id, message_id, kind, envelope, status, attempts, last_error)
       VALUES (gen_random_uuid(), $1, 'Du01', '<x/>', 'parked', 10, 'connection refused') RETURNING id`,
      [accepted.id],
    );
    await query(
      gateway.database.url,
      `UPDATE message SET received_at = now() - interval '10 days' WHERE id = $1`,
      [rejected.id],
    );
    const bea = new AdminClient(gateway.base);
    await bea.login('bea', TEST_PASSWORD);
    const dashboard = await bea.get('/admin/dashboard');
    assert.match(dashboard.html, /Geparkeerde verzendingen<\/th>\s*<td>1</);
    assert.match(dashboard.html, /connection refused/);
    assert.match(
      dashboard.html,
      new RegExp(`Berichten waarvan het retourbericht te laat is[\\s\\S]*${rejected.id}`),
    );
    const victor = new AdminClient(gateway.base);
    await victor.login('victor', TEST_PASSWORD);
    assert.equal((await victor.post(`/admin/verzendingen/${delivery!.id}/opnieuw`, {})).status, 403);
    const resent = await bea.post(`/admin/verzendingen/${delivery!.id}/opnieuw`, {});
    assert.equal(resent.status, 303);
    const [row] = await query<{ status: string; attempts: number }>(
      gateway.database.url,
      `SELECT status, attempts FROM delivery WHERE id = $1`,
      [delivery!.id],
    );
    assert.deepEqual(row, { status: 'pending', attempts: 0 });
    assert.equal((await bea.post(`/admin/verzendingen/${delivery!.id}/opnieuw`, {})).status, 409);
    const audit = await query<{ actie: string }>(
      gateway.database.url,
      `SELECT actie FROM audit_log WHERE actie = 'opnieuw-verzonden' AND message_id = $1`,
      [accepted.id],
    );
    assert.equal(audit.length, 1);
  });

  it('lists overdue response deadlines (the termijnen of issue 6) once that table exists', async () => {
    const bea = new AdminClient(gateway.base);
    await bea.login('bea', TEST_PASSWORD);
    assert.doesNotMatch((await bea.get('/admin/dashboard')).html, /Verlopen antwoordtermijnen/);
    // The columns issue 6 gives the table (IF NOT EXISTS: on a branch with issue 6 merged it is already there).
    await query(
      gateway.database.url,
      `CREATE TABLE IF NOT EXISTS termijn (id bigserial PRIMARY KEY, message_id uuid NOT NULL REFERENCES message (id),
         soort text NOT NULL, standaard text NOT NULL, gemeente text, aanbieder text, partij text NOT NULL,
         verwacht text[] NOT NULL, begindatum date NOT NULL, werkdagen integer NOT NULL, uiterlijk date NOT NULL,
         afgehandeld_at timestamptz)`,
    );
    await query(
      gateway.database.url,
      `INSERT INTO termijn (message_id, soort, standaard, gemeente, aanbieder, partij, verwacht, begindatum, werkdagen, uiterlijk)
       VALUES ($1, 'antwoord-op-verzoek', 'ijw', '0363', '12345678', 'gemeente', '{JW319}', '2026-01-05', 5, '2026-01-12')`,
      [accepted.id],
    );
    const dashboard = await bea.get('/admin/dashboard');
    assert.match(dashboard.html, /Verlopen antwoordtermijnen[\s\S]*antwoord-op-verzoek[\s\S]*2026-01-12/);
  });

  it('creates an account with the operator command, reading the password from standard input', () => {
    const run = (args: string[], input: string) =>
      spawnSync(process.execPath, ['dist/apps/gateway/src/admin/admin-cli.js', ...args], {
        input,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: gateway.database.url },
      });
    const created = run(
      ['account-aanmaken', 'olga', '--rol', 'beheerder', '--gemeenten', '0363'],
      `${TEST_PASSWORD}\n`,
    );
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /account 'olga' aangemaakt/);
    const again = run(
      ['account-aanmaken', 'olga', '--rol', 'beheerder', '--gemeenten', '0363'],
      `${TEST_PASSWORD}\n`,
    );
    assert.equal(again.status, 1);
    assert.match(again.stderr, /bestaat al/);
    const short = run(['account-aanmaken', 'kort', '--rol', 'viewer', '--gemeenten', '0363'], 'kort\n');
    assert.equal(short.status, 2);
    assert.match(short.stderr, /minstens 12/);
  });
});
