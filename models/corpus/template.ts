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

export class Ctx {
  readonly vars = new Map<string, string>();

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

  /** Pick one entry of a bank (language-aware for LBank) and render it. */
  p(bank: Bank | LBank): string {
    return this.r(this.rng.pick(bankFor(bank, this.lang)));
  }

  /** Pick n distinct entries and render them. */
  pn(bank: Bank | LBank, n: number): string[] {
    return this.rng.sample(bankFor(bank, this.lang), n).map((t) => this.r(t));
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

/** Group sentences into paragraphs of random size (1..maxPer). */
export function paragraphs(rng: Rng, sentences: readonly string[], maxPer = 3): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    const n = rng.int(1, maxPer);
    out.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}
