/**
 * The binding label contract of ../shared/taxonomy.md as TypeScript constants and types.
 * Every module (corpus, classifier, routing, review, trends, export) imports its names from here.
 */

export const CATEGORIES = [
  'bedreiging',
  'betalingsweigering',
  'soevereiniteitsverklaring',
  'woo_verzoek',
  'bezwaar',
  'klacht',
  'regulier',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Precedence when several categories apply: earlier wins (same order as CATEGORIES). */
export const CATEGORY_PRECEDENCE: readonly Category[] = CATEGORIES;

export const SIGNALS = ['anti_institutioneel', 'zorgsignaal'] as const;
export type Signal = (typeof SIGNALS)[number];

export const TOPICS = [
  'belastingen',
  'brp',
  'sociaal',
  'leerplicht',
  'vergunningen',
  'openbare_ruimte',
  'bestuur',
  'overig',
] as const;
export type Topic = (typeof TOPICS)[number];

export const DEPARTMENTS = [
  'belastingen',
  'burgerzaken',
  'sociaal_domein',
  'leerplicht',
  'vergunningen',
  'openbare_ruimte',
  'veiligheid',
  'juridische_zaken',
  'klantcontact',
  'bestuurszaken',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const CHANNELS = ['email', 'webform', 'pdf', 'scan'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Dutch display names for the UI and reports. */
export const CATEGORY_LABELS: Record<Category, string> = {
  bedreiging: 'Bedreiging',
  betalingsweigering: 'Betalingsweigering',
  soevereiniteitsverklaring: 'Soevereiniteitsverklaring',
  woo_verzoek: 'Woo-verzoek',
  bezwaar: 'Bezwaar',
  klacht: 'Klacht',
  regulier: 'Regulier',
};

export const TOPIC_LABELS: Record<Topic, string> = {
  belastingen: 'Belastingen',
  brp: 'BRP en reisdocumenten',
  sociaal: 'Sociaal domein',
  leerplicht: 'Leerplicht',
  vergunningen: 'Vergunningen',
  openbare_ruimte: 'Openbare ruimte',
  bestuur: 'Bestuur',
  overig: 'Overig',
};

export const DEPARTMENT_LABELS: Record<Department, string> = {
  belastingen: 'Belastingen',
  burgerzaken: 'Burgerzaken',
  sociaal_domein: 'Sociaal domein',
  leerplicht: 'Leerplicht',
  vergunningen: 'Vergunningen',
  openbare_ruimte: 'Openbare ruimte',
  veiligheid: 'Openbare orde en veiligheid',
  juridische_zaken: 'Juridische zaken',
  klantcontact: 'Klantcontact',
  bestuurszaken: 'Bestuurszaken',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'E-mail',
  webform: 'Webformulier',
  pdf: 'PDF',
  scan: 'Scan (papier)',
};

export const SIGNAL_LABELS: Record<Signal, string> = {
  anti_institutioneel: 'Anti-institutioneel',
  zorgsignaal: 'Zorgsignaal',
};

export function isCategory(v: unknown): v is Category {
  return typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);
}
export function isTopic(v: unknown): v is Topic {
  return typeof v === 'string' && (TOPICS as readonly string[]).includes(v);
}
export function isDepartment(v: unknown): v is Department {
  return typeof v === 'string' && (DEPARTMENTS as readonly string[]).includes(v);
}
export function isChannel(v: unknown): v is Channel {
  return typeof v === 'string' && (CHANNELS as readonly string[]).includes(v);
}
