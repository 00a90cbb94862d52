/**
 * The shipped model: loads from disk with remote loading off, reads whole long letters, and the
 * classify CLI keeps its output contract.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@huggingface/transformers';
import { Classifier, DEFAULT_MODEL_DIR } from '../../server/classify/classifier.ts';
import { windows, WINDOW } from '../../server/classify/encoder.ts';
import { CATEGORIES, DEPARTMENTS, TOPICS } from '../../server/taxonomy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let clf: Classifier;

beforeAll(async () => {
  clf = await Classifier.load();
});
afterAll(async () => clf?.dispose());

const CALM = [
  'Geachte heer, mevrouw,',
  'Graag vraag ik uw aandacht voor de situatie in onze straat. Sinds de herinrichting van het plein staan de containers voor glas en papier op een andere plek, verder van de woningen af.',
  'Voor oudere bewoners is dat lastig. Mijn buurvrouw loopt met een rollator en kan de nieuwe plek moeilijk bereiken, zeker als het geregend heeft en de stoep glad is.',
  'Ook is de verlichting rond de nieuwe plek slecht. Twee lantaarnpalen branden niet, waardoor het na zonsondergang donker is.',
  'Ik heb hierover eerder contact gehad met de wijkbeheerder, die vriendelijk was en beloofde het door te geven. Daarna heb ik niets meer gehoord.',
  'Verder wil ik opmerken dat de groenstroken netjes worden bijgehouden en dat de nieuwe bankjes door veel buurtbewoners worden gewaardeerd.',
];

describe('the shipped classifier', () => {
  it('loads from models/ on disk with remote loading switched off', () => {
    expect(env.allowRemoteModels).toBe(false);
    expect(fs.existsSync(path.join(DEFAULT_MODEL_DIR, 'onnx/model.onnx'))).toBe(true);
    expect(clf.version).toMatch(/^postsignaal-nl@/);
    for (const f of ['tokenizer.json', 'tokenizer_config.json', 'config.json']) {
      expect(fs.existsSync(path.join(DEFAULT_MODEL_DIR, f)), f).toBe(true);
    }
    const cfg = JSON.parse(fs.readFileSync(path.join(DEFAULT_MODEL_DIR, 'config.json'), 'utf8')) as { model_type: string; id2label: Record<string, string> };
    expect(cfg.model_type).toBe('bert');
    expect(Object.keys(cfg.id2label).length).toBeGreaterThan(0);
  });

  it('splits long token sequences into overlapping windows that cover the end', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => i + 10);
    const w = windows(ids, 2, 3);
    expect(w.length).toBeGreaterThan(3);
    expect(w.every((c) => c.ids.length <= WINDOW && c.ids[0] === 2 && c.ids.at(-1) === 3)).toBe(true);
    expect(w.at(-1)!.end).toBe(1000);
    for (let i = 1; i < w.length; i++) expect(w[i]!.start).toBeLessThan(w[i - 1]!.end);
  });

  it('catches a threat in the last paragraph of a long, otherwise calm letter', async () => {
    const filler = Array.from({ length: 9 }, () => CALM.slice(1).join('\n\n')).join('\n\n');
    const threat = 'Als hier niets aan gebeurt, weet ik waar de wethouder woont. Ik kom dan persoonlijk bij hem thuis langs en dan zal hij spijt krijgen dat hij ooit aan dat plein is begonnen.';
    const body = `${CALM[0]}\n\n${filler}\n\n${threat}\n\nMet vriendelijke groet,\nH. de Boer`;
    expect(body.split(/\s+/).length).toBeGreaterThan(1000);
    const calm = await clf.classify('Containers en verlichting op het plein', `${CALM[0]}\n\n${filler}\n\nMet vriendelijke groet,\nH. de Boer`);
    const c = await clf.classify('Containers en verlichting op het plein', body);
    expect(c.chunks).toBeGreaterThan(4);
    expect(c.threat_flag).toBe(true);
    expect(c.needs_review).toBe(true);
    expect(c.scores.bedreiging).toBeGreaterThan(calm.scores.bedreiging);
    const threatEvidence = c.explanation.phrases.filter((p) => p.group === 'dreiging');
    expect(threatEvidence.length).toBeGreaterThan(0);
    expect(threatEvidence[0]!.start).toBeGreaterThan(body.length * 0.8);
    expect(calm.threat_flag).toBe(false);
  });

  it('gives calibrated scores that sum to one and explains a sovereign letter', async () => {
    const c = await clf.classify('Notice of liability', 'Ik, een levend mens van vlees en bloed, verklaar dat ik geen contract heb met de GEMEENTE, een bedrijf bij Dun & Bradstreet. Ik erken uw gezag niet en stuur uw aanslag retour afzender.');
    const sum = Object.values(c.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 2);
    expect(Object.keys(c.scores)).toEqual([...CATEGORIES]);
    expect(['soevereiniteitsverklaring', 'betalingsweigering']).toContain(c.category);
    expect(c.anti_institutioneel).toBe(true);
    expect(c.explanation.phrases.map((p) => p.group)).toContain('soeverein');
  });
});

describe('classify CLI', () => {
  it('reads JSONL and writes one JSON line per record with the contract fields, nothing else on stdout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-cli-'));
    const file = path.join(dir, 'in.jsonl');
    const recs = [
      { id: 'a1', subject: 'Vraag over paspoort', body: 'Wanneer kan ik mijn nieuwe paspoort ophalen bij het stadskantoor?', channel: 'ignored' },
      { id: 'a2', subject: 'Bezwaar WOZ', body: 'Hierbij maak ik bezwaar tegen de WOZ-beschikking 2026 van mijn woning. De waarde is veel te hoog vastgesteld.' },
      { id: 'a3', subject: '', body: 'Ik weet waar u woont en uw kinderen zijn niet veilig als u doorgaat met deze aanslagen.' },
    ];
    fs.writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = spawnSync('npm', ['run', '--silent', 'classify', '--', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: '' } });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a1', 'a2', 'a3']);
    for (const o of out) {
      for (const k of ['id', 'category', 'scores', 'anti_institutioneel', 'zorgsignaal', 'topic', 'department', 'cc', 'needs_review', 'model_version']) expect(o, k).toHaveProperty(k);
      expect(CATEGORIES).toContain(o.category);
      expect(TOPICS).toContain(o.topic);
      expect(DEPARTMENTS).toContain(o.department);
      expect(Array.isArray(o.cc)).toBe(true);
    }
    expect(out[2]!.needs_review).toBe(true);
    // stdin works too
    const s = spawnSync('npm', ['run', '--silent', 'classify', '--', '-'], { cwd: ROOT, encoding: 'utf8', input: JSON.stringify(recs[0]) + '\n' });
    expect(s.status).toBe(0);
    expect(JSON.parse(s.stdout.trim()).id).toBe('a1');
  });
});
