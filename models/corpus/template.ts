/**
 * Tiny template language for the phrase banks.
 *
 *   {name}       value of variable `name` (lazily created by a provider, then fixed for the letter)
 *   {^name}      same, first letter upper-case
 *   {!name}      same, all upper-case
 *   [a|b|c]      one alternative at random; alternatives may be empty ("[ echt|]") and nest
 *
 * Every letter gets its own Ctx, so a letter keeps one sender name, one amount, one date, ...
 * while the alternatives make every rendering of the same bank entry a little different.
 */
import type { Rng } from './prng.ts';

export type Lang = 'nl' | 'en';
export type Bank = readonly string[];
/** A phrase bank with Dutch and English alternatives. */
export interface LBank {
  readonly nl: Bank;
  readonly en: Bank;
}
export type Provider = (ctx: Ctx) => string;

/**
 * Label tags of banks. When a letter draws from a tagged bank, the tag is recorded in the Ctx, so
 * the generator can check that the text carries what its labels claim (and nothing else):
 *   zorg    - a distress cue            threat  - a threat
 *   anti    - sovereign / anti-institutional rhetoric
 *   refusal - a refusal to pay
 */
export type LabelTag = 'zorg' | 'threat' | 'anti' | 'refusal';
const BANK_TAGS = new WeakMap<object, readonly LabelTag[]>();

export function tagBank<B extends Bank | LBank>(bank: B, ...tags: LabelTag[]): B {
  BANK_TAGS.set(bank, tags);
  return bank;
}

export class Ctx {
  readonly vars = new Map<string, string>();
  /** Label tags of the banks this letter drew from (see tagBank). */
  readonly tags = new Set<LabelTag>();

  constructor(
    readonly rng: Rng,
    readonly lang: Lang,
    private readonly providers: Readonly<Record<string, Provider>>,
  ) {}

  /** Value of a variable; created once by its provider. Unknown names throw (catches typos in banks). */
  v(name: string): string {
    const have = this.vars.get(name);
    if (have !== undefined) return have;
    const p = this.providers[name];
    if (!p) throw new Error(`template variable {${name}} has no provider`);
    const value = p(this);
    this.vars.set(name, value);
    return value;
  }

  /** Records a label tag for content that is not drawn from a tagged bank. */
  tag(...tags: LabelTag[]): this {
    for (const t of tags) this.tags.add(t);
    return this;
  }

  set(name: string, value: string): this {
    this.vars.set(name, value);
    return this;
  }

  has(name: string): boolean {
    return this.vars.has(name) || name in this.providers;
  }

  /** Render a template string. */
  r(tpl: string): string {
    return render(tpl, this);
  }

  /** Templates already used in this letter: banks prefer unused entries, so a letter rarely repeats itself. */
  private readonly used = new Set<string>();

  /** n entries, unused ones first; `fill` tops up with already-used entries when fresh ones run out. */
  private choose(bank: Bank | LBank, n: number, fill: boolean): string[] {
    const b = bankFor(bank, this.lang);
    const fresh = b.filter((t) => !this.used.has(t));
    const picked = this.rng.sample(fresh, Math.min(n, fresh.length));
    if (fill && picked.length < n) picked.push(...this.rng.sample(b.filter((t) => !picked.includes(t)), n - picked.length));
    for (const t of picked) this.used.add(t);
    if (picked.length > 0) for (const tag of BANK_TAGS.get(bank) ?? []) this.tags.add(tag);
    return picked;
  }

  /** Pick one entry of a bank (language-aware for LBank), preferring entries not used yet, and render it. */
  p(bank: Bank | LBank): string {
    const [t] = this.choose(bank, 1, true);
    if (t === undefined) throw new Error('Ctx.p on empty bank');
    return this.r(t);
  }

  /** Pick up to n distinct entries not used before in this letter and render them (fewer when the bank runs out). */
  pn(bank: Bank | LBank, n: number): string[] {
    return this.choose(bank, n, false).map((t) => this.r(t));
  }

  /** Up to n unused raw (unrendered) templates of a bank; marks them used. */
  pickRaw(bank: Bank | LBank, n: number): string[] {
    return this.choose(bank, n, false);
  }

  /** Like pn, but keeps the bank's order (for chronological or logical sequences). */
  po(bank: Bank | LBank, n: number): string[] {
    const b = bankFor(bank, this.lang);
    const picked = new Set(this.choose(bank, n, false));
    return b.filter((t) => picked.has(t)).map((t) => this.r(t));
  }

  /** Choose by language inline. */
  t(nl: string, en: string): string {
    return this.r(this.lang === 'en' ? en : nl);
  }
}

export function bankFor(bank: Bank | LBank, lang: Lang): Bank {
  if (isLBank(bank)) {
    const b = lang === 'en' ? bank.en : bank.nl;
    return b.length > 0 ? b : bank.nl;
  }
  return bank;
}

function isLBank(b: Bank | LBank): b is LBank {
  return !Array.isArray(b);
}

/**
 * Entries starting with "!" are only allowed when `allow` is true (used for lines that are distress
 * cues inside otherwise neutral banks: they may only appear in letters with zorgsignaal).
 */
export function gated(bank: LBank, allow: boolean): LBank {
  const f = (b: Bank) => b.filter((t) => allow || !t.startsWith('!')).map((t) => (t.startsWith('!') ? t.slice(1) : t));
  const out = { nl: f(bank.nl), en: f(bank.en) };
  const tags = BANK_TAGS.get(bank);
  if (tags) BANK_TAGS.set(out, tags);
  return out;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Render with alternatives and variables (see module comment). */
export function render(tpl: string, ctx: Ctx): string {
  let out = '';
  let i = 0;
  while (i < tpl.length) {
    const ch = tpl[i];
    if (ch === '[') {
      const end = matching(tpl, i);
      const alts = splitTop(tpl.slice(i + 1, end));
      out += render(ctx.rng.pick(alts), ctx);
      i = end + 1;
    } else if (ch === '{') {
      const end = tpl.indexOf('}', i);
      if (end < 0) throw new Error(`unclosed { in template: ${tpl}`);
      let name = tpl.slice(i + 1, end);
      let mod = '';
      if (name.startsWith('^') || name.startsWith('!')) {
        mod = name[0] as string;
        name = name.slice(1);
      }
      let val = ctx.v(name);
      if (mod === '^') val = capitalize(val);
      else if (mod === '!') val = val.toUpperCase();
      out += val;
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unclosed [ in template: ${s}`);
}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Clean up spacing artefacts of empty alternatives ("  ", " ,", " ."). */
export function tidy(s: string): string {
  return s
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/^ +| +$/gm, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')');
}
