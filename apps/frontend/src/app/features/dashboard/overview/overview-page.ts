import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, combineLatest, distinctUntilChanged, map, of } from 'rxjs';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { AuthStore } from '../../access/auth.store';
import { STATUS_LEGEND } from '../chart-colors';
import { ChartPanel } from '../chart-panel/chart-panel';
import { StatusAreaChart } from '../charts/status-area-chart';
import { DashboardApi, type PartyGroup } from '../dashboard.api';
import { dashboardQueryParams, parseDashboardFilters, sameFilters, type DashboardFilters } from '../dashboard-filters';
import { PARTY_GROUP_LABELS } from '../dashboard-labels';
import { FirstRun } from '../demo/first-run';
import { DemoStore } from '../demo/demo.store';
import { DashboardFilterBar } from '../filter-bar/dashboard-filter-bar';
import { createFormat } from '../format';
import { headlineViews } from '../headline';
import { HeadlineFigures } from '../headline-figures/headline-figures';
import { progressChartData, progressSummary, progressTable } from '../progress-series';

interface PartyChart {
  readonly party: PartyGroup;
  readonly heading: string;
  readonly chartLabel: string;
}

/**
 * The first page: headline figures with their trend, and the implementation status of the
 * recommendations month by month according to the States and to independent assessments, with
 * the filters in the address. On an empty registry it says so and offers the two ways in.
 */
@Component({
  selector: 'app-dashboard-overview',
  imports: [RouterLink, ChartPanel, StatusAreaChart, HeadlineFigures, DashboardFilterBar, FirstRun],
  templateUrl: './overview-page.html',
  styleUrl: '../dashboard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly api = inject(DashboardApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);
  private readonly demo = inject(DemoStore);
  protected readonly format = createFormat(inject(LOCALE_ID));

  private readonly filters$ = this.route.queryParamMap.pipe(map(parseDashboardFilters), distinctUntilChanged(sameFilters));
  private readonly requests$ = combineLatest([this.filters$, toObservable(this.demo.changes)]).pipe(map(([filters]) => filters));

  protected readonly filters = toSignal(this.filters$, { requireSync: true });
  protected readonly headline = toSignal(this.requests$.pipe(loadEach((f: DashboardFilters) => this.api.headline(f))), { initialValue: INITIAL_LOAD_STATE });
  protected readonly progress = toSignal(this.requests$.pipe(loadEach((f: DashboardFilters) => this.api.progress(f))), { initialValue: INITIAL_LOAD_STATE });
  protected readonly reference = toSignal(this.api.reference().pipe(catchError(() => of(null))), { initialValue: null });

  protected readonly demoStatus = this.demo.status;
  protected readonly empty = computed(() => this.demoStatus()?.registryEmpty === true);
  protected readonly canLoadDemo = computed(() => this.auth.signedIn() && this.auth.can('registry:write'));
  protected readonly loadingDemo = signal(false);
  protected readonly demoFailed = signal(false);

  protected readonly figures = computed(() => {
    const headline = this.headline().value;
    return headline ? headlineViews(headline, this.format) : [];
  });

  protected readonly charts: readonly PartyChart[] = [
    {
      party: 'state',
      heading: $localize`:Chart heading@@dashboard.overview.chart.state:Implementation over time, according to the States`,
      chartLabel: $localize`:Accessible name of a chart@@dashboard.overview.chart.stateLabel:Stacked area chart of the implementation status of the recommendations at each month end, according to the States. The same data is in the table below the chart.`,
    },
    {
      party: 'independent',
      heading: $localize`:Chart heading@@dashboard.overview.chart.independent:Implementation over time, according to independent assessments`,
      chartLabel: $localize`:Accessible name of a chart@@dashboard.overview.chart.independentLabel:Stacked area chart of the implementation status of the recommendations at each month end, according to NHRIs, NGOs, UN entities and OHCHR. The same data is in the table below the chart.`,
    },
  ];

  protected readonly series = computed(() => {
    const points = this.progress().value?.points ?? [];
    return Object.fromEntries(
      this.charts.map((c) => [c.party, { data: progressChartData(points, c.party), table: progressTable(points, c.party, this.format), summary: progressSummary(points, c.party, this.format) }]),
    ) as Record<PartyGroup, { data: ReturnType<typeof progressChartData>; table: ReturnType<typeof progressTable>; summary: string }>;
  });

  protected readonly legendTitle = $localize`:Legend title of a chart@@dashboard.legend.status:Implementation status`;
  protected readonly legend = STATUS_LEGEND;
  protected readonly partyLabels = PARTY_GROUP_LABELS;

  constructor() {
    // The registry may have changed since the banner asked (an import, another person's load).
    this.demo.refresh().subscribe();
  }

  protected changeFilters(filters: DashboardFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: dashboardQueryParams(filters), queryParamsHandling: 'merge' });
  }

  protected loadDemo(): void {
    this.loadingDemo.set(true);
    this.demoFailed.set(false);
    this.demo.load().subscribe({
      next: () => this.loadingDemo.set(false),
      error: () => {
        this.loadingDemo.set(false);
        this.demoFailed.set(true);
      },
    });
  }
}
