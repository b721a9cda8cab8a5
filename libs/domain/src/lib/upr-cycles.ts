/**
 * UPR cycles and Working Group sessions.
 *
 * Pure data copied into this file (no file is read at run time). Sources:
 * - HRC res 5/1 and 16/21; shared/notes/domain.md (cycle boundaries).
 * - Session → year: shared/data/upr-calendar/upr_sessions.csv (sessions 1–53,
 *   from CeHDI-Foundation/UPR_Maternal-Health_Public @ 952cd7e5).
 * - Sessions 52–54: "UPR Working Group" rows of
 *   shared/data/upr-calendar/timeline_dates.xlsx (same source). Session 54 opens
 *   on 2027-01-19 there — the 4th cycle runs "Nov. 2022 to Feb. 2027" (OHCHR
 *   press release for the 41st session) — so its year is 2027, beyond the CSV.
 * - Exact opening dates: OHCHR / UNOG press releases and session reports
 *   (e.g. "held its twelfth session from 3 to 14 October 2011", A/HRC/19/4), and
 *   UPR Info session summaries. Session 9 was moved forward to 1–12 November
 *   2010; session 36 was postponed from 4 May to 2 November 2020 (COVID-19),
 *   which shifted sessions 37–40 by one slot.
 * Sessions whose opening day could not be confirmed from a source carry
 * `approximate: true`; their date is the usual Monday of the usual month.
 */

export const UPR_CYCLE_NUMBERS = [1, 2, 3, 4] as const;
export type UprCycleNumber = (typeof UPR_CYCLE_NUMBERS)[number];

export interface UprCycle {
  readonly cycle: UprCycleNumber;
  readonly firstSession: number;
  readonly lastSession: number;
  readonly startYear: number;
  readonly endYear: number;
  /** Human-readable period, e.g. '2012–2016'. */
  readonly period: string;
  /** States reviewed per Working Group session (16 in the first cycle, 14 since). */
  readonly statesPerSession: number;
}

export const UPR_CYCLES: readonly UprCycle[] = [
  { cycle: 1, firstSession: 1, lastSession: 12, startYear: 2008, endYear: 2011, period: '2008–2011', statesPerSession: 16 },
  { cycle: 2, firstSession: 13, lastSession: 26, startYear: 2012, endYear: 2016, period: '2012–2016', statesPerSession: 14 },
  { cycle: 3, firstSession: 27, lastSession: 40, startYear: 2017, endYear: 2022, period: '2017–2022', statesPerSession: 14 },
  {
    cycle: 4,
    firstSession: 41,
    lastSession: 54,
    startYear: 2022,
    endYear: 2027,
    period: 'Nov 2022–early 2027',
    statesPerSession: 14,
  },
];

export const FIRST_UPR_SESSION = 1;
export const LAST_UPR_SESSION = 54;

function assertKnownSession(session: number): void {
  if (!Number.isInteger(session) || session < FIRST_UPR_SESSION || session > LAST_UPR_SESSION) {
    throw new RangeError(
      `UPR Working Group session ${String(session)} is outside the known sessions ${FIRST_UPR_SESSION}–${LAST_UPR_SESSION}`,
    );
  }
}

/** Cycle of a UPR Working Group session; throws a RangeError naming the session outside 1–54. */
export function cycleOfSession(session: number): UprCycleNumber {
  assertKnownSession(session);
  if (session <= 12) {
    return 1;
  }
  if (session <= 26) {
    return 2;
  }
  if (session <= 40) {
    return 3;
  }
  return 4;
}

/** Opening date of each Working Group session; `true` marks a date not confirmed from a source. */
const SESSION_STARTS: readonly (readonly [session: number, reviewStart: string, approximate: boolean])[] = [
  [1, '2008-04-07', false],
  [2, '2008-05-05', false],
  [3, '2008-12-01', false],
  [4, '2009-02-02', false],
  [5, '2009-05-04', false],
  [6, '2009-11-30', false],
  [7, '2010-02-08', false],
  [8, '2010-05-03', false],
  [9, '2010-11-01', false],
  [10, '2011-01-24', true],
  [11, '2011-05-02', true],
  [12, '2011-10-03', false],
  [13, '2012-05-21', false],
  [14, '2012-10-22', false],
  [15, '2013-01-21', false],
  [16, '2013-04-22', false],
  [17, '2013-10-21', false],
  [18, '2014-01-27', true],
  [19, '2014-04-28', true],
  [20, '2014-10-27', false],
  [21, '2015-01-19', false],
  [22, '2015-05-04', true],
  [23, '2015-11-02', false],
  [24, '2016-01-18', true],
  [25, '2016-05-02', false],
  [26, '2016-10-31', false],
  [27, '2017-05-01', false],
  [28, '2017-11-06', true],
  [29, '2018-01-15', false],
  [30, '2018-05-07', true],
  [31, '2018-11-05', false],
  [32, '2019-01-21', false],
  [33, '2019-05-06', true],
  [34, '2019-11-04', false],
  [35, '2020-01-20', true],
  [36, '2020-11-02', false],
  [37, '2021-01-18', false],
  [38, '2021-05-03', false],
  [39, '2021-11-01', false],
  [40, '2022-01-24', false],
  [41, '2022-11-07', false],
  [42, '2023-01-23', false],
  [43, '2023-05-01', false],
  [44, '2023-11-06', false],
  [45, '2024-01-22', false],
  [46, '2024-04-29', false],
  [47, '2024-11-04', false],
  [48, '2025-01-20', false],
  [49, '2025-04-28', false],
  [50, '2025-11-03', true],
  [51, '2026-01-19', true],
  // 52–54: scheduled dates from timeline_dates.xlsx (future sessions; the calendar may still move).
  [52, '2026-05-04', false],
  [53, '2026-11-02', false],
  [54, '2027-01-19', false],
];

/**
 * Calendar year of each Working Group session, copied from upr_sessions.csv
 * (sessions 1–53) plus session 54 from timeline_dates.xlsx.
 */
export const UPR_SESSION_YEARS: Readonly<Record<number, number>> = {
  1: 2008, 2: 2008, 3: 2008, 4: 2009, 5: 2009, 6: 2009, 7: 2010, 8: 2010, 9: 2010,
  10: 2011, 11: 2011, 12: 2011, 13: 2012, 14: 2012, 15: 2013, 16: 2013, 17: 2013,
  18: 2014, 19: 2014, 20: 2014, 21: 2015, 22: 2015, 23: 2015, 24: 2016, 25: 2016,
  26: 2016, 27: 2017, 28: 2017, 29: 2018, 30: 2018, 31: 2018, 32: 2019, 33: 2019,
  34: 2019, 35: 2020, 36: 2020, 37: 2021, 38: 2021, 39: 2021, 40: 2022, 41: 2022,
  42: 2023, 43: 2023, 44: 2023, 45: 2024, 46: 2024, 47: 2024, 48: 2025, 49: 2025,
  50: 2025, 51: 2026, 52: 2026, 53: 2026, 54: 2027,
};

export interface UprSession {
  readonly session: number;
  readonly cycle: number;
  /** ISO date (YYYY-MM-DD) the Working Group session opened; see `approximate`. */
  readonly reviewStart: string;
  /** True when the opening day is an estimate (right month and year, usual Monday). */
  readonly approximate: boolean;
}

export const UPR_SESSIONS: readonly UprSession[] = SESSION_STARTS.map(([session, reviewStart, approximate]) => ({
  session,
  cycle: cycleOfSession(session),
  reviewStart,
  approximate,
}));

/** Calendar year of a Working Group session; throws a RangeError outside 1–54. */
export function uprSessionYear(session: number): number {
  assertKnownSession(session);
  return UPR_SESSION_YEARS[session];
}

/**
 * Opening date (ISO) of a Working Group session — the best available date for
 * a review when the exact day of a State's review is unknown (the review itself
 * falls within the following two weeks). Check `UPR_SESSIONS[…].approximate`
 * to know whether the opening day itself is confirmed.
 * Throws a RangeError naming the session outside 1–54.
 */
export function approximateReviewDate(session: number): string {
  assertKnownSession(session);
  return SESSION_STARTS[session - FIRST_UPR_SESSION][1];
}

/** Words allowed around a session number in labels such as '- 28th Session - Cycle 2' or 'UPR WG 34'. */
const SESSION_LABEL_WORDS: ReadonlySet<string> = new Set([
  'upr',
  'wg',
  'working',
  'group',
  'session',
  'sess',
  'no',
  'universal',
  'periodic',
  'review',
  'of',
  'the',
]);

/**
 * Reads a UPR Working Group session number from a label: '28', '28th session',
 * '- 28th Session - Cycle 2', 'UPR 17', 'UPR WG 34', 'Session 5'.
 *
 * Returns undefined when no single session number can be read, when the number
 * is outside the known sessions 1–54, when the label names something else
 * ('HRC 28', 'Human Rights Council 28th session'), and always for document
 * symbols ('A/HRC/28/7'): the number in a symbol is a Human Rights Council
 * session, not a UPR Working Group session.
 */
export function parseUprSession(raw: string): number | undefined {
  if (raw.includes('/')) {
    return undefined;
  }
  const label = raw
    .toLowerCase()
    .replace(/\bcycle\s*\d+\b/gu, ' ') // the cycle number is not the session
    .replace(/[-–—:,.()#*•]/gu, ' ');
  const tokens = label.split(/[\s\u0085]+/u).filter((t) => t !== '');
  let session: number | undefined;
  for (const token of tokens) {
    const numeric = /^(\d{1,3})(st|nd|rd|th)?$/u.exec(token);
    if (numeric !== null) {
      const value = Number(numeric[1]);
      if (session !== undefined && session !== value) {
        return undefined;
      }
      session = value;
    } else if (!SESSION_LABEL_WORDS.has(token)) {
      // 'upr28' / 'wg34' written without a space
      const glued = /^(?:upr|wg)(\d{1,3})$/u.exec(token);
      if (glued === null) {
        return undefined;
      }
      const value = Number(glued[1]);
      if (session !== undefined && session !== value) {
        return undefined;
      }
      session = value;
    }
  }
  if (session === undefined || session < FIRST_UPR_SESSION || session > LAST_UPR_SESSION) {
    return undefined;
  }
  return session;
}
