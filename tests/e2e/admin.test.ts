/**
 * The admin page in headless Chromium: queue depth and model versions, the Algoritmeregister
 * description with the held-out figures, and a data-subject request (download, then erase),
 * with axe on every state.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { browserAvailable, expectAccessible, launchBrowser, newPage, signIn } from '../helpers/browser.ts';

const run = browserAvailable() && fs.existsSync(path.resolve('web/dist/index.html'));

describe.runIf(run)('admin page in headless Chromium', () => {
  let s: TestServer;
  let browser: Browser;
  const scanDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postsignaal-e2e-scan-'));

  beforeAll(async () => {
    s = await startTestServer({ scanner: { dir: scanDir, pollSeconds: 60 } });
    await s.services.auth.createUser({ email: 'beheer@gemeente.nl', role: 'admin', password: 'beheer-wachtwoord', displayName: 'Bea Beheer', mustChangePassword: false });
    await s.services.intake.ingestJson({ subject: 'Kwijtschelding', body: 'Geachte heer, mevrouw, ik kan de aanslag niet betalen en vraag kwijtschelding aan.', channel: 'email', sender_email: 'inwoner@voorbeeld.nl', sender_name: 'An Inwoner' }, null, null);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
    fs.rmSync(scanDir, { recursive: true, force: true });
  });

  it('shows each intake channel and fetches the scanner folder on request', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'beheer@gemeente.nl', 'beheer-wachtwoord');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ontvangstkanalen' }).waitFor();
    const table = page.getByRole('table', { name: /Ontvangstkanalen/ });
    const row = (name: RegExp) => table.getByRole('row').filter({ hasText: name });
    expect(await row(/Postvak \(IMAP\)/).innerText()).toMatch(/IMAP_HOST[\s\S]*Niet ingesteld/);
    expect(await row(/Scanmap/).innerText()).toMatch(/Nog niet opgehaald/);

    const old = new Date(Date.now() - 60_000);
    fs.writeFileSync(path.join(scanDir, 'scan-0001.txt'), 'Geachte heer, mevrouw,\n\nDe lantaarnpaal bij ons huis is al weken kapot.\n\nMet vriendelijke groet');
    fs.utimesSync(path.join(scanDir, 'scan-0001.txt'), old, old);
    await page.getByRole('button', { name: 'Nu ophalen (Scanmap)' }).click();
    await page.getByText('Scanmap opgehaald: 1 nieuw, 0 al ontvangen, 0 mislukt.').waitFor();
    expect(await row(/Scanmap/).innerText()).toMatch(/Werkt/);
    expect(fs.readdirSync(path.join(scanDir, 'done'))).toEqual(['scan-0001.txt']);
    await expectAccessible(page, 'beheer-kanalen');
    await page.context().close();
  });

  it('shows the algorithm register and handles a data-subject request', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'beheer@gemeente.nl', 'beheer-wachtwoord');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Algoritmeregister' }).waitFor();
    const metrics = page.getByRole('table', { name: /achtergehouden brieven/ });
    expect(await metrics.getByRole('row').count()).toBeGreaterThan(5);
    expect(await metrics.innerText()).toMatch(/Recall bedreiging/);
    await expectAccessible(page, 'beheer-algoritmeregister');

    await page.getByLabel('E-mailadres van de afzender').fill('inwoner@voorbeeld.nl');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gegevens downloaden' }).click();
    const file = await download;
    const doc = JSON.parse(fs.readFileSync((await file.path())!, 'utf8')) as { letters: { sender_email: string }[] };
    expect(doc.letters[0]!.sender_email).toBe('inwoner@voorbeeld.nl');
    await page.getByText(/Gegevens van 1 brief/).waitFor();

    expect(await page.getByRole('button', { name: 'Gegevens wissen' }).isDisabled()).toBe(true);
    await page.getByLabel(/definitief wissen/).check();
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByText(/van 1 brief\/brieven zijn gewist/).waitFor();
    await expectAccessible(page, 'beheer-avg-gewist');
    await page.context().close();
  });
});
