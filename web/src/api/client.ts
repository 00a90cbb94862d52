/** The only way the web app talks to the server: JSON over fetch, errors as ApiError. */

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
  /** Every validation message of a 400 answer that lists them (details.errors). */
  get errors(): string[] {
    const e = this.details.errors;
    return Array.isArray(e) ? e.filter((x): x is string => typeof x === 'string') : [];
  }
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const d = (data ?? {}) as { error?: string; message?: string; details?: Record<string, unknown> };
    throw new ApiError(res.status, d.error ?? 'error', d.message ?? `Onverwachte fout (${res.status}).`, d.details ?? {});
  }
  return data as T;
}

export async function api<T>(path: string, init: { method?: string; json?: unknown; form?: FormData } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form) {
    body = init.form;
  }
  let res: Response;
  try {
    res = await fetch(path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.');
  }
  return parse<T>(res);
}

export type Role = 'intake' | 'policy' | 'admin';
export interface User {
  id: number;
  email: string;
  role: Role;
  displayName: string;
  mustChangePassword: boolean;
}

export interface LetterSummary {
  id: string;
  received_at: string;
  channel: string;
  source_type: string;
  subject: string;
  sender_name: string | null;
  status: string;
  language: string | null;
}

export interface LetterFileInfo {
  id: number;
  role: 'original' | 'attachment';
  filename: string;
  media_type: string;
  size_bytes: number;
}

export interface LetterDetail {
  id: string;
  received_at: string;
  channel: string;
  source_type: string;
  status: string;
  language: string | null;
  subject: string;
  body: string;
  sender: { name: string | null; email: string | null; address: string | null; postcode: string | null; city: string | null };
  extraction_warnings: string[];
  /** Mean OCR word confidence (0-100) for a scanned letter; null when not read with OCR. */
  ocr_confidence: number | null;
  /** The server's judgement: below its threshold the text must be checked against the original. */
  ocr_low_confidence: boolean;
  purged_at: string | null;
  files: LetterFileInfo[];
}

export interface Evidence {
  phrases: { group: string; label: string; text: string; start: number; end: number }[];
  sentences: { label: string; text: string; start: number; end: number; weight: number }[];
  terms: { label: string; term: string; weight: number }[];
}

export interface ClassificationInfo {
  id: number;
  model_version: string;
  created_at: string;
  category: string;
  scores: Record<string, number>;
  anti_institutioneel: boolean;
  anti_institutioneel_score: number;
  zorgsignaal: boolean;
  zorgsignaal_score: number;
  topic: string;
  topic_scores: Record<string, number>;
  needs_review: boolean;
  review_reasons: string[];
  threat_flag: boolean;
  explanation: Evidence;
}

export interface RoutingInfo {
  department: string;
  cc: string[];
  rule_key: string;
  rule_version: number | null;
  source: 'model' | 'review' | 'reroute';
  created_at: string;
}

export interface LetterReviewDetail extends LetterDetail {
  current: { category: string | null; topic: string | null; anti_institutioneel: boolean | null; zorgsignaal: boolean | null; department: string | null; cc: string[]; review_status: string; threat_flag: boolean };
  classification: ClassificationInfo | null;
  routing: RoutingInfo | null;
}

export interface QueueItem {
  id: string;
  received_at: string;
  channel: string;
  subject: string;
  sender_name: string | null;
  category: string | null;
  topic: string | null;
  department: string | null;
  cc: string[];
  anti_institutioneel: boolean | null;
  zorgsignaal: boolean | null;
  threat_flag: boolean;
  review_status: string;
  status: string;
  model_confidence: number | null;
  campaign_id: number | null;
  snippet: string;
}

export interface LetterContext {
  campaign: { id: number; size: number; first_seen: string; last_seen: string; categories: Record<string, number> } | null;
  reviews: { id: number; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; note: string | null; created_at: string; user_email: string; user_name: string }[];
  audit: { id: number; at: string; user_email: string | null; user_role: string | null; action: string; details: Record<string, unknown> }[];
}
