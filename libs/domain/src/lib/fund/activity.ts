import { isoDate, type IsoDate } from '../follow-up/calendar';

/**
 * What the Voluntary Fund for Financial and Technical Assistance in the
 * implementation of the UPR pays for, and through whom.
 * Source: HRC res 6/17 (2007), which created the Fund and set its terms of
 * reference; strengthened by res 16/21 and 51/30 (shared/notes/domain.md).
 * Not the Voluntary Fund for Participation in the UPR (travel), nor the
 * LDC/SIDS Trust Fund.
 */
export const FUND_SOURCE =
  'HRC res 6/17 (2007), Voluntary Fund for Financial and Technical Assistance in the implementation of the UPR, terms of reference; res 16/21 and 51/30.';

/** The Fund's terms of reference (HRC res 6/17). */
export const ASSISTANCE_ACTIVITY_TYPES = [
  /** Co-funding of projects that implement UPR outcomes. */
  'implementation_project_co_funding',
  /** National capacity and expertise to implement recommendations. */
  'national_capacity_and_expertise',
  /** Integrating UPR outcomes into UN country programming. */
  'un_country_programming_integration',
  /** Exchange of good practice (regional meetings, seminars). */
  'good_practice_exchange',
] as const;
export type AssistanceActivityType = (typeof ASSISTANCE_ACTIVITY_TYPES)[number];

export const ASSISTANCE_ACTIVITY_LABELS: Readonly<Record<AssistanceActivityType, string>> = {
  implementation_project_co_funding: 'Co-funding of implementation projects',
  national_capacity_and_expertise: 'National capacity and expertise',
  un_country_programming_integration: 'Integration into UN country programming',
  good_practice_exchange: 'Exchange of good practice',
};

/** Through whom the request comes and the assistance is delivered (issue 6). */
export const ASSISTANCE_CHANNELS = ['ohchr_field_office', 'ohchr_regional_office', 'resident_coordinator', 'ohchr_headquarters'] as const;
export type AssistanceChannel = (typeof ASSISTANCE_CHANNELS)[number];

export const ASSISTANCE_CHANNEL_LABELS: Readonly<Record<AssistanceChannel, string>> = {
  ohchr_field_office: 'OHCHR field office',
  ohchr_regional_office: 'OHCHR regional office',
  resident_coordinator: 'UN Resident Coordinator',
  ohchr_headquarters: 'OHCHR headquarters',
};

/** Which event places a request in a reporting year. */
export const REPORTING_YEAR_BASES = ['submitted', 'decided', 'completed'] as const;
export type ReportingYearBasis = (typeof REPORTING_YEAR_BASES)[number];

export interface ReportingYearSettings {
  readonly basis: ReportingYearBasis;
  /** First month (1–12) of the reporting year; the year is named after the calendar year it starts in. */
  readonly firstMonth: number;
}

/**
 * Convention of this tracker: a request counts in the calendar year of its
 * decision (approval or decline). The annual written update to the Council's
 * June session (A/HRC/24/56, 29/22, 32/28, 35/18, 38/27, 47/19) reports on a
 * past period; which event and period the secretariat uses is not fixed here.
 */
export const DEFAULT_REPORTING_YEAR_SETTINGS: ReportingYearSettings = { basis: 'decided', firstMonth: 1 };

export interface AssistanceDates {
  readonly submittedOn: IsoDate | null;
  /** Date of approval or decline. */
  readonly decidedOn: IsoDate | null;
  readonly completedOn: IsoDate | null;
}

/** The reporting year a request belongs to, or null while its basis event has not happened. */
export function reportingYear(dates: AssistanceDates, settings: ReportingYearSettings): number | null {
  if (!Number.isInteger(settings.firstMonth) || settings.firstMonth < 1 || settings.firstMonth > 12) {
    throw new RangeError(`Reporting year setting firstMonth must be 1–12, got ${String(settings.firstMonth)}`);
  }
  let date: IsoDate | null;
  switch (settings.basis) {
    case 'submitted':
      date = dates.submittedOn;
      break;
    case 'decided':
      date = dates.decidedOn;
      break;
    case 'completed':
      date = dates.completedOn;
      break;
  }
  if (date === null) {
    return null;
  }
  const [year, month] = isoDate(date, `${settings.basis} date`).split('-').map(Number);
  return month >= settings.firstMonth ? year : year - 1;
}
