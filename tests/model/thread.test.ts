/**
 * The classifier thread (server/classify/thread.ts) gives exactly what the classifier gives in the
 * calling thread — scores, flags, reasons, evidence with offsets — with the shipped heads and with
 * other (retrained) heads; a thread that dies rejects what it held and the next request starts a
 * new one; close() ends it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Classifier, DEFAULT_MODEL_DIR } from '../../server/classify/classifier.ts';
import { ClassifierThread, ClassifierThreadError } from '../../server/classify/thread.ts';
import type { HeadsFile } from '../../server/classify/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Letters of every kind: fixtures, and hand-written corpus letters with threats, sovereign texts and long ones. */
function letters(): { subject: string; body: string }[] {
  const out = [
    { subject: '', body: fs.readFileSync(path.join(ROOT, 'tests/fixtures/webformulier.txt'), 'utf8') },
    { subject: 'Melding', body: fs.readFileSync(path.join(ROOT, 'tests/fixtures/mail-als-txt.txt'), 'utf8') },
  ];
  const corpus = fs.readFileSync(path.join(ROOT, 'models/data/handwritten.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { subject: string; body: string; category: string });
  const picked = new Set<string>();
  for (const r of corpus) {
    // The first of each category, plus the longest letter.
    if (picked.has(r.category)) continue;
    picked.add(r.category);
    out.push({ subject: r.subject, body: r.body });
  }
  out.push(corpus.reduce((a, b) => (b.body.length > a.body.length ? b : a)));
  return out;
}

describe('the classifier thread', () => {
  let local: Classifier;
  let thread: ClassifierThread;
  const sample = letters();

  beforeAll(async () => {
    local = await Classifier.load();
    thread = new ClassifierThread({ modelDir: DEFAULT_MODEL_DIR });
  });
  afterAll(async () => {
    await thread?.close();
    await local?.dispose();
  });

  it('classifies exactly as the classifier in this thread, evidence included', async () => {
    expect(sample.length).toBeGreaterThan(8);
    for (const l of sample) {
      const here = await local.classify(l.subject, l.body);
      const there = await thread.classify(l.subject, l.body);
      expect(there).toEqual(here);
    }
    // Several requests at once are answered each with its own result.
    const together = await Promise.all(sample.map((l) => thread.classify(l.subject, l.body)));
    expect(together).toEqual(await Promise.all(sample.map((l) => local.classify(l.subject, l.body))));
  });

  it('uses retrained heads sent to it, and the shipped heads again after null', async () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(DEFAULT_MODEL_DIR, 'heads.json'), 'utf8')) as HeadsFile;
    // Other heads on the same encoder: a different version with stricter review thresholds.
    const other: HeadsFile = { ...shipped, version: 'test.retrained', thresholds: { ...shipped.thresholds, reviewConfidence: 0.99 } };
    const retrained = local.withHeads(other);
    expect(await thread.setHeads(other)).toBe(retrained.version);
    for (const l of sample.slice(0, 4)) expect(await thread.classify(l.subject, l.body)).toEqual(await retrained.classify(l.subject, l.body));
    expect(await thread.setHeads(null)).toBe(local.version);
    expect((await thread.classify(sample[0]!.subject, sample[0]!.body)).model_version).toBe(local.version);
  });

  it('runs at a lower priority than the server thread', async () => {
    if (process.platform !== 'linux') return;
    expect(await thread.priority()).toBeGreaterThan(0);
  });

  it('rejects what a dying thread held and starts a new one, with the same heads, on the next request', async () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(DEFAULT_MODEL_DIR, 'heads.json'), 'utf8')) as HeadsFile;
    const other: HeadsFile = { ...shipped, version: 'test.after-crash' };
    await thread.setHeads(other);
    const starts = thread.starts;
    const long = sample.at(-1)!;
    const pending = Promise.allSettled([thread.classify(long.subject, long.body), thread.classify(long.subject, long.body)]);
    // The thread ends without being asked to (as after an out-of-memory error).
    void thread.worker!.terminate();
    for (const p of await pending) {
      expect(p.status).toBe('rejected');
      expect((p as PromiseRejectedResult).reason).toBeInstanceOf(ClassifierThreadError);
    }
    const again = await thread.classify(sample[0]!.subject, sample[0]!.body);
    expect(thread.starts).toBe(starts + 1);
    expect(again).toEqual(await local.withHeads(other).classify(sample[0]!.subject, sample[0]!.body));
    await thread.setHeads(null);
  });

  it('ends a request that takes too long by restarting the thread', async () => {
    const slow = new ClassifierThread({ modelDir: DEFAULT_MODEL_DIR, timeoutMs: 1 });
    try {
      await slow.shippedVersion();
      await expect(slow.classify(sample[0]!.subject, sample[0]!.body)).rejects.toThrow(/longer than/);
    } finally {
      await slow.close();
    }
  });

  it('refuses requests after close()', async () => {
    const t = new ClassifierThread({ modelDir: DEFAULT_MODEL_DIR });
    await t.shippedVersion();
    const pending = expect(t.classify(sample[0]!.subject, sample[0]!.body)).rejects.toThrow(/closed/);
    await t.close();
    await pending;
    await expect(t.classify('a', 'b')).rejects.toThrow(/closed/);
    expect(t.worker).toBeNull();
  });
});
