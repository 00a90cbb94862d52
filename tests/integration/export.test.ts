/**
 * The weekly report: made from the dashboard's own figures, stored with checksums, identical on a
 * re-run, rendered as a 1–3 page PDF (checked with pdftoppm) and a CSV, listed for download, made
 * once per week by the scheduler, and by the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { seedLabelledYear } from '../helpers/trends.ts';
import { isDue, parseSchedule } from '../../server/export/scheduler.ts';
import { lastCompleteWeek } from '../../server/export/service.ts';
import type { WeekReport } from '../../server/export/types.ts';
import { addWeeks, isoWeekLabel } from '../../server/trends/weeks.ts';
import type { DepartmentRow, WeekVolume } from '../../server/trends/types.ts';

const havePdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;

function pdfPages(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-pdf-'));
  fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '50', '-png', path.join(dir, 'r.pdf'), path.join(dir, 'p')]);
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.png')).length;
  fs.rmSync(dir, { recursive: true, force: true });
  return pages;
}

describe('weekly export', () => {
  let s: TestServer;
  let policy: string;
  const monday = lastCompleteWeek();
  const week = isoWeekLabel(monday);

  beforeAll(async () => {
    s = await startTestServer();
    await seedLabelledYear(s, { weeks: 20, perWeek: 20 });
    policy = (await s.userSession('policy')).cookie;
  });
  afterAll(async () => {
    await s?.close();
  });

  const call = (p: string, init: RequestInit = {}, cookie = policy) => fetch(`${s.baseUrl}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...(init.headers ?? {}) } });

  it('its figures equal the dashboard\'s for the same week, and a re-run gives identical numbers', async () => {
    const first = await call('/api/exports', { method: 'POST', body: JSON.stringify({ week }) });
    expect(first.status).toBe(201);
    const a = (await first.json()) as { id: number; week: string; figures_sha256: string };
    expect(a.week).toBe(week);
    const again = (await (await call('/api/exports', { method: 'POST', body: JSON.stringify({ week }) })).json()) as typeof a;
    expect(again.id).not.toBe(a.id);
    expect(again.figures_sha256).toBe(a.figures_sha256);

    const report = (await s.database.db.selectFrom('exports').select('figures').where('id', '=', a.id).executeTakeFirstOrThrow()).figures as unknown as WeekReport;
    const volume = (await (await call(`/api/trends/volume?from=${monday}&to=${monday}`)).json()) as { data: { weeks: WeekVolume[] } };
    const w = volume.data.weeks[0]!;
    expect(report.total.week).toBe(w.total);
    expect(report.anti.week).toBe(w.anti);
    expect(report.zorg.week).toBe(w.zorg);
    expect(report.threat.week).toBe(w.threat);
    for (const c of report.categories) expect(c.week, c.category).toBe(w.categories[c.category as keyof WeekVolume['categories']]);
    const depts = (await (await call(`/api/trends/departments?from=${monday}&to=${monday}`)).json()) as { data: DepartmentRow[] };
    expect(report.departments).toEqual(depts.data);
    const before = addWeeks(monday, -1);
    const prev = (await (await call(`/api/trends/volume?from=${before}&to=${before}`)).json()) as { data: { weeks: WeekVolume[] } };
    expect(report.total.previous).toBe(prev.data.weeks[0]!.total);
    // The demo campaign of the last complete week drives a spike and appears as a campaign.
    expect(report.spikes.some((x) => x.key === 'betalingsweigering')).toBe(true);
    expect(report.campaigns.length).toBeGreaterThan(0);
  });

  it.runIf(havePdftoppm)('lists the stored reports and serves a 1–3 page PDF and the CSV as downloads', async () => {
    const list = (await (await call('/api/exports')).json()) as { exports: { id: number; week: string; pdf_sha256: string; csv_sha256: string; source: string }[] };
    expect(list.exports.length).toBeGreaterThanOrEqual(2);
    const e = list.exports[0]!;
    expect(e.week).toBe(week);
    const pdf = await call(`/api/exports/${e.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="postsignaal-${week}.pdf"`);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const csv = await (await call(`/api/exports/${e.id}/csv`)).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Week;Categorie;Afdeling;Anti-institutioneel;Zorgsignaal;Mogelijke bedreiging;Binnengekomen;Waarvan afgehandeld');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l, i) => i === 0 || l.startsWith(`${week};`))).toBe(true);
    expect(csv).not.toMatch(/;[1-4];|;[1-4]$/m);
  });

  it('refuses a week that is not an ISO week or not over yet, and anyone but policy and admin', async () => {
    const bad = await call('/api/exports', { method: 'POST', body: JSON.stringify({ week: '2026-47' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/bijvoorbeeld 2026-W47/);
    const future = await call('/api/exports', { method: 'POST', body: JSON.stringify({ week: isoWeekLabel(addWeeks(monday, 2)) }) });
    expect(future.status).toBe(400);
    const intake = (await s.userSession('intake')).cookie;
    expect((await call('/api/exports', {}, intake)).status).toBe(403);
    expect((await call('/api/exports/1/pdf', {}, intake)).status).toBe(403);
    expect((await call('/api/exports/999999/pdf')).status).toBe(404);
  });

  it('the scheduler makes the report once per week, however often it runs', async () => {
    const a = await s.services.exports.generateScheduled(monday);
    const b = await s.services.exports.generateScheduled(monday);
    expect(a?.week).toBe(week);
    expect(b).toBeNull();
    const sched = parseSchedule('ma 07:00')!;
    // 2026-11-23 is a Monday: 06:59 Amsterdam (05:59 UTC) is not due, 07:00 is, and so is Tuesday.
    expect(isDue(sched, new Date('2026-11-23T05:59:00Z'))).toBe(false);
    expect(isDue(sched, new Date('2026-11-23T06:00:00Z'))).toBe(true);
    expect(isDue(sched, new Date('2026-11-24T01:00:00Z'))).toBe(true);
    expect(parseSchedule('uit')).toBeNull();
    expect(() => parseSchedule('maandag zeven uur')).toThrow(/EXPORT_SCHEDULE/);
  });
});

describe.runIf(havePdftoppm)('npm run export:weekly', () => {
  it('writes <week>.pdf and <week>.csv for the given ISO week', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-export-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/export-weekly.ts', '--week', '2026-W45', '--out', path.join(dir, 'out')], {
      env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', DEMO_DATA: 'false' }, encoding: 'utf8', timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2026-W45');
    const pdf = fs.readFileSync(path.join(dir, 'out', '2026-W45.pdf'));
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(fs.readFileSync(path.join(dir, 'out', '2026-W45.csv'), 'utf8')).toContain('Categorie;Afdeling');
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/export-weekly.ts', '--week', 'W45'], { env: { ...process.env, DATA_DIR: path.join(dir, 'data') }, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/geen ISO-week/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 150_000);
});
