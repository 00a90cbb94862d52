/**
 * Invented people and organisations. Names are common given names and surnames combined at
 * random, so no letter is about a real person. Officials are generated the same way.
 * Identifiers are fictional on purpose: BSNs use the 99999xxxx test range, IBANs invented
 * bank codes.
 */
import type { Rng } from '../prng.ts';

export type Gender = 'm' | 'v' | 'x';
export type Background = 'nl_old' | 'nl_young' | 'maroc' | 'turk' | 'sur' | 'pol' | 'expat' | 'fries';

const FIRST: Record<Background, { m: readonly string[]; v: readonly string[] }> = {
  nl_old: {
    m: ['Johannes', 'Cornelis', 'Hendrik', 'Gerrit', 'Willem', 'Jacobus', 'Teunis', 'Adrianus', 'Gijsbert', 'Bernard', 'Hans', 'Kees', 'Piet', 'Henk', 'Wim', 'Ton', 'Gert', 'Rinus', 'Evert', 'Jan', 'Klaas', 'Dirk', 'Frans', 'Theo', 'Harm', 'Albert'],
    v: ['Johanna', 'Cornelia', 'Maria', 'Geertruida', 'Wilhelmina', 'Hendrika', 'Aaltje', 'Anneke', 'Riet', 'Truus', 'Ria', 'Gerda', 'Ineke', 'Wilma', 'Joke', 'Marian', 'Els', 'Corrie', 'Mieke', 'Annie', 'Dinie', 'Hennie', 'Tineke', 'Greet'],
  },
  nl_young: {
    m: ['Daan', 'Sem', 'Lucas', 'Bram', 'Thijs', 'Jesse', 'Ruben', 'Tim', 'Niels', 'Jeroen', 'Mark', 'Sander', 'Bas', 'Koen', 'Stijn', 'Rick', 'Joost', 'Martijn', 'Wouter', 'Jasper', 'Thomas', 'Lars', 'Mike', 'Kevin', 'Dennis', 'Roy'],
    v: ['Emma', 'Julia', 'Sanne', 'Lisa', 'Femke', 'Iris', 'Anouk', 'Eline', 'Marloes', 'Linda', 'Sandra', 'Kim', 'Esther', 'Nicole', 'Petra', 'Marieke', 'Lotte', 'Fleur', 'Noor', 'Sophie', 'Naomi', 'Denise', 'Chantal', 'Mandy'],
  },
  maroc: {
    m: ['Mohamed', 'Youssef', 'Karim', 'Said', 'Rachid', 'Mustafa', 'Hamid', 'Bilal', 'Ayoub', 'Ilias', 'Nordin', 'Khalid'],
    v: ['Fatima', 'Samira', 'Naima', 'Khadija', 'Latifa', 'Nadia', 'Soumaya', 'Malika', 'Hafsa', 'Imane', 'Loubna'],
  },
  turk: {
    m: ['Mehmet', 'Ahmet', 'Mustafa', 'Hasan', 'Emre', 'Burak', 'Kemal', 'Osman', 'Serkan', 'Yusuf'],
    v: ['Ayse', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Derya', 'Songül', 'Esra', 'Büşra'],
  },
  sur: {
    m: ['Ricardo', 'Glenn', 'Romano', 'Errol', 'Ravi', 'Anand', 'Clyde', 'Humphrey', 'Virgil'],
    v: ['Sharon', 'Priya', 'Shanti', 'Marlène', 'Jennifer', 'Rowena', 'Sunita', 'Ingrid', 'Chiquita'],
  },
  pol: {
    m: ['Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Paweł', 'Andrzej', 'Grzegorz', 'Łukasz'],
    v: ['Agnieszka', 'Katarzyna', 'Joanna', 'Magdalena', 'Ewa', 'Monika', 'Dorota', 'Anna'],
  },
  expat: {
    m: ['James', 'Michael', 'David', 'Ravi', 'Arjun', 'Luca', 'Marco', 'Pablo', 'Stefan', 'Oliver', 'Matthew', 'Daniel', 'Tom', 'Ethan', 'Nikos', 'Hiroshi'],
    v: ['Sarah', 'Emily', 'Laura', 'Priya', 'Anna', 'Giulia', 'Maria', 'Chloe', 'Jessica', 'Hannah', 'Olivia', 'Mei', 'Elena', 'Kate', 'Ingrid'],
  },
  fries: {
    m: ['Sjoerd', 'Wiebe', 'Jelle', 'Tjeerd', 'Hylke', 'Sietse', 'Durk', 'Douwe', 'Bauke', 'Rienk'],
    v: ['Sjoukje', 'Tjitske', 'Hiske', 'Aukje', 'Geeske', 'Jitske', 'Wietske', 'Froukje', 'Baukje'],
  },
};

const SURNAMES: Record<Background, readonly string[]> = {
  nl_old: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Jong', 'Schouten', 'van Beek', 'Willems', 'van Dijk', 'Hoekstra', 'Koster', 'Prins', 'Blom', 'Huisman', 'Verhoeven', 'Kuiper', 'Timmermans', 'Groen', 'Gerritsen', 'Bosman', 'Scholten', 'Postma', 'van Wijk', 'Wolters', 'Hermans', 'van Dam', 'Verbeek', 'Kramer', 'Veenstra', 'van Vliet', 'Evers', 'Molenaar', 'Hoogendoorn', 'Ter Horst', 'van \'t Hof', 'Verschuren', 'Bruggink', 'Oosterhuis', 'Lammers', 'Wijnands', 'Rietveld', 'Stam', 'Zwart', 'Koopman', 'Hofstede', 'van Rooij', 'Driessen', 'Claassen', 'Aarts', 'van Gils', 'Timmer', 'Nieuwenhuis', 'Kroon'],
  nl_young: [],
  maroc: ['El Amrani', 'Bouzid', 'Ouali', 'El Idrissi', 'Benali', 'Azzouzi', 'Haddou', 'El Khattabi', 'Boukhari', 'Tahiri', 'Amezian', 'Chaouch'],
  turk: ['Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydin', 'Arslan', 'Doğan', 'Koç', 'Kurt', 'Aksoy'],
  sur: ['Pinas', 'Mahabier', 'Ramdin', 'Sewnath', 'Bisoendial', 'Kromodimedjo', 'Ramautar', 'Lachmon', 'Vroom', 'Kensenhuis', 'Linger'],
  pol: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański'],
  expat: ['Smith', 'Brown', 'Taylor', 'Wilson', 'Patel', 'Sharma', 'Rossi', 'García', 'Müller', 'O\'Brien', 'Nguyen', 'Kim', 'Johansson', 'Murphy', 'Papadopoulos', 'Fischer', 'Tanaka', 'Wright', 'Lopez'],
  fries: ['Hoekstra', 'Dijkstra', 'Bakker', 'de Vries', 'Wiersma', 'Sikkema', 'Tjeerdsma', 'Hofstra', 'Zijlstra', 'Visser', 'Kooistra', 'Bosma', 'Terpstra', 'Wijbenga'],
};

export interface Person {
  gender: Gender;
  background: Background;
  first: string;
  /** Surname including tussenvoegsel in lower case ("van der Meer"). */
  last: string;
  initials: string;
}

export function person(rng: Rng, background: Background, gender?: Gender): Person {
  const g: Gender = gender ?? (rng.chance(0.03) ? 'x' : rng.chance(0.5) ? 'm' : 'v');
  const firstBank = FIRST[background];
  const first = rng.pick(g === 'v' ? firstBank.v : g === 'm' ? firstBank.m : [...firstBank.m, ...firstBank.v]);
  const lastBank = SURNAMES[background].length > 0 ? SURNAMES[background] : SURNAMES.nl_old;
  const last = rng.pick(lastBank);
  const second = rng.chance(0.45) ? rng.pick(FIRST[background].m.concat(FIRST[background].v)).charAt(0) : '';
  const initials = `${first.charAt(0)}.${second ? `${second}.` : ''}`;
  return { gender: g, background, first, last, initials };
}

export function fullName(p: Person): string {
  return `${p.first} ${p.last}`;
}

/** "De Vries" (capitalised tussenvoegsel, as in "Geachte heer De Vries"). */
export function surnameCap(p: Person): string {
  return p.last.charAt(0).toUpperCase() + p.last.slice(1);
}

/** Sovereign style "jan-pieter: de vries" / "Jan-Pieter: familie De Vries". */
export function sovereignName(rng: Rng, p: Person): string {
  const first = rng.chance(0.4) ? `${p.first}-${rng.pick(['Pieter', 'Maria', 'Johannes', 'Anne', 'Willem', 'Marie', 'Jan'])}` : p.first;
  return rng.pick([
    `${first.toLowerCase()}: ${p.last.toLowerCase()}`,
    `${first}: ${surnameCap(p)}`,
    `${first}: uit de familie ${surnameCap(p)}`,
    `${first.toLowerCase()}-${rng.pick(['', 'van het huis '])}${p.last.toLowerCase()}`,
    `${first}, ${rng.pick(['van het geslacht', 'uit het huis', 'familie'])} ${surnameCap(p)}`,
  ]);
}

export function bsn(rng: Rng): string {
  // 99999xxxx is the range used for test BSNs; never a real person.
  return `99999${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

export function iban(rng: Rng): string {
  const bank = rng.pick(['VLBK', 'ZNBK', 'HRBK', 'TSTB', 'DMBK', 'PLBK']);
  const digits = String(rng.int(0, 9999999999)).padStart(10, '0');
  return `NL${String(rng.int(10, 99))} ${bank} ${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

export function phone(rng: Rng): string {
  const d = () => String(rng.int(0, 9));
  return rng.pick([
    `06-${d()}${d()}${d()}${d()}${d()}${d()}${d()}${d()}`,
    `06 ${d()}${d()} ${d()}${d()} ${d()}${d()} ${d()}${d()}`,
    `06${d()}${d()}${d()}${d()}${d()}${d()}${d()}${d()}`,
    `+31 6 ${d()}${d()}${d()}${d()} ${d()}${d()}${d()}${d()}`,
    `0${rng.int(10, 599)}-${rng.int(100000, 999999)}`,
  ]);
}

const MAIL_DOMAINS = ['postvak.nl', 'brievenbus.nl', 'mijnmail.nl', 'netpost.nl', 'webpost.nl', 'snelmail.nl', 'thuismail.nl', 'inbox-mail.com', 'mailhuis.nl', 'zonnemail.nl'];

export function emailAddress(rng: Rng, p: Person): string {
  const f = p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const l = p.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const local = rng.pick([`${f}.${l}`, `${f}${l}`, `${f.charAt(0)}.${l}`, `${f}${rng.int(60, 99)}`, `${l}${rng.int(1, 999)}`, `${f}_${l}`, `info.${l}`]);
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}

/** A fictional official ("mevrouw Van Leeuwen", "de heer Yilmaz"). */
export function official(rng: Rng, lang: 'nl' | 'en'): { aanhef: string; naam: string; person: Person } {
  const bg = rng.weighted<Background>([['nl_old', 6], ['maroc', 1], ['turk', 1], ['sur', 1], ['fries', 1]]);
  const p = person(rng, bg, rng.chance(0.5) ? 'm' : 'v');
  const title = lang === 'en' ? (p.gender === 'v' ? 'Ms' : 'Mr') : p.gender === 'v' ? 'mevrouw' : 'de heer';
  return { aanhef: `${title} ${surnameCap(p)}`, naam: `${p.initials} ${p.last}`, person: p };
}

/** Invented no-cure-no-pay WOZ bureaus (any resemblance to real firms is accidental). */
export const WOZ_BUREAUS = [
  { name: 'Waardevast Bezwaar B.V.', city: 'Nieuwegein', kvk: '90123456' },
  { name: 'Objectum WOZ-diensten', city: 'Zwolle', kvk: '90234567' },
  { name: 'Taxaplus Bezwaarservice B.V.', city: 'Haarlem', kvk: '90345678' },
  { name: 'Huiswaarde Herzien B.V.', city: 'Breda', kvk: '90456789' },
  { name: 'Woonlastenkompas B.V.', city: 'Amersfoort', kvk: '90567890' },
  { name: 'Bezwaarbureau De Peildatum', city: 'Groningen', kvk: '90678901' },
];

/** Invented media and law firms for Woo requests. */
export const MEDIA = ['Dagblad De Polderbode', 'Omroep Rivierenland Nieuws', 'Stadskrant Nu', 'het Regionaal Dagblad Oost', 'onderzoeksplatform Open Dossier', 'De Nieuwe Lokale Courant', 'persbureau Noordkaap Media', 'Investigative Desk Lowlands', 'weekblad De Klaroen'];
export const LAW_FIRMS = ['Van Aalst & Kerkhof advocaten', 'Brinkman Bestuursrecht', 'Advocatenkantoor De Wetering', 'Hoogduin Legal', 'Korenaar Advocaten', 'Stadhouders Juristen'];
export const ACTION_GROUPS = ['Stichting Leefbaar {kern}', 'Bewonersvereniging {kern}-Noord', 'Actiecomité Red het {straatStem}park', 'Werkgroep Eerlijke Lasten', 'Platform Transparant {gemeente}', 'Buurtcomité {straat}'];
