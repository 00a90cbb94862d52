/**
 * Paper letters through OCR on the real server: hand-written held-out letters (one per category)
 * rendered as scans — clean PNG, TIFF, image-only PDF, and skewed, noisy JPEGs — are uploaded,
 * read with Tesseract (Dutch + English), stored with their OCR confidence, and classified by
 * the worker like the original text: same category and the same signals.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrLimits, parseTesseractTsv } from '../../server/intake/extract/ocr.ts';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { renderScan, type ScanKind } from '../helpers/scans.ts';
import { startTestServer, upload, waitFor, type TestServer } from '../helpers/server.ts';

interface Held {
  id: string;
  subject: string;
  body: string;
  category: string;
  split: string;
}

const TESSERACT = ['/usr/bin/tesseract', '/usr/local/bin/tesseract'].some((p) => fs.existsSync(p));
if (!TESSERACT && process.env.CI) throw new Error('tesseract ontbreekt: .ci/run installeert tesseract-ocr, tesseract-ocr-nld en tesseract-ocr-eng');
const run = TESSERACT && browserAvailable();
if (!TESSERACT) console.warn('OCR-tests overgeslagen: geen tesseract (apt-get install tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng)');

/** One short held-out letter per category, chosen by a fixed rule (the first by id that fits on a page). */
function pickLetters(): Held[] {
  const rows = fs.readFileSync(path.resolve(import.meta.dirname, '../../models/data/handwritten.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Held);
  const out: Held[] = [];
  for (const cat of ['bedreiging', 'soevereiniteitsverklaring', 'betalingsweigering', 'bezwaar', 'klacht', 'woo_verzoek', 'regulier']) {
    const c = rows.filter((r) => r.split === 'test' && r.category === cat && r.body.length > 400 && r.body.length < 1400).sort((a, b) => a.id.localeCompare(b.id));
    out.push(c[0]!);
  }
  return out;
}

const words = (t: string) => t.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]{4,}/g) ?? [];

/** Share of the original's words (4+ letters) that OCR found. */
function wordRecall(original: string, ocr: string): number {
  const found = new Set(words(ocr));
  const want = words(original);
  return want.filter((w) => found.has(w)).length / want.length;
}

describe.runIf(run)('OCR of scanned paper letters', () => {
  let s: TestServer;
  let browser: Browser;
  let cookie: string;
  const letters = pickLetters();
  // Every letter once; the threat and the sovereign declaration also as crooked, noisy scans.
  const cases: { letter: Held; kind: ScanKind }[] = [
    { letter: letters[0]!, kind: 'skewed-noisy-jpeg' },
    { letter: letters[1]!, kind: 'tiff' },
    { letter: letters[2]!, kind: 'scanned-pdf' },
    { letter: letters[3]!, kind: 'png' },
    { letter: letters[4]!, kind: 'skewed-noisy-jpeg' },
    { letter: letters[5]!, kind: 'png' },
    { letter: letters[6]!, kind: 'tiff' },
    { letter: letters[1]!, kind: 'skewed-noisy-jpeg' },
  ];

  beforeAll(async () => {
    browser = await launchBrowser();
    s = await startTestServer({}, { worker: true });
    cookie = (await s.userSession('intake')).cookie;
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('reads each scan, stores the confidence, and classifies it like the original text', async () => {
    const clf = await s.services.classifier();
    const results: string[] = [];
    for (const { letter, kind } of cases) {
      const scan = await renderScan(browser, letter, kind);
      const ext = { png: 'png', 'skewed-noisy-jpeg': 'jpg', tiff: 'tif', 'scanned-pdf': 'pdf' }[kind];
      const up = await upload(s.baseUrl, cookie, scan, `scan-${letter.id}.${ext}`);
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      const id = up.body.id as string;
      const row = await waitFor(async () => {
        const r = await s.database.db.selectFrom('letters').select(['status', 'source_type', 'channel', 'body_text', 'ocr_confidence', 'category', 'anti_institutioneel', 'zorgsignaal', 'threat_flag']).where('id', '=', id).executeTakeFirstOrThrow();
        return r.status !== 'received' ? r : null;
      }, 60_000, `classification of ${letter.id}`);
      const original = await clf.classify(letter.subject, letter.body);
      const recall = wordRecall(`${letter.subject}\n${letter.body}`, row.body_text);
      results.push(`${letter.id} ${kind}: recall ${recall.toFixed(3)}, confidence ${row.ocr_confidence}, ${row.category} vs ${original.category}`);

      expect(row.channel).toBe('scan');
      expect(row.source_type).toBe(kind === 'scanned-pdf' ? 'pdf' : 'image');
      expect(row.ocr_confidence).not.toBeNull();
      expect(row.ocr_confidence!).toBeGreaterThan(kind === 'skewed-noisy-jpeg' ? 60 : 80);
      expect(recall).toBeGreaterThan(kind === 'skewed-noisy-jpeg' ? 0.85 : 0.9);
      expect({ category: row.category, anti: row.anti_institutioneel, zorg: row.zorgsignaal, threat: row.threat_flag }).toEqual({
        category: original.category, anti: original.anti_institutioneel, zorg: original.zorgsignaal, threat: original.threat_flag,
      });
    }
    console.log(`OCR:\n  ${results.join('\n  ')}`);

    // The letter view shows the confidence.
    const any = await s.database.db.selectFrom('letters').select('id').where('source_type', '=', 'image').limit(1).executeTakeFirstOrThrow();
    const detail = (await (await fetch(`${s.baseUrl}/api/letters/${any.id}`, { headers: { cookie } })).json()) as { ocr_confidence: number; ocr_low_confidence: boolean };
    expect(detail.ocr_confidence).toBeGreaterThan(60);
    expect(typeof detail.ocr_low_confidence).toBe('boolean');
  });

  it('reads a scan sent as an e-mail attachment', async () => {
    const letter = letters[3]!;
    const scan = (await renderScan(browser, letter, 'skewed-noisy-jpeg')).toString('base64').replace(/.{76}/g, '$&\r\n');
    const eml = Buffer.from([
      'From: "Inwoner" <inwoner@voorbeeld.nl>', 'To: post@gemeente.example', 'Subject: Mijn brief, zie foto', 'Date: Mon, 23 Nov 2026 10:00:00 +0100',
      'Message-ID: <foto-van-brief@voorbeeld.nl>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="g"', '',
      '--g', 'Content-Type: text/plain; charset=utf-8', '', 'Goedemiddag, in de bijlage mijn brief.', '',
      '--g', 'Content-Type: image/jpeg; name="brief.jpg"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="brief.jpg"', '', scan, '',
      '--g--', '',
    ].join('\r\n'));
    const up = await upload(s.baseUrl, cookie, eml, 'foto.eml');
    expect(up.status).toBe(201);
    const row = await s.database.db.selectFrom('letters').select(['channel', 'body_text', 'ocr_confidence']).where('id', '=', up.body.id as string).executeTakeFirstOrThrow();
    expect(row.channel).toBe('email');
    expect(row.body_text).toMatch(/\[Bijlage: brief\.jpg, gelezen met OCR\]/);
    expect(wordRecall(letter.body, row.body_text)).toBeGreaterThan(0.85);
    expect(row.ocr_confidence).toBeGreaterThan(50);
  });

  it('a page without readable text is still stored for a person to read, with a warning', async () => {
    const blank = await renderScan(browser, { subject: '', body: '' }, 'png');
    const up = await upload(s.baseUrl, cookie, blank, 'lege-pagina.png');
    expect(up.status).toBe(201);
    const row = await s.database.db.selectFrom('letters').select(['body_text', 'extraction_warnings', 'subject']).where('id', '=', up.body.id as string).executeTakeFirstOrThrow();
    expect(row.extraction_warnings.join(' ')).toMatch(/geen tekst herkend|lage betrouwbaarheid/);
  });
});

describe('Tesseract TSV parsing', () => {
  it('keeps lines and paragraphs and weights confidence by word length; low confidence gives a warning threshold', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96\tGeachte',
      '5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t90\theer,',
      '5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t40\tIk',
      '4\t1\t1\t2\t1\t0\t0\t0\t1\t1\t-1\t',
      '5\t1\t1\t2\t1\t1\t0\t0\t1\t1\t-1\t ',
      '5\t1\t1\t2\t1\t2\t0\t0\t1\t1\t88\tgroet',
    ].join('\n');
    const r = parseTesseractTsv(tsv);
    expect(r.text).toBe('Geachte heer,\nIk\n\ngroet');
    expect(r.words.map((w) => w.conf)).toEqual([96, 90, 40, 88]);
    expect(ocrLimits.lowConfidence).toBeGreaterThan(50);
  });
});
