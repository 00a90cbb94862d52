/**
 * Letter features for the heads: pooled transformer embedding (max ⊕ mean over chunks,
 * standardised), TF-IDF of stemmed uni/bigrams, and phrase-list counts.
 */
import { detectLanguage } from '../intake/language.ts';
import { modelText, type Encoder } from './encoder.ts';
import { stems, terms, TfidfVectorizer, type Lexicon, type PhraseHit } from './lexical.ts';
import type { FeatureSet } from './types.ts';

export interface LetterSignals {
  /** max ⊕ mean of the chunk embeddings (raw). */
  pooled: Float32Array;
  /** chunk-level logits, one array per chunk */
  chunkLogits: Float32Array[];
  /** The language the terms were stemmed in. */
  language: 'nl' | 'en';
  terms: string[];
  hits: PhraseHit[];
}

export function poolEmbeddings(embeddings: Float32Array[]): Float32Array {
  const h = embeddings[0]!.length;
  const out = new Float32Array(2 * h).fill(-Infinity, 0, h);
  for (const e of embeddings) {
    for (let j = 0; j < h; j++) {
      if (e[j]! > out[j]!) out[j] = e[j]!;
      out[h + j] = out[h + j]! + e[j]! / embeddings.length;
    }
  }
  return out;
}

/** The letter's language as the stemmer sees it (Dutch unless clearly English). */
export function lexicalLanguage(text: string): 'nl' | 'en' {
  return detectLanguage(text) ?? 'nl';
}

/** Stemmed uni- and bigrams; pass the letter's language when stemming a part of it (a sentence). */
export function lexicalTerms(text: string, language: 'nl' | 'en' = lexicalLanguage(text)): string[] {
  return terms(stems(text, language));
}

export interface FeatureSpace {
  vectorizer: TfidfVectorizer;
  lexicon: Lexicon;
  mean: number[];
  std: number[];
}

export function featureVector(space: FeatureSpace, s: LetterSignals, set: FeatureSet): Float32Array {
  const useEmb = set === 'combined' || set === 'transformer';
  const useTfidf = set !== 'transformer';
  const useLex = set === 'combined' || set === 'lexical';
  const e = useEmb ? s.pooled.length : 0;
  const t = useTfidf ? space.vectorizer.size : 0;
  const lexFeatures = space.lexicon.features(s.hits);
  const l = useLex ? lexFeatures.length : 0;
  const x = new Float32Array(e + t + l);
  if (useEmb) for (let j = 0; j < e; j++) x[j] = (s.pooled[j]! - space.mean[j]!) / space.std[j]!;
  if (useTfidf) for (const [i, v] of space.vectorizer.transform(s.terms)) x[e + i] = v * 4;
  if (useLex) lexFeatures.forEach((v, i) => (x[e + t + i] = v));
  return x;
}

/** The text that explanations point into (offsets are into this string). */
export function explanationText(subject: string, body: string): string {
  return subject ? `${subject}\n\n${body}` : body;
}

/** Everything the heads need from one letter (the expensive part: the transformer). */
export async function computeSignals(encoder: Encoder, lexicon: Lexicon, subject: string, body: string): Promise<LetterSignals> {
  const chunks = encoder.chunker.chunk(modelText(subject, body));
  const { embeddings, logits: chunkLogits } = await encoder.encode(chunks);
  const text = explanationText(subject, body);
  const language = lexicalLanguage(text);
  return { pooled: poolEmbeddings(embeddings), chunkLogits, language, terms: lexicalTerms(text, language), hits: lexicon.hits(text) };
}
