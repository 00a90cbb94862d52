import { ApiError } from '../../api/client.ts';
/** The routing rules as the server sends them (server/routing/types.ts), and their API calls. */

export interface RuleCondition {
  categories?: string[];
  topics?: string[];
  anti_institutioneel?: boolean;
  zorgsignaal?: boolean;
}
export type RuleTarget = { department: string } | { byTopic: true };
export interface RoutingRule {
  key: string;
  kind: 'primary' | 'cc';
  description: string;
  when: RuleCondition;
  target: RuleTarget;
}
export interface RuleSet {
  rules: RoutingRule[];
  topicDepartments: Record<string, string>;
  fallbackDepartment: string;
}
export interface VersionInfo {
  version: number;
  note: string;
  created_at: string;
  created_by_email: string | null;
}
export interface RuleVersion extends VersionInfo {
  ruleset: RuleSet;
}
export interface VersionSummary extends VersionInfo {
  active: boolean;
}
export interface Labels {
  category: string;
  topic: string;
  anti_institutioneel: boolean;
  zorgsignaal: boolean;
}
export interface Decision {
  department: string;
  cc: string[];
  ruleKey: string;
  ccRuleKeys: string[];
  ruleVersion: number | null;
}

/** A rule in the editor: a stable id of its own, because its key can be edited. */
export interface DraftRule extends RoutingRule {
  uid: string;
}
export interface Draft {
  rules: DraftRule[];
  topicDepartments: Record<string, string>;
  fallbackDepartment: string;
}

let uidCounter = 0;
export function toDraft(rs: RuleSet): Draft {
  return {
    rules: rs.rules.map((r) => ({ ...structuredClone(r), uid: `r${++uidCounter}` })),
    topicDepartments: { ...rs.topicDepartments },
    fallbackDepartment: rs.fallbackDepartment,
  };
}
export function newDraftRule(existing: readonly RoutingRule[]): DraftRule {
  let n = existing.length + 1;
  while (existing.some((r) => r.key === `nieuwe-regel-${n}`)) n++;
  return { uid: `r${++uidCounter}`, key: `nieuwe-regel-${n}`, kind: 'primary', description: '', when: {}, target: { department: 'klantcontact' } };
}
export function fromDraft(d: Draft): RuleSet {
  return { rules: d.rules.map(({ uid: _uid, ...r }) => r), topicDepartments: d.topicDepartments, fallbackDepartment: d.fallbackDepartment };
}

export function errorMessage(err: unknown, fallback: string): string {
  return err instanceof ApiError ? err.message : fallback;
}
