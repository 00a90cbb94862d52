/**
 * Hostile and broken input through the real server: every case ends in a clear 4xx (JSON
 * {error, message} in Dutch, nothing written) or in a stored letter whose extraction_warnings
 * say what went wrong; never a 500, never a stalled server. The files are generated here
 * (tests/fixtures/hostile.ts), not committed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLimits } from '../../server/intake/extract/pdf.ts';
import * as H from '../fixtures/hostile.ts';
import { intakeCounts, startTestServer, upload, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let cookie: string;
const originalTimeout = pdfLimits.timeoutMs;

interface Letter {
  id: string;
  body: string;
  subject: string;
  source_type: string;
  sender: { name: string | null; email: string | null; address: string | null; city: string | null };
  files: { id: number; role: string; filename: string; size_bytes: number; media_type: string }[];
  extraction_warnings: string[];
}

beforeAll(async () => {
  // A short budget keeps the PDF-bomb cases quick; the default (20 s) works the same way.
  pdfLimits.timeoutMs = 3000;
  s = await startTestServer();
  cookie = (await s.userSession('intake')).cookie;
});
afterAll(async () => {
  pdfLimits.timeoutMs = originalTimeout;
  await s?.close();
});

async function getLetter(id: string): Promise<Letter> {
  const res = await fetch(`${s.baseUrl}/api/letters/${id}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as Letter;
}

/** Uploads and expects a stored letter; returns it. */
async function stored(bytes: Buffer, filename: string, fields: Record<string, string> = {}): Promise<Letter> {
  const r = await upload(s.baseUrl, cookie, bytes, filename, fields);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return getLetter(r.body.id as string);
}

/** Expects a 4xx refusal with a Dutch message, and no rows written. */
async function refused(send: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number, message: RegExp) {
  const before = await intakeCounts(s.database);
  const r = await send();
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(typeof r.body.error).toBe('string');
  expect(r.body.message).toMatch(message);
  expect(await intakeCounts(s.database)).toEqual(before);
  return r;
}
const refuseUpload = (bytes: Buffer, filename: string, status: number, message: RegExp) => refused(() => upload(s.baseUrl, cookie, bytes, filename), status, message);

/** No C0 control character other than \n and \t, no DEL/C1. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('broken and hostile PDFs', () => {
  it('refuses a truncated PDF with 422', async () => {
    const full = await H.pdfkitPdf(['Bezwaar tegen de aanslag.', 'Tweede pagina.']);
    await refuseUpload(full.subarray(0, Math.floor(full.length / 2)), 'afgebroken.pdf', 422, /beschadigd of onleesbaar.*Vraag de afzender/);
    await refuseUpload(full.subarray(0, 20), 'alleen-kop.pdf', 422, /beschadigd of onleesbaar/);
  });

  it('refuses a PDF that needs a password with 422; one with only an owner password is read', async () => {
    const locked = await H.pdfkitPdf(['Geheime brief'], { userPassword: 'geheim', ownerPassword: 'eigenaar' });
    await refuseUpload(locked, 'beveiligd.pdf', 422, /met een wachtwoord beveiligd\. Vraag de afzender om een onbeveiligde versie/);
    const ownerOnly = await H.pdfkitPdf(['Alleen kopieren is beperkt'], { ownerPassword: 'eigenaar', permissions: { copying: false } });
    const letter = await stored(ownerOnly, 'eigenaar.pdf');
    expect(letter.body).toContain('Alleen kopieren is beperkt');
  });

  it('refuses deeply nested objects and a circular page tree with 422', async () => {
    await refuseUpload(H.deepArrayPdf(100_000), 'geneste-bom.pdf', 422, /beschadigd of onleesbaar/);
    await refuseUpload(H.cyclicPageTreePdf(), 'kringloop.pdf', 422, /beschadigd of onleesbaar/);
  });

  it('reads a page tree 5,000 levels deep', async () => {
    const letter = await stored(H.deepPageTreePdf(5000), 'diepe-boom.pdf');
    expect(letter.body).toContain('Onderaan de boom');
  });

  it('reads the one real page of a PDF that claims 1,000,000 pages', async () => {
    const letter = await stored(H.lyingPageCountPdf(1_000_000), 'miljoen.pdf');
    expect(letter.body).toBe('Enige echte pagina');
  });

  it('reads only the first 300 of 5,000 real pages, with a warning', async () => {
    // The page limit is under test here, not the time budget: give a loaded CI machine the default time.
    pdfLimits.timeoutMs = originalTimeout;
    const started = Date.now();
    const letter = await stored(H.manyPagesPdf(5000), 'vijfduizend.pdf').finally(() => { pdfLimits.timeoutMs = 3000; });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(letter.body).toContain('Pagina 300');
    expect(letter.body).not.toContain('Pagina 301');
    expect(letter.extraction_warnings.join(' ')).toMatch(/heeft 5000 pagina's; alleen de eerste 300 zijn gelezen/);
  });

  it('stops a PDF whose content keeps the reader busy (time budget), and the server stays responsive', async () => {
    const started = Date.now();
    const pending = refuseUpload(H.deepContentPdf(30_000), 'traag.pdf', 422, /te complex om binnen 3 seconden te lezen/);
    // pdf.js runs in a worker thread: meanwhile the server answers other requests at once.
    await new Promise((r) => setTimeout(r, 700));
    const t = Date.now();
    const health = await fetch(`${s.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(Date.now() - t).toBeLessThan(2000);
    await pending;
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('keeps the pages read before the time budget ran out, with a warning', async () => {
    const letter = await stored(H.deepContentPdf(30_000, 3), 'traag-na-drie.pdf');
    expect(letter.body).toContain('Gewone pagina 3');
    expect(letter.extraction_warnings.join(' ')).toMatch(/niet volledig gelezen: het lezen duurde langer dan 3 seconden\. Alleen de eerste 3 van de 4 pagina's zijn gelezen/);
    // After a terminated worker the next PDF is read by a fresh one.
    const next = await stored(await H.pdfkitPdf(['Na de bom gewoon verder.']), 'daarna.pdf');
    expect(next.body).toBe('Na de bom gewoon verder.');
  });
});

describe('hostile e-mail', () => {
  it('stores a zip bomb attachment as it is, without unpacking it', async () => {
    const bomb = H.zip([{ name: 'nullen.bin', data: Buffer.alloc(100 * 1024 * 1024), deflate: true }]);
    expect(bomb.length).toBeLessThan(200_000);
    const letter = await stored(H.eml({ subject: 'Zie bijlage', text: { body: 'Mijn bezwaar zit in de bijlage.' }, attachments: [{ filename: 'bezwaar.zip', contentType: 'application/zip', data: bomb }] }), 'zip.eml');
    const att = letter.files.find((f) => f.role === 'attachment')!;
    expect(att).toMatchObject({ filename: 'bezwaar.zip', size_bytes: bomb.length });
    expect(letter.extraction_warnings.join(' ')).toMatch(/bezwaar\.zip is een ZIP-archief; de tekst ervan is niet gelezen/);
  });

  it('refuses an e-mail whose (compressible) zip attachment puts it over the size limit with 413', async () => {
    const big = H.zip([{ name: 'nullen.bin', data: Buffer.alloc(16 * 1024 * 1024), deflate: false }]);
    const mail = H.eml({ subject: 'Groot', text: { body: 'Bijlage' }, attachments: [{ filename: 'groot.zip', contentType: 'application/zip', data: big }] });
    expect(mail.length).toBeGreaterThan(s.config.maxUploadBytes);
    await refuseUpload(mail, 'groot.eml', 413, /te groot.*20 MB/);
  });

  it('refuses an e-mail of 5,000 MIME parts with 422; 900 parts are stored', async () => {
    await refuseUpload(H.manyPartsEml(5000), 'delen.eml', 422, /te veel onderdelen.*Vraag de afzender/);
    const letter = await stored(H.manyPartsEml(900), 'negenhonderd.eml');
    expect(letter.body).toContain('Deel 900 van de brief.');
  });

  it('stores text with the wrong or an unknown character set, with a warning', async () => {
    const latin1 = Buffer.from('Geachte heer, ik wil graag een café openen. Groet, René', 'latin1');
    const wrong = await stored(H.eml({ subject: 'Verkeerde tekenset', text: { body: latin1, charset: 'utf-8' } }), 'verkeerd.eml');
    expect(wrong.body).toContain('Geachte heer');
    expect(wrong.extraction_warnings.join(' ')).toMatch(/tekenset/);
    const unknown = await stored(H.eml({ subject: 'Onbekende tekenset', text: { body: latin1, charset: 'x-klingon-42' } }), 'onbekend.eml');
    expect(unknown.body).toContain('Groet');
    expect(unknown.extraction_warnings.join(' ')).toMatch(/tekenset/);
    const mixed = await stored(H.eml({
      subject: '=?iso-8859-1?Q?Caf=E9?= en =?utf-8?B?w6k=?=',
      text: { body: Buffer.concat([Buffer.from('utf-8: café, ', 'utf8'), Buffer.from('latin-1: café', 'latin1')]), charset: 'utf-8' },
    }), 'gemengd.eml');
    expect(mixed.subject).toBe('Café en é');
    expect(mixed.body).toContain('utf-8: café');
    expect(mixed.extraction_warnings.join(' ')).toMatch(/tekenset/);
  });

  it('keeps control characters out of sender, subject and body', async () => {
    const letter = await stored(H.eml({
      subject: 'Nul =?utf-8?B?AAE=?= teken',
      from: '"=?utf-8?B?SmFuAA==?= Jansen" <jan@example.org>',
      // A NUL after the first 8 KB (the sniffer refuses files with one earlier).
      text: { body: `${'Lange inleiding. '.repeat(600)}Hallo\u0000 wereld\u0001\u0007 einde` },
    }), 'nul.eml');
    expect(letter.sender.name).toBe('Jan Jansen');
    expect(letter.subject).toBe('Nul teken');
    expect(letter.body).toContain('Hallo wereld einde');
    expect(letter.body).not.toMatch(CONTROL);
  });

  it('stores the text of an HTML e-mail without script, as plain text', async () => {
    const letter = await stored(H.eml({ subject: 'HTML', html: '<p>Hallo gemeente,</p><script>alert("xss")</script><img src=x onerror=alert(1)><p>De lamp is <b>stuk</b>.</p><style>p{}</style>' }), 'html.eml');
    expect(letter.body).toBe('Hallo gemeente,\n\nDe lamp is stuk.');
    expect(letter.body).not.toMatch(/<script|alert|onerror/i);
    const encoded = await stored(H.eml({ subject: 'HTML', html: '<p>Zie &lt;script&gt;alert(1)&lt;/script&gt; en &#60;script&#62; en <<script>>x</script> caf&eacute; &amp; co &#233;</p>' }), 'html2.eml');
    expect(encoded.body).not.toMatch(/<script/i);
    expect(encoded.body).toContain('& co é');
    const onlyScript = await stored(H.eml({ subject: 'Alleen script', html: '<script>alert(1)</script>' }), 'html3.eml');
    expect(onlyScript.body).toBe('');
    expect(onlyScript.extraction_warnings.join(' ')).toMatch(/geen leesbare tekst/);
  });

  it('reads 100,000 unclosed "<script" tags quickly (no regex backtracking)', async () => {
    const started = Date.now();
    const letter = await stored(H.eml({ subject: 'Onafgesloten', html: `Begin ${'<script'.repeat(100_000)}` }), 'html4.eml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(letter.body).toBe('Begin');
  });
});

describe('hostile text', () => {
  it('stores a 10 MB single-line text, cut to 400,000 characters with a warning', async () => {
    const started = Date.now();
    const line = Buffer.from(`Begin ${'lorem ipsum '.repeat(Math.ceil((10 * 1024 * 1024) / 12))}einde`);
    const letter = await stored(line, 'een-regel.txt');
    expect(letter.body.length).toBe(400_000);
    expect(letter.body.startsWith('Begin lorem')).toBe(true);
    expect(letter.extraction_warnings.join(' ')).toMatch(/ingekort tot 400\.000 tekens/);
    // 10 MB of spaces inside one line: trailing-space trimming must stay linear.
    const spaces = await stored(Buffer.from(`Begin${' '.repeat(10 * 1024 * 1024)}einde`), 'spaties.txt');
    expect(spaces.body.startsWith('Begin')).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('refuses empty, blank and NUL-only text', async () => {
    await refuseUpload(Buffer.alloc(0), 'leeg.txt', 422, /is leeg; er is niets om op te slaan/);
    await refuseUpload(Buffer.from(' \r\n\t\n   '), 'spaties.txt', 422, /is leeg/);
    await refuseUpload(Buffer.alloc(100), 'nullen.txt', 415, /wordt niet ondersteund.*onbekend binair bestand/);
    await refuseUpload(Buffer.from('Hallo\u0000wereld'), 'nul.txt', 415, /onbekend binair bestand/);
  });

  it('stores text with a NUL after the first 8 KB without it', async () => {
    const letter = await stored(Buffer.from(`${'Tekst van de brief. '.repeat(500)}na\u0000de nul\u001b[31m`), 'late-nul.txt');
    expect(letter.body).toContain('nade nul[31m');
    expect(letter.body).not.toMatch(CONTROL);
  });

  it('reads a Windows-1252 text file, with a warning', async () => {
    // 0x80 is € and 0x96 an en dash in Windows-1252 (C1 controls in Latin-1).
    const bytes = Buffer.concat([Buffer.from('Geachte heer, de café aan de Dorpsstraat maakt ', 'latin1'), Buffer.from([0x80]), Buffer.from(' 50 lawaai ', 'latin1'), Buffer.from([0x96]), Buffer.from(' groet, René', 'latin1')]);
    const letter = await stored(bytes, 'cp1252.txt');
    expect(letter.body).toBe('Geachte heer, de café aan de Dorpsstraat maakt € 50 lawaai – groet, René');
    expect(letter.extraction_warnings.join(' ')).toMatch(/geen geldige UTF-8; het is gelezen als Windows-1252/);
  });
});

describe('hostile JSON', () => {
  const post = (body: string) => fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body })
    .then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));

  it('stores NUL characters in JSON fields without them', async () => {
    const r = await post(JSON.stringify({ subject: 'Over\u0000 de \u0007brug', body: 'Hallo\u0000 gemeente,\u0000\n\u000bde brug is kapot.', sender_name: 'Jan\u0000 Jansen', sender_city: '\u0000Dorp\u001f', sender_email: 'jan@example.org\u0000' }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const letter = await getLetter(r.body.id as string);
    expect(letter.subject).toBe('Over de brug');
    expect(letter.body).toBe('Hallo gemeente,\n\nde brug is kapot.');
    expect(letter.sender).toMatchObject({ name: 'Jan Jansen', city: 'Dorp', email: 'jan@example.org' });
  });

  it('refuses a body of only NUL characters, a NUL date and a raw NUL byte', async () => {
    await refused(() => post(JSON.stringify({ body: '\u0000\u0000\u0000' })), 422, /brieftekst \(body\) is leeg/);
    await refused(() => post(JSON.stringify({ body: 'Tekst', received_at: '\u0000' })), 422, /received_at is geen geldige datum/);
    await refused(() => post('{"body": "a\u0000b"}'), 400, /./);
    await refused(() => post(JSON.stringify({ body: 'Tekst', sender_name: 'x'.repeat(301) })), 400, /Ongeldige brief: veld sender_name/);
  });

  it('stores unpaired surrogates as U+FFFD', async () => {
    const r = await post('{"body": "Brief met \\ud800 halve \\udc00 tekens"}');
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const letter = await getLetter(r.body.id as string);
    expect(letter.body).toBe('Brief met \ufffd halve \ufffd tekens');
  });
});

describe('hostile file names', () => {
  async function download(letterId: string, fileId: number) {
    const res = await fetch(`${s.baseUrl}/api/letters/${letterId}/files/${fileId}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    const cd = res.headers.get('content-disposition')!;
    expect(cd).toMatch(/^attachment; filename="[^"/\\]*"; filename\*=UTF-8''/);
    return cd;
  }
  function expectSafe(name: string) {
    expect(name).not.toMatch(/[/\\]/);
    expect(name).not.toMatch(CONTROL);
    expect(name).not.toMatch(/^\.\.?$/);
  }
  async function rawUpload(filenameHeader: string, bytes: Buffer) {
    const { body, contentType } = H.rawMultipart(filenameHeader, bytes);
    const res = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie, 'content-type': contentType }, body: new Uint8Array(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('keeps only a clean last segment of an uploaded file name', async () => {
    const cases: [string, Buffer, string][] = [
      ['filename="../../etc/passwd.txt"', Buffer.from('Brief een over de paden.'), 'passwd.txt'],
      ['filename="..\\..\\win.ini"', Buffer.from('Brief twee over de paden.'), 'win.ini'],
      ["filename*=UTF-8''..%2F..%2Fetc%2Fshadow.txt", Buffer.from('Brief drie over de paden.'), 'shadow.txt'],
      ['filename="brief\u0000\u0007.txt"', Buffer.from('Brief vier met een nul in de naam.'), 'brief.txt'],
      ['filename="rapport\u202etxt.exe"', Buffer.from('Brief vijf met een omgekeerde naam.'), 'rapporttxt.exe'],
      ['filename=".."', Buffer.from('Brief zes zonder naam.'), 'upload'],
    ];
    for (const [header, bytes, expected] of cases) {
      const r = await rawUpload(header, bytes);
      expect(r.status, `${header}: ${JSON.stringify(r.body)}`).toBe(201);
      const letter = await getLetter(r.body.id as string);
      const original = letter.files.find((f) => f.role === 'original')!;
      expectSafe(original.filename);
      expect(original.filename.endsWith(expected), `${header} -> ${original.filename}`).toBe(true);
      await download(r.body.id as string, original.id);
    }
  });

  it('keeps only a clean last segment of attachment names in an e-mail', async () => {
    const letter = await stored(H.eml({
      subject: 'Bijlagen met paden',
      text: { body: 'Zie de bijlagen.' },
      attachments: [
        { filename: '../../etc/passwd.txt', contentType: 'text/plain', data: Buffer.from('root:x:0:0') },
        { filename: '..\\\\..\\\\win.ini', contentType: 'text/plain', data: Buffer.from('[fonts]') },
        { filename: 'C:\\\\Windows\\\\evil\u0001.txt', contentType: 'text/plain\u0001', data: Buffer.from('kwaad') },
      ],
    }), 'paden.eml');
    const names = letter.files.filter((f) => f.role === 'attachment').map((f) => f.filename);
    expect(names).toEqual(['passwd.txt', 'win.ini', 'evil.txt']);
    for (const f of letter.files) {
      expectSafe(f.filename);
      expect(f.media_type).not.toMatch(CONTROL);
    }
    for (const f of letter.files) await download(letter.id, f.id);
  });

  it('refuses an oversized JSON body and a multipart field flood with 4xx', async () => {
    await refused(() => post413(), 413, /te groot/);
    const form = new FormData();
    for (let i = 0; i < 30; i++) form.append(`veld${i}`, 'x');
    form.append('file', new Blob([Buffer.from('Tekst')]), 'a.txt');
    await refused(async () => {
      const res = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie }, body: form });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    }, 400, /één bestand per keer/);
  });
});

async function post413() {
  const res = await fetch(`${s.baseUrl}/api/letters`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ body: 'x'.repeat(21 * 1024 * 1024) }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
