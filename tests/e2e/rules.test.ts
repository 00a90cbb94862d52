import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { browserAvailable, expectAccessible, launchBrowser, newPage, screenshot, seriousViolations, signIn } from '../helpers/browser.ts';

const run = browserAvailable() && fs.existsSync(path.resolve('web/dist/index.html'));

describe.runIf(run)('routing rules screen in headless Chromium', () => {
  let s: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    s = await startTestServer();
    browser = await launchBrowser();
    await s.services.auth.createUser({ email: 'beheer@gemeente.nl', role: 'admin', password: 'beheer-wachtwoord', displayName: 'Bea Beheer', mustChangePassword: false });
    await s.services.auth.createUser({ email: 'intake@gemeente.nl', role: 'intake', password: 'intake-wachtwoord', displayName: 'Ilse Intake', mustChangePassword: false });
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });


  it('admin: changes the target of the klacht rule, saves version 2, and the preview follows; the screen passes axe', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'beheer@gemeente.nl', 'beheer-wachtwoord');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Routeringsregels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Routeringsregels' }).waitFor();
    await page.getByText('Actieve versie: 1', { exact: false }).waitFor();
    expect(await seriousViolations(page), 'regels').toEqual([]);

    // open the klacht rule's editor by keyboard-reachable button; focus moves into the editor
    const edit = page.getByRole('button', { name: /^Bewerken regel \d+ \(r6-klacht\)$/ });
    await edit.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Regel \d+ bewerken$/);
    await expect.poll(async () => edit.getAttribute('aria-expanded')).toBe('true');
    const target = page.getByLabel('Naar', { exact: true });
    expect(await target.inputValue()).toBe('klantcontact');
    await target.selectOption({ label: 'Juridische zaken' });
    expect(await seriousViolations(page), 'regel bewerken').toEqual([]);
    await page.getByRole('button', { name: /^Klaar met regel \d+$/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/-bewerken$/);
    const row = page.getByRole('row').filter({ hasText: 'r6-klacht' });
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('Juridische zaken');

    // the preview uses the unsaved rules
    await page.getByLabel('Categorie', { exact: true }).selectOption('klacht');
    await page.getByRole('button', { name: 'Bekijk waar deze brief heen gaat' }).click();
    await page.getByText(/Een brief met categorie Klacht .* gaat naar Juridische zaken \(regel r6-klacht\)/).waitFor();

    await page.getByLabel('Toelichting bij deze wijziging').fill('Klachten naar Juridische zaken');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByText('De regels zijn opgeslagen als versie 2.', { exact: false }).waitFor();
    await page.getByText('Actieve versie: 2', { exact: false }).waitFor();
    const versions = page.getByRole('table', { name: /Opgeslagen versies/ });
    await versions.getByRole('cell', { name: '2 (actief)' }).waitFor();
    await versions.getByRole('cell', { name: 'Klachten naar Juridische zaken' }).waitFor();

    // the re-route asks first and then reports what it did
    await page.getByRole('button', { name: 'Open brieven opnieuw routeren' }).click();
    await page.getByText('Weet u het zeker?').waitFor();
    await page.getByRole('button', { name: 'Ja, nu opnieuw routeren' }).click();
    await page.getByText(/Klaar: 0 open brieven bekeken met versie 2/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Open brieven opnieuw routeren');

    await page.evaluate(() => window.scrollTo(0, 0)); // a fixed skip link would show up in a scrolled full-page shot
    await screenshot(page, 'rules');
    expect(await seriousViolations(page), 'na opslaan').toEqual([]);

    const stored = await s.database.db.selectFrom('routing_rule_versions').select(['version', 'ruleset']).orderBy('version', 'desc').executeTakeFirstOrThrow();
    expect(stored.version).toBe(2);
    expect((stored.ruleset as { rules: { key: string; target: unknown }[] }).rules.find((r) => r.key === 'r6-klacht')!.target).toEqual({ department: 'juridische_zaken' });
    await page.context().close();
  });

  it('admin: an invalid rule shows every message from the server and stores nothing', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'beheer@gemeente.nl', 'beheer-wachtwoord');
    await page.goto(`${s.baseUrl}/regels`);
    await page.getByRole('button', { name: /^Bewerken regel 1 / }).click();
    await page.getByLabel('Sleutel', { exact: true }).fill('Fout Sleutel');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByText("Regel 1 (Fout Sleutel): sleutel 'Fout Sleutel' mag alleen kleine letters", { exact: false }).waitFor();
    expect(await seriousViolations(page), 'fout').toEqual([]);
    const n = await s.database.db.selectFrom('routing_rule_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
    await page.context().close();
  });

  it('intake: sees the active rules read-only', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'intake@gemeente.nl', 'intake-wachtwoord');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Routeringsregels' }).click();
    await page.getByText('alleen beheerders kunnen ze wijzigen', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /^Bewerken/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Regels opslaan' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Belastingen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Bekijk waar deze brief heen gaat' }).click();
    await page.getByText(/gaat naar Juridische zaken \(regel r6-klacht\).*versie 2/).waitFor();
    expect(await seriousViolations(page), 'regels intake').toEqual([]);
    await page.context().close();
  });
});
