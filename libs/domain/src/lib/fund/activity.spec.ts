import { ASSISTANCE_ACTIVITY_LABELS, ASSISTANCE_ACTIVITY_TYPES, DEFAULT_REPORTING_YEAR_SETTINGS, reportingYear, type AssistanceDates } from './activity';

const DATES: AssistanceDates = { submittedOn: '2024-11-20', decidedOn: '2025-02-14', completedOn: '2026-01-31' };

describe('activity types', () => {
  it('are the four lines of the Fund’s terms of reference', () => {
    expect(ASSISTANCE_ACTIVITY_TYPES.map((t) => ASSISTANCE_ACTIVITY_LABELS[t])).toEqual([
      'Co-funding of implementation projects',
      'National capacity and expertise',
      'Integration into UN country programming',
      'Exchange of good practice',
    ]);
  });
});

describe('reportingYear', () => {
  it('places a request in the calendar year of its decision by default', () => {
    expect(reportingYear(DATES, DEFAULT_REPORTING_YEAR_SETTINGS)).toBe(2025);
  });

  it('has no reporting year while the decision is pending', () => {
    expect(reportingYear({ ...DATES, decidedOn: null, completedOn: null }, DEFAULT_REPORTING_YEAR_SETTINGS)).toBeNull();
  });

  it('follows a configured basis and a reporting year starting in July', () => {
    expect(reportingYear(DATES, { basis: 'submitted', firstMonth: 1 })).toBe(2024);
    expect(reportingYear(DATES, { basis: 'completed', firstMonth: 7 })).toBe(2025);
    expect(reportingYear(DATES, { basis: 'decided', firstMonth: 7 })).toBe(2024);
  });

  it('refuses a first month outside 1–12', () => {
    expect(() => reportingYear(DATES, { basis: 'decided', firstMonth: 13 })).toThrow(/firstMonth/);
  });
});
