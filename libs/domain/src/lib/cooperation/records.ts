import type { IsoDate } from '../follow-up/calendar';
import type { TreatyBodyCode } from '../follow-up/deadlines';
import type { AssistanceStatus } from '../fund/assistance-workflow';
import type { FollowUpGrade } from '../implementation-status';
import type { UprCycleNumber } from '../upr-cycles';

/**
 * Cooperation records: what the non-cooperation rules read about one State.
 * Vocabularies from shared/notes/domain.md ("Persistent non-cooperation",
 * "Special procedures") and issue 7 ("Cooperation records").
 */

/** The five UPR participation steps of one review (UPR Info + ISHR joint statement, HRC22, 2013). */
export const UPR_STEPS = ['national_report', 'troika', 'interactive_dialogue', 'responses', 'mid_term_report'] as const;
export type UprStep = (typeof UPR_STEPS)[number];

export const UPR_STEP_LABELS: Readonly<Record<UprStep, string>> = {
  national_report: 'national report',
  troika: 'troika',
  interactive_dialogue: 'interactive dialogue',
  responses: 'responses (addendum)',
  mid_term_report: 'mid-term report',
};

/** 'pending': not due yet, or not known yet; only 'missed' counts against a State. */
export const UPR_STEP_STATUSES = ['done', 'missed', 'pending'] as const;
export type UprStepStatus = (typeof UPR_STEP_STATUSES)[number];

/** Visit request statuses (OHCHR vocabulary); "no response" is derived, never stored. */
export const VISIT_STATUSES = ['requested', 'reminder', 'acknowledged', 'accepted', 'dates_proposed', 'declined', 'completed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Statuses by which the State answers a request (a decline is an answer, counted by its own rule). */
export const VISIT_ANSWER_STATUSES = ['acknowledged', 'accepted', 'dates_proposed', 'declined', 'completed'] as const satisfies readonly VisitStatus[];

export const COMMUNICATION_TYPES = ['urgent_appeal', 'allegation_letter', 'other_letter'] as const;
export type CommunicationType = (typeof COMMUNICATION_TYPES)[number];

interface RecordBase {
  readonly id: string;
  /** ISO 3166-1 alpha-3 of the State the record is about. */
  readonly stateIso3: string;
}

/** One UPR review of the State and its participation steps. */
export interface UprReviewRecord extends RecordBase {
  readonly kind: 'upr_review';
  readonly cycle: UprCycleNumber;
  readonly session: number;
  readonly reviewDate: IsoDate;
  readonly steps: Readonly<Record<UprStep, UprStepStatus>>;
  /** Date the Council plenary adopted the outcome; null before. */
  readonly adoptedOn: IsoDate | null;
  /** Recommendations received, and how many had no response at adoption; null until known. */
  readonly responsesAtAdoption: { readonly recommendations: number; readonly withoutResponse: number } | null;
}

export interface TreatyRatificationRecord extends RecordBase {
  readonly kind: 'treaty_ratification';
  /** Treaty abbreviation as in shared/data/treaty-ratification (ICCPR, ICMW, CPED…). */
  readonly treaty: string;
  readonly body: TreatyBodyCode;
  readonly ratifiedOn: IsoDate;
}

/** An initial or periodic report owed to a committee. */
export interface TreatyReportRecord extends RecordBase {
  readonly kind: 'treaty_report';
  readonly body: TreatyBodyCode;
  readonly reportType: 'initial' | 'periodic';
  readonly dueOn: IsoDate;
  readonly receivedOn: IsoDate | null;
}

/** One grade given in a committee's follow-up assessment; grades assessed on the same day by the same body form a round. */
export interface FollowUpGradeRecord extends RecordBase {
  readonly kind: 'follow_up_grade';
  readonly body: TreatyBodyCode;
  readonly assessedOn: IsoDate;
  /** Paragraph of the concluding observations graded, e.g. '12'. */
  readonly paragraph: string;
  readonly grade: FollowUpGrade;
}

export interface StandingInvitationRecord extends RecordBase {
  readonly kind: 'standing_invitation';
  readonly extendedOn: IsoDate;
  readonly withdrawnOn: IsoDate | null;
}

export interface VisitRequestRecord extends RecordBase {
  readonly kind: 'visit_request';
  /** Mandate that asked, e.g. 'SR on freedom of expression'. */
  readonly mandate: string;
  readonly history: readonly { readonly status: VisitStatus; readonly on: IsoDate }[];
}

export interface CommunicationRecord extends RecordBase {
  readonly kind: 'communication';
  readonly type: CommunicationType;
  readonly sentOn: IsoDate;
  readonly repliedOn: IsoDate | null;
}

/** Named in the Secretary-General's annual report on reprisals (HRC res 12/2). */
export interface ReprisalsMentionRecord extends RecordBase {
  readonly kind: 'reprisals_mention';
  readonly reportYear: number;
  /** Document symbol, e.g. 'A/HRC/57/60'. */
  readonly symbol: string | null;
}

/** A request to the Voluntary Fund: evidence of cooperation, never read by a non-cooperation rule. */
export interface AssistanceRequestRecord extends RecordBase {
  readonly kind: 'assistance_request';
  readonly requestedOn: IsoDate;
  readonly status: AssistanceStatus;
}

export type CooperationRecord =
  | UprReviewRecord
  | TreatyRatificationRecord
  | TreatyReportRecord
  | FollowUpGradeRecord
  | StandingInvitationRecord
  | VisitRequestRecord
  | CommunicationRecord
  | ReprisalsMentionRecord
  | AssistanceRequestRecord;

export type CooperationRecordKind = CooperationRecord['kind'];

/** The records a non-cooperation rule may read: by type, never an assistance request. */
export type CountableRecord = Exclude<CooperationRecord, AssistanceRequestRecord>;
