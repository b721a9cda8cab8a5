import type { ComparisonView, SortColumn } from './comparison-series';
import { cell, type ChartTable } from './csv';
import type { Format } from './format';

/** What the map colours each State by. */
export const MAP_INDICATORS = ['implemented', 'progress', 'supported', 'recommendations'] as const;
export type MapIndicator = (typeof MAP_INDICATORS)[number];

export const MAP_INDICATOR_LABELS: Readonly<Record<MapIndicator, string>> = {
  implemented: $localize`:Map indicator@@dashboard.map.implemented:Share fully implemented`,
  progress: $localize`:Map indicator@@dashboard.map.progress:Share fully or partially implemented`,
  supported: $localize`:Map indicator@@dashboard.map.supported:Share of UPR recommendations supported`,
  recommendations: $localize`:Map indicator@@dashboard.map.recommendations:Number of recommendations`,
};

export function isShare(indicator: MapIndicator): boolean {
  return indicator !== 'recommendations';
}

/** The indicator of one State; null when it has nothing to measure (no recommendation, no response). */
export function indicatorValue(view: ComparisonView, indicator: MapIndicator): number | null {
  switch (indicator) {
    case 'implemented':
      return view.row.total === 0 ? null : view.implemented;
    case 'progress':
      return view.row.total === 0 ? null : view.progress;
    case 'supported':
      return view.supported;
    case 'recommendations':
      return view.row.total;
  }
}

/**
 * Five sequential blues, light to dark. Their boundaries are drawn in the text colour in the legend
 * and between States, so no class relies on its contrast with white alone.
 */
export const MAP_COLORS: readonly string[] = ['#deebf7', '#9ecae1', '#5a9bd4', '#2171b5', '#08306b'];
export const NO_DATA_COLOR = '#f0f0f0';

export interface MapClass {
  /** Inclusive lower bound; the last class also includes its upper bound. */
  readonly from: number;
  readonly to: number;
  readonly color: string;
  readonly label: string;
}

/** 1, 2, 2.5, 5 × 10ⁿ: the smallest such number at least `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** Classes of the legend: shares in five bands of 20 points; counts in five equal bands up to a round maximum. */
export function mapClasses(indicator: MapIndicator, values: readonly number[], format: Format): MapClass[] {
  const top = isShare(indicator) ? 1 : niceCeiling(Math.max(0, ...values));
  const width = top / MAP_COLORS.length;
  return MAP_COLORS.map((color, i) => {
    const from = i * width;
    const to = (i + 1) * width;
    const label = isShare(indicator)
      ? `${format.percent(from)} – ${format.percent(to)}`
      : `${format.number(Math.ceil(from))} – ${format.number(Math.floor(to))}`;
    return { from, to, color, label };
  });
}

/** The class a value falls in (the top of the scale belongs to the last class). */
export function classOf(value: number, classes: readonly MapClass[]): MapClass | undefined {
  return classes.find((c, i) => value >= c.from && (value < c.to || i === classes.length - 1));
}

/** A State on the map: where it is (M49), what it is called, its indicator and the sentence that says it. */
export interface MapCountry {
  readonly m49: string;
  readonly iso3: string;
  readonly value: number | null;
  /** Its accessible name: the State, the indicator's value and the number of recommendations. */
  readonly label: string;
}

export function mapCountries(views: readonly ComparisonView[], indicator: MapIndicator, format: Format): MapCountry[] {
  return views.flatMap((view) => {
    if (view.m49 === null) return [];
    const value = indicatorValue(view, indicator);
    const shown = value === null ? $localize`:Map, a State without the figure@@dashboard.map.noFigure:no figure` : isShare(indicator) ? format.percent(value) : format.number(value);
    const total = format.number(view.row.total);
    const label = $localize`:Accessible name of a State on the map@@dashboard.map.stateLabel:${view.label}:state:: ${shown}:value: (${total}:total: recommendations)`;
    return [{ m49: view.m49, iso3: view.key, value, label }];
  });
}

/** Columns of the States' table beside the map, in order: the sort key of each. */
export const STATE_TABLE_COLUMNS: readonly SortColumn[] = ['label', 'total', 'implemented', 'progress', 'supported'];

export const STATE_COLUMN_LABELS: Readonly<Record<SortColumn, string>> = {
  label: $localize`:Table column@@dashboard.column.state:State`,
  total: $localize`:Table column@@dashboard.column.total:Recommendations`,
  implemented: $localize`:Table column; share@@dashboard.column.implemented:Fully implemented`,
  progress: $localize`:Table column; share@@dashboard.column.progress:Fully or partially implemented`,
  supported: $localize`:Table column; share of UPR recommendations supported@@dashboard.column.supported:Supported`,
};

/** The States' table as shown (already sorted), with raw values for the CSV. */
export function stateTable(views: readonly ComparisonView[], format: Format): ChartTable {
  const share = (value: number | null) => (value === null ? cell('—', '') : cell(format.percent(value), Number(value.toFixed(4))));
  return {
    columns: STATE_TABLE_COLUMNS.map((c) => STATE_COLUMN_LABELS[c]),
    rows: views.map((v) => [cell(v.label), cell(format.number(v.row.total), v.row.total), share(v.implemented), share(v.progress), share(v.supported)]),
  };
}

/** The map in words: how many States have the figure, which is highest and which lowest. */
export function mapSummary(views: readonly ComparisonView[], indicator: MapIndicator, format: Format): string {
  const measured = views.flatMap((v) => {
    const value = indicatorValue(v, indicator);
    return value === null ? [] : [{ label: v.label, value }];
  });
  const what = MAP_INDICATOR_LABELS[indicator];
  if (measured.length === 0) return $localize`:Description of the map@@dashboard.map.summaryNone:${what}:indicator:: no State has the figure.`;
  const ordered = [...measured].sort((a, b) => b.value - a.value);
  const show = (value: number): string => (isShare(indicator) ? format.percent(value) : format.number(value));
  const top = ordered[0] as { label: string; value: number };
  const bottom = ordered[ordered.length - 1] as { label: string; value: number };
  const count = format.number(measured.length);
  const topValue = show(top.value);
  const bottomValue = show(bottom.value);
  return $localize`:Description of the map for screen readers@@dashboard.map.summary:${what}:indicator:, by State (${count}:count: States with the figure): highest ${top.label}:top: (${topValue}:topValue:), lowest ${bottom.label}:bottom: (${bottomValue}:bottomValue:). The same figures are in the table after the map.`;
}
