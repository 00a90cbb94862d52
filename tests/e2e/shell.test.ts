import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { browserAvailable, expectAccessible, launchBrowser, newPage, screenshot, seriousViolations, signIn } from '../helpers/browser.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
const run = browserAvailable() && fs.existsSync(path.resolve('web/dist/index.html'));

describe.runIf(run)('web app shell in headless Chromium', () => {
  let s: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    s = await startTestServer();
    browser = await launchBrowser();
    await s.services.auth.createUser({ email: 'intake@gemeente.nl', role: 'intake', password: 'intake-wachtwoord', displayName: 'Ilse Intake', mustChangePassword: false });
    await s.services.auth.createUser({ email: 'beleid@gemeente.nl', role: 'policy', password: 'beleid-wachtwoord', displayName: 'Bram Beleid', mustChangePassword: false });
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });



  it('intake: sign in, upload an e-mail, find it in the list and read it; every screen passes axe', async () => {
    const page = await newPage(browser);
    await page.goto(`${s.baseUrl}/brieven`);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await expectAccessible(page, '01-inloggen');

    // a wrong password shows a Dutch error
    await page.getByLabel('E-mailadres').fill('intake@gemeente.nl');
    await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('E-mailadres of wachtwoord is onjuist.').waitFor();

    await signIn(page, s.baseUrl, 'intake@gemeente.nl', 'intake-wachtwoord');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Start', 'Wachtrij', 'Alle brieven', 'Brief toevoegen', 'Routeringsregels']);
    await expectAccessible(page, '02-start-intake');

    await nav.getByRole('link', { name: 'Brief toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brief toevoegen' }).waitFor();
    await expectAccessible(page, '03-brief-toevoegen');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIX, 'bezwaar-met-bijlage.eml'));
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText(/is opgeslagen en wordt geclassificeerd/).waitFor();
    await expectAccessible(page, '04-upload-gelukt');

    // a GIF pretending to be a PDF is refused with the reason
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(path.join(FIX, 'gif-met-pdf-naam.pdf'));
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText(/de inhoud is een GIF-afbeelding/).waitFor();

    await nav.getByRole('link', { name: 'Alle brieven' }).click();
    await page.getByRole('link', { name: 'Bezwaar aanslag rioolheffing 2026' }).waitFor();
    await expectAccessible(page, '05-brieven');
    await page.getByRole('link', { name: 'Bezwaar aanslag rioolheffing 2026' }).click();
    await page.getByText('aanslagnummer 2026-RH-5512', { exact: false }).waitFor();
    await expectAccessible(page, '06-brief');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.context().close();
  });

  it('policy: no letters in the navigation and no access to a letter page', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'beleid@gemeente.nl', 'beleid-wachtwoord');
    const links = await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Start', 'Trends']);
    await expectAccessible(page, '07-start-beleid');
    await page.goto(`${s.baseUrl}/brieven`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectAccessible(page, '08-geen-toegang');
    await page.context().close();
  });

  it('a one-time password must be changed first, by keyboard alone', async () => {
    const { password } = await s.services.auth.createUser({ email: 'eerste@gemeente.nl', role: 'admin' });
    const page = await newPage(browser);
    await page.goto(`${s.baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('eerste@gemeente.nl');
    await page.keyboard.press('Tab');
    await page.keyboard.type(password!);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    await expectAccessible(page, '09-wachtwoord-wijzigen');
    await page.getByLabel('Huidig wachtwoord').fill(password!);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een-nieuw-wachtwoord');
    await page.getByLabel('Herhaal nieuw wachtwoord').fill('een-nieuw-wachtwoord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
    await page.context().close();
  });
});
