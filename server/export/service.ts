/**
 * export (service): builds the weekly report from the trends service, renders PDF and CSV, and
 * stores them with SHA-256 checksums. The figures of a week are deterministic: re-running a week
 * gives the same figures (and checksum) as long as no letter of that week changed.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { Actor } from '../auth/types.ts';
import type { DB } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import type { TrendsService } from '../trends/service.ts';
import { addWeeks, isoWeekLabel, mondayOf, todayInNl } from '../trends/weeks.ts';
import { reportCsv } from './csv.ts';
import { renderReportPdf } from './pdf.ts';
import { buildWeekReport } from './report.ts';
import { createExportRepository, type ExportRepository } from './repository.ts';
import type { ExportSummary, WeekReport } from './types.ts';

const sha256 = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex');

/** Monday of the last complete ISO week (Dutch time). */
export function lastCompleteWeek(now = new Date()): string {
  return addWeeks(mondayOf(todayInNl(now)), -1);
}

export interface GeneratedExport {
  id: number;
  week: string;
  report: WeekReport;
  pdf: Buffer;
  csv: string;
  figuresSha256: string;
}

export function createExportService(deps: { db: Kysely<DB>; repo: ExportRepository; trends: TrendsService }) {
  const { db, repo, trends } = deps;

  /** Figures, PDF and CSV of a week; reads the rollups, writes nothing. */
  async function render(monday: string) {
    const report = await buildWeekReport(trends, monday);
    const figures = JSON.stringify(report);
    const pdf = await renderReportPdf(report, new Date());
    const csv = reportCsv(report);
    return { report, figures, figuresSha256: sha256(figures), pdf, csv };
  }

  /** Stores a rendered report and its audit entry in the given transaction. */
  async function store(trx: Kysely<DB>, r: Awaited<ReturnType<typeof render>>, monday: string, source: 'schedule' | 'manual' | 'cli', actor: Actor | null, ip: string | null): Promise<GeneratedExport> {
    const id = await createExportRepository(trx).insert({
      week: monday, source, figures: r.figures, figures_sha256: r.figuresSha256,
      pdf: r.pdf, pdf_sha256: sha256(r.pdf), csv: Buffer.from(r.csv, 'utf8'), csv_sha256: sha256(r.csv), created_by: actor?.id ?? null,
    });
    await writeAudit(trx, { actor, action: 'export.create', entityType: 'export', entityId: String(id), details: { week: r.report.week, source, figures_sha256: r.figuresSha256 }, ip });
    return { id, week: r.report.week, report: r.report, pdf: r.pdf, csv: r.csv, figuresSha256: r.figuresSha256 };
  }

  async function generate(monday: string, source: 'schedule' | 'manual' | 'cli', actor: Actor | null, ip: string | null = null): Promise<GeneratedExport> {
    const r = await render(monday);
    return db.transaction().execute((trx) => store(trx, r, monday, source, actor, ip));
  }

  return {
    generate,
    buildReport: (monday: string) => buildWeekReport(trends, monday),

    /** The scheduled run: once per week across all processes (advisory lock + 'schedule' row check). */
    async generateScheduled(monday: string): Promise<GeneratedExport | null> {
      if (await repo.existsForWeek(monday, 'schedule')) return null;
      const r = await render(monday);
      return repo.withLock(async (trx) => {
        if (await createExportRepository(trx).existsForWeek(monday, 'schedule')) return null;
        return store(trx, r, monday, 'schedule', null, null);
      });
    },

    async list(limit = 52): Promise<ExportSummary[]> {
      return (await repo.list(limit)).map((e) => ({ ...e, week: isoWeekLabel(e.start) }));
    },

    async file(id: number, kind: 'pdf' | 'csv', actor: Actor, ip: string | null) {
      const f = await repo.file(id, kind);
      if (!f) throw new NotFoundError(`Export ${id} bestaat niet.`);
      await writeAudit(db, { actor, action: 'export.download', entityType: 'export', entityId: String(id), details: { kind }, ip });
      return { filename: `postsignaal-${isoWeekLabel(f.start)}.${kind}`, content: Buffer.from(f.content), sha256: f.sha256 };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
