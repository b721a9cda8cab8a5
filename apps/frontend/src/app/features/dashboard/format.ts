import { formatDate, formatNumber, formatPercent } from '@angular/common';

/** Numbers, shares and dates written the way the interface language writes them. */
export interface Format {
  readonly locale: string;
  number(value: number): string;
  /** A share between 0 and 1, as a whole percentage. */
  percent(share: number): string;
  /** 'YYYY-MM' as the month and year, e.g. "May 2026" / "mai 2026". */
  month(month: string): string;
  /** 'YYYY-MM-DD' as a date. */
  date(date: string): string;
}

/** The first day of a 'YYYY-MM' month, at UTC midnight. */
export function monthStart(month: string): Date {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1, 1));
}

export function createFormat(locale: string): Format {
  return {
    locale,
    number: (value) => formatNumber(value, locale, '1.0-0'),
    percent: (share) => formatPercent(share, locale, '1.0-0'),
    month: (month) => formatDate(monthStart(month), 'MMM y', locale, 'UTC'),
    date: (date) => formatDate(`${date}T00:00:00Z`, 'mediumDate', locale, 'UTC'),
  };
}
