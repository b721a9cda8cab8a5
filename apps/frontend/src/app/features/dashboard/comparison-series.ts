import type { ImplementationStatus } from '../recommendations/recommendation.models';
import { MECHANISM_LABELS, STATUS_LABELS } from '../recommendations/recommendation-labels';
import { cell, type ChartTable } from './csv';
import type { ComparisonDimension, ComparisonRow } from './dashboard.api';
import { DIMENSION_LABELS, groupLabel } from './dashboard-labels';
import type { Format } from './format';
import { countOf, STATUS_STACK } from './progress-series';

/** One group of a comparison, with its shares. */
export interface ComparisonView {
  readonly key: string;
  readonly label: string;
  /** M49 code of a State (dimension "state"), to find it on the map. */
  readonly m49: string | null;
  readonly row: ComparisonRow;
  /** Fully implemented, of all its recommendations. */
  readonly implemented: number;
  /** Fully or partially implemented, of all. */
  readonly progress: number;
  /** Supported (or in part), of those with a response; null without any response. */
  readonly supported: number | null;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function comparisonViews(dimension: ComparisonDimension, rows: readonly ComparisonRow[]): ComparisonView[] {
  return rows.map((row) => ({
    key: row.key,
    label: groupLabel(dimension, row.key, row.label, MECHANISM_LABELS),
    m49: row.m49,
    row,
    implemented: share(row.fullyImplemented, row.total),
    progress: share(row.fullyImplemented + row.partiallyImplemented, row.total),
    supported: row.responded === 0 ? null : share(row.supported, row.responded),
  }));
}

/** A multi-series of ngx-charts' bar charts: one group per comparison group, one bar per status. */
export interface GroupedSeries {
  readonly name: string;
  readonly series: readonly { readonly name: string; readonly value: number }[];
}

/** The status of each group's recommendations, for a 100 % stacked bar per group. */
export function comparisonChartData(views: readonly ComparisonView[]): GroupedSeries[] {
  return views.map((view) => ({ name: view.label, series: STATUS_STACK.map((status) => ({ name: STATUS_LABELS[status], value: countOf(view.row, status) })) }));
}

export const SORT_COLUMNS = ['label', 'total', 'implemented', 'progress', 'supported'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Sorted copy; names in the language's order, figures numerically; groups without a figure last either way. */
export function sortViews(views: readonly ComparisonView[], column: SortColumn, direction: SortDirection, locale: string): ComparisonView[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const value = (v: ComparisonView): number | null => (column === 'label' ? null : column === 'total' ? v.row.total : v[column]);
  return [...views].sort((a, b) => {
    if (column === 'label') return sign * collator.compare(a.label, b.label);
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? collator.compare(a.label, b.label) : x === null ? 1 : -1;
    return sign * (x - y) || collator.compare(a.label, b.label);
  });
}

const STATUS_SHARE_COLUMNS: readonly ImplementationStatus[] = STATUS_STACK;

/** The table of a comparison, in the given order: the group, its recommendations, each status (count and share), the supported share. */
export function comparisonTable(dimension: ComparisonDimension, views: readonly ComparisonView[], format: Format): ChartTable {
  return {
    columns: [
      DIMENSION_LABELS[dimension],
      $localize`:Table column@@dashboard.column.total:Recommendations`,
      ...STATUS_SHARE_COLUMNS.map((s) => STATUS_LABELS[s]),
      $localize`:Table column; share of UPR recommendations supported@@dashboard.column.supported:Supported`,
    ],
    rows: views.map((view) => [
      cell(view.label),
      cell(format.number(view.row.total), view.row.total),
      ...STATUS_SHARE_COLUMNS.map((status) => {
        const n = countOf(view.row, status);
        return cell(`${format.number(n)} (${format.percent(share(n, view.row.total))})`, n);
      }),
      view.supported === null ? cell('—', '') : cell(format.percent(view.supported), Number(view.supported.toFixed(4))),
    ]),
  };
}

/** The comparison in words: the group furthest ahead and the one furthest behind on full implementation. */
export function comparisonSummary(dimension: ComparisonDimension, views: readonly ComparisonView[], format: Format): string {
  const counted = views.filter((v) => v.row.total > 0);
  if (counted.length === 0) return $localize`:@@dashboard.comparison.none:No recommendations to compare.`;
  const ordered = [...counted].sort((a, b) => b.implemented - a.implemented);
  const best = ordered[0] as ComparisonView;
  const worst = ordered[ordered.length - 1] as ComparisonView;
  const by = DIMENSION_LABELS[dimension];
  const groups = format.number(counted.length);
  const bestShare = format.percent(best.implemented);
  const worstShare = format.percent(worst.implemented);
  return $localize`:Description of a comparison chart for screen readers@@dashboard.comparison.summary:Share of recommendations fully implemented, by ${by}:dimension: (${groups}:groups: groups): highest ${best.label}:best: (${bestShare}:bestShare:), lowest ${worst.label}:worst: (${worstShare}:worstShare:).`;
}
