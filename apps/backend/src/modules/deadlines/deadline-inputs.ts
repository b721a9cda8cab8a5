import {
  approximateReviewDate,
  FIRST_UPR_SESSION,
  LAST_UPR_SESSION,
  TREATY_BODY_CODES,
  type QualifyingReport,
  type QualifyingReportKind,
  type RecommendationContext,
  type ReportStatus,
  type TreatyBodyCode,
} from '@tracker/domain';

/** What the database records about one recommendation that its deadlines depend on. */
export interface DeadlineInputRow {
  id: number;
  mechanism: string;
  body_code: string;
  session: number | null;
  issued_on: string | null;
  archived: boolean;
  /** From the UPR review of the State in that session (upr_participation), if recorded. */
  review_date: string | null;
  adopted_on: string | null;
  /** From the special-procedures communication whose reference is the recommendation's document symbol. */
  communication_sent_on: string | null;
}

export interface DocumentRow {
  recommendation_id: number;
  kind: QualifyingReportKind;
  id: string;
  dated: string;
  status: ReportStatus | null;
}

/**
 * The context `computeDeadlines` needs, from what is recorded; null when the recommendation has
 * no deadline to compute (archived, no date to count from, a special-procedure recommendation
 * that is not a communication).
 *   UPR: the review date of the State's review in the session (upr_participation), else the
 *   session's opening date, else the date the recommendation was issued; the adoption date once
 *   recorded. Treaty bodies: the date of the concluding observations (issued on). Special
 *   procedures: the date the communication was sent.
 */
export function deadlineContext(row: DeadlineInputRow): RecommendationContext | null {
  if (row.archived) return null;
  switch (row.mechanism) {
    case 'upr': {
      const session = row.session !== null && row.session >= FIRST_UPR_SESSION && row.session <= LAST_UPR_SESSION ? row.session : null;
      const reviewDate = row.review_date ?? (session !== null ? approximateReviewDate(session) : row.issued_on);
      return reviewDate === null ? null : { mechanism: 'upr', reviewDate, adoptionDate: row.adopted_on };
    }
    case 'treaty_body': {
      const body = TREATY_BODY_CODES.find((code) => code === row.body_code);
      return body === undefined || row.issued_on === null ? null : { mechanism: 'treaty_body', body: body satisfies TreatyBodyCode, concludingObservationsOn: row.issued_on };
    }
    case 'special_procedure':
      return row.communication_sent_on === null ? null : { mechanism: 'special_procedure', communicationSentOn: row.communication_sent_on };
    default:
      return null;
  }
}

export function qualifyingDocument(row: DocumentRow): QualifyingReport {
  return row.kind === 'implementation_report'
    ? { id: row.id, kind: 'implementation_report', submittedOn: row.dated, status: row.status ?? 'draft' }
    : { id: row.id, kind: row.kind, submittedOn: row.dated };
}
