import { addMonths, compareDates, type IsoDate } from '../follow-up/calendar';
import type { TreatyBodyCode } from '../follow-up/deadlines';
import { isNonCooperationGrade, isRegressionGrade, type FollowUpGrade } from '../implementation-status';
import type { CountableRecord, FollowUpGradeRecord, TreatyReportRecord } from './records';
import { checkSetting, evidenceOf, firing, notFired, ofKind, plural, severityRank, type CooperationRule, type NoSettings, type Severity } from './rule-types';
import type { EvaluationWindow } from './windows';

/** A committee's follow-up assessment of the State: the grades it gave on one day. */
interface Round {
  readonly body: TreatyBodyCode;
  readonly assessedOn: IsoDate;
  readonly grades: readonly FollowUpGradeRecord[];
}

/** Per body, its rounds up to the evaluation date, oldest first. */
function roundsByBody(records: readonly CountableRecord[], window: EvaluationWindow): Round[][] {
  const byBody = new Map<TreatyBodyCode, Map<IsoDate, FollowUpGradeRecord[]>>();
  for (const grade of ofKind(records, 'follow_up_grade')) {
    if (compareDates(grade.assessedOn, window.asOf) > 0) {
      continue;
    }
    const rounds = byBody.get(grade.body) ?? new Map<IsoDate, FollowUpGradeRecord[]>();
    rounds.set(grade.assessedOn, [...(rounds.get(grade.assessedOn) ?? []), grade]);
    byBody.set(grade.body, rounds);
  }
  return [...byBody.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([body, rounds]) =>
      [...rounds.entries()].sort(([a], [b]) => compareDates(a, b)).map(([assessedOn, grades]) => ({ body, assessedOn, grades })),
    );
}

function gradesWhere(round: Round, test: (g: FollowUpGrade) => boolean): FollowUpGradeRecord[] {
  return round.grades.filter((r) => test(r.grade));
}

export interface GradeDSettings {
  /** Consecutive rounds with a D (or D1/D2) from which the severity escalates. */
  readonly escalateAfterConsecutiveRounds: number;
}

/**
 * A D grade (no follow-up information after reminders) in a committee's latest
 * follow-up round; severity escalates when the rounds before also had one.
 * Source: CCPR follow-up assessment criteria (grade D: no cooperation with the
 * Committee); shared/notes/domain.md (any D; escalate when D in 2 consecutive rounds).
 */
export const TREATY_GRADE_D: CooperationRule<'treaty_grade_d', GradeDSettings> = {
  id: 'treaty_grade_d',
  name: 'Treaty-body follow-up grade D (no cooperation)',
  mechanism: 'treaty_body',
  category: 'non_cooperation',
  source:
    'Human Rights Committee follow-up assessment criteria (CCPR/C/108/2 procedure; grade D = no follow-up report received after reminders; legacy D1/D2); shared/notes/domain.md (convention): any D, escalate when D in 2 consecutive rounds.',
  defaultSettings: { escalateAfterConsecutiveRounds: 2 },
  evaluate(records, window, settings) {
    const escalateAt = checkSetting('treaty_grade_d', 'escalateAfterConsecutiveRounds', settings.escalateAfterConsecutiveRounds, { min: 2 });
    let severity: Severity = 'none';
    const evidence: FollowUpGradeRecord[] = [];
    const findings: string[] = [];
    for (const rounds of roundsByBody(records, window)) {
      const run: Round[] = [];
      for (let i = rounds.length - 1; i >= 0 && gradesWhere(rounds[i], isNonCooperationGrade).length > 0; i -= 1) {
        run.unshift(rounds[i]);
      }
      if (run.length === 0) {
        continue;
      }
      const bodySeverity: Severity = run.length >= escalateAt ? 'high' : 'medium';
      severity = severityRank(bodySeverity) > severityRank(severity) ? bodySeverity : severity;
      evidence.push(...run.flatMap((round) => gradesWhere(round, isNonCooperationGrade)));
      findings.push(
        `${run[0].body}: grade D in ${run.length === 1 ? 'its latest follow-up round' : `${run.length} consecutive follow-up rounds`} (${run.map((r) => r.assessedOn).join(', ')})`,
      );
    }
    if (severity === 'none') {
      return notFired('treaty_grade_d', 'No D grade in any committee’s latest follow-up round.');
    }
    return firing('treaty_grade_d', severity, evidenceOf(evidence), `${findings.join('; ')}.`);
  },
};

/**
 * An E grade (measures contrary to the recommendation) in a committee's latest
 * follow-up round: a regression flag, kept apart from non-cooperation.
 * Source: CCPR follow-up assessment criteria (grade E); shared/notes/domain.md.
 */
export const TREATY_GRADE_E: CooperationRule<'treaty_grade_e', NoSettings> = {
  id: 'treaty_grade_e',
  name: 'Treaty-body follow-up grade E (regression)',
  mechanism: 'treaty_body',
  category: 'regression',
  source:
    'Human Rights Committee follow-up assessment criteria (grade E = information or measures contrary to, or reflecting rejection of, the recommendation); shared/notes/domain.md: a separate "regression" flag, not non-cooperation.',
  defaultSettings: {},
  evaluate(records, window) {
    const latestE = roundsByBody(records, window).flatMap((rounds) => {
      const latest = rounds[rounds.length - 1];
      const grades = gradesWhere(latest, isRegressionGrade);
      return grades.length === 0 ? [] : [{ round: latest, grades }];
    });
    if (latestE.length === 0) {
      return notFired('treaty_grade_e', 'No E grade in any committee’s latest follow-up round.');
    }
    return firing(
      'treaty_grade_e',
      'medium',
      evidenceOf(latestE.flatMap((f) => f.grades)),
      `${latestE.map((f) => `${f.round.body}: grade E on ${plural(f.grades.length, 'paragraph')} (${f.grades.map((g) => g.paragraph).join(', ')}) in the follow-up round of ${f.round.assessedOn}`).join('; ')}.`,
    );
  },
};

export interface OverdueReportsSettings {
  /** Years overdue from which a report is in the middle band (default 5: "5–10 years"). */
  readonly mediumFromYears: number;
  /** Years overdue beyond which a report is in the top band (default 10: "> 10 years"). */
  readonly highAfterYears: number;
}

/**
 * Initial or periodic reports past their due date and not received, banded by
 * how late the latest is: < 5 years low, 5–10 medium, > 10 high.
 * Source: OHCHR late and non-reporting lists; bands from the literature
 * (shared/notes/domain.md); CRPD art. 36(2) for review in the absence of a report.
 */
export const TREATY_REPORTS_OVERDUE: CooperationRule<'treaty_reports_overdue', OverdueReportsSettings> = {
  id: 'treaty_reports_overdue',
  name: 'Treaty-body reports overdue',
  mechanism: 'treaty_body',
  category: 'non_cooperation',
  source:
    'OHCHR lists of late and non-reporting States; bands < 5, 5–10, > 10 years from the literature (shared/notes/domain.md, convention).',
  defaultSettings: { mediumFromYears: 5, highAfterYears: 10 },
  evaluate(records, window, settings) {
    const medium = checkSetting('treaty_reports_overdue', 'mediumFromYears', settings.mediumFromYears, { min: 1 });
    const high = checkSetting('treaty_reports_overdue', 'highAfterYears', settings.highAfterYears, { min: medium });
    const band = (report: TreatyReportRecord): Exclude<Severity, 'none'> => {
      if (compareDates(window.asOf, addMonths(report.dueOn, medium * 12)) < 0) {
        return 'low';
      }
      return compareDates(window.asOf, addMonths(report.dueOn, high * 12)) <= 0 ? 'medium' : 'high';
    };
    const overdue = ofKind(records, 'treaty_report')
      .filter((r) => compareDates(r.dueOn, window.asOf) < 0 && (r.receivedOn === null || compareDates(r.receivedOn, window.asOf) > 0))
      .sort((a, b) => compareDates(a.dueOn, b.dueOn));
    if (overdue.length === 0) {
      return notFired('treaty_reports_overdue', 'No treaty-body report overdue on the evaluation date.');
    }
    const bands = overdue.map(band);
    const severity = bands.reduce((a, b) => (severityRank(b) > severityRank(a) ? b : a));
    const label = { low: `under ${medium} years`, medium: `${medium}–${high} years`, high: `over ${high} years` } as const;
    return firing(
      'treaty_reports_overdue',
      severity,
      evidenceOf(overdue),
      `${plural(overdue.length, 'report')} overdue: ${overdue.map((r, i) => `${r.body} ${r.reportType} report due ${r.dueOn} (${label[bands[i]]})`).join('; ')}.`,
    );
  },
};
