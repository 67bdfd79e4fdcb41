/**
 * The acceptance scenario of the admin console in a real browser (headless Chromium): log in by
 * keyboard, find a rejected declaration by BSN, see its finding on the right line with the rule's
 * explanation, reveal the BSN and find the reveal in the audit log, reprocess after the fix and see it
 * accepted; a viewer cannot reprocess; a user of another gemeente cannot see the message. Every page
 * has labelled fields and no console errors; screenshots go to test/artifacts/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ruleExplanation } from '../../../apps/gateway/src/admin/rule-explanations.js';
import { createAccounts, TEST_PASSWORD } from '../../support/admin-accounts.js';
import {
  launchBrowser,
  screenshot,
  skipWithoutBrowser,
  unlabelledControls,
  watchedPage,
} from '../../support/browser.js';
import { declaratie, toewijzingVoor } from '../../support/declaratie.js';
import { skipWithoutServices } from '../../support/test-services.js';
import { startTestGateway, type TestGateway } from '../../support/test-gateway.js';
import { seedToewijzingen } from '../../support/toewijzingen.js';
import { fixableRejection } from './fixable-rejection.js';

const BSN = '999990019';

async function postXml(
  gateway: TestGateway,
  xml: string,
): Promise<{ id: string; status: string; errors?: Array<{ rule: string; line: number }> }> {
  const response = await fetch(`${gateway.base}/api/v1/berichten`, {
    method: 'POST',
    headers: { 'content-type': 'application/xml', prefer: 'wait' },
    body: xml,
  });
  return (await response.json()) as {
    id: string;
    status: string;
    errors?: Array<{ rule: string; line: number }>;
  };
}

type Focus = { document: { activeElement: { id: string; textContent: string } | null } };

function focused(page: Page): Promise<{ id: string; text: string }> {
  return page.evaluate(() => {
    const element = (globalThis as unknown as Focus).document.activeElement;
    return { id: element?.id ?? '', text: element?.textContent ?? '' };
  });
}

/** Logs in using only the keyboard (the name field has focus, Tab to the password, Enter to submit). */
async function loginByKeyboard(page: Page, base: string, gebruikersnaam: string): Promise<void> {
  await page.goto(`${base}/admin`);
  assert.match(page.url(), /\/admin\/inloggen$/);
  // Chromium applies autofocus at a rendering step after the load event: give it that moment.
  await page
    .waitForFunction(
      () => (globalThis as unknown as Focus).document.activeElement?.id === 'gebruikersnaam',
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  assert.equal((await focused(page)).id, 'gebruikersnaam');
  await page.keyboard.type(gebruikersnaam);
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'wachtwoord');
  await page.keyboard.type(TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/admin`), page.keyboard.press('Enter')]);
  // The first Tab on a page reaches the skip link, which moves focus to the content.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Naar de inhoud');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'inhoud');
}

async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(/\/admin\/inloggen$/);
}

describe('admin console in a browser', { skip: skipWithoutServices || skipWithoutBrowser }, () => {
  let gateway: TestGateway;
  let browser: Browser;
  let message: { id: string; status: string; errors?: Array<{ rule: string; line: number }> };
  let xml = '';

  before(async () => {
    gateway = await startTestGateway();
    await createAccounts(gateway.database.url, [
      { gebruikersnaam: 'eva', rol: 'engineer', gemeenten: ['0363'] },
      { gebruikersnaam: 'bea', rol: 'beheerder', gemeenten: ['0363'] },
      { gebruikersnaam: 'victor', rol: 'viewer', gemeenten: ['0363'] },
      { gebruikersnaam: 'otto', rol: 'engineer', gemeenten: ['0599'] },
    ]);
    // Each on a toewijzing of its own (one debit per month and toewijzing, TR389).
    const accepted = [1, 2, 3].map((n) => ({
      bsn: '123456782',
      identificatie: `OK${n}`,
      toewijzingNummer: 400_000 + n,
    }));
    await seedToewijzingen(gateway.database.url, accepted.map(toewijzingVoor));
    for (const options of accepted) await postXml(gateway, declaratie(options));
    xml = await fixableRejection.rejectedDeclaration(gateway, BSN);
    message = await postXml(gateway, xml);
    assert.equal(message.status, 'rejected');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await gateway?.close();
  });

  let page: Page;
  let pageErrors: string[] = [];

  it('logs in by keyboard and finds the rejected declaration by its BSN', async () => {
    ({ page, errors: pageErrors } = await watchedPage(browser));
    await loginByKeyboard(page, gateway.base, 'eva');
    assert.deepEqual(await unlabelledControls(page), []);
    await screenshot(page, 'start-page');
    await page.getByLabel('BSN (exact)').fill(BSN);
    await page.getByLabel('BSN (exact)').press('Enter');
    await page.waitForURL(/\/admin\/zoeken$/);
    const rows = page.locator('table.list tbody tr');
    assert.equal(await rows.count(), 1);
    await rows.first().getByRole('link').click();
    await page.waitForURL(`${gateway.base}/admin/berichten/${message.id}`);
  });

  it('shows the finding right below its line, with rule, retourcode and explanation; the BSN masked', async () => {
    assert.ok(message.errors!.some((e) => e.rule === fixableRejection.rule));
    // The line is found here independently of the console: the first line with the element the rule is about.
    const line = xml.split('\n').findIndex((text) => fixableRejection.lineContent.test(text)) + 1;
    assert.ok(line > 0);
    const findingRow = page.locator(`#bericht-r${line} + tr.finding-row`);
    assert.equal(await findingRow.count(), 1);
    const findingText = await findingRow.innerText();
    assert.match(findingText, new RegExp(fixableRejection.rule));
    assert.match(findingText, new RegExp(`retourcode ${fixableRejection.retourcode}`));
    assert.ok(findingText.includes(ruleExplanation(fixableRejection.rule)));
    assert.match(await page.locator(`#bericht-r${line}`).innerText(), fixableRejection.lineContent);
    assert.ok(!(await page.locator('main').innerText()).includes(BSN), 'the BSN is masked');
    assert.deepEqual(await unlabelledControls(page), []);
    await screenshot(page, 'message-page');
  });

  it('reveals the BSN on request, and the beheerder finds the reveal in the audit log', async () => {
    await page.getByRole('button', { name: 'Toon persoonsgegevens' }).click();
    await page.getByText('Persoonsgegevens worden getoond').waitFor();
    assert.ok((await page.locator('main').innerText()).includes(BSN));
    await logout(page);
    await loginByKeyboard(page, gateway.base, 'bea');
    await page.getByRole('link', { name: 'Auditlog' }).click();
    const revealRow = page.locator('table.audit tbody tr', { hasText: 'persoonsgegevens-getoond' });
    assert.equal(await revealRow.count(), 1);
    assert.match(await revealRow.innerText(), /eva/);
    assert.match(await revealRow.innerText(), new RegExp(message.id));
  });

  it('does not let a viewer reprocess', async () => {
    await logout(page);
    await loginByKeyboard(page, gateway.base, 'victor');
    await page.goto(`${gateway.base}/admin/berichten/${message.id}`);
    assert.equal(await page.getByRole('button', { name: 'Opnieuw verwerken' }).count(), 0);
    const csrf = await page.locator('input[name=csrf]').first().inputValue();
    const forbidden = await page.request.post(`${gateway.base}/admin/berichten/${message.id}/herverwerken`, {
      form: { csrf },
    });
    assert.equal(forbidden.status(), 403);
  });

  it('hides the message from a user of another gemeente', async () => {
    await logout(page);
    await loginByKeyboard(page, gateway.base, 'otto');
    await page.getByLabel('BSN (exact)').fill(BSN);
    await Promise.all([
      page.waitForURL(/\/admin\/zoeken$/),
      page.getByRole('button', { name: 'Zoeken op BSN' }).click(),
    ]);
    assert.match(await page.locator('main').innerText(), /Geen berichten gevonden/);
    const url = `${gateway.base}/admin/berichten/${message.id}`;
    const hidden = await page.goto(url);
    assert.equal(hidden!.status(), 404);
    // The browser reports the refused page itself as a failed load: expected here, and only here.
    const expected = pageErrors.findIndex((error) => error.includes('404') && error.endsWith(`(${url})`));
    assert.ok(expected >= 0);
    pageErrors.splice(expected, 1);
  });

  it('reprocesses the message after the fix and shows it accepted', async () => {
    await fixableRejection.fix(gateway);
    await logout(page);
    await loginByKeyboard(page, gateway.base, 'eva');
    await page.goto(`${gateway.base}/admin/berichten/${message.id}`);
    await page.getByRole('button', { name: 'Opnieuw verwerken' }).click();
    await page.getByText('Opnieuw verwerkt: goedgekeurd').waitFor();
    assert.equal(await page.locator('#status').innerText(), 'goedgekeurd');
    assert.match(await page.locator('main').innerText(), /Eerdere uitkomsten/);
    assert.deepEqual(
      await fixableRejection.stateAfterReprocessing(gateway, message.id),
      fixableRejection.expectedState,
    );
  });

  it('shows the dashboard, with no console errors on any page', async () => {
    await logout(page);
    await loginByKeyboard(page, gateway.base, 'bea');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('svg[role=img]').first().waitFor();
    assert.deepEqual(await unlabelledControls(page), []);
    await screenshot(page, 'dashboard');
    assert.match(
      await page.locator('section[aria-labelledby=d-budget]').innerText(),
      fixableRejection.budgetLine,
    );
    assert.deepEqual(pageErrors, [], 'no console errors');
  });
});
