/**
 * Property-based tests (fast-check) of the intake parsers: for arbitrary bytes and strings they
 * never throw anything but the typed errors of server/errors.ts, and what they produce is clean
 * text (no NUL or other control characters besides \n and \t; file names without paths).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { extractMail } from '../../server/intake/extract/mail.ts';
import { capBody, cleanField, decodeText, decodeWindows1252, htmlToPlainText, MAX_BODY_CHARS, normaliseText, safeFilename } from '../../server/intake/extract/text.ts';
import { detectLanguage } from '../../server/intake/language.ts';
import { extractFile, extractJson } from '../../server/intake/service.ts';
import { looksLikeEmail, sniff } from '../../server/intake/sniff.ts';

/** C0 controls other than \t and \n, DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Any string, including lone surrogates and control characters. */
const anyString = (maxLength = 500) => fc.string({ unit: 'binary', maxLength });
/** Strings made mostly of the characters that matter here. */
const nastyString = (maxLength = 300) =>
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0001', '\u0007', '\t', '\n', '\r', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', ' ', '\u00a0', '\u2028', '\u202e',
      '\ud800', '\udc00', 'e', '\u0301', 'é', 'a', '/', '\\', '.', '<', '>', '&', ';', '#', 'script', 'Z'),
    maxLength,
  });
const textish = fc.oneof(anyString(), nastyString());

/** Bytes: random, or random after a prefix that sends the sniffer down a particular path. */
const PREFIXES = ['', '%PDF-1.4\n', 'From: a@b.nl\r\nSubject: x\r\n\r\n', '\xef\xbb\xbf', '\x89PNG\r\n\x1a\n', 'PK\x03\x04', 'Date: x\nFrom: y\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'];
const anyBytes = (maxLength = 2048) =>
  fc.tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength }))
    .map(([prefix, rest]) => new Uint8Array(Buffer.concat([Buffer.from(prefix, 'latin1'), rest])));

/** Mail-shaped input: headers (some hostile) and MIME parts with random charsets and contents. */
const header = fc.oneof(
  fc.constantFrom('From: "Jan" <jan@example.org>', 'From: =?utf-8?B?SmFuAA==?= <x@y.z>', 'Subject: =?utf-8?B?AAEC?=', 'Subject: =?x-unknown?Q?caf=E9?=', 'Date: gisteren', 'Date: Mon, 02 Nov 2026 09:14:00 +0100',
    'Message-ID: <\u0001@x>', 'Content-Type: text/plain; charset=klingon', 'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable', 'MIME-Version: 1.0'),
  fc.tuple(fc.constantFrom('Subject', 'From', 'To', 'X-Test'), nastyString(60)).map(([k, v]) => `${k}: ${v}`),
);
const mimePart = fc.record({
  type: fc.constantFrom('text/plain', 'text/html', 'application/pdf', 'application/zip', 'message/rfc822', 'multipart/alternative', 'application/octet-stream'),
  charset: fc.constantFrom('utf-8', 'iso-8859-1', 'windows-1252', 'x-klingon', 'utf-16', ''),
  encoding: fc.constantFrom('7bit', '8bit', 'base64', 'quoted-printable', 'x-unknown'),
  filename: fc.option(nastyString(40)),
  body: fc.oneof(nastyString(200), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'))),
});
const mailBytes = fc.record({ headers: fc.array(header, { maxLength: 8 }), parts: fc.array(mimePart, { maxLength: 6 }), trailer: fc.boolean() }).map(({ headers, parts, trailer }) => {
  const lines = ['From: afzender@example.org', 'Date: Mon, 02 Nov 2026 09:14:00 +0100', 'MIME-Version: 1.0', ...headers, 'Content-Type: multipart/mixed; boundary="g"', ''];
  for (const p of parts) {
    lines.push('--g', `Content-Type: ${p.type}${p.charset ? `; charset=${p.charset}` : ''}`, `Content-Transfer-Encoding: ${p.encoding}`);
    if (p.filename !== null) lines.push(`Content-Disposition: attachment; filename="${p.filename}"`);
    lines.push('', p.body);
  }
  if (trailer) lines.push('--g--');
  return latin1(lines.join('\r\n'));
});

/** Runs `f`; anything thrown must be one of the typed errors. */
async function onlyTypedErrors<T>(f: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await f();
  } catch (err) {
    expect(err, String((err as Error)?.stack ?? err)).toBeInstanceOf(AppError);
    expect((err as AppError).statusCode).toBeGreaterThanOrEqual(400);
    expect((err as AppError).statusCode).toBeLessThan(500);
    expect((err as AppError).message).not.toBe('');
    return undefined;
  }
}

describe('text normalisation', () => {
  it('normaliseText leaves no control characters (but \\n, \\t), no \\r, no lone surrogates, and is idempotent', () => {
    fc.assert(fc.property(textish, (s) => {
      const out = normaliseText(s);
      expect(out).not.toMatch(CONTROL);
      expect(out).not.toMatch(LONE_SURROGATE);
      expect(out).not.toMatch(/[ \t\u00a0]\n/);
      expect(out).not.toMatch(/\n{4}/);
      expect(out).toBe(out.trim());
      expect(normaliseText(out)).toBe(out);
    }), { numRuns: 1000 });
  });

  it('cleanField gives one clean line', () => {
    fc.assert(fc.property(textish, (s) => {
      const out = cleanField(s);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(out).not.toMatch(LONE_SURROGATE);
      expect(out).toBe(out.trim());
    }), { numRuns: 1000 });
  });

  it('safeFilename keeps a non-empty last segment without separators or control characters', () => {
    fc.assert(fc.property(textish, (s) => {
      const out = safeFilename(s, 'upload');
      expect(out.length).toBeGreaterThan(0);
      expect(out.length).toBeLessThanOrEqual(200);
      expect(out).not.toMatch(/[/\\]/);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(['.', '..']).not.toContain(out);
    }), { numRuns: 1000 });
    expect(safeFilename('../../etc/passwd.txt', 'x')).toBe('passwd.txt');
    expect(safeFilename('..\\..\\win.ini', 'x')).toBe('win.ini');
    expect(safeFilename('brief\u0000.txt', 'x')).toBe('brief.txt');
    expect(safeFilename('..', 'x')).toBe('x');
  });

  it('capBody never returns more than the maximum and warns exactly when it cuts', () => {
    fc.assert(fc.property(fc.nat({ max: MAX_BODY_CHARS * 2 }), (n) => {
      const warnings: string[] = [];
      const out = capBody('a'.repeat(n), warnings);
      expect(out.length).toBe(Math.min(n, MAX_BODY_CHARS));
      expect(warnings.length).toBe(n > MAX_BODY_CHARS ? 1 : 0);
    }), { numRuns: 50 });
  });

  it('decodeText reads any bytes; valid UTF-8 comes back unchanged and without a warning', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => {
      const warnings: string[] = [];
      expect(typeof decodeText(bytes, warnings)).toBe('string');
      expect(warnings.length).toBeLessThanOrEqual(1);
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
      const warnings: string[] = [];
      expect(decodeText(enc(s), warnings)).toBe(s);
      expect(warnings).toEqual([]);
    }), { numRuns: 500 });
  });

  it('decodeWindows1252 maps every byte to one character and never to a C1 control', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => {
      const out = decodeWindows1252(bytes);
      expect(out.length).toBe(bytes.length);
      expect(out).not.toMatch(/[\u0080-\u009f]/);
    }), { numRuns: 500 });
    expect(decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0xe9]))).toBe('€“”–é');
  });

  it('htmlToPlainText never leaves a "<" (so no markup such as <script) and drops script content', () => {
    const tag = fc.constantFrom('<script>', '</script>', '<script', '<SCRIPT SRC=x>', '<style>', '</style>', '<p>', '</p>', '<br/>', '<!-- x -->', '<img src=x onerror=alert(1)>', '<', '>', '&lt;', '&#60;', '&#x3c;', '&amp;lt;', '&#115;', '&nbsp;', '&#0;', '&#xD800;', '&#99999999;');
    const html = fc.array(fc.oneof(tag, nastyString(20)), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.oneof(html, anyString()), (h) => {
      const out = htmlToPlainText(h);
      expect(out).not.toContain('<');
    }), { numRuns: 2000 });
    expect(htmlToPlainText('<p>Hallo</p><script>alert(1)</script>wereld')).toBe('\nHallo\nwereld');
  });

  it('htmlToPlainText is linear on hostile input', () => {
    const started = Date.now();
    for (const h of ['<script'.repeat(200_000), '<'.repeat(1_000_000), '<a'.repeat(500_000), '<script>'.repeat(100_000), '<p>&#60;'.repeat(100_000)]) htmlToPlainText(h);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('normaliseText is linear on long runs of spaces inside a line', () => {
    const started = Date.now();
    normaliseText(`a${' '.repeat(5_000_000)}b`);
    normaliseText(`${' \t'.repeat(1_000_000)}\n`.repeat(3));
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('sniffing and small parsers', () => {
  it('sniff and looksLikeEmail accept any bytes', async () => {
    await fc.assert(fc.asyncProperty(anyBytes(), async (bytes) => {
      const kind = await sniff(bytes);
      expect(['pdf', 'eml', 'txt', 'empty', 'unsupported']).toContain(kind.kind);
      expect(typeof looksLikeEmail(Buffer.from(bytes).toString('latin1'))).toBe('boolean');
    }), { numRuns: 1000 });
  });

  it('detectLanguage accepts any string', () => {
    fc.assert(fc.property(textish, (s) => {
      expect([null, 'nl', 'en']).toContain(detectLanguage(s));
    }), { numRuns: 500 });
  });
});

describe('extractors', () => {
  it('extractMail only throws typed errors, and what it returns is clean', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(mailBytes, anyBytes(1024)), async (bytes) => {
      const mail = await onlyTypedErrors(() => extractMail(bytes));
      if (!mail) return;
      expect(mail.body).not.toMatch(CONTROL);
      expect(mail.subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      for (const v of Object.values(mail.sender)) if (v) expect(v).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      if (mail.messageId) expect(mail.messageId).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      for (const a of mail.attachments) {
        expect(a.filename).not.toMatch(/[/\\\u0000-\u001f\u007f-\u009f]/);
        expect(a.mediaType).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }
      for (const w of mail.warnings) expect(typeof w).toBe('string');
    }), { numRuns: 300 });
  });

  it('extractFile only throws typed errors, whatever the bytes and the name', async () => {
    await fc.assert(fc.asyncProperty(anyBytes(1024), textish, async (bytes, filename) => {
      const r = await onlyTypedErrors(() => extractFile({ filename, bytes }));
      if (!r) return;
      expect(r.body).not.toMatch(CONTROL);
      expect(r.subject).not.toMatch(CONTROL);
      for (const f of r.files) expect(f.filename).not.toMatch(/[/\\\u0000-\u001f\u007f-\u009f]/);
    }), { numRuns: 300 });
  });

  it('extractJson only throws typed errors, and stores no control characters', async () => {
    await fc.assert(fc.asyncProperty(textish, textish, textish, fc.option(textish), async (body, subject, name, receivedAt) => {
      const r = await onlyTypedErrors(() => extractJson({ body, subject, sender_name: name, sender_email: name, received_at: receivedAt ?? undefined }));
      if (!r) return;
      expect(r.body).not.toMatch(CONTROL);
      expect(r.body.length).toBeGreaterThan(0);
      expect(r.subject).not.toMatch(CONTROL);
      for (const v of Object.values(r.sender)) if (v) expect(v).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }), { numRuns: 1000 });
  });
});
