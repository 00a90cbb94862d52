/**
 * classify: the model advises. Loads the shipped model once (ONNX encoder, tokenizer, heads,
 * phrase list) and turns a letter into calibrated scores, flags, a topic, whether a person must
 * review it and why, and the evidence behind each flag.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES, CATEGORY_LABELS, TOPICS, type Category, type Topic } from '../taxonomy.ts';
import { Encoder, type EncoderOptions } from './encoder.ts';
import { computeSignals, explanationText, lexicalTerms, type FeatureSpace, type LetterSignals } from './features.ts';
import { predictEnsemble, predictHeadSet, type Probabilities } from './predict.ts';
import { Lexicon, TfidfVectorizer } from './lexical.ts';
import type { Classification, Evidence, FeatureSet, HeadSet, HeadsFile } from './types.ts';

export const DEFAULT_MODEL_DIR = path.resolve(import.meta.dirname, '../../models/postsignaal-nl');
export const LEXICON_FILE = path.resolve(import.meta.dirname, '../../models/lexicon/phrases.json');

export function fileSha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.split(/\s+/).length >= 3) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export class Classifier {
  private constructor(
    readonly encoder: Encoder,
    readonly heads: HeadsFile,
    readonly lexicon: Lexicon,
    readonly space: FeatureSpace,
    readonly version: string,
  ) {}

  static async load(modelDir = DEFAULT_MODEL_DIR, lexiconFile = LEXICON_FILE, headsFile = path.join(modelDir, 'heads.json'), encoderOptions: EncoderOptions = {}): Promise<Classifier> {
    const encoder = await Encoder.load(modelDir, encoderOptions);
    const heads = JSON.parse(fs.readFileSync(headsFile, 'utf8')) as HeadsFile;
    return Classifier.assemble(encoder, heads, Lexicon.load(lexiconFile));
  }

  static assemble(encoder: Encoder, heads: HeadsFile, lexicon: Lexicon): Classifier {
    if (heads.lexiconVersion !== lexicon.version) {
      throw new Error(`de heads zijn getraind met woordenlijst ${heads.lexiconVersion}, maar ${lexicon.version} is geladen; voer npm run model:retrain uit`);
    }
    const space: FeatureSpace = { vectorizer: new TfidfVectorizer(heads.tfidf), lexicon, mean: heads.embeddingMean, std: heads.embeddingStd };
    return new Classifier(encoder, heads, lexicon, space, `${encoder.info.name}@${heads.version}`);
  }

  /** The same encoder with other heads (a retrained version). */
  withHeads(heads: HeadsFile): Classifier {
    if (heads.encoderSha256 !== this.heads.encoderSha256) throw new Error('deze heads horen bij een ander transformermodel');
    return Classifier.assemble(this.encoder, heads, this.lexicon);
  }

  /** With the given active heads (retrained, from model_versions), or as shipped when null. */
  forActiveHeads(heads: HeadsFile | null): Classifier {
    return heads ? this.withHeads(heads) : this;
  }

  get lexiconVersion(): string {
    return this.lexicon.version;
  }

  signals(subject: string, body: string): Promise<LetterSignals> {
    return computeSignals(this.encoder, this.lexicon, subject, body);
  }

  /** Calibrated probabilities: the shipped ensemble, or one given head set (to measure it alone). */
  predict(s: LetterSignals, heads?: HeadSet): Probabilities {
    const e = this.heads.ensemble;
    if (heads || !e) return predictHeadSet(this.space, heads ?? this.heads.heads, s);
    return predictEnsemble(this.space, e, s);
  }

  async classify(subject: string, body: string): Promise<Classification> {
    const s = await this.signals(subject, body);
    return this.decide(s, subject, body);
  }

  decide(s: LetterSignals, subject: string, body: string): Classification {
    const p = this.predict(s);
    const t = this.heads.thresholds;
    const argmax = p.category.indexOf(Math.max(...p.category));
    // Precedence: bedreiging wins from a lower, validation-chosen probability on.
    const best = t.threatCategory !== undefined && p.category[0]! >= t.threatCategory ? 0 : argmax;
    const category = CATEGORIES[best]!;
    const topic = TOPICS[p.topic.indexOf(Math.max(...p.topic))]!;
    // The taxonomy says betalingsweigering and soevereiniteitsverklaring are always anti-institutional.
    const anti = p.anti >= t.anti || category === 'betalingsweigering' || category === 'soevereiniteitsverklaring';
    const zorg = p.zorg >= t.zorg;
    const threatHits = s.hits.filter((h) => h.group === 'dreiging');
    const pThreat = p.category[0]!;
    const threatFlag = category === 'bedreiging' || pThreat >= t.threatSafety || threatHits.length > 0;
    const reasons: string[] = [];
    if (category === 'bedreiging') reasons.push('Mogelijke bedreiging');
    else if (pThreat >= t.threatSafety) reasons.push(`Vangnet bedreiging: kans op bedreiging ${Math.round(pThreat * 100)}%`);
    if (category !== 'bedreiging' && threatHits.length > 0) reasons.push(`Dreigende taal gevonden: "${threatHits[0]!.text}"`);
    if (anti) reasons.push('Anti-institutionele taal');
    if (zorg) reasons.push('Zorgsignaal');
    if (p.category[best]! < t.reviewConfidence) reasons.push(`Model twijfelt: ${Math.round(p.category[best]! * 100)}% zeker van ${CATEGORY_LABELS[category]}`);
    return {
      category,
      scores: Object.fromEntries(CATEGORIES.map((c, i) => [c, round(p.category[i]!)])) as Record<Category, number>,
      anti_institutioneel: anti,
      anti_institutioneel_score: round(p.anti),
      zorgsignaal: zorg,
      zorgsignaal_score: round(p.zorg),
      topic,
      topic_scores: Object.fromEntries(TOPICS.map((c, i) => [c, round(p.topic[i]!)])) as Record<Topic, number>,
      needs_review: reasons.length > 0,
      review_reasons: reasons,
      threat_flag: threatFlag,
      explanation: this.explain(s, explanationText(subject, body), category, anti, zorg),
      model_version: this.version,
      chunks: s.chunkLogits.length,
    };
  }

  /** The phrases, sentences and terms that added most to the chosen category and the raised flags. */
  private explain(s: LetterSignals, text: string, category: Category, anti: boolean, zorg: boolean): Evidence {
    const h = this.heads.heads;
    const e = h.features === 'combined' || h.features === 'transformer' ? s.pooled.length : 0;
    const targets: { label: string; w: number[] }[] = [{ label: category, w: h.category.weights[CATEGORIES.indexOf(category)]! }];
    if (anti) targets.push({ label: 'anti_institutioneel', w: h.anti.weights[0]! });
    if (zorg) targets.push({ label: 'zorgsignaal', w: h.zorg.weights[0]! });
    const termList = this.space.vectorizer.model.terms;
    const docVec = this.space.vectorizer.transform(s.terms);
    const out: Evidence = {
      phrases: s.hits.map((hit) => ({ ...hit, label: this.lexicon.labels[hit.group] ?? hit.group })),
      sentences: [],
      terms: [],
    };
    const sents = sentences(text);
    const sentVecs = sents.map((st) => this.space.vectorizer.transform(lexicalTerms(st.text, s.language)));
    for (const { label, w } of targets) {
      const contrib = [...docVec].map(([i, v]) => ({ term: termList[i]!, weight: w[e + i]! * v * 4 })).filter((c) => c.weight > 0);
      contrib.sort((a, b) => b.weight - a.weight);
      out.terms.push(...contrib.slice(0, 6).map((c) => ({ label, term: c.term, weight: round(c.weight) })));
      const scored = sents.map((st, k) => {
        let score = 0;
        for (const [i, v] of sentVecs[k]!) score += w[e + i]! * v;
        return { ...st, weight: score };
      });
      scored.sort((a, b) => b.weight - a.weight);
      out.sentences.push(...scored.filter((c) => c.weight > 0).slice(0, 3).map((c) => ({ label, text: c.text, start: c.start, end: c.end, weight: round(c.weight) })));
    }
    return out;
  }

  async dispose(): Promise<void> {
    await this.encoder.dispose();
  }
}

function round(v: number): number {
  return Math.round(v * 10_000) / 10_000;
}

export type { FeatureSet };
