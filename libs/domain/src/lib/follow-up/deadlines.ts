import { bodyInfo, type BodyCode } from '../mechanisms';
import { addDays, addMonths, compareDates, daysBetween, isoDate, type IsoDate } from './calendar';
import type { ReportStatus } from './report-workflow';

/**
 * Deadlines of a recommendation, computed from its mechanism, and whether they
 * are overdue. Every default is configurable and every deadline explains how
 * it was computed and from which source (shared/notes/domain.md; issue 5).
 */

export const DEADLINE_KINDS = [
  'upr_response',
  'upr_mid_term_report',
  'upr_next_review',
  'treaty_follow_up_report',
  'treaty_periodic_report',
  'communication_reply',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Committees that receive State reports and adopt concluding observations. */
export const TREATY_BODY_CODES = [
  'CCPR',
  'CESCR',
  'CERD',
  'CEDAW',
  'CAT',
  'SPT',
  'CRC',
  'CMW',
  'CRPD',
  'CED',
] as const satisfies readonly BodyCode[];
export type TreatyBodyCode = (typeof TREATY_BODY_CODES)[number];

/** What a recommendation's deadlines are computed from, per mechanism. */
export type RecommendationContext =
  | {
      readonly mechanism: 'upr';
      /** Date of the State's review in the Working Group (`approximateReviewDate(session)` when only the session is known). */
      readonly reviewDate: IsoDate;
      /** Date the Council plenary adopted the outcome, once known; wins over the estimate. */
      readonly adoptionDate?: IsoDate | null;
    }
  | {
      readonly mechanism: 'treaty_body';
      readonly body: TreatyBodyCode;
      readonly concludingObservationsOn: IsoDate;
      /** Follow-up deadline stated in the concluding observations; wins over the body's period. */
      readonly followUpDueOn?: IsoDate | null;
      /** Due date of the next periodic report stated in the concluding observations; wins over periodicity. */
      readonly nextPeriodicReportDueOn?: IsoDate | null;
      /** Periodicity for this State, in years, when no date is stated; wins over the settings. */
      readonly periodicityYears?: number | null;
    }
  | {
      readonly mechanism: 'special_procedure';
      readonly communicationSentOn: IsoDate;
    };

/** Documents that can meet a deadline. Only documents that reached the mechanism: no drafts. */
export const QUALIFYING_REPORT_KINDS = [
  /** The State's written positions (addendum) on the UPR recommendations. */
  'upr_responses',
  /** The voluntary UPR mid-term report. */
  'upr_mid_term_report',
  /** An implementation report filed in the tracker (see report-workflow). */
  'implementation_report',
  'treaty_follow_up_report',
  'treaty_periodic_report',
  /** The State's reply to a special-procedure communication. */
  'communication_reply',
] as const;
export type QualifyingReportKind = (typeof QUALIFYING_REPORT_KINDS)[number];

export type QualifyingReport =
  | {
      readonly id: string;
      readonly kind: 'implementation_report';
      readonly submittedOn: IsoDate;
      /** Counts only once submitted and not sent back: submitted, validated or published. */
      readonly status: ReportStatus;
    }
  | {
      readonly id: string;
      readonly kind: Exclude<QualifyingReportKind, 'implementation_report'>;
      readonly submittedOn: IsoDate;
    };

export interface DeadlineSettings {
  readonly upr: {
    /** Estimate of the plenary adoption when its date is unknown. */
    readonly responseMonthsAfterReview: number;
    readonly midTermMonthsAfterReview: number;
    readonly nextReviewMonthsAfterReview: number;
  };
  /** Follow-up report period per body, overriding the body's default in mechanisms.ts. */
  readonly treatyFollowUpMonths: { readonly [B in TreatyBodyCode]?: number };
  /** Periodicity in years per body, used when no due date is stated. */
  readonly treatyPeriodicityYears: { readonly [B in TreatyBodyCode]?: number };
  readonly communicationReplyDays: number;
  /** Days after the due date before a missing report counts as overdue. */
  readonly graceDays: Readonly<Record<DeadlineKind, number>>;
  /** Which documents meet each kind of deadline; empty = a calendar milestone, never overdue. */
  readonly qualifyingReports: Readonly<Record<DeadlineKind, readonly QualifyingReportKind[]>>;
}

/** Treaty articles that fix a reporting periodicity. */
const TREATY_PERIODICITY_SOURCES: { readonly [B in TreatyBodyCode]?: string } = {
  CERD: 'ICERD art. 9(1)(b): reports every two years.',
  CEDAW: 'CEDAW art. 18(1)(b): reports at least every four years.',
  CAT: 'CAT art. 19(1): supplementary reports every four years.',
  CRC: 'CRC art. 44(1)(b): reports every five years.',
  CMW: 'ICMW art. 73(1)(b): reports every five years.',
  CRPD: 'CRPD art. 35(2): reports at least every four years.',
};

/** Where each default comes from. */
export const DEADLINE_SOURCES = {
  uprResponse:
    'HRC res 5/1 and res 16/21 (annex): the State under review communicates its positions on all recommendations in writing before the Council plenary adopts the outcome, about 3–4 months after the review (shared/notes/domain.md).',
  uprMidTerm:
    'HRC res 16/21 (annex) encourages a voluntary mid-term report; States submit it about 2–2.5 years after the review (shared/notes/domain.md).',
  uprNextReview:
    'HRC res 16/21 (annex): from the second cycle the review has a periodicity of four and a half years.',
  treatyFollowUp:
    'OHCHR, "Follow-up to concluding observations" and each committee\'s procedure, as tabulated in libs/domain mechanisms.ts (CAT, CERD, CED 12 months; CESCR, CEDAW, CMW 24; CCPR 36; none for CRC, SPT, CRPD). A deadline stated in the concluding observations wins.',
  treatyPeriodicity: TREATY_PERIODICITY_SOURCES,
  communicationReply:
    'Special procedures communications: a reply is expected within 60 days, after which the letter and any reply are published (shared/notes/domain.md).',
  graceDays: 'Convention of this tracker: no grace period unless configured.',
} as const;

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  upr: { responseMonthsAfterReview: 4, midTermMonthsAfterReview: 30, nextReviewMonthsAfterReview: 54 },
  treatyFollowUpMonths: {},
  // Only where the treaty itself fixes a periodicity; CCPR (art. 40: "whenever the Committee so requests"),
  // CESCR and CED set it in their concluding observations, and SPT receives no periodic reports.
  treatyPeriodicityYears: { CERD: 2, CEDAW: 4, CAT: 4, CRC: 5, CMW: 5, CRPD: 4 },
  communicationReplyDays: 60,
  graceDays: {
    upr_response: 0,
    upr_mid_term_report: 0,
    upr_next_review: 0,
    treaty_follow_up_report: 0,
    treaty_periodic_report: 0,
    communication_reply: 0,
  },
  qualifyingReports: {
    upr_response: ['upr_responses'],
    upr_mid_term_report: ['upr_mid_term_report', 'implementation_report'],
    upr_next_review: [],
    treaty_follow_up_report: ['treaty_follow_up_report'],
    treaty_periodic_report: ['treaty_periodic_report'],
    communication_reply: ['communication_reply'],
  },
};

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly dueOn: IsoDate;
  /** When the obligation arises (review, concluding observations, letter): documents dated earlier do not meet it. */
  readonly opensOn: IsoDate;
  /** How the date was computed, and from which source. */
  readonly basis: string;
  readonly source: string;
  /** True when the mechanism only encourages the report (UPR mid-term report). */
  readonly voluntary: boolean;
  /** What meets the deadline; absent for a calendar milestone (next review), which is never overdue. */
  readonly satisfiedBy?: {
    readonly reportKinds: readonly QualifyingReportKind[];
    readonly graceDays: number;
  };
}

function checkWhole(value: number, name: string, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new RangeError(`Deadline setting ${name} must be a whole number ≥ ${minimum}, got ${String(value)}`);
  }
  return value;
}

/** '(default)' or '(configured; default 4)': says whether the figure is the documented default. */
function provenance(value: number, defaultValue: number | undefined): string {
  if (defaultValue === undefined) {
    return '(configured; no default)';
  }
  return value === defaultValue ? '(default)' : `(configured; default ${defaultValue})`;
}

function deadline(
  kind: DeadlineKind,
  fields: { readonly dueOn: IsoDate; readonly opensOn: IsoDate; readonly computation: string; readonly source: string; readonly voluntary?: boolean },
  settings: DeadlineSettings,
): Deadline {
  const reportKinds = settings.qualifyingReports[kind];
  const base: Deadline = {
    kind,
    dueOn: fields.dueOn,
    opensOn: fields.opensOn,
    basis: `${fields.computation} Source: ${fields.source}`,
    source: fields.source,
    voluntary: fields.voluntary ?? false,
  };
  return reportKinds.length === 0
    ? base
    : { ...base, satisfiedBy: { reportKinds, graceDays: checkWhole(settings.graceDays[kind], `graceDays.${kind}`, 0) } };
}

function uprDeadlines(reviewDate: IsoDate, adoptionDate: IsoDate | null, settings: DeadlineSettings): Deadline[] {
  const review = isoDate(reviewDate, 'reviewDate');
  const defaults = DEFAULT_DEADLINE_SETTINGS.upr;
  const { responseMonthsAfterReview, midTermMonthsAfterReview, nextReviewMonthsAfterReview } = settings.upr;
  const responseMonths = checkWhole(responseMonthsAfterReview, 'upr.responseMonthsAfterReview', 0);
  const midTermMonths = checkWhole(midTermMonthsAfterReview, 'upr.midTermMonthsAfterReview', 1);
  const nextReviewMonths = checkWhole(nextReviewMonthsAfterReview, 'upr.nextReviewMonthsAfterReview', 1);
  const response =
    adoptionDate === null
      ? deadline(
          'upr_response',
          {
            dueOn: addMonths(review, responseMonths),
            opensOn: review,
            computation: `Review on ${review} + ${responseMonths} months ${provenance(responseMonths, defaults.responseMonthsAfterReview)}, an estimate of the Council plenary adoption, whose date is not yet known.`,
            source: DEADLINE_SOURCES.uprResponse,
          },
          settings,
        )
      : deadline(
          'upr_response',
          {
            dueOn: isoDate(adoptionDate, 'adoptionDate'),
            opensOn: review,
            computation: `Council plenary adoption of the outcome on ${adoptionDate} (review on ${review}).`,
            source: DEADLINE_SOURCES.uprResponse,
          },
          settings,
        );
  return [
    response,
    deadline(
      'upr_mid_term_report',
      {
        dueOn: addMonths(review, midTermMonths),
        opensOn: review,
        computation: `Review on ${review} + ${midTermMonths} months ${provenance(midTermMonths, defaults.midTermMonthsAfterReview)}; the mid-term report is voluntary.`,
        source: DEADLINE_SOURCES.uprMidTerm,
        voluntary: true,
      },
      settings,
    ),
    deadline(
      'upr_next_review',
      {
        dueOn: addMonths(review, nextReviewMonths),
        opensOn: review,
        computation: `Review on ${review} + ${nextReviewMonths} months ${provenance(nextReviewMonths, defaults.nextReviewMonthsAfterReview)}; the Working Group calendar fixes the actual date.`,
        source: DEADLINE_SOURCES.uprNextReview,
      },
      settings,
    ),
  ];
}

type TreatyContext = Extract<RecommendationContext, { readonly mechanism: 'treaty_body' }>;

function treatyFollowUp(context: TreatyContext, settings: DeadlineSettings): Deadline | null {
  const adopted = isoDate(context.concludingObservationsOn, 'concludingObservationsOn');
  const stated = context.followUpDueOn ?? null;
  if (stated !== null) {
    return deadline(
      'treaty_follow_up_report',
      {
        dueOn: isoDate(stated, 'followUpDueOn'),
        opensOn: adopted,
        computation: `Deadline stated in the ${context.body} concluding observations of ${adopted}.`,
        source: `${context.body} concluding observations of ${adopted}.`,
      },
      settings,
    );
  }
  const override = settings.treatyFollowUpMonths[context.body];
  const bodyDefault = bodyInfo(context.body).followUp.defaultMonths;
  const months = override ?? bodyDefault;
  if (months === null) {
    return null;
  }
  checkWhole(months, `treatyFollowUpMonths.${context.body}`, 1);
  const origin =
    override === undefined
      ? `(default for ${context.body})`
      : `(configured for ${context.body}; default ${bodyDefault === null ? 'none, no follow-up procedure' : String(bodyDefault)})`;
  return deadline(
    'treaty_follow_up_report',
    {
      dueOn: addMonths(adopted, months),
      opensOn: adopted,
      computation: `Concluding observations of ${adopted} + ${months} months ${origin}.`,
      source: DEADLINE_SOURCES.treatyFollowUp,
    },
    settings,
  );
}

function treatyPeriodic(context: TreatyContext, settings: DeadlineSettings): Deadline | null {
  const adopted = isoDate(context.concludingObservationsOn, 'concludingObservationsOn');
  const stated = context.nextPeriodicReportDueOn ?? null;
  if (stated !== null) {
    return deadline(
      'treaty_periodic_report',
      {
        dueOn: isoDate(stated, 'nextPeriodicReportDueOn'),
        opensOn: adopted,
        computation: `Due date of the next periodic report stated in the ${context.body} concluding observations of ${adopted}.`,
        source: `${context.body} concluding observations of ${adopted}.`,
      },
      settings,
    );
  }
  const forState = context.periodicityYears ?? null;
  const years = forState ?? settings.treatyPeriodicityYears[context.body] ?? null;
  if (years === null) {
    return null;
  }
  if (!(years > 0) || !Number.isInteger(years * 12)) {
    throw new RangeError(`Periodicity for ${context.body} must be a positive number of years in whole months, got ${String(years)}`);
  }
  const treatySource = TREATY_PERIODICITY_SOURCES[context.body];
  const source =
    forState !== null
      ? `Periodicity recorded for this State by ${context.body}.`
      : years === DEFAULT_DEADLINE_SETTINGS.treatyPeriodicityYears[context.body] && treatySource !== undefined
        ? treatySource
        : `Periodicity configured for ${context.body}.`;
  return deadline(
    'treaty_periodic_report',
    {
      dueOn: addMonths(adopted, years * 12),
      opensOn: adopted,
      computation: `Concluding observations of ${adopted} + ${years} years (an approximation: the committee's calendar fixes the actual date).`,
      source,
    },
    settings,
  );
}

/**
 * Every deadline of a recommendation, in order of the mechanism's milestones.
 * Stated dates (actual adoption, deadline in the concluding observations)
 * win over computed ones; a treaty body without a follow-up procedure or a
 * known periodicity yields no such deadline. Throws a RangeError on a bad date
 * or setting, naming it.
 */
export function computeDeadlines(context: RecommendationContext, settings: DeadlineSettings): Deadline[] {
  switch (context.mechanism) {
    case 'upr':
      return uprDeadlines(context.reviewDate, context.adoptionDate ?? null, settings);
    case 'treaty_body':
      return [treatyFollowUp(context, settings), treatyPeriodic(context, settings)].filter((d): d is Deadline => d !== null);
    case 'special_procedure': {
      const sent = isoDate(context.communicationSentOn, 'communicationSentOn');
      const days = checkWhole(settings.communicationReplyDays, 'communicationReplyDays', 1);
      return [
        deadline(
          'communication_reply',
          {
            dueOn: addDays(sent, days),
            opensOn: sent,
            computation: `Communication sent on ${sent} + ${days} days ${provenance(days, DEFAULT_DEADLINE_SETTINGS.communicationReplyDays)}.`,
            source: DEADLINE_SOURCES.communicationReply,
          },
          settings,
        ),
      ];
    }
  }
}

function counts(report: QualifyingReport): boolean {
  if (report.kind !== 'implementation_report') {
    return true;
  }
  switch (report.status) {
    case 'submitted':
    case 'validated':
    case 'published':
      return true;
    case 'draft':
    case 'returned':
      return false;
  }
}

/**
 * The earliest document that meets the deadline by `today`: of a qualifying
 * kind, dated between the deadline's opening and `today`, and (implementation
 * reports) submitted and not returned. A late document still meets it: the
 * overdue monitor lists what is outstanding. Null when none does.
 */
export function qualifyingReport(deadline: Deadline, reports: readonly QualifyingReport[], today: IsoDate): QualifyingReport | null {
  const rule = deadline.satisfiedBy;
  if (rule === undefined) {
    return null;
  }
  let earliest: QualifyingReport | null = null;
  for (const report of reports) {
    const dated = isoDate(report.submittedOn, 'submittedOn');
    if (
      rule.reportKinds.includes(report.kind) &&
      counts(report) &&
      compareDates(dated, deadline.opensOn) >= 0 &&
      compareDates(dated, today) <= 0 &&
      (earliest === null || compareDates(dated, earliest.submittedOn) < 0)
    ) {
      earliest = report;
    }
  }
  return earliest;
}

/**
 * Overdue on `today`: the due date plus grace has passed and no qualifying
 * document has arrived. A milestone (no `satisfiedBy`) is never overdue.
 */
export function isOverdue(deadline: Deadline, reports: readonly QualifyingReport[], today: IsoDate): boolean {
  isoDate(today, 'today');
  const rule = deadline.satisfiedBy;
  if (rule === undefined || compareDates(today, addDays(deadline.dueOn, rule.graceDays)) <= 0) {
    return false;
  }
  return qualifyingReport(deadline, reports, today) === null;
}

export interface OverdueCandidate<T> {
  /** What the deadline belongs to (a recommendation id, a row): carried through untouched. */
  readonly ref: T;
  readonly deadline: Deadline;
  readonly reports: readonly QualifyingReport[];
}

export interface OverdueItem<T> {
  readonly ref: T;
  readonly deadline: Deadline;
  /** Days since the due date (not since the end of the grace period). */
  readonly daysLate: number;
}

/** The overdue candidates on `today`, latest first (then by due date, then kind). */
export function overdueItems<T>(candidates: readonly OverdueCandidate<T>[], today: IsoDate): OverdueItem<T>[] {
  return candidates
    .filter((c) => isOverdue(c.deadline, c.reports, today))
    .map((c) => ({ ref: c.ref, deadline: c.deadline, daysLate: daysBetween(c.deadline.dueOn, today) }))
    .sort(
      (a, b) =>
        b.daysLate - a.daysLate ||
        compareDates(a.deadline.dueOn, b.deadline.dueOn) ||
        DEADLINE_KINDS.indexOf(a.deadline.kind) - DEADLINE_KINDS.indexOf(b.deadline.kind),
    );
}
