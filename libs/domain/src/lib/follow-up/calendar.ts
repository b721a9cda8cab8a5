/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC only.
 *
 * Deadlines and windows are calendar days, not instants: nothing here reads the
 * local time zone or the clock, so results are the same on every machine.
 * Internal to libs/domain (not exported from the package index).
 */

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01; throws a RangeError naming the field for anything but a real 'YYYY-MM-DD' date. */
export function dayNumber(date: IsoDate, field = 'date'): number {
  const match = ISO_DATE.exec(date);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / MS_PER_DAY;
    }
  }
  throw new RangeError(`Invalid ${field}: '${date}' (expected a calendar date YYYY-MM-DD)`);
}

/** Checks an ISO date and returns it unchanged. */
export function isoDate(date: IsoDate, field = 'date'): IsoDate {
  dayNumber(date, field);
  return date;
}

function fromDayNumber(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds calendar months, keeping the day of the month and clamping to the last
 * day when the target month is shorter (2024-01-31 + 1 month = 2024-02-29).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) {
    throw new RangeError(`Months must be a whole number, got ${String(months)}`);
  }
  dayNumber(date);
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) / MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO dates compare as strings once validated; this validates both. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function yearOf(date: IsoDate): number {
  dayNumber(date);
  return Number(date.slice(0, 4));
}

/** A date, or a date-time with an explicit offset: a time without offset would be read in local time. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/u;

/**
 * Milliseconds of an ISO timestamp ('2024-03-01T10:00:00Z', '2024-03-01T12:00:00+02:00',
 * '2024-03-01'); throws a RangeError naming the field, also for a time without offset.
 */
export function instant(timestamp: string, field: string): number {
  const ms = ISO_TIMESTAMP.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`Invalid ${field}: '${timestamp}' (expected an ISO timestamp with Z or an offset)`);
  }
  return ms;
}
