/**
 * Demo data: letters from the training corpus (generated and hand-written training letters, never
 * the held-out ones) submitted through the real intake, spread over the past weeks, so a fresh
 * `npm start` shows a working queue. The worker classifies them with the real model.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IntakeService } from './service.ts';
import type { Channel } from '../taxonomy.ts';
import { mulberry32 } from '../../models/corpus/prng.ts';

const DATA = path.resolve(import.meta.dirname, '../../models/data');

interface CorpusLine {
  id: string;
  subject: string;
  body: string;
  channel: Channel;
  split: string;
  campaign?: string | null;
}

const FIRST = ['Anna', 'Bram', 'Chantal', 'Dirk', 'Esra', 'Femke', 'Gerrit', 'Hanneke', 'Ilias', 'Joke', 'Kees', 'Lotte', 'Mohamed', 'Noor', 'Olga', 'Pieter', 'Ria', 'Sven', 'Tineke', 'Wim'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Yilmaz', 'El Amrani'];

export async function seedDemoLetters(intake: IntakeService, count = 240, weeks = 12): Promise<number> {
  const read = (f: string) => fs.readFileSync(path.join(DATA, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusLine);
  const pool = [...read('generated.jsonl'), ...read('handwritten.jsonl').filter((r) => r.split === 'train')];
  const random = mulberry32(20261123);
  const chosen: CorpusLine[] = [];
  // One template campaign arriving together, the rest drawn at random.
  const campaign = pool.filter((r) => r.campaign).slice(0, 14);
  chosen.push(...campaign);
  while (chosen.length < count) chosen.push(pool[Math.floor(random() * pool.length)]!);
  const now = Date.now();
  let stored = 0;
  for (const [i, r] of chosen.entries()) {
    const daysAgo = i < campaign.length ? 2 + random() * 6 : random() * weeks * 7;
    const at = new Date(now - daysAgo * 86_400_000 - random() * 8 * 3_600_000);
    const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
    const res = await intake.ingestJson({
      subject: r.subject, body: r.body, channel: r.channel, received_at: at.toISOString(),
      sender_name: name, sender_postcode: `${1000 + Math.floor(random() * 8999)} ${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}`,
    }, null, null);
    if (!res.duplicate) stored++;
  }
  return stored;
}
