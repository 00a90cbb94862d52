#!/usr/bin/env node
// Validates hand-written letter batch files (the raw format helpers write) and prints counts.
// Usage: node models/data/handwritten/check.mjs <dir-or-file> [...]
import fs from 'node:fs';
import path from 'node:path';

export const CATEGORIES = ['bedreiging', 'betalingsweigering', 'soevereiniteitsverklaring', 'woo_verzoek', 'bezwaar', 'klacht', 'regulier'];
export const TOPICS = ['belastingen', 'brp', 'sociaal', 'leerplicht', 'vergunningen', 'openbare_ruimte', 'bestuur', 'overig'];
export const CHANNELS = ['email', 'webform', 'pdf', 'scan'];
export const LANGUAGES = ['nl', 'en'];

/** Parses one raw batch file into records; throws with line numbers on format errors. */
export function parseRaw(text, file = '<input>') {
  const records = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  const fail = (msg) => { throw new Error(`${file}:${i + 1}: ${msg}`); };
  while (i < lines.length) {
    if (lines[i].trim() === '') { i++; continue; }
    if (lines[i].trim() !== '### LETTER') fail(`expected "### LETTER", got "${lines[i].slice(0, 60)}"`);
    i++;
    const rec = {};
    while (i < lines.length && lines[i].trim() !== '---') {
      const m = /^([a-z_]+):\s*(.*)$/.exec(lines[i]);
      if (!m) fail(`expected "key: value" header line, got "${lines[i].slice(0, 60)}"`);
      rec[m[1]] = m[2].trim();
      i++;
    }
    if (i >= lines.length) fail('missing "---" before body');
    i++;
    const body = [];
    while (i < lines.length && lines[i].trim() !== '### END') { body.push(lines[i]); i++; }
    if (i >= lines.length) fail('missing "### END"');
    i++;
    rec.body = body.join('\n').trim();
    records.push(rec);
  }
  return records;
}

export function validate(rec) {
  const errs = [];
  for (const k of ['id', 'channel', 'language', 'category', 'anti_institutioneel', 'zorgsignaal', 'topic', 'subject']) {
    if (rec[k] === undefined || rec[k] === '') errs.push(`missing ${k}`);
  }
  if (rec.channel && !CHANNELS.includes(rec.channel)) errs.push(`bad channel ${rec.channel}`);
  if (rec.language && !LANGUAGES.includes(rec.language)) errs.push(`bad language ${rec.language}`);
  if (rec.category && !CATEGORIES.includes(rec.category)) errs.push(`bad category ${rec.category}`);
  if (rec.topic && !TOPICS.includes(rec.topic)) errs.push(`bad topic ${rec.topic}`);
  for (const f of ['anti_institutioneel', 'zorgsignaal']) if (rec[f] && !['true', 'false'].includes(rec[f])) errs.push(`${f} must be true or false`);
  if (['betalingsweigering', 'soevereiniteitsverklaring'].includes(rec.category) && rec.anti_institutioneel !== 'true') errs.push('anti_institutioneel must be true for this category');
  if (!rec.body || rec.body.length < 20) errs.push('body too short');
  return errs;
}

function walk(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) return fs.readdirSync(p).sort().flatMap((f) => walk(path.join(p, f)));
  return p.endsWith('.txt') ? [p] : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).flatMap(walk);
  const all = [];
  let bad = 0;
  for (const f of files) {
    let recs;
    try { recs = parseRaw(fs.readFileSync(f, 'utf8'), f); } catch (e) { console.log(`FORMAT ERROR ${e.message}`); bad++; continue; }
    for (const r of recs) {
      const errs = validate(r);
      if (errs.length) { bad++; console.log(`${f} ${r.id ?? '?'}: ${errs.join('; ')}`); }
      all.push(r);
    }
  }
  const ids = new Map();
  for (const r of all) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) { bad++; console.log(`duplicate id ${id} (${n}x)`); }
  const count = (k) => { const m = {}; for (const r of all) m[r[k]] = (m[r[k]] ?? 0) + 1; return m; };
  console.log(`letters: ${all.length}`);
  for (const k of ['category', 'language', 'channel', 'topic', 'anti_institutioneel', 'zorgsignaal']) console.log(`${k}: ${JSON.stringify(count(k))}`);
  const words = all.map((r) => r.body.split(/\s+/).length).sort((a, b) => a - b);
  if (words.length) console.log(`body words: min ${words[0]}, median ${words[Math.floor(words.length / 2)]}, max ${words[words.length - 1]}`);
  console.log(bad ? `${bad} problem(s)` : 'OK');
  process.exit(bad ? 1 : 0);
}
