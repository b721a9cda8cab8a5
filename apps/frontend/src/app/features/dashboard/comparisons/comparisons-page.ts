import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, combineLatest, distinctUntilChanged, map, of } from 'rxjs';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { STATUS_LEGEND } from '../chart-colors';
import { ChartPanel } from '../chart-panel/chart-panel';
import { StatusBarChart } from '../charts/status-bar-chart';
import {
  isShare,
  MAP_INDICATOR_LABELS,
  MAP_INDICATORS,
  mapClasses,
  mapCountries,
  mapSummary,
  STATE_COLUMN_LABELS,
  STATE_TABLE_COLUMNS,
  stateTable,
  indicatorValue,
} from '../choropleth';
import { comparisonChartData, comparisonSummary, comparisonTable, comparisonViews, sortViews, SORT_COLUMNS, type SortColumn, type SortDirection } from '../comparison-series';
import { downloadCsvLabel, saveCsv } from '../csv-download';
import { COMPARISON_DIMENSIONS, DashboardApi, type ComparisonDimension } from '../dashboard.api';
import { dashboardQueryParams, parseDashboardFilters, sameFilters, type DashboardFilters } from '../dashboard-filters';
import { DIMENSION_LABELS } from '../dashboard-labels';
import { DemoStore } from '../demo/demo.store';
import { DashboardFilterBar } from '../filter-bar/dashboard-filter-bar';
import { createFormat } from '../format';
import { WorldMap } from '../world-map/world-map';

/** Groups the bar chart compares (a State is compared on the map and in its table). */
const BAR_DIMENSIONS = COMPARISON_DIMENSIONS.filter((d) => d !== 'state');

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/**
 * Implementation compared across regional groups, regions, themes, SDGs, UPR cycles and
 * mechanisms, and across States on a world map of a chosen indicator with the same figures in a
 * sortable table. Everything the page shows is in its address.
 */
@Component({
  selector: 'app-dashboard-comparisons',
  imports: [RouterLink, ChartPanel, StatusBarChart, DashboardFilterBar, WorldMap],
  templateUrl: './comparisons-page.html',
  styleUrl: '../dashboard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparisonsPage {
  private readonly api = inject(DashboardApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly demo = inject(DemoStore);
  private readonly locale = inject(LOCALE_ID);
  private readonly document = inject(DOCUMENT);
  protected readonly format = createFormat(this.locale);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  private readonly filters$ = this.route.queryParamMap.pipe(map(parseDashboardFilters), distinctUntilChanged(sameFilters));
  private readonly changes$ = toObservable(this.demo.changes);

  protected readonly filters = toSignal(this.filters$, { requireSync: true });
  protected readonly dimension = computed(() => oneOf(BAR_DIMENSIONS, this.params().get('by'), 'regional_group'));
  protected readonly indicator = computed(() => oneOf(MAP_INDICATORS, this.params().get('indicator'), 'implemented'));
  protected readonly sortColumn = computed(() => oneOf(SORT_COLUMNS, this.params().get('sort'), 'implemented'));
  protected readonly sortDirection = computed((): SortDirection => (this.params().get('dir') === 'ascending' ? 'ascending' : 'descending'));

  protected readonly groups = toSignal(
    combineLatest([toObservable(this.dimension), this.filters$, this.changes$]).pipe(
      map(([dimension, filters]) => ({ dimension, filters })),
      loadEach(({ dimension, filters }: { dimension: ComparisonDimension; filters: DashboardFilters }) => this.api.comparison(dimension, filters)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly states = toSignal(
    combineLatest([this.filters$, this.changes$]).pipe(
      map(([filters]) => filters),
      loadEach((filters: DashboardFilters) => this.api.comparison('state', filters)),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );
  protected readonly reference = toSignal(this.api.reference().pipe(catchError(() => of(null))), { initialValue: null });

  protected readonly dimensions = BAR_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }));
  protected readonly indicators = MAP_INDICATORS.map((i) => ({ value: i, label: MAP_INDICATOR_LABELS[i] }));
  protected readonly legendTitle = $localize`:Legend title of a chart@@dashboard.legend.status:Implementation status`;
  protected readonly legend = STATUS_LEGEND;

  protected readonly groupView = computed(() => {
    const comparison = this.groups().value;
    if (comparison === undefined) return null;
    const dimension = comparison.dimension;
    const views = sortViews(comparisonViews(dimension, comparison.rows), 'implemented', 'descending', this.locale);
    const by = DIMENSION_LABELS[dimension];
    return {
      heading: $localize`:Chart heading@@dashboard.comparisons.chart.heading:Implementation by ${by}:dimension:`,
      chartLabel: $localize`:Accessible name of a chart@@dashboard.comparisons.chart.label:Bar chart of the share of recommendations in each implementation status, for each ${by}:dimension:, highest share fully implemented first. The same data is in the table below the chart.`,
      data: comparisonChartData(views),
      table: comparisonTable(dimension, views, this.format),
      summary: comparisonSummary(dimension, views, this.format),
      height: Math.max(12, 5 + views.length * 2),
    };
  });

  protected readonly stateViews = computed(() => comparisonViews('state', this.states().value?.rows ?? []));
  protected readonly sortedStates = computed(() => sortViews(this.stateViews(), this.sortColumn(), this.sortDirection(), this.locale));
  protected readonly mapView = computed(() => {
    const indicator = this.indicator();
    const views = this.stateViews();
    const values = views.map((v) => indicatorValue(v, indicator)).filter((v): v is number => v !== null);
    return {
      label: $localize`:Accessible name of the map@@dashboard.map.label:World map: ${MAP_INDICATOR_LABELS[indicator]}:indicator:, by State`,
      legendTitle: MAP_INDICATOR_LABELS[indicator],
      countries: mapCountries(views, indicator, this.format),
      classes: mapClasses(indicator, values, this.format),
      summary: mapSummary(views, indicator, this.format),
      share: isShare(indicator),
    };
  });
  protected readonly stateTable = computed(() => stateTable(this.sortedStates(), this.format));
  protected readonly columns = STATE_TABLE_COLUMNS.map((c) => ({ key: c, label: STATE_COLUMN_LABELS[c] }));

  protected changeFilters(filters: DashboardFilters): void {
    this.navigate(dashboardQueryParams(filters));
  }

  protected setDimension(event: Event): void {
    this.navigate({ by: (event.target as HTMLSelectElement).value });
  }

  protected setIndicator(event: Event): void {
    this.navigate({ indicator: (event.target as HTMLSelectElement).value });
  }

  /** Sorts by a column; the same column again turns the order round. Names start A to Z, figures highest first. */
  protected sort(column: SortColumn): void {
    const direction: SortDirection =
      column === this.sortColumn() ? (this.sortDirection() === 'ascending' ? 'descending' : 'ascending') : column === 'label' ? 'ascending' : 'descending';
    this.navigate({ sort: column, dir: direction });
  }

  protected ariaSort(column: SortColumn): 'ascending' | 'descending' | null {
    return column === this.sortColumn() ? this.sortDirection() : null;
  }

  /** Saves the States' table exactly as shown (sorted) as CSV. */
  protected downloadStates(): void {
    saveCsv(this.document, this.stateTable(), this.statesHeading);
  }

  protected readonly statesHeading = $localize`:Heading of the States' table@@dashboard.comparisons.states.heading:States compared`;
  protected readonly statesDownloadLabel = downloadCsvLabel(this.statesHeading);

  private navigate(queryParams: Record<string, unknown>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
