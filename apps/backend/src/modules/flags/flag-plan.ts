import {
  COOPERATION_RULES,
  compareWindowKeys,
  flagTransition,
  isPersistent,
  SYSTEM_ACTOR,
  type CooperationRuleId,
  type EvaluationWindow,
  type EvidenceRef,
  type FlagStatus,
  type PersistenceSettings,
  type RuleCategory,
  type RuleResult,
  type Severity,
} from '@tracker/domain';

type FiredSeverity = Exclude<Severity, 'none'>;

/** A flag as stored, before this evaluation. */
export interface StoredFlag {
  readonly id: number;
  readonly ruleId: CooperationRuleId;
  readonly status: FlagStatus;
  readonly severity: FiredSeverity;
  readonly persistent: boolean;
  readonly firstSeenWindow: string;
  readonly lastSeenWindow: string;
  readonly dismissedInWindow: string | null;
}

/** A window in which a rule fired, as stored. */
export interface StoredFiring {
  readonly ruleId: CooperationRuleId;
  readonly windowKey: string;
  readonly severity: FiredSeverity;
  readonly persistent: boolean;
}

/** The values a flag must have after this evaluation, when they differ from the stored ones (or it is new). */
export interface FlagWrite {
  readonly ruleId: CooperationRuleId;
  readonly category: RuleCategory;
  readonly status: FlagStatus;
  readonly severity: FiredSeverity;
  readonly persistent: boolean;
  readonly firstSeenWindow: string;
  readonly lastSeenWindow: string;
  /** The history entry to add: the flag was raised (new) or reopened by this firing. */
  readonly event: { readonly action: 'raised' | 'reopened'; readonly from: FlagStatus | null } | null;
}

export interface FiringWrite {
  readonly ruleId: CooperationRuleId;
  readonly severity: FiredSeverity;
  readonly persistent: boolean;
  readonly explanation: string;
  readonly evidence: readonly EvidenceRef[];
}

export interface FlagPlan {
  readonly flags: readonly FlagWrite[];
  /** Rules that fire in this window: their window rows, upserted on (state, rule, window). */
  readonly firings: readonly FiringWrite[];
  /** Rules that fired earlier in this same window but no longer do (records corrected): their window rows go. */
  readonly retracted: readonly CooperationRuleId[];
  /** Flags left without any firing that nobody has reviewed yet: they go too. */
  readonly deletedFlags: readonly number[];
}

/** Negative when a is earlier; windows of another granularity (settings changed) count as earlier. */
function compare(a: string, b: string): number {
  try {
    return compareWindowKeys(a, b);
  } catch {
    return a === b ? 0 : -1;
  }
}

const latest = (keys: readonly string[]): string => keys.reduce((a, b) => (compare(b, a) > 0 ? b : a));
const earliest = (keys: readonly string[]): string => keys.reduce((a, b) => (compare(b, a) < 0 ? b : a));

function sameGranularity(key: string, reference: string): boolean {
  try {
    compareWindowKeys(key, reference);
    return true;
  } catch {
    return false;
  }
}

/**
 * What one evaluation of one State in one window changes, decided from the rule results and what
 * is stored — pure, so that a re-run with the same records plans no change at all:
 * - a rule that fires gets its window row (severity, persistence, explanation, evidence) and its
 *   flag: raised when new; else the sweep's `rule_fired` transition (a dismissed flag reopens when
 *   the rule fires in a window after the dismissal), first/last seen and, for the latest window,
 *   severity and persistence;
 * - persistence: the rule fired in the K consecutive windows up to this one (isPersistent);
 * - a rule that no longer fires in this window loses this window's row; a flag left with no window
 *   is deleted if still open (never reviewed), otherwise kept as reviewed.
 */
export function planFlagWrites(input: {
  readonly window: EvaluationWindow;
  readonly results: readonly RuleResult<CooperationRuleId>[];
  readonly flags: readonly StoredFlag[];
  readonly firings: readonly StoredFiring[];
  readonly persistence: PersistenceSettings;
}): FlagPlan {
  const current = input.window.key;
  const flagByRule = new Map(input.flags.map((f) => [f.ruleId, f]));
  const windowsOf = (ruleId: CooperationRuleId): StoredFiring[] => input.firings.filter((f) => f.ruleId === ruleId);
  const flags: FlagWrite[] = [];
  const firings: FiringWrite[] = [];
  const retracted: CooperationRuleId[] = [];
  const deletedFlags: number[] = [];

  for (const result of input.results) {
    const rule = COOPERATION_RULES[result.ruleId];
    const stored = flagByRule.get(result.ruleId);
    const history = windowsOf(result.ruleId);
    if (!result.fired || result.severity === 'none') {
      if (!history.some((h) => h.windowKey === current)) continue;
      retracted.push(result.ruleId);
      const remaining = history.filter((h) => h.windowKey !== current);
      if (stored === undefined) continue;
      if (remaining.length === 0) {
        if (stored.status === 'open') deletedFlags.push(stored.id);
        continue;
      }
      const last = latest(remaining.map((h) => h.windowKey));
      const lastFiring = remaining.find((h) => h.windowKey === last);
      flags.push(
        ...changed(stored, {
          ruleId: stored.ruleId,
          category: rule.category,
          status: stored.status,
          severity: lastFiring?.severity ?? stored.severity,
          persistent: lastFiring?.persistent ?? false,
          firstSeenWindow: earliest(remaining.map((h) => h.windowKey)),
          lastSeenWindow: last,
          event: null,
        }),
      );
      continue;
    }
    const firedWindows = [...history.map((h) => h.windowKey).filter((k) => sameGranularity(k, current)), current];
    const persistent = isPersistent({ currentWindow: current, firedWindows }, input.persistence);
    firings.push({ ruleId: result.ruleId, severity: result.severity, persistent, explanation: result.explanation, evidence: result.evidence });
    if (stored === undefined) {
      flags.push({
        ruleId: result.ruleId,
        category: rule.category,
        status: 'open',
        severity: result.severity,
        persistent,
        firstSeenWindow: current,
        lastSeenWindow: current,
        event: { action: 'raised', from: null },
      });
      continue;
    }
    const transition = flagTransition({ status: stored.status, dismissedInWindow: stored.dismissedInWindow }, { type: 'rule_fired', windowKey: current }, SYSTEM_ACTOR);
    const status = transition.ok ? transition.next : stored.status;
    const isLatest = compare(current, stored.lastSeenWindow) >= 0;
    flags.push(
      ...changed(stored, {
        ruleId: stored.ruleId,
        category: rule.category,
        status,
        severity: isLatest ? result.severity : stored.severity,
        persistent: isLatest ? persistent : stored.persistent,
        firstSeenWindow: compare(current, stored.firstSeenWindow) < 0 ? current : stored.firstSeenWindow,
        lastSeenWindow: isLatest ? current : stored.lastSeenWindow,
        event: status !== stored.status ? { action: 'reopened', from: stored.status } : null,
      }),
    );
  }
  return { flags, firings, retracted, deletedFlags };
}

function changed(stored: StoredFlag, next: FlagWrite): FlagWrite[] {
  const same =
    next.event === null &&
    stored.status === next.status &&
    stored.severity === next.severity &&
    stored.persistent === next.persistent &&
    stored.firstSeenWindow === next.firstSeenWindow &&
    stored.lastSeenWindow === next.lastSeenWindow;
  return same ? [] : [next];
}
