import type { MechanismKind } from '../mechanisms';
import type { CooperationRecordKind, CountableRecord } from './records';
import type { EvaluationWindow } from './windows';

/**
 * The shape every non-cooperation rule shares. A rule raises evidence-backed
 * flags for people to review; it never determines non-cooperation by itself
 * (HRC res 5/1 para 38 sets no threshold; shared/notes/domain.md).
 */

export const SEVERITIES = ['none', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** 'regression' (treaty-body grade E: measures contrary to a recommendation) is kept apart from non-cooperation. */
export const RULE_CATEGORIES = ['non_cooperation', 'regression'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** A record a result relies on: its kind and id, enough to link to it. */
export interface EvidenceRef {
  readonly kind: CooperationRecordKind;
  readonly id: string;
}

export interface RuleResult<Id extends string = string> {
  readonly ruleId: Id;
  readonly fired: boolean;
  /** 'none' exactly when not fired. */
  readonly severity: Severity;
  readonly evidence: readonly EvidenceRef[];
  readonly explanation: string;
}

/** Settings of a rule that has no threshold. */
export type NoSettings = Readonly<Record<never, never>>;

export interface RuleMeta<Id extends string, S> {
  readonly id: Id;
  readonly name: string;
  readonly mechanism: MechanismKind | 'all';
  readonly category: RuleCategory;
  /** Citation of the rule and its default thresholds. */
  readonly source: string;
  readonly defaultSettings: S;
}

export interface CooperationRule<Id extends string, S> extends RuleMeta<Id, S> {
  /** Records of one State (assistance requests excluded by type), the window, the rule's settings. */
  readonly evaluate: (records: readonly CountableRecord[], window: EvaluationWindow, settings: S) => RuleResult<Id>;
}

export type RecordOfKind<K extends CountableRecord['kind']> = Extract<CountableRecord, { readonly kind: K }>;

export function ofKind<K extends CountableRecord['kind']>(records: readonly CountableRecord[], kind: K): RecordOfKind<K>[] {
  return records.filter((r): r is RecordOfKind<K> => r.kind === kind);
}

export function evidenceOf(records: readonly CountableRecord[]): EvidenceRef[] {
  return records.map((r) => ({ kind: r.kind, id: r.id }));
}

export function notFired<Id extends string>(ruleId: Id, explanation: string): RuleResult<Id> {
  return { ruleId, fired: false, severity: 'none', evidence: [], explanation };
}

export function firing<Id extends string>(
  ruleId: Id,
  severity: Exclude<Severity, 'none'>,
  evidence: readonly EvidenceRef[],
  explanation: string,
): RuleResult<Id> {
  return { ruleId, fired: true, severity, evidence, explanation };
}

/** Checks a numeric setting; throws a RangeError naming the rule and the setting. */
export function checkSetting(ruleId: string, name: string, value: number, { min, max = Infinity, whole = true }: { min: number; max?: number; whole?: boolean }): number {
  if (Number.isNaN(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    throw new RangeError(
      `Setting ${ruleId}.${name} must be ${whole ? 'a whole number' : 'a number'} ${max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`}, got ${String(value)}`,
    );
  }
  return value;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
