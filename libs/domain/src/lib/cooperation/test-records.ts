import type { FollowUpGrade } from '../implementation-status';
import type {
  CommunicationRecord,
  CommunicationType,
  FollowUpGradeRecord,
  ReprisalsMentionRecord,
  TreatyReportRecord,
  UprReviewRecord,
  UprStep,
  UprStepStatus,
  VisitRequestRecord,
  VisitStatus,
} from './records';
import type { TreatyBodyCode } from '../follow-up/deadlines';
import { windowFor, type EvaluationWindow } from './windows';

/** Fixtures for the cooperation specs: one fictional State, 'XYZ'. */
export const STATE = 'XYZ';

/** Evaluation on 15 November 2026, in the quarterly window 2026-Q4. */
export const NOV_2026: EvaluationWindow = windowFor('2026-11-15', { granularity: 'quarter' });

export function review(
  id: string,
  reviewDate: string,
  steps: Partial<Record<UprStep, UprStepStatus>> = {},
  extra: Partial<Pick<UprReviewRecord, 'adoptedOn' | 'responsesAtAdoption'>> = {},
): UprReviewRecord {
  return {
    kind: 'upr_review',
    id,
    stateIso3: STATE,
    cycle: 4,
    session: 43,
    reviewDate,
    steps: { national_report: 'done', troika: 'done', interactive_dialogue: 'done', responses: 'done', mid_term_report: 'pending', ...steps },
    adoptedOn: extra.adoptedOn ?? null,
    responsesAtAdoption: extra.responsesAtAdoption ?? null,
  };
}

export function grade(id: string, body: TreatyBodyCode, assessedOn: string, g: FollowUpGrade, paragraph = '10'): FollowUpGradeRecord {
  return { kind: 'follow_up_grade', id, stateIso3: STATE, body, assessedOn, paragraph, grade: g };
}

export function treatyReport(id: string, body: TreatyBodyCode, dueOn: string, receivedOn: string | null = null): TreatyReportRecord {
  return { kind: 'treaty_report', id, stateIso3: STATE, body, reportType: 'periodic', dueOn, receivedOn };
}

export function visit(id: string, mandate: string, history: [VisitStatus, string][]): VisitRequestRecord {
  return { kind: 'visit_request', id, stateIso3: STATE, mandate, history: history.map(([status, on]) => ({ status, on })) };
}

export function letter(id: string, sentOn: string, repliedOn: string | null, type: CommunicationType = 'allegation_letter'): CommunicationRecord {
  return { kind: 'communication', id, stateIso3: STATE, type, sentOn, repliedOn };
}

export function reprisals(id: string, reportYear: number): ReprisalsMentionRecord {
  return { kind: 'reprisals_mention', id, stateIso3: STATE, reportYear, symbol: null };
}
