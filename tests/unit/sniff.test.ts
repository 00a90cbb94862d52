import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeEmail, sniff } from '../../server/intake/sniff.ts';
import { detectLanguage } from '../../server/intake/language.ts';
import { loadConfig, ConfigError } from '../../server/config.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIX, name)));
const text = (t: string) => new TextEncoder().encode(t);

describe('sniffing the real type from the bytes', () => {
  it('recognises PDF, e-mail, text and images whatever the name says', async () => {
    expect((await sniff(bytes('bezwaar-twee-paginas.pdf'))).kind).toBe('pdf');
    expect((await sniff(bytes('bezwaar-met-bijlage.eml'))).kind).toBe('eml');
    expect((await sniff(bytes('mail-als-txt.txt'))).kind).toBe('eml');
    expect((await sniff(bytes('webformulier.txt'))).kind).toBe('txt');
    expect(await sniff(bytes('afbeelding-met-pdf-naam.pdf'))).toMatchObject({ kind: 'image', ext: 'png' });
    expect(await sniff(bytes('gif-met-pdf-naam.pdf'))).toMatchObject({ kind: 'unsupported', mime: 'image/gif' });
    expect((await sniff(new Uint8Array(0))).kind).toBe('empty');
    expect((await sniff(new Uint8Array([1, 2, 0, 4, 5]))).kind).toBe('unsupported');
  });
  it('does not take a letter that starts with "Betreft:" for an e-mail', () => {
    expect(looksLikeEmail('Betreft: bezwaar\n\nGeachte heer,')).toBe(false);
    expect(looksLikeEmail('Van: Jan\nAan: gemeente\n\nHallo')).toBe(false);
    expect(looksLikeEmail('From: a@b.nl\nSubject: x\n\nbody')).toBe(true);
  });
});

describe('language detection', () => {
  it('tells Dutch from English', () => {
    expect(detectLanguage('Geachte heer, ik maak bezwaar tegen de aanslag van de gemeente.')).toBe('nl');
    expect(detectLanguage('I hereby give notice that I do not consent to your claim and this is my affidavit.')).toBe('en');
    expect(detectLanguage('OK')).toBeNull();
  });
});

describe('configuration', () => {
  it('has working defaults and rejects bad values with a clear message', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.maxUploadBytes).toBe(20 * 1024 * 1024);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', MAX_UPLOAD_MB: '5' })).toMatchObject({ databaseUrl: 'postgres://u@h/db', maxUploadBytes: 5 * 1024 * 1024 });
  });
});
