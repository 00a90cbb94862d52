/**
 * Figures on a labelled set: per-class precision/recall/F1, macro-F1, confusion matrix, flag
 * precision/recall/F1, the share of ordinary letters falsely flagged anti-institutional, topic and
 * department accuracy, and the expected calibration error. Used by `npm run eval` and retraining.
 */
import { route } from '../routing/engine.ts';
import type { RuleSet } from '../routing/types.ts';
import { CATEGORIES, type Category, type Topic } from '../taxonomy.ts';

export interface Labels {
  category: Category;
  anti_institutioneel: boolean;
  zorgsignaal: boolean;
  topic: Topic;
}

export interface Prediction extends Labels {
  /** calibrated probability of each category (CATEGORIES order), when the method has them */
  probabilities?: number[];
  needs_review?: boolean;
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1), support: tp + fn };
}

function r3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export function f1Score(y: number[], p: number[]): number {
  const tp = y.filter((v, i) => v === 1 && p[i] === 1).length;
  const fp = y.filter((v, i) => v === 0 && p[i] === 1).length;
  const fn = y.filter((v, i) => v === 1 && p[i] === 0).length;
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export function macroF1(y: number[], p: number[], classes: number): number {
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += f1Score(y.map((v) => (v === c ? 1 : 0)), p.map((v) => (v === c ? 1 : 0)));
  return sum / classes;
}

export function expectedCalibrationError(probs: number[][], gold: number[], bins = 10): number {
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const inBin = probs.map((p, i) => ({ conf: Math.max(...p), right: p.indexOf(Math.max(...p)) === gold[i] })).filter((x) => x.conf > b / bins && x.conf <= (b + 1) / bins);
    if (inBin.length === 0) continue;
    const acc = inBin.filter((x) => x.right).length / inBin.length;
    const conf = inBin.reduce((s, x) => s + x.conf, 0) / inBin.length;
    ece += (inBin.length / probs.length) * Math.abs(acc - conf);
  }
  return r3(ece);
}

export interface Report {
  letters: number;
  category: { macro_f1: number; accuracy: number; per_class: Record<string, ReturnType<typeof prf>>; confusion: { labels: string[]; rows: number[][] } };
  anti_institutioneel: ReturnType<typeof prf> & { ordinary_false_flag_rate: number; ordinary_letters: number };
  zorgsignaal: ReturnType<typeof prf>;
  topic_accuracy: number;
  department_accuracy: number;
  ece: number | null;
  needs_review_share: number | null;
}

export function report(gold: Labels[], pred: Prediction[], rules: RuleSet): Report {
  const n = gold.length;
  const confusion = CATEGORIES.map(() => CATEGORIES.map(() => 0));
  gold.forEach((g, i) => confusion[CATEGORIES.indexOf(g.category)]![CATEGORIES.indexOf(pred[i]!.category)]!++);
  const perClass = Object.fromEntries(CATEGORIES.map((c, k) => {
    const tp = confusion[k]![k]!;
    const fn = confusion[k]!.reduce((a, b) => a + b, 0) - tp;
    const fp = confusion.reduce((a, row) => a + row[k]!, 0) - tp;
    return [c, prf(tp, fp, fn)];
  }));
  const flag = (key: 'anti_institutioneel' | 'zorgsignaal') => {
    const tp = gold.filter((g, i) => g[key] && pred[i]![key]).length;
    const fp = gold.filter((g, i) => !g[key] && pred[i]![key]).length;
    const fn = gold.filter((g, i) => g[key] && !pred[i]![key]).length;
    return prf(tp, fp, fn);
  };
  const ordinary = gold.map((g, i) => ({ g, p: pred[i]! })).filter(({ g }) => ['bezwaar', 'klacht', 'regulier'].includes(g.category) && !g.anti_institutioneel);
  const dept = gold.filter((g, i) => route(g, rules).department === route(pred[i]!, rules).department).length;
  const withProbs = pred.every((p) => p.probabilities);
  const withReview = pred.every((p) => p.needs_review !== undefined);
  return {
    letters: n,
    category: {
      macro_f1: r3(macroF1(gold.map((g) => CATEGORIES.indexOf(g.category)), pred.map((p) => CATEGORIES.indexOf(p.category)), CATEGORIES.length)),
      accuracy: r3(gold.filter((g, i) => g.category === pred[i]!.category).length / n),
      per_class: perClass,
      confusion: { labels: [...CATEGORIES], rows: confusion },
    },
    anti_institutioneel: { ...flag('anti_institutioneel'), ordinary_false_flag_rate: r3(ordinary.filter((x) => x.p.anti_institutioneel).length / Math.max(1, ordinary.length)), ordinary_letters: ordinary.length },
    zorgsignaal: flag('zorgsignaal'),
    topic_accuracy: r3(gold.filter((g, i) => g.topic === pred[i]!.topic).length / n),
    department_accuracy: r3(dept / n),
    ece: withProbs ? expectedCalibrationError(pred.map((p) => p.probabilities!), gold.map((g) => CATEGORIES.indexOf(g.category))) : null,
    needs_review_share: withReview ? r3(pred.filter((p) => p.needs_review).length / n) : null,
  };
}

