/**
 * The policy dashboard in headless Chromium on a year of demo data: charts with axis labels,
 * legends and Dutch formats at 1366×768 and 1920×1080, table views that screen readers reach,
 * CSV links, filters, and no serious or critical axe violation. Screenshots go to
 * tests/e2e/screenshots/ for people to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { seedLabelledYear } from '../helpers/trends.ts';
import { browserAvailable, expectAccessible, launchBrowser, newPage, signIn } from '../helpers/browser.ts';

const run = browserAvailable() && fs.existsSync(path.resolve('web/dist/index.html'));

describe.runIf(run)('policy dashboard in headless Chromium', () => {
  let s: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    s = await startTestServer();
    await seedLabelledYear(s, { weeks: 52, perWeek: 30 });
    await s.services.auth.createUser({ email: 'beleid@gemeente.nl', role: 'policy', password: 'beleid-wachtwoord', displayName: 'Bram Beleid', mustChangePassword: false });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    it(`shows the year's trends at ${viewport.width}×${viewport.height}`, async () => {
      const page = await newPage(browser, viewport);
      await signIn(page, s.baseUrl, 'beleid@gemeente.nl', 'beleid-wachtwoord');
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Trends' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
      await page.getByLabel('Periode').selectOption('jaar');
      await page.getByRole('button', { name: 'Toon cijfers' }).click();
      await page.waitForURL(/range=jaar/);
      await page.getByText(/^Periode: .*\(52 weken\)/).waitFor();
      await page.locator('.recharts-bar-rectangle').first().waitFor();

      // Axis labels, legends, Dutch dates on the axis and the spike marker of the demo campaign.
      const svgText = await page.locator('.recharts-wrapper').first().innerText();
      expect(svgText).toContain('Aantal brieven');
      expect(svgText).toContain('Week (maandag)');
      expect(svgText).toMatch(/\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)/);
      expect(await page.locator('.recharts-reference-dot').count()).toBeGreaterThan(0);
      expect(await page.locator('.recharts-legend-item').count()).toBeGreaterThan(7);
      await expect(page.getByText(/In week \d+ .* kwamen \d+ brieven binnen voor categorie Betalingsweigering/).first().isVisible()).resolves.toBe(true);

      const name = `dashboard-${viewport.width}x${viewport.height}`;
      await expectAccessible(page, name);

      // Every chart's numbers as a table: open the first and read a cell through the accessibility tree.
      const details = page.locator('details.ps-chart__table');
      expect(await details.count()).toBeGreaterThanOrEqual(5);
      await details.first().locator('summary').click();
      const table = page.getByRole('table', { name: /Brieven per week per categorie/ });
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBe(53);
      expect(await table.getByRole('columnheader', { name: 'Betalingsweigering' }).count()).toBe(1);
      expect(await table.innerText()).toContain('<5');
      await expectAccessible(page, `${name}-tabel`);

      // CSV links carry the same filters.
      const hrefs = await page.getByRole('link', { name: /Download de cijfers als CSV/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBe(5);
      for (const h of hrefs) expect(h).toMatch(/format=csv/);
      const csv = await page.evaluate(async (h) => (await fetch(h!)).text(), hrefs[0]);
      expect(csv).toContain('Betalingsweigering');
      await page.context().close();
    });
  }

  it('filters by department and keeps the choice in the address', async () => {
    const page = await newPage(browser);
    await signIn(page, s.baseUrl, 'beleid@gemeente.nl', 'beleid-wachtwoord');
    await page.goto(`${s.baseUrl}/trends?range=kwartaal&department=belastingen`);
    await page.getByText(/^Periode: .*\(13 weken\)/).waitFor();
    expect(await page.getByLabel('Afdeling', { exact: true }).inputValue()).toBe('belastingen');
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await expectAccessible(page, 'dashboard-belastingen-kwartaal');

    // The weekly report from the dashboard: made, listed, downloadable.
    await page.getByRole('button', { name: 'Maak weekrapport' }).click();
    await page.getByText(/Het weekrapport van \d{4}-W\d{2} is gemaakt/).waitFor();
    const row = page.getByRole('table', { name: /Gemaakte weekrapporten/ }).getByRole('row').nth(1);
    await row.getByRole('link', { name: /PDF/ }).waitFor();
    const href = await row.getByRole('link', { name: /PDF/ }).getAttribute('href');
    const head = await page.evaluate(async (h) => { const r = await fetch(h!); return [r.status, r.headers.get('content-type')]; }, href);
    expect(head).toEqual([200, 'application/pdf']);
    await expectAccessible(page, 'dashboard-weekrapport');
    await page.context().close();
  });
});
