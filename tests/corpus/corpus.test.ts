import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATEGORIES, CHANNELS, DEPARTMENTS, LANGUAGES, TOPICS } from '../../server/taxonomy.ts';
import { readJsonl, validateRecord, serializeRecord, type CorpusRecord } from '../../models/corpus/record.ts';
import { generateCorpus, generateDetailed, labelMismatches, toJsonl } from '../../models/corpus/generate.ts';
import { findCrossDuplicates, findNearDuplicates, jaccard, duplicateRate } from '../../server/review/near-duplicates.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GENERATED = resolve(ROOT, 'models/data/generated.jsonl');
const HANDWRITTEN = resolve(ROOT, 'models/data/handwritten.jsonl');

const generated = readJsonl(GENERATED) as CorpusRecord[];

describe('generated corpus file', () => {
  it('exists and holds at least 4,000 letters', () => {
    expect(existsSync(GENERATED)).toBe(true);
    expect(generated.length).toBeGreaterThanOrEqual(4000);
  });

  it('every record passes validateRecord', () => {
    const errors = generated.flatMap((r) => validateRecord(r));
    expect(errors.slice(0, 20)).toEqual([]);
  });

  it('has unique ids, source generator and split train', () => {
    expect(new Set(generated.map((r) => r.id)).size).toBe(generated.length);
    expect(generated.every((r) => r.source === 'generator' && r.split === 'train')).toBe(true);
  });

  it('covers every flag value, department, category (>= 8%), topic, channel and language', () => {
    const has = <T>(values: readonly T[], get: (r: CorpusRecord) => T) => values.filter((v) => !generated.some((r) => get(r) === v));
    expect(has([true, false], (r) => r.anti_institutioneel)).toEqual([]);
    expect(has([true, false], (r) => r.zorgsignaal)).toEqual([]);
    expect(has(DEPARTMENTS, (r) => r.department)).toEqual([]);
    expect(has(TOPICS, (r) => r.topic)).toEqual([]);
    expect(has(CHANNELS, (r) => r.channel)).toEqual([]);
    expect(has(LANGUAGES, (r) => r.language)).toEqual([]);
    for (const c of CATEGORIES) {
      const share = generated.filter((r) => r.category === c).length / generated.length;
      expect(share, c).toBeGreaterThanOrEqual(0.08);
    }
  });

  it('keeps serialized key order and stays well under 12 MB', () => {
    const first = generated[0];
    expect(first).toBeDefined();
    expect(Object.keys(first as CorpusRecord).slice(0, 13)).toEqual([
      'id', 'channel', 'subject', 'body', 'language', 'category', 'anti_institutioneel', 'zorgsignaal', 'topic', 'department', 'cc', 'source', 'split',
    ]);
    expect(Buffer.byteLength(toJsonl(generated))).toBeLessThan(12 * 1024 * 1024);
  });
});

describe('hand-written corpus file', () => {
  it('exists and every record passes validateRecord', () => {
    expect(existsSync(HANDWRITTEN)).toBe(true);
    const hw = readJsonl(HANDWRITTEN);
    const errors = hw.flatMap((r) => validateRecord(r));
    expect(errors.slice(0, 20)).toEqual([]);
  });

  it('meets the acceptance counts: >= 1,200 letters, >= 400 held out, >= 40 per category held out, every flag value and department and >= 30 English letters in each split', () => {
    const hw = readJsonl(HANDWRITTEN) as CorpusRecord[];
    expect(hw.length).toBeGreaterThanOrEqual(1200);
    expect(hw.every((r) => r.source === 'handwritten')).toBe(true);
    const test = hw.filter((r) => r.split === 'test');
    expect(test.length).toBeGreaterThanOrEqual(400);
    for (const c of CATEGORIES) expect(test.filter((r) => r.category === c).length, c).toBeGreaterThanOrEqual(40);
    for (const split of ['train', 'test'] as const) {
      const part = hw.filter((r) => r.split === split);
      for (const flag of ['anti_institutioneel', 'zorgsignaal'] as const) {
        expect(new Set(part.map((r) => r[flag])), `${split} ${flag}`).toEqual(new Set([true, false]));
      }
      for (const d of DEPARTMENTS) expect(part.some((r) => r.department === d), `${split} ${d}`).toBe(true);
      expect(part.filter((r) => r.language === 'en').length, `${split} English`).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('validateRecord', () => {
  const good: CorpusRecord = {
    id: 'x-1', channel: 'email', subject: 'Bezwaar', body: 'Hierbij maak ik bezwaar tegen de WOZ-beschikking van dit jaar.', language: 'nl',
    category: 'bezwaar', anti_institutioneel: false, zorgsignaal: true, topic: 'belastingen', department: 'belastingen', cc: ['sociaal_domein'],
    source: 'generator', split: 'train', campaign: null,
  };
  it('accepts a correct record', () => {
    expect(validateRecord(good)).toEqual([]);
  });
  it('rejects the flag rule, routing and taxonomy violations', () => {
    expect(validateRecord({ ...good, category: 'betalingsweigering' }).join()).toMatch(/anti_institutioneel must be true/);
    expect(validateRecord({ ...good, department: 'juridische_zaken' }).join()).toMatch(/department/);
    expect(validateRecord({ ...good, cc: [] }).join()).toMatch(/cc/);
    expect(validateRecord({ ...good, topic: 'wonen' }).join()).toMatch(/bad topic/);
    expect(validateRecord({ ...good, zorgsignaal: 'ja' }).join()).toMatch(/zorgsignaal must be a boolean/);
  });
});

describe('generator', () => {
  it('is deterministic: same seed gives identical records', () => {
    const a = generateCorpus({ seed: 42, count: 200 });
    const b = generateCorpus({ seed: 42, count: 200 });
    expect(a.length).toBe(200);
    expect(toJsonl(a)).toBe(toJsonl(b));
  });

  it('gives a different corpus for a different seed', () => {
    const a = generateCorpus({ seed: 1, count: 50 });
    const b = generateCorpus({ seed: 2, count: 50 });
    expect(toJsonl(a)).not.toBe(toJsonl(b));
  });

  it('writes text that carries what the labels claim (threat, distress, rhetoric, refusal)', () => {
    const letters = generateDetailed({ seed: 11, count: 400 });
    const bad = letters.flatMap((l) => labelMismatches(l.plan, new Set(l.tags)).map((m) => `${l.record.id}: ${m}`));
    expect(bad).toEqual([]);
    expect(letters.some((l) => l.tags.includes('zorg'))).toBe(true);
    expect(letters.some((l) => l.tags.includes('threat'))).toBe(true);
  });

  it('produces valid records with department and cc from the routing engine', () => {
    const recs = generateCorpus({ seed: 7, count: 300 });
    expect(recs.flatMap((r) => validateRecord(JSON.parse(serializeRecord(r))))).toEqual([]);
    const words = recs.map((r) => r.body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...words)).toBeLessThanOrEqual(900);
  });
});

describe('near-duplicate detection', () => {
  const long = generated.filter((r) => r.body.split(/\s+/).length > 150 && !r.campaign);
  const base = long[0] as CorpusRecord;
  const other = long.find((r) => r.category !== base.category) as CorpusRecord;

  it('finds a lightly edited copy', () => {
    const words = base.body.split(' ');
    // change a name-like word every ~40 words, as when personal details are swapped
    const edited = words.map((w, i) => (i % 40 === 7 ? 'Jansen' : w)).join(' ');
    expect(jaccard(base.body, edited)).toBeGreaterThanOrEqual(0.7);
    const pairs = findNearDuplicates([
      { id: 'orig', text: base.body },
      { id: 'copy', text: edited },
      { id: 'other', text: other.body },
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['orig', 'copy']]);
    expect(duplicateRate(3, pairs)).toBeCloseTo(2 / 3);
  });

  it('does not pair unrelated letters', () => {
    const sample = long.slice(0, 60).map((r) => ({ id: r.id, text: r.body }));
    expect(findNearDuplicates(sample)).toEqual([]);
    expect(jaccard(base.body, other.body)).toBeLessThan(0.3);
  });

  it('finds pairs across collections only', () => {
    const pairs = findCrossDuplicates([{ id: 'train-1', text: base.body }, { id: 'train-2', text: `${base.body} Met vriendelijke groet.` }], [
      { id: 'test-1', text: `${base.body}\nP.S. Graag snel antwoord.` },
      { id: 'test-2', text: other.body },
    ]);
    expect(pairs.map((p) => `${p.a}~${p.b}`).sort()).toEqual(['train-1~test-1', 'train-2~test-1']);
  });
});
