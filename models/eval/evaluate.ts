/**
 * npm run eval — scores the shipped model on the hand-written held-out letters (split "test")
 * and prints per-class precision/recall/F1, macro-F1, the confusion matrix, the flags, department
 * accuracy and calibration error; the same for each part alone and two baselines (keyword rules,
 * TF-IDF + logistic regression on the same training data). Writes MODEL_DIR/eval.json.
 */
import '../../server/quiet-env.ts';
import fs from 'node:fs';
import path from 'node:path';
import { Classifier, DEFAULT_MODEL_DIR } from '../../server/classify/classifier.ts';
import { report, type Labels, type Prediction, type Report } from '../../server/classify/metrics.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import { CATEGORIES, TOPICS } from '../../server/taxonomy.ts';
import { loadCorpus } from '../corpus/record.ts';
import { keywordBaseline } from './keyword-baseline.ts';

const modelDir = path.resolve(process.argv[2] ?? DEFAULT_MODEL_DIR);
const { records, errors } = loadCorpus(path.resolve(import.meta.dirname, '../data/handwritten.jsonl'));
if (errors.length) throw new Error(errors[0]);
const test = records.filter((r) => r.split === 'test');
const clf = await Classifier.load(modelDir);

const gold: Labels[] = test.map((r) => ({ category: r.category, anti_institutioneel: r.anti_institutioneel, zorgsignaal: r.zorgsignaal, topic: r.topic }));
const shipped: Prediction[] = [];
const variants: Record<string, Prediction[]> = {};
const t0 = performance.now();
for (const r of test) {
  const s = await clf.signals(r.subject, r.body);
  const c = clf.decide(s, r.subject, r.body);
  shipped.push({ category: c.category, anti_institutioneel: c.anti_institutioneel, zorgsignaal: c.zorgsignaal, topic: c.topic, probabilities: CATEGORIES.map((k) => c.scores[k]), needs_review: c.needs_review });
  for (const v of clf.heads.variants ?? []) {
    const p = clf.predict(s, v);
    const category = CATEGORIES[p.category.indexOf(Math.max(...p.category))]!;
    (variants[v.sources ? `${v.features}_${v.sources}_only` : v.features] ??= []).push({
      category, probabilities: p.category,
      anti_institutioneel: p.anti >= 0.5 || category === 'betalingsweigering' || category === 'soevereiniteitsverklaring',
      zorgsignaal: p.zorg >= 0.5, topic: TOPICS[p.topic.indexOf(Math.max(...p.topic))]!,
    });
  }
}
const seconds = (performance.now() - t0) / 1000;
const keyword = test.map((r) => keywordBaseline(r.subject, r.body));

const results: { shipped: Report } & Record<string, Report> = {
  shipped: report(gold, shipped, DEFAULT_RULESET),
  transformer_alone: report(gold, variants.transformer ?? [], DEFAULT_RULESET),
  lexical_alone: report(gold, variants.lexical ?? [], DEFAULT_RULESET),
  stacked_in_one_head: report(gold, variants.combined ?? [], DEFAULT_RULESET),
  baseline_tfidf_logreg: report(gold, variants.tfidf ?? [], DEFAULT_RULESET),
  baseline_keyword_rules: report(gold, keyword, DEFAULT_RULESET),
};
for (const key of ['lexical_generator_only', 'lexical_handwritten_only']) {
  if (variants[key]) results[key.replace('lexical_', 'lexical_heads_on_')] = report(gold, variants[key]!, DEFAULT_RULESET);
}

const pct = (v: number | null) => (v === null ? '   —  ' : `${(v * 100).toFixed(1).padStart(5)}%`);
console.log(`Postsignaal evaluation — model ${clf.version}, held-out hand-written letters: ${test.length} (${seconds.toFixed(1)}s)\n`);
const s = results.shipped!;
console.log('Shipped model, per category:');
console.log('  category                   precision  recall     F1   support');
for (const c of CATEGORIES) {
  const m = s.category.per_class[c]!;
  console.log(`  ${c.padEnd(26)} ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.support).padStart(6)}`);
}
console.log(`\nConfusion matrix (rows = true, columns = predicted; ${CATEGORIES.map((c) => c.slice(0, 4)).join(' ')}):`);
s.category.confusion.rows.forEach((row, i) => console.log(`  ${CATEGORIES[i]!.padEnd(26)} ${row.map((v) => String(v).padStart(4)).join(' ')}`));
console.log('\nComparison                  macro-F1  bedr.rec  anti-F1  anti-FP-ord  zorg-rec  zorg-prec  dept-acc  topic-acc   ECE   review');
for (const [name, r] of Object.entries(results)) {
  console.log(`  ${name.padEnd(24)} ${pct(r.category.macro_f1)}  ${pct(r.category.per_class.bedreiging!.recall)}  ${pct(r.anti_institutioneel.f1)}  ${pct(r.anti_institutioneel.ordinary_false_flag_rate)}     ${pct(r.zorgsignaal.recall)}  ${pct(r.zorgsignaal.precision)}   ${pct(r.department_accuracy)}  ${pct(r.topic_accuracy)}  ${pct(r.ece)} ${pct(r.needs_review_share)}`);
}
const targets = {
  macro_f1: s.category.macro_f1 >= 0.92,
  bedreiging_recall: s.category.per_class.bedreiging!.recall >= 0.97,
  anti_f1: s.anti_institutioneel.f1 >= 0.95,
  anti_ordinary_false_flags: s.anti_institutioneel.ordinary_false_flag_rate <= 0.02,
  zorg_recall: s.zorgsignaal.recall >= 0.85,
  zorg_precision: s.zorgsignaal.precision >= 0.7,
  department_accuracy: s.department_accuracy >= 0.9,
};
// The shipped model per language (English letters are a minority: expats and sovereign templates).
const byLanguage: Record<string, Report> = {};
for (const lang of ['nl', 'en'] as const) {
  const idx = test.map((r, i) => (r.language === lang ? i : -1)).filter((i) => i >= 0);
  if (idx.length) byLanguage[lang] = report(idx.map((i) => gold[i]!), idx.map((i) => shipped[i]!), DEFAULT_RULESET);
}
console.log('\nShipped model per language      letters  macro-F1  bedr.rec  anti-F1  zorg-rec  dept-acc');
for (const [lang, r] of Object.entries(byLanguage)) {
  console.log(`  ${lang.padEnd(28)} ${String(r.letters).padStart(7)}  ${pct(r.category.macro_f1)}  ${pct(r.category.per_class.bedreiging!.recall)}  ${pct(r.anti_institutioneel.f1)}  ${pct(r.zorgsignaal.recall)}   ${pct(r.department_accuracy)}`);
}
console.log(`\nTargets: ${Object.entries(targets).map(([k, ok]) => `${k} ${ok ? 'met' : 'MISSED'}`).join(', ')}`);
const out = { model_version: clf.version, evaluated_at: new Date().toISOString(), held_out_letters: test.length, thresholds: clf.heads.thresholds, targets, results, by_language: byLanguage };
fs.writeFileSync(path.join(modelDir, 'eval.json'), JSON.stringify(out, null, 2));
console.log(`\nWritten: ${path.relative(process.cwd(), path.join(modelDir, 'eval.json'))}`);
await clf.dispose();
