/**
 * demo: a realistic year of correspondence for a fresh installation (`npm run seed:demo`, and
 * `npm start` on an empty database). Letters come from the corpus generator with a seed of their
 * own (not the training letters), go through the real intake and are classified by the real
 * model through the job queue. The year has a municipal mix of categories, seasonal swings
 * (tax assessments in February–March, a summer dip), four template campaigns — one of which
 * drives a spike in the last complete week — and, once classified, handling times that differ by
 * department.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeService } from '../intake/service.ts';
import type { Category, Department } from '../taxonomy.ts';
import { generateCorpus } from '../../models/corpus/generate.ts';
import type { CorpusRecord } from '../../models/corpus/record.ts';
import { mulberry32 } from '../../models/corpus/prng.ts';

export const DEMO_SEED = 20261124;

/** Share of each category in a municipality's stream (the generator itself is balanced). */
const MIX: Record<Category, number> = {
  regulier: 0.38, klacht: 0.16, bezwaar: 0.2, woo_verzoek: 0.07,
  betalingsweigering: 0.08, soevereiniteitsverklaring: 0.08, bedreiging: 0.03,
};

/** Where and when the template campaigns arrive: weeks before the last complete week, and spread. */
const CAMPAIGNS: { id: string; weeksAgo: number; spreadWeeks: number; letters: number }[] = [
  { id: 'camp-retour-aanslag', weeksAgo: 0, spreadWeeks: 1, letters: 34 },
  { id: 'camp-bezwaar-afval', weeksAgo: 36, spreadWeeks: 3, letters: 30 },
  { id: 'camp-woo-windpark', weeksAgo: 20, spreadWeeks: 2, letters: 20 },
  { id: 'camp-uitschrijving-brp', weeksAgo: 9, spreadWeeks: 4, letters: 24 },
];

/** Four-digit postcode areas of a mid-sized municipality, with their weight. */
const AREAS: [string, number][] = [
  ['7411', 9], ['7412', 6], ['7413', 5], ['7414', 8], ['7415', 7], ['7416', 6], ['7417', 10],
  ['7418', 9], ['7419', 4], ['7421', 8], ['7422', 7], ['7423', 5], ['7424', 6], ['7425', 3], ['7431', 2],
];

const FIRST = ['Anna', 'Bram', 'Chantal', 'Dirk', 'Esra', 'Femke', 'Gerrit', 'Hanneke', 'Ilias', 'Joke', 'Kees', 'Lotte', 'Mohamed', 'Noor', 'Olga', 'Pieter', 'Ria', 'Sven', 'Tineke', 'Wim'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Yilmaz', 'El Amrani'];

/** Median handling days per department (threats are picked up the same day). */
const HANDLING_DAYS: Partial<Record<Department, number>> = {
  veiligheid: 0.4, belastingen: 9, burgerzaken: 4, sociaal_domein: 6, leerplicht: 5, vergunningen: 12,
  openbare_ruimte: 7, juridische_zaken: 21, klantcontact: 3, bestuurszaken: 10,
};

const DAY = 86_400_000;

export interface DemoPlanItem { record: CorpusRecord; receivedAt: Date; postcode: string; name: string }

/** Seasonal weight of a week starting at `d`. */
function season(d: Date): number {
  const m = d.getUTCMonth();
  if (m === 1 || m === 2) return 1.35; // assessments (aanslagen) go out
  if (m === 6 || m === 7) return 0.7;
  if (m === 11) return 0.8;
  return 1;
}

/** The letters of the demo year with their arrival moments; deterministic for (now, weeks, perWeek). */
export function planDemoYear(opts: { now?: Date; weeks?: number; perWeek?: number } = {}): DemoPlanItem[] {
  const now = opts.now ?? new Date();
  const weeks = opts.weeks ?? 52;
  const perWeek = opts.perWeek ?? 48;
  const random = mulberry32(DEMO_SEED);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const pool = generateCorpus({ seed: DEMO_SEED, count: Math.max(1200, Math.round(weeks * perWeek * 1.6)) });
  const byCategory = new Map<Category, CorpusRecord[]>();
  for (const r of pool) if (!r.campaign) (byCategory.get(r.category) ?? byCategory.set(r.category, []).get(r.category)!).push(r);
  const used = new Map<Category, number>();
  const draw = (c: Category) => {
    const list = byCategory.get(c)!;
    const i = used.get(c) ?? 0;
    used.set(c, i + 1);
    return list[i % list.length]!;
  };
  const cats = Object.keys(MIX) as Category[];
  const drawCategory = () => {
    let x = random();
    for (const c of cats) { x -= MIX[c]; if (x <= 0) return c; }
    return 'regulier';
  };
  const areaTotal = AREAS.reduce((s, [, w]) => s + w, 0);
  const postcode = () => {
    let x = random() * areaTotal;
    const area = AREAS.find(([, w]) => (x -= w) <= 0)?.[0] ?? AREAS[0]![0];
    return `${area} ${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}`;
  };
  const item = (record: CorpusRecord, receivedAt: Date): DemoPlanItem => ({
    record, receivedAt, postcode: postcode(), name: `${pick(FIRST)} ${pick(LAST)}`,
  });

  // Monday 00:00 UTC of the current week; week k (0 = this week) starts k weeks earlier.
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
  const out: DemoPlanItem[] = [];
  for (let k = weeks - 1; k >= 0; k--) {
    const start = new Date(monday.getTime() - k * 7 * DAY);
    // This week is not over yet: only the days that have passed.
    const days = k === 0 ? Math.max(1, Math.min(7, (now.getTime() - start.getTime()) / DAY)) : 7;
    const expected = perWeek * season(start) * (days / 7);
    const n = Math.round(expected * (0.85 + random() * 0.3));
    for (let i = 0; i < n; i++) {
      const at = new Date(start.getTime() + random() * days * DAY);
      if (at.getTime() >= now.getTime()) continue;
      out.push(item(draw(drawCategory()), at));
    }
  }
  for (const c of CAMPAIGNS) {
    const letters = pool.filter((r) => r.campaign === c.id).slice(0, c.letters);
    const start = new Date(monday.getTime() - (c.weeksAgo + 1) * 7 * DAY);
    if (c.weeksAgo + 1 >= weeks) continue;
    for (const r of letters) out.push(item(r, new Date(start.getTime() + random() * c.spreadWeeks * 7 * DAY)));
  }
  return out.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

/** Submits the planned letters through the real intake; the worker classifies them. */
export async function submitDemoYear(intake: IntakeService, plan: readonly DemoPlanItem[]): Promise<number> {
  let stored = 0;
  for (const p of plan) {
    const res = await intake.ingestJson({
      subject: p.record.subject, body: p.record.body, channel: p.record.channel, received_at: p.receivedAt.toISOString(),
      sender_name: p.name, sender_postcode: p.postcode,
    }, null, null);
    if (!res.duplicate) stored++;
  }
  return stored;
}

/**
 * After classification: letters older than two weeks are handled, newer ones partly, with a
 * log-normal handling time around the department's median (never in the future).
 */
export async function simulateHandling(db: Kysely<DB>, now = new Date()): Promise<number> {
  const random = mulberry32(DEMO_SEED + 1);
  const rows = await db.selectFrom('letters').select(['id', 'received_at', 'department'])
    .where('status', '=', 'open').orderBy('received_at').orderBy('id').execute();
  const updates: { id: string; at: Date }[] = [];
  for (const r of rows) {
    const median = HANDLING_DAYS[r.department as Department] ?? 7;
    // Box–Muller: log-normal with sigma 0.7 around the median.
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const at = new Date(r.received_at.getTime() + median * Math.exp(0.7 * z) * DAY);
    if (at.getTime() < now.getTime() - 3_600_000) updates.push({ id: r.id, at });
  }
  for (let i = 0; i < updates.length; i += 500) {
    const chunk = updates.slice(i, i + 500);
    const values = sql.join(chunk.map((u) => sql`(${u.id}::uuid, ${u.at.toISOString()}::timestamptz)`));
    await sql`UPDATE letters l SET status = 'handled', handled_at = v.at, updated_at = now()
              FROM (VALUES ${values}) AS v(id, at) WHERE l.id = v.id AND l.status = 'open'`.execute(db);
  }
  return updates.length;
}

/** Resolves when no classification job is queued or running any more. */
export async function queueDrained(jobs: { depth(): Promise<{ queued: number; running: number }> }, onProgress?: (left: number) => void, pollMs = 2000): Promise<void> {
  for (;;) {
    const d = await jobs.depth();
    if (d.queued + d.running === 0) return;
    onProgress?.(d.queued + d.running);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
