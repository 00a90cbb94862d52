/**
 * Surface noise: spelling mistakes of the writer (depends on the sender profile) and OCR
 * errors of scanned paper. Applied after composition, so the phrase banks stay clean.
 */
import type { Rng } from '../prng.ts';

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sqz', b: 'vnh', c: 'xvd', d: 'sfe', e: 'wrd', f: 'dgr', g: 'fht', h: 'gjy', i: 'uok', j: 'hku', k: 'jli',
  l: 'ko', m: 'n', n: 'bm', o: 'ipl', p: 'o', r: 'et', s: 'adw', t: 'ry', u: 'yi', v: 'cb', w: 'qe', z: 'xa',
};

/** Typical Dutch spelling confusions (whole-word, lower case). */
const NL_CONFUSIONS: readonly (readonly [RegExp, string])[] = [
  [/^wordt$/, 'word'], [/^word$/, 'wordt'], [/^gebeurt$/, 'gebeurd'], [/^gebeurd$/, 'gebeurt'], [/^vind$/, 'vindt'],
  [/^antwoord$/, 'antwoort'], [/^hen$/, 'hun'], [/^zij$/, 'zei'], [/^zei$/, 'zij'], [/^bijvoorbeeld$/, 'bv'],
  [/^misschien$/, 'misschein'], [/^eigenlijk$/, 'eigelijk'], [/^helemaal$/, 'hellemaal'], [/^namelijk$/, 'nml'],
  [/^alstublieft$/, 'aub'], [/^ontvangen$/, 'ontvagen'], [/^gemeente$/, 'gemeende'],
  [/^beantwoord$/, 'beantwoordt'], [/^verantwoordelijk$/, 'verantwoordenlijk'], [/^financiële$/, 'financiele'],
  [/^geïnformeerd$/, 'geinformeerd'], [/^reëel$/, 'reeel'], [/^privé$/, 'prive'], [/^café$/, 'cafe'],
  [/^definitief$/, 'difinitief'], [/^parkeervergunning$/, 'parkeer vergunning'], [/^afvalstoffenheffing$/, 'afval stoffenheffing'],
  [/^bezwaarschrift$/, 'bezwaar schrift'], [/^medewerker$/, 'mede werker'], [/^telefoonnummer$/, 'telefoon nummer'],
];
const EN_CONFUSIONS: readonly (readonly [RegExp, string])[] = [
  [/^their$/, 'there'], [/^there$/, 'their'], [/^your$/, 'you\'re'], [/^its$/, 'it\'s'], [/^receive$/, 'recieve'],
  [/^definitely$/, 'definately'], [/^separate$/, 'seperate'], [/^municipality$/, 'municipalty'], [/^would$/, 'wuold'],
];

function typoWord(w: string, rng: Rng): string {
  if (w.length < 3 || /\d/.test(w) || /[@/]/.test(w)) return w;
  const i = rng.int(1, w.length - 2);
  const op = rng.int(0, 3);
  if (op === 0) return w.slice(0, i) + w.slice(i + 1); // drop
  if (op === 1) return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2); // swap
  if (op === 2) return w.slice(0, i) + (w[i] ?? '') + w.slice(i); // double
  const c = (w[i] ?? '').toLowerCase();
  const nb = KEY_NEIGHBOURS[c];
  return nb ? w.slice(0, i) + (nb[rng.int(0, nb.length - 1)] ?? c) + w.slice(i + 1) : w;
}

/**
 * Spelling noise of a writer. level 0 = flawless, 1 = an occasional slip, 2 = sloppy, 3 = very poor.
 */
export function injectTypos(text: string, level: number, rng: Rng, lang: 'nl' | 'en'): string {
  if (level <= 0) return text;
  const pTypo = [0, 0.006, 0.02, 0.045][level] ?? 0.045;
  const pConf = [0, 0.15, 0.4, 0.7][level] ?? 0.7;
  const confusions = lang === 'en' ? EN_CONFUSIONS : NL_CONFUSIONS;
  const lines = text.split('\n');
  const out = lines.map((line) => {
    // Leave header-like lines (addresses, "Betreft:", quoted text, signatures) mostly alone.
    if (/^(>|Van:|Aan:|Datum:|Onderwerp:|From:|To:|Subject:|Date:)/.test(line)) return line;
    let l = line.replace(/[A-Za-zÀ-ÿ']+/g, (w) => {
      const lower = w.toLowerCase();
      for (const [re, rep] of confusions) {
        if (re.test(lower) && rng.chance(pConf)) return w[0] === w[0]?.toUpperCase() ? rep.charAt(0).toUpperCase() + rep.slice(1) : rep;
      }
      return rng.chance(pTypo) ? typoWord(w, rng) : w;
    });
    if (level >= 2) {
      if (rng.chance(0.3)) l = l.replace(/([.!?]) ([A-Z])/g, (m, p: string, c: string) => (rng.chance(0.5) ? `${p} ${c.toLowerCase()}` : m));
      if (rng.chance(0.25)) l = l.replace(/, /g, (m) => (rng.chance(0.4) ? ' ' : m));
      if (rng.chance(0.15)) l = l.replace(/\.$/, rng.pick(['', '..', '...', ' .']));
    }
    if (level >= 3 && rng.chance(0.2)) l = l.replace(/\bik\b/g, 'ik').replace(/\bIk\b/g, (m) => (rng.chance(0.5) ? 'ik' : m));
    return l;
  });
  return out.join('\n');
}

/** Puts some sentences in capitals and adds exclamation marks (chaotic or furious writers). */
export function shout(text: string, rng: Rng, intensity = 0.2): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(/[^.!?]+[.!?]/g, (s) => {
        if (!rng.chance(intensity)) return s;
        let t = s.toUpperCase();
        if (rng.chance(0.6)) t = t.replace(/[.!?]$/, rng.pick(['!!', '!!!', '!?!', '!!!!']));
        return t;
      }),
    )
    .join('\n');
}

const OCR_SWAPS: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'], [/m/g, 'rn'], [/l/g, '1'], [/1/g, 'l'], [/I/g, 'l'], [/0/g, 'O'], [/O/g, '0'], [/e/g, 'c'],
  [/c/g, 'e'], [/h/g, 'b'], [/ii/g, 'ü'], [/ij/g, 'y'], [/u/g, 'n'], [/n/g, 'u'], [/,/g, '.'], [/S/g, '5'], [/B/g, '8'],
  [/é/g, 'e\''], [/ë/g, 'e'], [/d/g, 'cl'], [/t/g, 'l'], [/f/g, 't'],
];
const STRAY = ['\'', ',', '.', '|', '~', '`', '«', '^', '·', '°', ';', '_', '¦'];

/** Wraps text at a column width, hyphenating some long words across the break. */
function wrapHyphenate(text: string, width: number, rng: Rng, pHyphen: number): string {
  const outLines: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      outLines.push('');
      continue;
    }
    let line = '';
    for (const word of para.split(/ +/)) {
      if (line.length + word.length + 1 <= width || line === '') {
        line = line ? `${line} ${word}` : word;
        continue;
      }
      if (word.length >= 8 && /^[a-zA-Zà-ÿ]+[.,;:]?$/.test(word) && rng.chance(pHyphen)) {
        const cut = rng.int(3, word.length - 4);
        outLines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
      } else {
        outLines.push(line);
        line = word;
      }
    }
    outLines.push(line);
  }
  return outLines.join('\n');
}

/**
 * OCR noise of a scanned letter. level 1 = clean laser print, 2 = average scan, 3 = poor
 * scan of a hand-written or faxed letter. Besides character confusions this produces broken
 * hyphenation across lines, sometimes re-joined by the OCR as "beta- ling", doubled spaces and
 * stray characters from dirt on the glass.
 */
export function ocrNoise(text: string, level: number, rng: Rng): string {
  const pChar = [0, 0.004, 0.012, 0.03][level] ?? 0.03;
  const width = rng.int(52, 78);
  let t = wrapHyphenate(text, width, rng, 0.35 + 0.15 * level);
  // Sometimes the OCR keeps lines but re-joins hyphenated words with a space: "beta- ling".
  if (rng.chance(0.5)) t = t.replace(/([a-zà-ÿ])-\n([a-zà-ÿ])/g, (m, a: string, b: string) => (rng.chance(0.5) ? `${a}- ${b}` : m));
  // Character confusions, word by word.
  t = t.replace(/[^\s]+/g, (w) => {
    if (!rng.chance(pChar * Math.min(w.length, 12))) return w;
    const [re, rep] = rng.pick(OCR_SWAPS);
    const matches = [...w.matchAll(new RegExp(re.source, 'g'))];
    if (matches.length === 0) return w;
    const m = rng.pick(matches);
    const idx = m.index ?? 0;
    return w.slice(0, idx) + rep + w.slice(idx + m[0].length);
  });
  // Doubled spaces and stray characters.
  t = t.replace(/ /g, () => (rng.chance(pChar * 2.5) ? '  ' : ' '));
  t = t
    .split('\n')
    .map((line) => (rng.chance(pChar * 6) ? (rng.chance(0.5) ? `${rng.pick(STRAY)} ${line}` : `${line} ${rng.pick(STRAY)}`) : line))
    .join('\n');
  if (level >= 2 && rng.chance(0.3)) t = t.replace(/\n\n/, `\n${rng.pick(['', '. ', '\'', '- 1 -', '|'])}\n\n`);
  return t;
}
