/**
 * The lexical layer: Dutch/English tokenising and stemming with `natural`, TF-IDF features, and
 * the curated phrase list (models/lexicon/phrases.json) whose hits are both features and the
 * highlighted evidence shown to intake staff.
 */
import fs from 'node:fs';
import natural from 'natural';

/** Lower case without diacritics, one output character per input character (offsets stay valid). */
export function foldText(text: string): string {
  // ASCII lower-cases one to one; only the other characters need the slow, per-character path.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch.toLowerCase();
      continue;
    }
    const f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    out += f.length === ch.length ? f : ch.length === 1 ? (f[0] ?? ch) : ch;
  }
  return out;
}

export interface PhraseHit {
  group: string;
  text: string;
  start: number;
  end: number;
}

interface LexiconFile {
  version: string;
  groups: Record<string, { label: string; patterns: string[] }>;
}

export class Lexicon {
  readonly groupNames: string[];
  private readonly regexes: { group: string; re: RegExp }[];

  private constructor(readonly version: string, readonly labels: Record<string, string>, groups: Record<string, string[]>) {
    this.groupNames = Object.keys(groups);
    this.regexes = this.groupNames.map((g) => ({
      group: g,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups[g]!.map((p) => `(?:${p})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    }));
  }

  static load(file: string): Lexicon {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as LexiconFile;
    const labels = Object.fromEntries(Object.entries(data.groups).map(([k, v]) => [k, v.label]));
    return new Lexicon(data.version, labels, Object.fromEntries(Object.entries(data.groups).map(([k, v]) => [k, v.patterns])));
  }

  /** Every phrase hit, with offsets into the original text. */
  hits(text: string): PhraseHit[] {
    const folded = foldText(text);
    const out: PhraseHit[] = [];
    for (const { group, re } of this.regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({ group, text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** log(1 + hits) per group, in groupNames order. */
  features(hits: PhraseHit[]): number[] {
    return this.groupNames.map((g) => Math.log1p(hits.filter((h) => h.group === g).length));
  }
}

const nlTokenizer = new natural.AggressiveTokenizerNl();
const enTokenizer = new natural.AggressiveTokenizer();

/**
 * Stemming is the lexical layer's main cost, and letters reuse the same few thousand words: stems
 * are remembered per language (bounded; cleared when full, which costs only recomputation).
 */
const STEM_CACHE_SIZE = 100_000;
const stemCache = { nl: new Map<string, string>(), en: new Map<string, string>() };

function stem(token: string, language: 'nl' | 'en'): string {
  const cache = stemCache[language];
  let s = cache.get(token);
  if (s === undefined) {
    s = language === 'en' ? natural.PorterStemmer.stem(token) : natural.PorterStemmerNl.stem(token);
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    cache.set(token, s);
  }
  return s;
}

/** Stemmed tokens (Dutch Porter stemmer, or English for English letters), accents folded first. */
export function stems(text: string, language: 'nl' | 'en' = 'nl'): string[] {
  const folded = foldText(text);
  const tokens = language === 'en' ? enTokenizer.tokenize(folded) : nlTokenizer.tokenize(folded);
  const out: string[] = [];
  for (const t of tokens) {
    if (t.length < 2 || /^\d+$/.test(t)) continue;
    out.push(stem(t, language));
  }
  return out;
}

/** Unigrams and bigrams of stems. */
export function terms(stemmed: string[]): string[] {
  const out = [...stemmed];
  for (let i = 0; i + 1 < stemmed.length; i++) out.push(`${stemmed[i]} ${stemmed[i + 1]}`);
  return out;
}

export interface TfidfModel {
  terms: string[];
  idf: number[];
}

/** Keeps the maxTerms terms with the highest document frequency (at least minDf documents). */
export function fitTfidf(docs: string[][], maxTerms = 4000, minDf = 3): TfidfModel {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const kept = [...df.entries()].filter(([, n]) => n >= minDf).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxTerms);
  const n = docs.length;
  return { terms: kept.map(([t]) => t), idf: kept.map(([, d]) => Math.log((1 + n) / (1 + d)) + 1) };
}

export class TfidfVectorizer {
  private readonly index: Map<string, number>;
  constructor(readonly model: TfidfModel) {
    this.index = new Map(model.terms.map((t, i) => [t, i]));
  }
  get size(): number {
    return this.model.terms.length;
  }
  /** Sublinear tf × idf, L2-normalised; sparse as index -> value. */
  transform(docTerms: string[]): Map<number, number> {
    const tf = new Map<number, number>();
    for (const t of docTerms) {
      const i = this.index.get(t);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    let norm = 0;
    for (const [i, c] of tf) {
      const v = (1 + Math.log(c)) * this.model.idf[i]!;
      tf.set(i, v);
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [i, v] of tf) tf.set(i, v / norm);
    return tf;
  }
}
