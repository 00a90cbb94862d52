import type { Category, Topic } from '../taxonomy.ts';
import type { LinearHead } from './heads.ts';
import type { TfidfModel } from './lexical.ts';

/** Which features a set of heads reads. 'combined' is shipped; the others are measured. */
export type FeatureSet = 'combined' | 'transformer' | 'lexical' | 'tfidf';

export interface HeadSet {
  features: FeatureSet;
  /** Training data of a measured variant, when not all sources ('generator' or 'handwritten'). */
  sources?: 'generator' | 'handwritten';
  category: LinearHead;
  anti: LinearHead;
  zorg: LinearHead;
  topic: LinearHead;
}

export interface Thresholds {
  /** Below this calibrated top-category probability a letter needs review rather than a guess. */
  reviewConfidence: number;
  /** A bedreiging probability at or above this always flags for review (threat safety net). */
  threatSafety: number;
  /**
   * At or above this bedreiging probability the category is bedreiging even when another scores
   * higher (the taxonomy's precedence puts bedreiging first; a missed threat is the worst error).
   */
  threatCategory?: number;
  anti: number;
  zorg: number;
}

/**
 * The shipped combination: each member predicts calibrated probabilities, mixed per output with
 * weights chosen on validation letters that the encoder never trained on (stacking heads directly
 * on the encoder's embeddings overfits, because the encoder has seen the training letters).
 */
export interface Ensemble {
  members: HeadSet[];
  /** Per output, one weight per member (summing to 1). */
  weights: { category: number[]; anti: number[]; zorg: number[]; topic: number[] };
}

/** models/<name>/heads.json */
export interface HeadsFile {
  version: string;
  created: string;
  encoderSha256: string;
  lexiconVersion: string;
  tfidf: TfidfModel;
  /** Standardisation of the pooled embedding (max ⊕ mean). */
  embeddingMean: number[];
  embeddingStd: number[];
  /** The lexical member: its weights explain decisions (which terms and sentences weighed). */
  heads: HeadSet;
  ensemble?: Ensemble;
  thresholds: Thresholds;
  /** Other feature sets, fitted on the same data, kept to measure each part alone. */
  variants?: HeadSet[];
  trainedOn: { letters: number; generated: number; handwritten: number; reviewed: number; handwrittenWeight?: number };
  validation: Record<string, number>;
}

export interface Evidence {
  /** Phrase-list hits with offsets into `subject + "\n\n" + body`. */
  phrases: { group: string; label: string; text: string; start: number; end: number }[];
  /** Per label: the sentences that added most to its score. */
  sentences: { label: string; text: string; start: number; end: number; weight: number }[];
  /** Per label: the stemmed terms that added most. */
  terms: { label: string; term: string; weight: number }[];
}

export interface Classification {
  category: Category;
  scores: Record<Category, number>;
  anti_institutioneel: boolean;
  anti_institutioneel_score: number;
  zorgsignaal: boolean;
  zorgsignaal_score: number;
  topic: Topic;
  topic_scores: Record<Topic, number>;
  needs_review: boolean;
  review_reasons: string[];
  threat_flag: boolean;
  explanation: Evidence;
  model_version: string;
  chunks: number;
}
