/**
 * The intake desk's day in headless Chromium: upload a sovereign letter, find it in the queue,
 * read it with the evidence highlighted, correct its department (keyboard), see the history;
 * a policy officer gets no access to the text. Screenshots for people to look at; axe on each screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, waitFor, type TestServer } from '../helpers/server.ts';
import { browserAvailable, expectAccessible, launchBrowser, newPage, screenshot, seriousViolations, signIn } from '../helpers/browser.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
const run = browserAvailable() && fs.existsSync(path.resolve('web/dist/index.html'));

describe.runIf(run)('review queue and letter view in headless Chromium', () => {
  let s: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    s = await startTestServer({}, { worker: true });
    browser = await launchBrowser();
    await s.services.auth.createUser({ email: 'ilse@gemeente.nl', role: 'intake', password: 'intake-wachtwoord', displayName: 'Ilse de Jong', mustChangePassword: false });
    await s.services.auth.createUser({ email: 'bram@gemeente.nl', role: 'policy', password: 'beleid-wachtwoord', displayName: 'Bram Beleid', mustChangePassword: false });
    // Some ordinary mail in the queue around it.
    const cookie = (await s.userSession('intake')).cookie;
    for (const body of [
      'Beste gemeente, ik heb een betalingsregeling nodig voor de aanslag gemeentelijke belastingen. Sinds mijn ontslag heb ik schulden en de deurwaarder staat bijna voor de deur. Ik weet niet meer hoe ik rond moet komen.',
      'Ik maak bezwaar tegen de WOZ-waarde van mijn woning aan de Lindelaan. De waarde is veel te hoog, vergelijkbare huizen in de straat zijn voor veel minder verkocht.',
      'Ik weet waar de wethouder woont. Als deze aanslag niet wordt ingetrokken zal hij daar spijt van krijgen, kijk maar uit.',
    ]) await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ body, subject: body.split(' ').slice(0, 5).join(' ') }) });
    await waitFor(async () => (await s.database.db.selectFrom('letters').select('id').where('status', '=', 'received').execute()).length === 0, 60_000, 'classification');
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });



  it('intake: upload, queue with highlights, correct the department by keyboard, history shows it', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'ilse@gemeente.nl', 'intake-wachtwoord');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Brief toevoegen' }).click();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIX, 'soeverein.pdf'));
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText(/is opgeslagen en wordt geclassificeerd/).waitFor();
    await waitFor(async () => (await s.database.db.selectFrom('letters').select('id').where('status', '=', 'received').execute()).length === 0, 60_000, 'classification');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Wachtrij' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtrij' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'NOTICE OF LIABILITY' });
    await row.waitFor();
    // threats first
    await expect(page.getByRole('row').nth(1).textContent()).resolves.toContain('Mogelijke bedreiging');
    await expectAccessible(page, 'wachtrij');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Voorstel van het model' }).waitFor();
    const marks = page.locator('.ps-letter__body mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).join(' ').toLowerCase()).toContain('vlees en bloed');
    await expectAccessible(page, 'brief');

    // keyboard: c focuses the correction form; choose Burgerzaken and save
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('c-category');
    await page.getByLabel('Afdeling', { exact: true }).selectOption('burgerzaken');
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('De correctie is opgeslagen').waitFor();
    await page.getByText(/Handmatig gekozen door een medewerker/).waitFor();
    const history = page.getByRole('region', { name: 'Geschiedenis' }).or(page.locator('section[aria-labelledby="geschiedenis-kop"]'));
    await expect(history.textContent()).resolves.toContain('Gecorrigeerd door ilse@gemeente.nl');
    await screenshot(page, 'brief-na-correctie');

    // the audit log holds it
    const audit = await s.database.db.selectFrom('audit_log').select(['action', 'user_email']).where('action', '=', 'review.correct').execute();
    expect(audit).toEqual([{ action: 'review.correct', user_email: 'ilse@gemeente.nl' }]);
    await page.context().close();
  });

  it('policy: no queue, no letter text', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'bram@gemeente.nl', 'beleid-wachtwoord');
    const id = (await s.database.db.selectFrom('letters').select('id').limit(1).executeTakeFirstOrThrow()).id;
    await page.goto(`${s.baseUrl}/brieven/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    const api = await page.request.get(`${s.baseUrl}/api/letters/${id}`);
    expect(api.status()).toBe(403);
    expect(await api.text()).not.toContain('vlees en bloed');
    await page.context().close();
  });
});
