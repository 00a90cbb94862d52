/**
 * Sender profiles and the per-letter variables ({naam}, {gemeente}, {datum}, ...).
 *
 * A profile fixes who writes: age, background, kind of sender, register (how formal),
 * tone (calm ... furious, desperate) and spelling quality (drives typo injection).
 * The providers below create every template variable lazily, so a letter only draws the
 * values it actually uses and keeps them fixed throughout.
 */
import type { Rng } from '../prng.ts';
import type { Lang, Provider } from '../template.ts';
import { MUNICIPALITIES, houseNumber, postcode, streetName, LOCAL_PLACES, type Municipality } from './places.ts';
import {
  ACTION_GROUPS, LAW_FIRMS, MEDIA, WOZ_BUREAUS, bsn, emailAddress, fullName, iban, official, person, phone,
  sovereignName, surnameCap, type Background, type Person,
} from './people.ts';

export type AgeGroup = 'jong' | 'midden' | 'oud';
export type SenderKind = 'burger' | 'ondernemer' | 'bureau' | 'journalist' | 'advocaat' | 'actiegroep' | 'raadslid';
export type Register = 'formeel' | 'neutraal' | 'informeel' | 'ouderwets' | 'chaotisch';
export type Tone = 'kalm' | 'vriendelijk' | 'zakelijk' | 'geergerd' | 'boos' | 'woedend' | 'wanhopig';

export interface Profile {
  person: Person;
  age: number;
  ageGroup: AgeGroup;
  kind: SenderKind;
  register: Register;
  tone: Tone;
  /** 0 flawless .. 3 very poor. */
  spelling: number;
  municipality: Municipality;
}

export interface ProfileWishes {
  lang: Lang;
  kind?: SenderKind;
  register?: Register;
  tone?: Tone;
  ageGroup?: AgeGroup;
}

export function makeProfile(rng: Rng, w: ProfileWishes): Profile {
  const ageGroup: AgeGroup = w.ageGroup ?? rng.weighted<AgeGroup>([['jong', 3], ['midden', 5], ['oud', 3]]);
  const age = ageGroup === 'jong' ? rng.int(18, 32) : ageGroup === 'midden' ? rng.int(33, 66) : rng.int(67, 94);
  const background: Background =
    w.lang === 'en'
      ? rng.weighted<Background>([['expat', 7], ['nl_old', 2], ['nl_young', 2], ['pol', 1]])
      : rng.weighted<Background>([
          [ageGroup === 'oud' ? 'nl_old' : 'nl_young', 12], ['nl_old', 4], ['maroc', 2], ['turk', 2], ['sur', 1.5], ['pol', 0.7], ['fries', 1], ['expat', 0.3],
        ]);
  const p = person(rng, background);
  const register: Register =
    w.register ??
    (ageGroup === 'oud'
      ? rng.weighted<Register>([['ouderwets', 4], ['formeel', 4], ['neutraal', 3], ['chaotisch', 1]])
      : ageGroup === 'jong'
        ? rng.weighted<Register>([['informeel', 5], ['neutraal', 4], ['formeel', 1], ['chaotisch', 1]])
        : rng.weighted<Register>([['formeel', 4], ['neutraal', 5], ['informeel', 2], ['chaotisch', 1]]));
  const tone: Tone = w.tone ?? rng.weighted<Tone>([['kalm', 4], ['vriendelijk', 3], ['zakelijk', 3], ['geergerd', 2], ['boos', 1]]);
  const spelling =
    register === 'chaotisch'
      ? rng.weighted([[2, 2], [3, 3]])
      : register === 'informeel'
        ? rng.weighted([[0, 2], [1, 4], [2, 3], [3, 1]])
        : register === 'ouderwets'
          ? rng.weighted([[0, 4], [1, 3], [2, 1]])
          : rng.weighted([[0, 6], [1, 3], [2, 1]]);
  return { person: p, age, ageGroup, kind: w.kind ?? 'burger', register, tone, spelling, municipality: rng.pick(MUNICIPALITIES) };
}

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface SimpleDate {
  y: number;
  m: number; // 1-12
  d: number;
}

export function fmtDate(dt: SimpleDate, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (style === 'short') return `${String(dt.d).padStart(2, '0')}-${String(dt.m).padStart(2, '0')}-${dt.y}`;
  return lang === 'en' ? `${dt.d} ${EN_MONTHS[dt.m - 1]} ${dt.y}` : `${dt.d} ${NL_MONTHS[dt.m - 1]} ${dt.y}`;
}

function shiftDays(dt: SimpleDate, days: number): SimpleDate {
  const t = Date.UTC(dt.y, dt.m - 1, dt.d) + days * 86400000;
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

function euro(n: number, lang: Lang, cents = true): string {
  const [intPart, dec] = n.toFixed(2).split('.') as [string, string];
  const withSep = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  if (!cents) return `€ ${withSep}`.replace('€ ', lang === 'en' ? '€' : '€ ');
  return lang === 'en' ? `€${withSep}.${dec}` : `€ ${withSep},${dec}`;
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
}

/** Providers for all template variables, bound to one profile and one letter date. */
export function makeProviders(profile: Profile, rng: Rng, lang: Lang): Record<string, Provider> {
  const p = profile.person;
  const mun = profile.municipality;
  const year = rng.weighted([[2025, 2], [2026, 3]]);
  const letterDate: SimpleDate = { y: year, m: rng.int(1, 12), d: rng.int(1, 28) };
  const before = (minD: number, maxD: number) => fmtDate(shiftDays(letterDate, -rng.int(minD, maxD)), lang);
  const after = (minD: number, maxD: number) => fmtDate(shiftDays(letterDate, rng.int(minD, maxD)), lang);
  const off1 = official(rng, lang);
  const off2 = official(rng, lang);
  const mayor = official(rng, lang);
  const alderman = official(rng, lang);
  const d = (n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
  const m = (n: number) => euro(n, lang);
  const providers: Record<string, Provider> = {
    gemeente: () => mun.name,
    gemeenteSlug: () => slug(mun.name),
    provincie: () => mun.province,
    kern: () => rng.pick(mun.kernen),
    voornaam: () => p.first,
    achternaam: () => p.last,
    Achternaam: () => surnameCap(p),
    naam: () => fullName(p),
    voorletters: () => p.initials,
    naamFormeel: () => `${p.initials} ${p.last}`,
    naamCaps: () => `${p.first} ${p.last}`.toUpperCase(),
    naamSoev: () => sovereignName(rng, p),
    levendMens: () => (lang === 'en' ? (p.gender === 'v' ? 'living woman' : 'living man') : p.gender === 'v' ? 'levende vrouw' : 'levende man'),
    aanhefGeachte: () => (lang === 'en' ? (p.gender === 'v' ? 'Ms' : 'Mr') : p.gender === 'v' ? 'mevrouw' : 'heer'),
    aanhefZelf: () => (lang === 'en' ? (p.gender === 'v' ? 'Ms' : 'Mr') : p.gender === 'v' ? 'mevrouw' : 'de heer'),
    leeftijd: () => String(profile.age),
    straat: () => streetName(rng),
    straatStem: () => rng.pick(['Eiken', 'Wilgen', 'Linden', 'Molen', 'Beuken', 'Kastanje', 'Vlinder']),
    huisnr: () => houseNumber(rng),
    adres: (c) => `${c.v('straat')} ${c.v('huisnr')}`,
    postcode: () => postcode(rng),
    woonplaats: (c) => (rng.chance(0.3) ? c.v('kern') : mun.name),
    email: () => emailAddress(rng, p),
    telefoon: () => phone(rng),
    bsn: () => bsn(rng),
    iban: () => iban(rng),
    geboortedatum: () => fmtDate({ y: year - profile.age, m: rng.int(1, 12), d: rng.int(1, 28) }, lang, rng.chance(0.5) ? 'short' : 'long'),
    datum: () => fmtDate(letterDate, lang),
    datumKort: () => fmtDate(letterDate, lang, 'short'),
    jaar: () => String(year),
    vorigjaar: () => String(year - 1),
    volgendjaar: () => String(year + 1),
    eerdereDatum: () => before(10, 60),
    besluitDatum: () => before(5, 40),
    langGeledenDatum: () => before(90, 400),
    termijnDatum: () => after(10, 40),
    verzendDatum: () => before(2, 20),
    tijd: () => `${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    dagen: () => String(rng.pick([5, 7, 8, 10, 14, 21, 30])),
    weken: () => String(rng.int(2, 12)),
    maanden: () => String(rng.int(2, 14)),
    kenmerk: () => rng.pick([`${year}-${d(6)}`, `Z/${year}/${d(5)}`, `BZW${d(7)}`, `${d(4)}.${d(3)}.${d(3)}`, `U${year}.${d(5)}`, `Z-${d(2)}-${d(6)}`]),
    aanslagnummer: () => rng.pick([`${d(4)}.${d(4)}.${d(4)}`, `${d(10)}`, `${year}${d(8)}`, `${d(3)}-${d(6)}-${d(2)}`]),
    zaaknummer: () => rng.pick([`Z${d(7)}`, `${year}-${d(5)}`, `ZK${d(6)}`]),
    klantnummer: () => d(8),
    kenteken: () => rng.pick([`${rng.pick(['G', 'K', 'H', 'J', 'T', 'P', 'R', 'S', 'N', 'L'])}-${d(3)}-${rng.pick(['BX', 'DK', 'FR', 'HN', 'TZ', 'LP', 'RV'])}`, `${d(2)}-${rng.pick(['TRB', 'KXJ', 'NLP', 'GHD', 'ZPR'])}-${d(1)}`]),
    bedrag: () => m(rng.int(90, 1450) + rng.pick([0, 0.5, 0.25, 0.8, 0.12, 0.36])),
    bedragKlein: () => m(rng.int(12, 160) + rng.pick([0, 0.5, 0.95, 0.4])),
    bedragGroot: () => m(rng.int(1500, 28000)),
    boete: () => m(rng.pick([69, 95, 100, 110, 140, 150, 200, 250, 340, 450])),
    leges: () => m(rng.int(40, 2600) + rng.pick([0, 0.35, 0.6, 0.9])),
    schuld: () => euro(rng.int(3, 60) * 1000 + rng.int(0, 999), lang, false),
    huur: () => m(rng.int(480, 1150)),
    inkomen: () => m(rng.int(1050, 1750)),
    wozwaarde: () => euro(rng.int(150, 900) * 1000, lang, false),
    wozGewenst: () => euro(rng.int(130, 850) * 1000, lang, false),
    factuurBedrag: () => euro(rng.pick([2500, 5000, 10000, 25000, 50000, 100000, 250000, 1000000]), lang, false),
    ambtenaar: () => off1.aanhef,
    ambtenaarNaam: () => off1.naam,
    ambtenaar2: () => off2.aanhef,
    burgemeester: () => (lang === 'en' ? `Mayor ${surnameCap(mayor.person)}` : `burgemeester ${surnameCap(mayor.person)}`),
    burgemeesterNaam: () => `${mayor.person.first} ${mayor.person.last}`,
    wethouder: () => (lang === 'en' ? `alderman ${surnameCap(alderman.person)}` : `wethouder ${surnameCap(alderman.person)}`),
    wethouderNaam: () => `${alderman.person.first} ${alderman.person.last}`,
    kvkGemeente: () => d(8),
    duns: () => `${d(2)}-${d(3)}-${d(4)}`,
    secNummer: () => `0000${d(6)}`,
    kindNaam: () => rng.pick(['Noah', 'Lieke', 'Milan', 'Yara', 'Finn', 'Saar', 'Daan', 'Tess', 'Adam', 'Zoë', 'Levi', 'Mila', 'Ayoub', 'Nora', 'Sven', 'Jasmijn']),
    school: () => rng.pick(['basisschool De Regenboog', 'OBS De Wilgenhoek', 'CBS Het Kompas', 'de Toermalijn', 'het Vechtdal College', 'SG De Meerwaarde', 'het Stedelijk Lyceum', 'ROC Midden', 'Montessorischool De Zonnewijzer', 'IKC De Vlinderboom']),
    bureau: () => rng.pick(WOZ_BUREAUS).name,
    medium: () => rng.pick(MEDIA),
    kantoor: () => rng.pick(LAW_FIRMS),
    actiegroep: (c) => c.r(rng.pick(ACTION_GROUPS)),
    plek: (c) => c.r(rng.pick(LOCAL_PLACES)),
    gemeenteMail: () => `${rng.pick(['info', 'klantcontact', 'post', 'belastingen', 'noreply'])}@${slug(mun.name)}.nl`,
    werkgever: () => rng.pick(['het distributiecentrum', 'een schoonmaakbedrijf', 'de thuiszorg', 'een uitzendbureau', 'de bouw', 'een callcenter', 'de kassa bij de supermarkt', 'een transportbedrijf', 'de fabriek', 'een drukkerij']),
    nummer: () => String(rng.int(2, 9)),
  };
  return providers;
}
