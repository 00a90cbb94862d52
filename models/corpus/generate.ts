/**
 * Seeded, reproducible generator of labelled letters (issue "Labelled training corpus").
 *
 *   npm run corpus:generate -- [--seed N] [--count N] [--out path]
 *
 * Same seed and count -> byte-identical output. See models/data/README.md ("Generator") for the
 * building blocks under models/corpus/blocks/ and how to extend them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Category, Channel, Topic } from '../../server/taxonomy.ts';
import { CATEGORIES } from '../../server/taxonomy.ts';
import { route } from '../../server/routing/engine.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import { Rng, hashString } from './prng.ts';
import { Ctx, tidy, type Lang } from './template.ts';
import type { Composer, Draft, LetterCtx, Plan, Size } from './letter.ts';
import { makeProfile, makeProviders, type ProfileWishes, type Register, type SenderKind, type Tone } from './blocks/profiles.ts';
import { injectTypos, ocrNoise, shout } from './blocks/noise.ts';
import { wrapEmail, wrapPdf, wrapScan, wrapWebform, type Wrapped } from './blocks/channels.ts';
import { CAMPAIGNS, type Campaign } from './blocks/campaigns.ts';
import { MATTERS, setMatter } from './blocks/topics.ts';
import { SOV_SIGNATURES } from './blocks/sovereign.ts';
import { composeBedreiging } from './blocks/categories/bedreiging.ts';
import { composeBetalingsweigering } from './blocks/categories/betalingsweigering.ts';
import { composeSoevereiniteit } from './blocks/categories/soevereiniteit.ts';
import { composeWoo } from './blocks/categories/woo.ts';
import { composeBezwaar } from './blocks/categories/bezwaar.ts';
import { composeKlacht } from './blocks/categories/klacht.ts';
import { composeRegulier } from './blocks/categories/regulier.ts';
import { serializeRecord, type CorpusRecord } from './record.ts';

export const DEFAULT_SEED = 20260301;
export const DEFAULT_COUNT = 5000;
export const CAMPAIGN_SHARE = 0.12;
export const MIN_WORDS = 20;
export const MAX_WORDS = 900;

type Weights<T> = readonly (readonly [T, number])[];

interface CategoryProfile {
  share: number;
  topics: Weights<Topic>;
  english: number;
  anti: number; // chance of anti_institutioneel (1 = always)
  zorg: number;
  channels: Weights<Channel>;
}

/** Distribution knobs per category. Shares sum to 1; every category stays >= 8%. */
export const CATEGORY_PROFILES: Record<Category, CategoryProfile> = {
  bedreiging: {
    share: 0.11, english: 0.12, anti: 0.45, zorg: 0.2,
    topics: [['belastingen', 2], ['brp', 1], ['sociaal', 2], ['leerplicht', 1], ['vergunningen', 1], ['openbare_ruimte', 1], ['bestuur', 2.5], ['overig', 0.7]],
    channels: [['email', 4], ['webform', 3], ['pdf', 1], ['scan', 2]],
  },
  betalingsweigering: {
    share: 0.12, english: 0.2, anti: 1, zorg: 0.17,
    topics: [['belastingen', 7], ['leerplicht', 1.3], ['vergunningen', 0.7], ['brp', 0.5], ['sociaal', 0.6], ['openbare_ruimte', 0.5], ['overig', 0.4]],
    channels: [['email', 2], ['webform', 0.5], ['pdf', 3], ['scan', 3]],
  },
  soevereiniteitsverklaring: {
    share: 0.14, english: 0.25, anti: 1, zorg: 0.14,
    topics: [['brp', 4], ['bestuur', 2], ['belastingen', 1.5], ['overig', 1.5], ['leerplicht', 0.8], ['sociaal', 0.8], ['vergunningen', 0.6], ['openbare_ruimte', 0.4]],
    channels: [['email', 2], ['webform', 0.3], ['pdf', 3.5], ['scan', 3]],
  },
  woo_verzoek: {
    share: 0.12, english: 0.06, anti: 0.2, zorg: 0.04,
    topics: [['bestuur', 3], ['vergunningen', 2], ['openbare_ruimte', 1.5], ['belastingen', 1.2], ['sociaal', 1.2], ['brp', 0.6], ['leerplicht', 0.5], ['overig', 1.2]],
    channels: [['email', 5], ['webform', 2], ['pdf', 2], ['scan', 0.7]],
  },
  bezwaar: {
    share: 0.17, english: 0.04, anti: 0.06, zorg: 0.14,
    topics: [['belastingen', 5], ['vergunningen', 2], ['sociaal', 2], ['brp', 0.8], ['leerplicht', 0.8], ['overig', 0.5]],
    channels: [['email', 3], ['webform', 1.5], ['pdf', 3.5], ['scan', 1.5]],
  },
  klacht: {
    share: 0.14, english: 0.06, anti: 0.07, zorg: 0.22,
    topics: [['belastingen', 1.5], ['brp', 1.5], ['sociaal', 1.5], ['leerplicht', 0.6], ['vergunningen', 0.8], ['openbare_ruimte', 2], ['bestuur', 0.4], ['overig', 1.2]],
    channels: [['email', 4], ['webform', 3], ['pdf', 1.5], ['scan', 1.2]],
  },
  regulier: {
    share: 0.2, english: 0.06, anti: 0.04, zorg: 0.36,
    topics: [['belastingen', 2], ['brp', 1.5], ['sociaal', 1.8], ['leerplicht', 1], ['vergunningen', 1.2], ['openbare_ruimte', 2.2], ['bestuur', 1.2], ['overig', 1.2]],
    channels: [['email', 4], ['webform', 3.5], ['pdf', 1.2], ['scan', 1.5]],
  },
};

const COMPOSERS: Record<Category, Composer> = {
  bedreiging: composeBedreiging,
  betalingsweigering: composeBetalingsweigering,
  soevereiniteitsverklaring: composeSoevereiniteit,
  woo_verzoek: composeWoo,
  bezwaar: composeBezwaar,
  klacht: composeKlacht,
  regulier: composeRegulier,
};

const SIZE_BY_CHANNEL: Record<Channel, Weights<Size>> = {
  webform: [['short', 7], ['medium', 3], ['long', 0.1]],
  email: [['short', 3], ['medium', 5], ['long', 2]],
  pdf: [['short', 1], ['medium', 5.5], ['long', 3.5]],
  scan: [['short', 2], ['medium', 5], ['long', 3]],
};

/** Categories whose real letters are more often long (declarations, bezwaarschriften) get more long ones. */
const LONG_FACTOR: Record<Category, number> = {
  bedreiging: 1, betalingsweigering: 1.5, soevereiniteitsverklaring: 1.8, woo_verzoek: 1.4, bezwaar: 1.7, klacht: 1.2, regulier: 0.8,
};

/** Largest-remainder allocation of `total` over weights. */
function allocate<T>(total: number, weights: Weights<T>): Map<T, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const raw = weights.map(([k, w]) => [k, (total * w) / sum] as const);
  const out = new Map<T, number>(raw.map(([k, x]) => [k, Math.floor(x)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  const byRem = raw.slice().sort((a, b) => b[1] - Math.floor(b[1]) - (a[1] - Math.floor(a[1])));
  for (let i = 0; left > 0; i = (i + 1) % byRem.length, left--) {
    const k = (byRem[i] as readonly [T, number])[0];
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

interface Slot {
  category: Category;
  campaign: Campaign | null;
}

function planSlots(rng: Rng, count: number): Slot[] {
  const catCounts = allocate(count, CATEGORIES.map((c) => [c, CATEGORY_PROFILES[c].share] as const));
  const campCounts = allocate(Math.round(count * CAMPAIGN_SHARE), CAMPAIGNS.map((c) => [c, c.weight] as const));
  const slots: Slot[] = [];
  for (const [camp, n] of campCounts) {
    const have = catCounts.get(camp.category) ?? 0;
    const take = Math.min(n, have);
    catCounts.set(camp.category, have - take);
    for (let i = 0; i < take; i++) slots.push({ category: camp.category, campaign: camp });
  }
  for (const [cat, n] of catCounts) for (let i = 0; i < n; i++) slots.push({ category: cat, campaign: null });
  return rng.shuffle(slots);
}

function wishesFor(rng: Rng, plan: Plan): ProfileWishes {
  const w: ProfileWishes = { lang: plan.lang };
  const tones: Partial<Record<Category, Weights<Tone>>> = {
    bedreiging: [['boos', 3], ['woedend', 4], ['kalm', 1], ['zakelijk', 0.5]],
    klacht: [['geergerd', 3], ['boos', 2.5], ['woedend', 1], ['kalm', 2], ['zakelijk', 1]],
    bezwaar: [['zakelijk', 3], ['kalm', 3], ['geergerd', 2], ['boos', 1.5], ['woedend', 0.5]],
    betalingsweigering: [['zakelijk', 3], ['boos', 2], ['kalm', 1]],
    soevereiniteitsverklaring: [['zakelijk', 4], ['kalm', 1], ['boos', 1]],
    woo_verzoek: [['zakelijk', 5], ['kalm', 2], ['geergerd', 1], ['boos', 0.5]],
    regulier: [['vriendelijk', 4], ['kalm', 4], ['zakelijk', 2], ['geergerd', 1]],
  };
  const t = tones[plan.category];
  if (t) w.tone = rng.weighted(t);
  if (plan.zorg && rng.chance(0.5)) w.tone = 'wanhopig';
  if (plan.channel === 'webform') w.register = rng.weighted<Register>([['informeel', 5], ['neutraal', 3], ['chaotisch', 1]]);
  if (plan.channel === 'scan') w.ageGroup = rng.weighted([['oud', 5], ['midden', 4], ['jong', 1]] as const);
  if (plan.category === 'soevereiniteitsverklaring' || plan.category === 'betalingsweigering') {
    w.ageGroup = rng.weighted([['midden', 6], ['oud', 2], ['jong', 2]] as const);
    if (plan.channel !== 'webform') w.register = rng.weighted<Register>([['formeel', 5], ['chaotisch', 1.5], ['neutraal', 1]]);
  }
  if (plan.category === 'bedreiging' && rng.chance(0.3)) w.register = 'chaotisch';

  if (plan.category === 'woo_verzoek') {
    w.kind = rng.weighted<SenderKind>([['burger', 5], ['journalist', 2.5], ['advocaat', 1.2], ['actiegroep', 1.5]]);
    if (w.kind !== 'burger') w.register = 'formeel';
  }
  return w;
}

function samplePlan(rng: Rng, slot: Slot): Plan {
  const cat = slot.category;
  const prof = CATEGORY_PROFILES[cat];
  if (slot.campaign) {
    const camp = slot.campaign;
    const channel = rng.weighted(camp.channels);
    return {
      category: cat, topic: camp.topic, lang: camp.lang, anti: camp.anti, zorg: rng.chance(camp.zorgChance), channel,
      size: 'medium', campaign: camp.id,
    };
  }
  const topic = rng.weighted(prof.topics);
  const lang: Lang = rng.chance(prof.english) ? 'en' : 'nl';
  const anti = rng.chance(prof.anti);
  const zorg = rng.chance(prof.zorg);
  const channel = rng.weighted(prof.channels);
  const size = rng.weighted(SIZE_BY_CHANNEL[channel].map(([k, w]) => [k, k === 'long' ? w * LONG_FACTOR[cat] : w] as const));
  const xl = size === 'long' && rng.chance(0.3);
  return { category: cat, topic, lang, anti, zorg, channel, size, xl, campaign: null };
}

function campaignDraft(lc: LetterCtx, camp: Campaign): Draft {
  const { c, rng, plan } = lc;
  if (camp.matter) {
    const m = MATTERS.find((x) => x.key === camp.matter);
    if (m) setMatter(c, m);
  }
  const paras = camp.paragraphs.map((p) => c.r(p));
  if (camp.personalLines.length > 0 && rng.chance(0.35)) paras.splice(rng.int(1, paras.length - 1), 0, c.r(rng.pick(camp.personalLines)));
  if (plan.zorg && camp.zorgLines.length > 0) paras.splice(rng.int(1, paras.length - 1), 0, c.r(rng.pick(camp.zorgLines)));
  const d: Draft = { subject: c.r(camp.subject), salutation: camp.salutation, paragraphs: paras, closing: camp.closing };
  // Campaign texts are written to their labels; record the tags the label check expects.
  if (camp.anti) c.tag('anti');
  if (camp.category === 'bedreiging') c.tag('threat');
  if (camp.category === 'betalingsweigering') c.tag('refusal');
  if (plan.zorg) c.tag('zorg');
  if (camp.sovereignSignature) {
    d.signName = c.v('naamSoev');
    d.signExtra = [c.p(SOV_SIGNATURES)];
  }
  if (camp.id === 'camp-woz-bureau') {
    d.signName = '';
    d.organisation = 'Waardevast Bezwaar B.V.';
    d.fromBlock = ['Waardevast Bezwaar B.V.', 'Postbus 1180', '3430 BD Nieuwegein'];
  }
  return d;
}

/**
 * Checks that the text drawn for a letter carries exactly what its labels claim: a distress cue
 * iff zorgsignaal, a threat iff bedreiging, anti-institutional rhetoric iff anti_institutioneel,
 * a refusal to pay iff betalingsweigering. Returns the mismatches (empty = consistent).
 */
export function labelMismatches(plan: Plan, tags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (plan.zorg !== tags.has('zorg')) out.push(`zorgsignaal=${plan.zorg} but distress cue ${tags.has('zorg') ? 'present' : 'absent'}`);
  if ((plan.category === 'bedreiging') !== tags.has('threat')) out.push(`category ${plan.category} but threat ${tags.has('threat') ? 'present' : 'absent'}`);
  if (plan.anti !== tags.has('anti')) out.push(`anti_institutioneel=${plan.anti} but rhetoric ${tags.has('anti') ? 'present' : 'absent'}`);
  if ((plan.category === 'betalingsweigering') !== tags.has('refusal')) out.push(`category ${plan.category} but refusal ${tags.has('refusal') ? 'present' : 'absent'}`);
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Surface noise of the writer: typos by spelling level, shouting for furious/chaotic writers. */
function applyWriterNoise(d: Draft, lc: LetterCtx): void {
  const { rng, profile, plan } = lc;
  if (plan.campaign) return; // copied template text: clean
  let level = profile.spelling;
  if (plan.channel === 'webform' && rng.chance(0.5)) level = Math.min(3, level + 1);
  const shouty = profile.register === 'chaotisch' || profile.tone === 'woedend';
  d.paragraphs = d.paragraphs.map((p) => {
    let t = injectTypos(p, level, rng, plan.lang);
    if (shouty) t = shout(t, rng, profile.register === 'chaotisch' ? 0.3 : 0.15);
    return t;
  });
  if (profile.register === 'chaotisch' && d.paragraphs.length > 2 && rng.chance(0.5)) {
    // Chaotic writers often don't use paragraphs at all.
    d.paragraphs = [d.paragraphs.join(' ')];
  }
}

function wrap(d: Draft, lc: LetterCtx): Wrapped {
  switch (lc.plan.channel) {
    case 'email':
      return wrapEmail(d, lc);
    case 'webform':
      return wrapWebform(d, lc);
    case 'pdf':
      return wrapPdf(d, lc);
    case 'scan': {
      const w = wrapScan(d, lc);
      const level = lc.profile.ageGroup === 'oud' ? lc.rng.weighted([[1, 1], [2, 2], [3, 2]]) : lc.rng.weighted([[1, 3], [2, 3], [3, 1]]);
      return { subject: w.subject, body: ocrNoise(w.body, level, lc.rng) };
    }
  }
}

function cleanText(s: string): string {
  return tidy(s)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

/** What the last generateDetailed call had to retry (for the CLI summary and debugging). */
export const report = { labelRetries: [] as string[], lengthRetries: 0 };

/** Generates one letter for slot i; retries with another sub-seed when the length is out of range. */
export interface DetailedLetter {
  record: CorpusRecord;
  plan: Plan;
  /** Label tags of the content drawn for the letter (see tagBank in template.ts). */
  tags: string[];
}

function generateOne(seed: number, index: number, slot: Slot): DetailedLetter {
  let last: DetailedLetter | null = null;
  let lastMismatch = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    const rng = new Rng(hashString(`${seed}:${index}:${attempt}`));
    const plan = samplePlan(rng, slot);
    if (attempt > 0 && last) {
      const words = wordCount(last.record.body);
      if (words > MAX_WORDS) {
        if (plan.xl) plan.xl = false;
        else plan.size = plan.size === 'long' ? 'medium' : 'short';
      }
      if (words < MIN_WORDS) plan.size = plan.size === 'short' ? 'medium' : 'long';
    }
    const profile = makeProfile(rng, wishesFor(rng, plan));
    // Typed and paper letters are rarely chatty.
    if ((plan.channel === 'pdf' || plan.channel === 'scan') && profile.register === 'informeel') profile.register = rng.chance(0.7) ? 'neutraal' : 'formeel';
    const ctx = new Ctx(rng, plan.lang, makeProviders(profile, rng, plan.lang));
    ctx.set('stuk', plan.channel === 'email' || plan.channel === 'webform' ? 'mail' : 'brief');
    const lc: LetterCtx = { c: ctx, rng, plan, profile };
    const draft = slot.campaign ? campaignDraft(lc, slot.campaign) : COMPOSERS[plan.category](lc);
    draft.paragraphs = draft.paragraphs.map((p) => tidy(p)).filter((p) => p.trim() !== '');
    applyWriterNoise(draft, lc);
    const w = wrap(draft, lc);
    const decision = route({ category: plan.category, topic: plan.topic, anti_institutioneel: plan.anti, zorgsignaal: plan.zorg }, DEFAULT_RULESET);
    const rec: CorpusRecord = {
      id: `gen-${String(index + 1).padStart(5, '0')}`,
      channel: plan.channel,
      subject: cleanText(w.subject).replace(/\s+/g, ' ') || 'vraag',
      body: cleanText(w.body),
      language: plan.lang,
      category: plan.category,
      anti_institutioneel: plan.anti,
      zorgsignaal: plan.zorg,
      topic: plan.topic,
      department: decision.department,
      cc: decision.cc,
      source: 'generator',
      split: 'train',
      campaign: plan.campaign,
    };
    const mismatches = labelMismatches(plan, ctx.tags);
    if (mismatches.length > 0) {
      lastMismatch = `${rec.id} (${plan.category}, ${plan.topic}, ${plan.lang}, ${plan.size}): ${mismatches.join('; ')}`;
      report.labelRetries.push(lastMismatch);
      continue;
    }
    const words = wordCount(rec.body);
    if (words >= MIN_WORDS && words <= MAX_WORDS) return { record: rec, plan, tags: [...ctx.tags].sort() };
    report.lengthRetries++;
    last = { record: rec, plan, tags: [...ctx.tags].sort() };
  }
  if (!last) throw new Error(`could not generate a letter whose text matches its labels: ${lastMismatch}`);
  return last;
}

export interface GenerateOptions {
  seed?: number;
  count?: number;
}

/** Generates the corpus in memory. Deterministic in (seed, count). */
export function generateCorpus(opts: GenerateOptions = {}): CorpusRecord[] {
  return generateDetailed(opts).map((x) => x.record);
}

/** Like generateCorpus, but also returns the plan (size, flags) each letter was written from. */
export function generateDetailed(opts: GenerateOptions = {}): DetailedLetter[] {
  const seed = opts.seed ?? DEFAULT_SEED;
  const count = opts.count ?? DEFAULT_COUNT;
  report.labelRetries = [];
  report.lengthRetries = 0;
  const slots = planSlots(new Rng(seed), count);
  return slots.map((slot, i) => generateOne(seed, i, slot));
}

export function toJsonl(records: readonly CorpusRecord[]): string {
  return records.map(serializeRecord).join('\n') + '\n';
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseArgs(argv: readonly string[]): { seed: number; count: number; out: string } {
  let seed = DEFAULT_SEED;
  let count = DEFAULT_COUNT;
  let out = resolve(REPO_ROOT, 'models/data/generated.jsonl');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`missing value after ${a}`);
      return v;
    };
    if (a === '--seed') seed = Number.parseInt(next(), 10);
    else if (a === '--count') count = Number.parseInt(next(), 10);
    else if (a === '--out') out = resolve(process.cwd(), next());
    else if (a === '--help' || a === '-h') {
      console.log('usage: tsx models/corpus/generate.ts [--seed N] [--count N] [--out path]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isFinite(seed) || !Number.isFinite(count) || count < 1) throw new Error('--seed and --count must be numbers, count >= 1');
  return { seed, count, out };
}

function main(): void {
  const { seed, count, out } = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const records = generateCorpus({ seed, count });
  const text = toJsonl(records);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  console.log(`wrote ${records.length} letters (seed ${seed}) to ${out}: ${mb.toFixed(2)} MB in ${Date.now() - t0} ms`);
  console.log(`regenerated ${report.lengthRetries} drafts for length and ${report.labelRetries.length} for a label/text mismatch`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
