import type { Department } from '../taxonomy.ts';
import type { RoutingDecision, RoutingInput, RoutingRule, RuleCondition, RuleSet } from './types.ts';

/** Pure rule evaluation: no I/O, so the corpus, the CLI, the worker and the tests share it. */

export function matches(when: RuleCondition, input: RoutingInput): boolean {
  if (when.categories && when.categories.length > 0 && !when.categories.includes(input.category)) return false;
  if (when.topics && when.topics.length > 0 && !when.topics.includes(input.topic)) return false;
  if (when.anti_institutioneel !== undefined && when.anti_institutioneel !== input.anti_institutioneel) return false;
  if (when.zorgsignaal !== undefined && when.zorgsignaal !== input.zorgsignaal) return false;
  return true;
}

function targetDepartment(rule: RoutingRule, input: RoutingInput, ruleset: RuleSet): Department {
  return 'department' in rule.target ? rule.target.department : ruleset.topicDepartments[input.topic];
}

export function route(input: RoutingInput, ruleset: RuleSet): RoutingDecision {
  const primary = ruleset.rules.find((r) => r.kind === 'primary' && matches(r.when, input));
  const department = primary ? targetDepartment(primary, input, ruleset) : ruleset.fallbackDepartment;
  const cc: Department[] = [];
  const ccRuleKeys: string[] = [];
  for (const rule of ruleset.rules) {
    if (rule.kind !== 'cc' || !matches(rule.when, input)) continue;
    const d = targetDepartment(rule, input, ruleset);
    if (d === department || cc.includes(d)) continue;
    cc.push(d);
    ccRuleKeys.push(rule.key);
  }
  return { department, cc, ruleKey: primary?.key ?? 'fallback', ccRuleKeys };
}
