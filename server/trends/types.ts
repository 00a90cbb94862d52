/**
 * trends (types): filters, the small-count rule and the shapes the dashboard and the weekly
 * export share. Counts below MIN_COUNT (other than 0) never leave the server as numbers.
 */
import type { Category, Channel, Department, Topic } from '../taxonomy.ts';

/** A count as published: the number, or '<5' when 1–4 letters would single people out. */
export type Count = number | '<5';
export const MIN_COUNT = 5;

/** Upper edges (hours) of the handling-time classes; must equal ps_handle_bucket() in migration 0004. */
export const HANDLE_BUCKET_EDGES_HOURS = [4, 8, 24, 48, 72, 120, 168, 336, 504, 720, 1440] as const;

export interface TrendFilters {
  /** Monday of the first week (YYYY-MM-DD), inclusive. */
  from: string;
  /** Monday of the last week (YYYY-MM-DD), inclusive. */
  to: string;
  department?: Department | undefined;
  channel?: Channel | undefined;
  topic?: Topic | undefined;
}

export interface WeekVolume {
  /** ISO week, e.g. 2026-W47. */
  week: string;
  /** Monday of that week. */
  start: string;
  total: Count;
  /** Per category; '' (key `onbekend`) = not yet classified. */
  categories: Record<Category | 'onbekend', Count>;
  anti: Count;
  /** Share of the week's letters with anti_institutioneel, 0–1; null when anti or total is suppressed. */
  antiShare: number | null;
  zorg: Count;
  threat: Count;
}

export interface DepartmentRow {
  department: Department | 'onbekend';
  received: Count;
  open: Count;
  handled: Count;
  /** Median hours from receipt to handled, estimated from the handling-time classes; null below MIN_COUNT handled. */
  medianHours: number | null;
  /** True when the median falls in the open-ended top class (more than 60 days). */
  medianAtLeast: boolean;
}

export interface Spike {
  week: string;
  start: string;
  dimension: 'category' | 'department';
  key: string;
  count: number;
  /** Expected count: mean of the previous weeks (highest left out). */
  baseline: number;
  ratio: number;
  /** One-sided Poisson p-value P(X >= count | baseline). */
  p: number;
}

export interface CampaignRow {
  id: number;
  /** Letters of the campaign received in the range. */
  size: number;
  /** Letters of the campaign in all time. */
  total: number;
  firstSeen: string;
  lastSeen: string;
  categories: Partial<Record<Category | 'onbekend', Count>>;
  weeks: { week: string; start: string; count: Count }[];
}

export interface AreaRow {
  /** Four-digit postcode, 'overig' for areas with fewer than MIN_COUNT letters together, 'onbekend' without postcode. */
  area: string;
  received: Count;
  anti: Count;
  antiShare: number | null;
  zorg: Count;
}
