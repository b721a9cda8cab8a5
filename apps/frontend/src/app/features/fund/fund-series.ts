import { isCurrencyCode, minorUnits } from '@tracker/domain';
import type { AmountPointDto, CountDto } from '../../api/models';

/** One bar of a single-series chart (ngx-charts' shape). */
export interface ChartDatum {
  readonly name: string;
  readonly value: number;
}

/** One group of a grouped chart: a period, with a bar per measure. */
export interface ChartGroup {
  readonly name: string;
  readonly series: readonly ChartDatum[];
}

/**
 * What a chart shows, as a table: the alternative for people who do not see the chart, and the
 * content of its CSV download. Cells are the displayed text.
 */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Counts as bars, in the order the API gives (sorted by key); `label` names each key. */
export function countSeries(counts: readonly CountDto[], label: (key: string | null) => string): ChartDatum[] {
  return counts.map((c) => ({ name: label(c.key ?? null), value: c.count }));
}

/** The table of a count chart: exactly its bars. */
export function countTable(series: readonly ChartDatum[], dimension: string, measure: string): ChartTable {
  return { columns: [dimension, measure], rows: series.map((d) => [d.name, String(d.value)]) };
}

/**
 * Whole-number ticks for a count axis (no "0.5 requests"): every integer while the counts are
 * small, else about five even steps; the last tick is at or above the largest count.
 */
export function countTicks(series: readonly ChartDatum[]): number[] {
  const max = Math.max(1, ...series.map((d) => d.value));
  const step = max <= 10 ? 1 : Math.ceil(max / 5);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/** The currencies present in the amounts, the default one (USD) first, then alphabetically. */
export function amountCurrencies(points: readonly AmountPointDto[]): string[] {
  const currencies = [...new Set(points.map((p) => p.currency))];
  return currencies.sort((a, b) => (a === 'USD' ? -1 : b === 'USD' ? 1 : a.localeCompare(b)));
}

/** Minor units as a number of major units, for the height of a bar only (tables show the exact text). */
export function majorUnits(amountMinor: string, currency: string): number {
  const exponent = isCurrencyCode(currency) ? minorUnits(currency) : 2;
  return Number(amountMinor) / 10 ** exponent;
}

export interface AmountMeasureLabels {
  readonly requested: string;
  readonly approved: string;
  readonly disbursed: string;
}

/** Amounts of one currency over time: a group per period, a bar per measure (never mixing currencies). */
export function amountGroups(points: readonly AmountPointDto[], currency: string, labels: AmountMeasureLabels): ChartGroup[] {
  return points
    .filter((p) => p.currency === currency)
    .map((p) => ({
      name: p.period,
      series: [
        { name: labels.requested, value: majorUnits(p.requested.amountMinor, currency) },
        { name: labels.approved, value: majorUnits(p.approved.amountMinor, currency) },
        { name: labels.disbursed, value: majorUnits(p.disbursed.amountMinor, currency) },
      ],
    }));
}

/** The table of the amounts chart for one currency: a row per period, the exact formatted amounts. */
export function amountTable(points: readonly AmountPointDto[], currency: string, period: string, labels: AmountMeasureLabels): ChartTable {
  return {
    columns: [period, labels.requested, labels.approved, labels.disbursed],
    rows: points.filter((p) => p.currency === currency).map((p) => [p.period, p.requested.formatted, p.approved.formatted, p.disbursed.formatted]),
  };
}

function csvCell(value: string): string {
  // Quote every cell that needs it (RFC 4180); a leading =, +, - or @ is neutralised so spreadsheets never run it.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table as CSV (RFC 4180, CRLF line ends), exactly its header and rows. */
export function tableCsv(table: ChartTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name from a heading: lower case, words joined by hyphens, ".csv". */
export function csvFileName(heading: string): string {
  const slug = heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug === '' ? 'table' : slug}.csv`;
}
