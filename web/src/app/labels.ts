/** Dutch names of the taxonomy (the label contract is shared with the server: server/taxonomy.ts). */
export {
  CATEGORIES, TOPICS, DEPARTMENTS, CATEGORY_LABELS, TOPIC_LABELS, DEPARTMENT_LABELS, SIGNAL_LABELS,
} from '../../../server/taxonomy.ts';
import { CATEGORY_LABELS, DEPARTMENT_LABELS, TOPIC_LABELS } from '../../../server/taxonomy.ts';

export const categoryLabel = (c: string | null | undefined) => (c ? (CATEGORY_LABELS as Record<string, string>)[c] ?? c : '—');
export const topicLabel = (t: string | null | undefined) => (t ? (TOPIC_LABELS as Record<string, string>)[t] ?? t : '—');
export const departmentLabel = (d: string | null | undefined) => (d ? (DEPARTMENT_LABELS as Record<string, string>)[d] ?? d : '—');

export const REVIEW_STATUS_LABELS: Record<string, string> = { none: 'Geen beoordeling nodig', pending: 'Te beoordelen', confirmed: 'Bevestigd', corrected: 'Gecorrigeerd' };

export const ACTION_LABELS: Record<string, string> = {
  'letter.create': 'Brief ontvangen',
  'letter.read': 'Brief ingezien',
  'letter.file_download': 'Bestand gedownload',
  'letter.classified': 'Geclassificeerd door het model',
  'letter.history_read': 'Geschiedenis ingezien',
  'letter.duplicate_submitted': 'Opnieuw aangeboden (dubbel)',
  'review.confirm': 'Voorstel bevestigd',
  'review.correct': 'Gecorrigeerd',
  'review.note': 'Notitie toegevoegd',
  'review.handled': 'Afgehandeld',
  'review.reopen': 'Heropend',
  'routing.reroute': 'Opnieuw gerouteerd',
};
