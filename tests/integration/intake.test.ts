import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeCounts, startTestServer, upload, type TestServer } from '../helpers/server.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIX, name));

let s: TestServer;
let cookie: string;

beforeAll(async () => {
  s = await startTestServer();
  cookie = (await s.userSession('intake')).cookie;
});
afterAll(async () => s?.close());

async function getLetter(id: string) {
  const res = await fetch(`${s.baseUrl}/api/letters/${id}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as { body: string; subject: string; channel: string; source_type: string; sender: { email: string | null; name: string | null }; files: { id: number; role: string; filename: string }[]; extraction_warnings: string[]; status: string };
}

describe('intake of real files', () => {
  it('stores an e-mail with its text and the text of its PDF attachment, and is idempotent', async () => {
    const first = await upload(s.baseUrl, cookie, fixture('bezwaar-met-bijlage.eml'), 'bezwaar-met-bijlage.eml');
    expect(first.status).toBe(201);
    expect(first.body.duplicate).toBe(false);
    const letter = await getLetter(first.body.id as string);
    expect(letter.channel).toBe('email');
    expect(letter.source_type).toBe('eml');
    expect(letter.subject).toBe('Bezwaar aanslag rioolheffing 2026');
    expect(letter.sender).toMatchObject({ email: 'k.bosman@example.org', name: 'Karin Bosman' });
    expect(letter.body).toContain('niet eens met het aantal aansluitingen');
    expect(letter.body).toContain('[Bijlage: bezwaarschrift.pdf]');
    expect(letter.body).toContain('aanslagnummer 2026-RH-5512');
    expect(letter.body).not.toContain('<script>');
    expect(letter.files.map((f) => f.role)).toEqual(['original', 'attachment']);
    expect(letter.status).toBe('received');

    const before = await intakeCounts(s.database);
    const again = await upload(s.baseUrl, cookie, fixture('bezwaar-met-bijlage.eml'), 'andere-naam.eml');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect(await intakeCounts(s.database)).toEqual(before);
  });

  it('extracts every page of a multi-page PDF', async () => {
    const r = await upload(s.baseUrl, cookie, fixture('bezwaar-twee-paginas.pdf'), 'bezwaar-twee-paginas.pdf', { channel: 'scan' });
    expect(r.status).toBe(201);
    const letter = await getLetter(r.body.id as string);
    expect(letter.source_type).toBe('pdf');
    expect(letter.channel).toBe('scan');
    expect(letter.body).toContain('bezwaar tegen de WOZ-waarde');
    expect(letter.body).toContain('funderingsproblemen');
    expect(letter.body).toContain('verlagen naar € 355.000');
  });

  it('serves the original file as a download, never inline', async () => {
    const r = await upload(s.baseUrl, cookie, fixture('soeverein.pdf'), 'soeverein.pdf');
    const letter = await getLetter(r.body.id as string);
    const original = letter.files.find((f) => f.role === 'original')!;
    const res = await fetch(`${s.baseUrl}/api/letters/${r.body.id}/files/${original.id}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="soeverein.pdf"/);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await res.arrayBuffer()).equals(fixture('soeverein.pdf'))).toBe(true);
  });

  it('decides the type from the bytes: an e-mail saved as .txt is read as e-mail', async () => {
    const r = await upload(s.baseUrl, cookie, fixture('mail-als-txt.txt'), 'mail-als-txt.txt');
    expect(r.status).toBe(201);
    const letter = await getLetter(r.body.id as string);
    expect(letter.source_type).toBe('eml');
    expect(letter.subject).toBe('Vraag over paspoort');
    expect(letter.extraction_warnings.join(' ')).toContain('eindigt op .txt');
  });

  it('stores a plain text file as web-form text', async () => {
    const r = await upload(s.baseUrl, cookie, fixture('webformulier.txt'), 'webformulier.txt');
    expect(r.status).toBe(201);
    const letter = await getLetter(r.body.id as string);
    expect(letter.channel).toBe('webform');
    expect(letter.body).toContain('lantaarnpaal');
  });

  it('refuses a GIF named .pdf with 415 and stores nothing', async () => {
    const before = await intakeCounts(s.database);
    const r = await upload(s.baseUrl, cookie, fixture('gif-met-pdf-naam.pdf'), 'gif-met-pdf-naam.pdf');
    expect(r.status).toBe(415);
    expect(r.body.message).toMatch(/eindigt op \.pdf, maar de inhoud is een GIF-afbeelding/);
    expect(r.body.message).toMatch(/scans als PNG, JPEG of TIFF/);
    expect(await intakeCounts(s.database)).toEqual(before);
  });

  it('takes a PNG named .pdf as a scan: stored as paper post, with warnings about the name and the unreadable image', async () => {
    const r = await upload(s.baseUrl, cookie, fixture('afbeelding-met-pdf-naam.pdf'), 'afbeelding-met-pdf-naam.pdf');
    expect(r.status).toBe(201);
    const letter = await getLetter(r.body.id as string);
    expect(letter).toMatchObject({ channel: 'scan', source_type: 'image' });
    const warnings = (letter.extraction_warnings as string[]).join(' ');
    expect(warnings).toMatch(/eindigt op \.pdf, maar de inhoud is een PNG-afbeelding/);
    expect(warnings).toMatch(/geen tekst herkend|OCR is op deze server niet beschikbaar/);
  });

  it('refuses a corrupt PDF with 422 and stores nothing', async () => {
    const before = await intakeCounts(s.database);
    const r = await upload(s.baseUrl, cookie, fixture('beschadigd.pdf'), 'beschadigd.pdf');
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/beschadigd of onleesbaar/);
    expect(await intakeCounts(s.database)).toEqual(before);
  });

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const before = await intakeCounts(s.database);
    const big = Buffer.alloc(30 * 1024 * 1024, 'a');
    const r = await upload(s.baseUrl, cookie, big, 'groot.txt');
    expect(r.status).toBe(413);
    expect(r.body.message).toMatch(/te groot.*20 MB/);
    expect(await intakeCounts(s.database)).toEqual(before);
  });

  it('refuses an empty file with 422', async () => {
    const r = await upload(s.baseUrl, cookie, Buffer.alloc(0), 'leeg.txt');
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/leeg/);
  });

  it('refuses an upload without a file, or with an unknown channel, with 400', async () => {
    const form = new FormData();
    form.append('channel', 'email');
    const res = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie }, body: form });
    expect(res.status).toBe(400);
    const r = await upload(s.baseUrl, cookie, fixture('webformulier.txt'), 'x.txt', { channel: 'duif' });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/Onbekend kanaal "duif"/);
  });
});

describe('intake of JSON', () => {
  const post = (body: unknown, contentType = 'application/json') =>
    fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie, 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('stores subject, body, channel and sender fields; the same submission twice gives one letter', async () => {
    const letter = { subject: 'Kapotte lantaarnpaal', body: 'De lamp bij Dorpsstraat 3 is stuk.', channel: 'webform', sender_name: 'A. Jansen', sender_email: 'A.Jansen@Example.org', sender_postcode: '1234 ab', sender_city: 'Voorbeeldstad' };
    const res = await post(letter);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const stored = await getLetter(id);
    expect(stored).toMatchObject({ subject: 'Kapotte lantaarnpaal', body: 'De lamp bij Dorpsstraat 3 is stuk.', channel: 'webform', source_type: 'json' });
    expect(stored.sender).toMatchObject({ name: 'A. Jansen', email: 'a.jansen@example.org', postcode: '1234 AB', city: 'Voorbeeldstad' });
    const again = await post(letter);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(id);
  });

  it('answers 400 with a usable message for a missing body or an unknown field', async () => {
    const before = await intakeCounts(s.database);
    const a = await post({ subject: 'zonder tekst' });
    expect(a.status).toBe(400);
    expect(((await a.json()) as { message: string }).message).toMatch(/body/);
    const b = await post({ body: 'tekst', channel: 'fax' });
    expect(b.status).toBe(400);
    const c = await post('{niet: json', 'application/json');
    expect(c.status).toBe(400);
    const d = await post('platte tekst', 'text/plain');
    expect(d.status).toBe(415);
    expect(await intakeCounts(s.database)).toEqual(before);
  });

  it('lists letters in pages, newest first', async () => {
    const res = await fetch(`${s.baseUrl}/api/letters?page=1&pageSize=2`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: { received_at: string }[]; total: number; page: number; pageSize: number };
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(new Date(page.items[0]!.received_at) >= new Date(page.items[1]!.received_at)).toBe(true);
    const bad = await fetch(`${s.baseUrl}/api/letters?page=0`, { headers: { cookie } });
    expect(bad.status).toBe(400);
  });
});
