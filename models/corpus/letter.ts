/**
 * Shared types and helpers for composing one letter.
 *
 * Flow per letter: a Plan (labels + channel + size) is drawn first; the category composer writes
 * a Draft consistent with the plan (it may only use content that is allowed for the plan's
 * category and flags); the channel wrapper turns the Draft into subject + body; finally the
 * surface noise of the writer (typos) and of the channel (OCR) is applied.
 */
import type { Category, Channel, Topic } from '../../server/taxonomy.ts';
import type { Rng } from './prng.ts';
import type { Ctx, Lang } from './template.ts';
import type { Profile } from './blocks/profiles.ts';
import { DISTRESS, DISTRESS_KINDS, HELP_REQUEST, type DistressKind } from './blocks/distress.ts';
import { ANGER, ESCALATION, REPLY_REQUEST } from './blocks/common.ts';
import { ANTI_RHETORIC } from './blocks/sovereign.ts';

export type Size = 'short' | 'medium' | 'long';

export interface Plan {
  category: Category;
  topic: Topic;
  anti: boolean;
  zorg: boolean;
  lang: Lang;
  channel: Channel;
  size: Size;
  /** Extra long (only with size long): counts of bySize() are scaled up. */
  xl?: boolean;
  campaign: string | null;
}

export interface Draft {
  subject: string;
  /** undefined: the channel picks one by register; null: no salutation. */
  salutation?: string | null;
  paragraphs: string[];
  /** undefined: the channel picks one by register; null: none. */
  closing?: string | null;
  /** Name under the letter (default: the sender's name). */
  signName?: string;
  /** Extra lines under the name (function, company, "Alle rechten voorbehouden"). */
  signExtra?: string[];
  /** Sender block for pdf/scan letters (default: name + address). */
  fromBlock?: string[];
  /** Recipient block for pdf/scan letters (default: by topic). */
  toBlock?: string[];
  /** Lines printed above everything (sovereign notices, "AANGETEKEND"). */
  header?: string[];
  attachments?: string[];
  /** Sender is an organisation writing formally (adds a disclaimer to e-mails sometimes). */
  organisation?: string;
}

export interface LetterCtx {
  c: Ctx;
  rng: Rng;
  plan: Plan;
  profile: Profile;
}

export type Composer = (lc: LetterCtx) => Draft;

/** Random count by size: [short, medium, long] ranges. */
export function bySize(lc: LetterCtx, short: readonly [number, number], medium: readonly [number, number], long: readonly [number, number]): number {
  const r = lc.plan.size === 'short' ? short : lc.plan.size === 'medium' ? medium : long;
  if (lc.plan.size === 'long' && lc.plan.xl) return lc.rng.int(Math.ceil(r[0] * 1.4), Math.ceil(r[1] * 1.7));
  return lc.rng.int(r[0], r[1]);
}

export function isAngry(lc: LetterCtx): boolean {
  return lc.profile.tone === 'boos' || lc.profile.tone === 'woedend' || lc.profile.tone === 'geergerd';
}

/** One paragraph of distress cues (1-3 kinds) plus sometimes a plea for help. */
export function distressParagraph(lc: LetterCtx, opts: { kinds?: DistressKind[]; n?: number; help?: boolean } = {}): string {
  const { c, rng } = lc;
  const n = opts.n ?? (lc.plan.size === 'short' ? 1 : rng.int(1, 3));
  const kinds = opts.kinds ?? rng.sample(DISTRESS_KINDS.filter((k) => k !== 'zelfbeschadiging' || rng.chance(0.35)), n);
  const sentences = kinds.map((k) => c.p(DISTRESS[k]));
  if (opts.help ?? rng.chance(0.5)) sentences.push(c.p(HELP_REQUEST));
  return sentences.join(' ');
}

export function angerLine(lc: LetterCtx): string {
  return lc.c.p(ANGER);
}

export function escalationLine(lc: LetterCtx): string {
  return lc.c.p(ESCALATION);
}

export function replyLine(lc: LetterCtx): string {
  return lc.c.p(REPLY_REQUEST);
}

export function antiLine(lc: LetterCtx): string {
  return lc.c.p(ANTI_RHETORIC);
}

/** Inserts an item at a random position (not before `minIndex`). */
export function insertAt<T>(rng: Rng, arr: T[], item: T, minIndex = 0): void {
  const i = rng.int(Math.min(minIndex, arr.length), arr.length);
  arr.splice(i, 0, item);
}

/** Formats a list of points as numbered, dashed or lettered items, or as prose. */
export function formatPoints(lc: LetterCtx, points: readonly string[], intro?: string, fragments = false): string[] {
  const { rng } = lc;
  if (points.length === 0) return [];
  // Fragments ("dat er een contract bestaat") only read well as a list.
  const style = rng.weighted<'num' | 'dash' | 'letter' | 'prose' | 'paras'>([['num', 3], ['dash', 1.5], ['letter', 0.7], ['prose', fragments ? 0 : 2], ['paras', fragments ? 0 : 2.5]]);
  const out: string[] = [];
  if (style === 'prose') {
    out.push([intro ?? '', ...points].filter(Boolean).join(' '));
    return out;
  }
  if (intro) out.push(intro);
  if (style === 'paras') return out.concat(points);
  const lines = points.map((p, i) => (style === 'num' ? `${i + 1}. ${p}` : style === 'dash' ? `- ${p}` : `${String.fromCharCode(97 + i)}) ${p}`));
  out.push(lines.join(rng.chance(0.5) ? '\n' : '\n\n'));
  return out;
}
