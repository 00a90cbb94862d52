/**
 * The hand-written letters' source format (models/data/handwritten/raw/<split>/<writer>/batch-NN.txt,
 * see handwritten/BRIEF.md): parsing and validation of the header labels.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES, CHANNELS, LANGUAGES, TOPICS } from '../../server/taxonomy.ts';

export interface RawLetter {
  file: string;
  fields: Record<string, string>;
  body: string;
}

export function parseRaw(text: string, file: string): RawLetter[] {
  const out: RawLetter[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`${file}:${i + 1}: ${msg}`);
  };
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    if (lines[i]!.trim() !== '### LETTER') fail(`expected "### LETTER", got "${lines[i]!.slice(0, 60)}"`);
    i++;
    const fields: Record<string, string> = {};
    while (i < lines.length && lines[i]!.trim() !== '---') {
      const m = /^([a-z_]+):\s*(.*)$/.exec(lines[i]!);
      if (!m) fail(`expected "key: value", got "${lines[i]!.slice(0, 60)}"`);
      fields[m![1]!] = m![2]!.trim();
      i++;
    }
    if (i >= lines.length) fail('missing "---" before body');
    i++;
    const body: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '### END') body.push(lines[i++]!);
    if (i >= lines.length) fail('missing "### END"');
    i++;
    out.push({ file, fields, body: body.join('\n').trim() });
  }
  return out;
}

export function rawProblems(r: RawLetter): string[] {
  const f = r.fields;
  const errs: string[] = [];
  for (const k of ['id', 'channel', 'language', 'category', 'anti_institutioneel', 'zorgsignaal', 'topic', 'subject']) if (!f[k]) errs.push(`missing ${k}`);
  const inList = (k: string, list: readonly string[]) => f[k] && !list.includes(f[k]!) && errs.push(`bad ${k} ${f[k]}`);
  inList('channel', CHANNELS);
  inList('language', LANGUAGES);
  inList('category', CATEGORIES);
  inList('topic', TOPICS);
  for (const k of ['anti_institutioneel', 'zorgsignaal']) if (f[k] && !['true', 'false'].includes(f[k]!)) errs.push(`${k} must be true or false`);
  if ((f.category === 'betalingsweigering' || f.category === 'soevereiniteitsverklaring') && f.anti_institutioneel !== 'true') errs.push('anti_institutioneel must be true for this category');
  if (r.body.length < 20) errs.push('body too short');
  return errs;
}

export function listRawFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listRawFiles(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
}
