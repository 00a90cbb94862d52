/**
 * Baseline 1: what a mailbox rule does today — fixed keywords, first match wins. No learning.
 */
import { foldText } from '../../server/classify/lexical.ts';
import type { Prediction } from '../../server/classify/metrics.ts';
import type { Category, Topic } from '../../server/taxonomy.ts';

const has = (text: string, words: string[]) => words.some((w) => new RegExp(`(?<![a-z])${w}`).test(text));

const THREAT = ['dood', 'vermoord', 'ophang', 'opgehangen', 'tribunaal', 'tribunal', 'geweld', 'kogel', 'weet waar u woont', 'kill', 'hang'];
const SOVEREIGN = ['soeverein', 'sovereign', 'levend mens', 'vlees en bloed', 'stroman', 'strawman', 'notice of liability', 'affidavit', 'geen contract', 'no contract', 'common law'];
const REFUSE = ['weiger te betalen', 'niet betalen', 'betaal niet', 'refuse to pay', 'retour afzender', 'accepted for value'];
const DISTRESS = ['schulden', 'deurwaarder', 'ziek', 'uitzetting', 'wanhopig', 'geen geld', 'debt'];
const TOPIC_WORDS: [Topic, string[]][] = [
  ['belastingen', ['belasting', 'woz', 'aanslag', 'ozb', 'heffing', 'kwijtschelding', 'tax']],
  ['brp', ['paspoort', 'brp', 'bsn', 'verhuiz', 'identiteitskaart', 'nationaliteit', 'passport']],
  ['sociaal', ['bijstand', 'wmo', 'jeugdzorg', 'uitkering', 'schuldhulp']],
  ['leerplicht', ['leerplicht', 'school', 'verzuim']],
  ['vergunningen', ['vergunning', 'bouw', 'evenement', 'permit']],
  ['openbare_ruimte', ['afval', 'container', 'lantaarn', 'straat', 'parkeer', 'groen', 'overlast', 'stoep']],
  ['bestuur', ['burgemeester', 'wethouder', 'gemeenteraad', 'raadslid', 'college', 'mayor', 'council']],
];

export function keywordBaseline(subject: string, body: string): Prediction {
  const t = foldText(`${subject}\n${body}`);
  const sovereign = has(t, SOVEREIGN);
  let category: Category = 'regulier';
  if (has(t, THREAT)) category = 'bedreiging';
  else if (has(t, REFUSE) && sovereign) category = 'betalingsweigering';
  else if (sovereign) category = 'soevereiniteitsverklaring';
  else if (has(t, ['woo', 'wob', 'wet open overheid', 'openbaarmaking'])) category = 'woo_verzoek';
  else if (has(t, ['bezwaar', 'objection'])) category = 'bezwaar';
  else if (has(t, ['klacht', 'complaint'])) category = 'klacht';
  const topic = TOPIC_WORDS.find(([, words]) => has(t, words))?.[0] ?? 'overig';
  return { category, anti_institutioneel: sovereign || category === 'betalingsweigering', zorgsignaal: has(t, DISTRESS), topic };
}
