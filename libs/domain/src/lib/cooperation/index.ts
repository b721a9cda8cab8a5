export * from './records';
export * from './windows';
export {
  SEVERITIES,
  RULE_CATEGORIES,
  severityRank,
  type Severity,
  type RuleCategory,
  type EvidenceRef,
  type RuleResult,
  type RuleMeta,
  type CooperationRule,
  type NoSettings,
} from './rule-types';
export * from './upr-rules';
export * from './treaty-rules';
export * from './special-procedure-rules';
export * from './reprisals-rules';
export * from './evaluate';
export * from './flags';
export * from './access';
export * from './treaties';
