import type { Category, Department, Topic } from '../taxonomy.ts';

/** What the rule engine looks at: the (model's or a person's) labels of one letter. */
export interface RoutingInput {
  category: Category;
  anti_institutioneel: boolean;
  zorgsignaal: boolean;
  topic: Topic;
}

/** A condition matches when every field that is set matches. An empty condition matches all. */
export interface RuleCondition {
  categories?: Category[];
  topics?: Topic[];
  anti_institutioneel?: boolean;
  zorgsignaal?: boolean;
}

/** Either a fixed department or "the department the topic map gives this letter's topic". */
export type RuleTarget = { department: Department } | { byTopic: true };

export interface RoutingRule {
  /** Stable key, recorded with every routing ("which rule sent it where"). */
  key: string;
  /** primary: first match decides the department; cc: every match adds a copy. */
  kind: 'primary' | 'cc';
  description: string;
  when: RuleCondition;
  target: RuleTarget;
}

export interface RuleSet {
  /** Ordered: primary rules are tried top to bottom. */
  rules: RoutingRule[];
  /** Department per topic, used by targets with byTopic (taxonomy rule 7). */
  topicDepartments: Record<Topic, Department>;
  /** Department when no primary rule matches. */
  fallbackDepartment: Department;
}

export interface RoutingDecision {
  department: Department;
  cc: Department[];
  /** Key of the primary rule that decided the department ('fallback' when none matched). */
  ruleKey: string;
  /** Keys of the cc rules that added copies. */
  ccRuleKeys: string[];
}
