/**
 * export (types): the weekly report's figures — aggregates only, from the trends service, with
 * the same small-count rule as the dashboard.
 */
import type { CampaignRow, Count, DepartmentRow, Spike } from '../trends/types.ts';

export interface Comparison {
  /** This week. */
  week: Count;
  /** The week before. */
  previous: Count;
  /** Mean of the eight weeks before this one (one decimal); '<5' below 5. */
  average8: number | '<5';
}

export interface CellCount {
  category: string;
  department: string;
  anti: boolean;
  zorg: boolean;
  threat: boolean;
  received: Count;
  handled: Count;
}

export interface WeekReport {
  /** ISO week, e.g. 2026-W47. */
  week: string;
  /** Monday and Sunday of the week (YYYY-MM-DD). */
  start: string;
  end: string;
  total: Comparison;
  anti: Comparison;
  zorg: Comparison;
  threat: Comparison;
  categories: ({ category: string } & Comparison)[];
  departments: DepartmentRow[];
  spikes: Spike[];
  campaigns: CampaignRow[];
  cells: CellCount[];
}

export interface ExportSummary {
  id: number;
  week: string;
  start: string;
  source: 'schedule' | 'manual' | 'cli';
  created_at: Date;
  created_by: string | null;
  figures_sha256: string;
  pdf_sha256: string;
  csv_sha256: string;
}
