/**
 * The corpus record (one JSON object per line in models/data/*.jsonl), JSONL reading/writing
 * and validation against the taxonomy (../../shared/taxonomy.md via server/taxonomy.ts) and the
 * default routing (server/routing/defaults.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import {
  CATEGORIES, CHANNELS, DEPARTMENTS, LANGUAGES, TOPICS,
  type Category, type Channel, type Department, type Language, type Topic,
} from '../../server/taxonomy.ts';
import { route } from '../../server/routing/engine.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';

export interface CorpusRecord {
  id: string;
  channel: Channel;
  subject: string;
  body: string;
  language: Language;
  category: Category;
  anti_institutioneel: boolean;
  zorgsignaal: boolean;
  topic: Topic;
  department: Department;
  cc: Department[];
  source: 'generator' | 'handwritten';
  split: 'train' | 'test';
  /** Template campaign id, or null. Optional in hand-written records. */
  campaign?: string | null;
}

/** Field order of a serialized record. */
export const RECORD_KEYS = [
  'id', 'channel', 'subject', 'body', 'language', 'category', 'anti_institutioneel', 'zorgsignaal', 'topic',
  'department', 'cc', 'source', 'split', 'campaign',
] as const;

/** Categories for which anti_institutioneel must be true (taxonomy §2). */
export const ALWAYS_ANTI: readonly Category[] = ['betalingsweigering', 'soevereiniteitsverklaring'];

/** JSON line with keys in RECORD_KEYS order. */
export function serializeRecord(r: CorpusRecord): string {
  const o: Record<string, unknown> = {};
  for (const k of RECORD_KEYS) {
    if (k === 'campaign' && r.campaign === undefined) continue;
    o[k] = r[k];
  }
  return JSON.stringify(o);
}

/** Reads a JSONL file; returns [] when the file does not exist. Throws with the line number on bad JSON. */
export function readJsonl(path: string): unknown[] {
  if (!existsSync(path)) return [];
  const out: unknown[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new Error(`${path}:${i + 1}: invalid JSON (${(e as Error).message})`);
    }
  });
  return out;
}

function isStr(v: unknown): v is string {
  return typeof v === 'string';
}

/**
 * Validates one record: field presence and types, taxonomy values, the flag rule
 * (anti_institutioneel true for betalingsweigering and soevereiniteitsverklaring), and
 * department/cc equal to route(labels, DEFAULT_RULESET). Returns a list of problems (empty = valid).
 */
export function validateRecord(record: unknown): string[] {
  const errs: string[] = [];
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return ['record is not an object'];
  const r = record as Record<string, unknown>;
  const id = isStr(r.id) ? r.id : '?';
  const e = (msg: string) => errs.push(`${id}: ${msg}`);

  if (!isStr(r.id) || r.id.trim() === '') e('id must be a non-empty string');
  if (!isStr(r.subject) || r.subject.trim() === '') e('subject must be a non-empty string');
  if (!isStr(r.body) || r.body.trim().length < 20) e('body must be a string of at least 20 characters');
  if (!(CHANNELS as readonly unknown[]).includes(r.channel)) e(`bad channel ${String(r.channel)}`);
  if (!(LANGUAGES as readonly unknown[]).includes(r.language)) e(`bad language ${String(r.language)}`);
  if (!(CATEGORIES as readonly unknown[]).includes(r.category)) e(`bad category ${String(r.category)}`);
  if (!(TOPICS as readonly unknown[]).includes(r.topic)) e(`bad topic ${String(r.topic)}`);
  if (typeof r.anti_institutioneel !== 'boolean') e('anti_institutioneel must be a boolean');
  if (typeof r.zorgsignaal !== 'boolean') e('zorgsignaal must be a boolean');
  if (r.source !== 'generator' && r.source !== 'handwritten') e(`bad source ${String(r.source)}`);
  if (r.split !== 'train' && r.split !== 'test') e(`bad split ${String(r.split)}`);
  if (r.source === 'generator' && r.split !== 'train') e('generated records must be in split train');
  if (r.campaign !== undefined && r.campaign !== null && !isStr(r.campaign)) e('campaign must be a string or null');
  if (!(DEPARTMENTS as readonly unknown[]).includes(r.department)) e(`bad department ${String(r.department)}`);
  if (!Array.isArray(r.cc) || !r.cc.every((d) => (DEPARTMENTS as readonly unknown[]).includes(d))) e('cc must be an array of departments');

  if (ALWAYS_ANTI.includes(r.category as Category) && r.anti_institutioneel !== true) {
    e(`anti_institutioneel must be true for ${String(r.category)}`);
  }
  if (errs.length === 0) {
    const decision = route(
      { category: r.category as Category, topic: r.topic as Topic, anti_institutioneel: r.anti_institutioneel as boolean, zorgsignaal: r.zorgsignaal as boolean },
      DEFAULT_RULESET,
    );
    if (r.department !== decision.department) e(`department ${String(r.department)} != routed ${decision.department}`);
    const cc = r.cc as string[];
    if (cc.length !== decision.cc.length || cc.some((d, i) => d !== decision.cc[i])) e(`cc ${JSON.stringify(cc)} != routed ${JSON.stringify(decision.cc)}`);
  }
  return errs;
}

/** Reads and validates a corpus file; returns the records and all problems found. */
export function loadCorpus(path: string): { records: CorpusRecord[]; errors: string[] } {
  const raw = readJsonl(path);
  const errors: string[] = [];
  const records: CorpusRecord[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const errs = validateRecord(r);
    errors.push(...errs);
    if (errs.length === 0) {
      const rec = r as CorpusRecord;
      if (seen.has(rec.id)) errors.push(`${rec.id}: duplicate id`);
      seen.add(rec.id);
      records.push(rec);
    }
  }
  return { records, errors };
}
