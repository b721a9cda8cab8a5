import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, distinctUntilChanged, map, of } from 'rxjs';
import type { AssistanceActivityType, AssistanceStatus } from '../../../api/models';
import { ASSISTANCE_ACTIVITY_TYPE } from '../../../api/models/assistance-activity-type-array';
import { ASSISTANCE_STATUS } from '../../../api/models/assistance-status-array';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { AuthStore } from '../../access/auth.store';
import { FundChartPanel } from '../chart-panel/fund-chart-panel';
import { FundAmountsChart } from '../charts/fund-amounts-chart';
import { FundBarChart } from '../charts/fund-bar-chart';
import { FundApi } from '../fund.api';
import { ACTIVITY_TYPE_LABELS, ASSISTANCE_STATUS_LABELS, NO_YEAR_LABEL } from '../fund-labels';
import { fundFilterParams, fundQueryParams, parseFundQuery, sameFundQuery, type FundQuery } from '../fund-query';
import { amountCurrencies, amountGroups, amountTable, countSeries, countTable, type AmountMeasureLabels } from '../fund-series';

const FIRST_YEAR = 2008;

/**
 * The Voluntary Fund page: requests by status, reporting year, region and activity type, and the
 * amounts over time, each chart with its table and CSV; then the requests themselves. Figures come
 * from the API's aggregates (computed in PostgreSQL over what the caller may see). The address
 * holds the filters.
 */
@Component({
  selector: 'app-fund-page',
  imports: [RouterLink, FundChartPanel, FundBarChart, FundAmountsChart],
  templateUrl: './fund-page.html',
  styleUrl: './fund-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundPage {
  private readonly api = inject(FundApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly statusLabels = ASSISTANCE_STATUS_LABELS;
  protected readonly activityLabels = ACTIVITY_TYPE_LABELS;
  protected readonly statuses = ASSISTANCE_STATUS;
  protected readonly activityTypes = ASSISTANCE_ACTIVITY_TYPE;
  protected readonly years = Array.from({ length: new Date().getUTCFullYear() - FIRST_YEAR + 2 }, (_, i) => new Date().getUTCFullYear() + 1 - i);
  protected readonly measures: AmountMeasureLabels = {
    requested: $localize`:Amounts asked for@@fund.measure.requested:Requested`,
    approved: $localize`:Amounts approved@@fund.measure.approved:Approved`,
    disbursed: $localize`:Amounts paid out@@fund.measure.disbursed:Disbursed`,
  };
  protected readonly requestsLabel = $localize`:Axis and column of request counts@@fund.chart.requests:Requests`;

  private readonly query$ = this.route.queryParamMap.pipe(map(parseFundQuery), distinctUntilChanged(sameFundQuery));
  protected readonly query = toSignal(this.query$, { requireSync: true });

  private readonly filter$ = this.query$.pipe(
    map((q) => ({ ...fundFilterParams(q), granularity: q.granularity })),
    distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
  );
  protected readonly aggregates = toSignal(this.filter$.pipe(loadEach((params) => this.api.aggregates(params))), { initialValue: INITIAL_LOAD_STATE });
  protected readonly list = toSignal(this.filter$.pipe(loadEach(({ granularity: _g, ...params }) => this.api.requests({ ...params, limit: 200 }))), { initialValue: INITIAL_LOAD_STATE });
  private readonly states = toSignal(this.api.states().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly stateOptions = computed(() => [...this.states()].sort((a, b) => a.name.localeCompare(b.name)));
  protected readonly regions = computed(() => [...new Set(this.states().map((s) => s.m49Region))].filter((r) => r !== '').sort());

  protected readonly canDraft = computed(() => {
    const user = this.auth.user();
    return this.auth.signedIn() && user !== null && (user.role === 'ohchr_officer' || (user.role === 'state_focal_point' && user.stateIso3 !== null));
  });

  protected readonly figures = computed(() => this.aggregates().value);
  protected readonly total = computed(() => this.figures()?.total ?? 0);

  protected readonly statusSeries = computed(() => countSeries(this.figures()?.byStatus ?? [], (key) => this.statusLabels[key as AssistanceStatus] ?? key ?? ''));
  protected readonly yearSeries = computed(() => countSeries(this.figures()?.byYear ?? [], (key) => key ?? NO_YEAR_LABEL));
  protected readonly regionSeries = computed(() => countSeries(this.figures()?.byRegion ?? [], (key) => key ?? ''));
  protected readonly activitySeries = computed(() => countSeries(this.figures()?.byActivityType ?? [], (key) => this.activityLabels[key as AssistanceActivityType] ?? key ?? ''));

  protected readonly statusTable = computed(() => countTable(this.statusSeries(), $localize`:Column heading@@fund.column.status:Status`, this.requestsLabel));
  protected readonly yearTable = computed(() => countTable(this.yearSeries(), $localize`:Column heading@@fund.column.year:Reporting year`, this.requestsLabel));
  protected readonly regionTable = computed(() => countTable(this.regionSeries(), $localize`:Column heading@@fund.column.region:Region`, this.requestsLabel));
  protected readonly activityTable = computed(() => countTable(this.activitySeries(), $localize`:Column heading@@fund.column.activity:Activity type`, this.requestsLabel));

  protected readonly currencies = computed(() => amountCurrencies(this.figures()?.amountsOverTime ?? []));
  protected readonly currency = computed(() => {
    const wanted = this.query().currency;
    const available = this.currencies();
    return wanted !== null && available.includes(wanted) ? wanted : (available[0] ?? 'USD');
  });
  protected readonly amountGroups = computed(() => amountGroups(this.figures()?.amountsOverTime ?? [], this.currency(), this.measures));
  protected readonly amountTable = computed(() =>
    amountTable(
      this.figures()?.amountsOverTime ?? [],
      this.currency(),
      this.query().granularity === 'year' ? $localize`:Column heading@@fund.column.yearPeriod:Year` : $localize`:Column heading@@fund.column.month:Month`,
      this.measures,
    ),
  );
  protected readonly statusHeading = $localize`:Chart heading@@fund.chart.status.heading:Requests by status`;
  protected readonly yearHeading = $localize`:Chart heading@@fund.chart.year.heading:Requests by reporting year`;
  protected readonly regionHeading = $localize`:Chart heading@@fund.chart.region.heading:Requests by region`;
  protected readonly activityHeading = $localize`:Chart heading@@fund.chart.activity.heading:Requests by activity type`;
  protected readonly amountsLegend = $localize`:Legend title of the amounts chart@@fund.chart.amounts.legend:Amounts`;
  protected readonly amountsHeading = computed(() => $localize`:Chart heading; the currency code follows@@fund.chart.amounts.heading:Amounts over time, ${this.currency()}:currency:`);

  protected readonly chartLabels = {
    status: $localize`:Description of a chart for screen readers@@fund.chart.status.label:Bar chart of requests by status; the figures are in the table below.`,
    year: $localize`:Description of a chart for screen readers@@fund.chart.year.label:Bar chart of requests by reporting year; the figures are in the table below.`,
    region: $localize`:Description of a chart for screen readers@@fund.chart.region.label:Bar chart of requests by region; the figures are in the table below.`,
    activity: $localize`:Description of a chart for screen readers@@fund.chart.activity.label:Bar chart of requests by activity type; the figures are in the table below.`,
    amounts: $localize`:Description of a chart for screen readers@@fund.chart.amounts.label:Grouped bar chart of the amounts requested, approved and disbursed per period; the figures are in the table below.`,
  };

  protected setFilter(change: Partial<FundQuery>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: fundQueryParams({ ...this.query(), ...change }) });
  }

  protected onStatus(value: string): void {
    this.setFilter({ status: this.statuses.find((s) => s === value) ?? null });
  }
  protected onYear(value: string): void {
    this.setFilter({ year: value === '' ? null : Number(value) });
  }
  protected onActivity(value: string): void {
    this.setFilter({ activityType: this.activityTypes.find((t) => t === value) ?? null });
  }
  protected onGranularity(value: string): void {
    this.setFilter({ granularity: value === 'month' ? 'month' : 'year' });
  }
  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }
}
