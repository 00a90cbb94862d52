/** Dutch names of the taxonomy's keys (shared/taxonomy.md), and rules described in words. */
import type { RoutingRule, RuleCondition, RuleTarget } from './types.ts';
import { CATEGORIES, TOPICS, DEPARTMENTS, CATEGORY_LABELS, TOPIC_LABELS, DEPARTMENT_LABELS, categoryLabel, topicLabel, departmentLabel } from '../../app/labels.ts';
import { categoryLabel as category, topicLabel as topic, departmentLabel as department } from '../../app/labels.ts';

export const KIND_LABELS: Record<RoutingRule['kind'], string> = { primary: 'Afdeling', cc: 'Kopie' };

export { CATEGORIES, TOPICS, DEPARTMENTS, CATEGORY_LABELS, TOPIC_LABELS, DEPARTMENT_LABELS };

export const BY_TOPIC_LABEL = 'Afdeling van het onderwerp';

export { categoryLabel as category, topicLabel as topic, departmentLabel as department };

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

/** "categorie is Klacht; onderwerp is Belastingen; zorgsignaal: ja", or "elke brief". */
export function describeConditions(when: RuleCondition): string {
  const parts: string[] = [];
  if (when.categories?.length) parts.push(`categorie is ${orList(when.categories.map(category))}`);
  if (when.topics?.length) parts.push(`onderwerp is ${orList(when.topics.map(topic))}`);
  if (when.anti_institutioneel !== undefined) parts.push(`anti-institutioneel: ${when.anti_institutioneel ? 'ja' : 'nee'}`);
  if (when.zorgsignaal !== undefined) parts.push(`zorgsignaal: ${when.zorgsignaal ? 'ja' : 'nee'}`);
  return parts.length ? parts.join('; ') : 'elke brief';
}

export function describeTarget(target: RuleTarget): string {
  return 'department' in target ? department(target.department) : BY_TOPIC_LABEL;
}
