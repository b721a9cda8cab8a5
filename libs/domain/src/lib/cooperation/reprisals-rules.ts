import { yearOf } from '../follow-up/calendar';
import type { ReprisalsMentionRecord } from './records';
import { checkSetting, evidenceOf, firing, notFired, ofKind, type CooperationRule } from './rule-types';

export interface ReprisalsSettings {
  /** Consecutive annual reports naming the State that make a pattern. */
  readonly minConsecutiveYears: number;
}

/**
 * Named in the Secretary-General's annual reprisals report in consecutive
 * years, the latest naming being in the report of the evaluation year or the
 * year before (the year's report appears in September).
 * Source: HRC res 12/2 (annual report on cooperation with the UN and
 * reprisals); shared/notes/domain.md ("pattern" when named in ≥ 2 consecutive reports).
 */
export const REPRISALS_NAMED_CONSECUTIVELY: CooperationRule<'reprisals_named_consecutively', ReprisalsSettings> = {
  id: 'reprisals_named_consecutively',
  name: 'Named in consecutive reprisals reports',
  mechanism: 'all',
  category: 'non_cooperation',
  source:
    'HRC res 12/2: annual report of the Secretary-General on cooperation with the UN in the field of human rights (reprisals); shared/notes/domain.md (convention): a pattern when named in ≥ 2 consecutive reports.',
  defaultSettings: { minConsecutiveYears: 2 },
  evaluate(records, window, settings) {
    const min = checkSetting('reprisals_named_consecutively', 'minConsecutiveYears', settings.minConsecutiveYears, { min: 1 });
    const thisYear = yearOf(window.asOf);
    const byYear = new Map<number, ReprisalsMentionRecord[]>();
    for (const mention of ofKind(records, 'reprisals_mention')) {
      if (mention.reportYear <= thisYear) {
        byYear.set(mention.reportYear, [...(byYear.get(mention.reportYear) ?? []), mention]);
      }
    }
    const latest = byYear.size === 0 ? null : Math.max(...byYear.keys());
    if (latest === null || latest < thisYear - 1) {
      return notFired('reprisals_named_consecutively', `Not named in the reprisals report of ${thisYear - 1} or ${thisYear}.`);
    }
    const run: number[] = [];
    for (let year = latest; byYear.has(year); year -= 1) {
      run.unshift(year);
    }
    const summary = `Named in the reprisals reports of ${run.join(', ')}`;
    if (run.length < min) {
      return notFired('reprisals_named_consecutively', `${summary}; a pattern needs ${min} consecutive years.`);
    }
    return firing('reprisals_named_consecutively', 'high', evidenceOf(run.flatMap((y) => byYear.get(y) ?? [])), `${summary} (${run.length} consecutive years).`);
  },
};
