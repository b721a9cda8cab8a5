import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { combineLatest, map } from 'rxjs';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { FLAG_SEVERITY_LABELS, FLAG_STATUS_LABELS, RULE_LABELS } from '../../flags/flag-labels';
import { ASSISTANCE_STATUS_LABELS } from '../../fund/fund-labels';
import { RESPONSE_LABELS } from '../../recommendations/recommendation-labels';
import { STATUS_LEGEND } from '../chart-colors';
import { ChartPanel } from '../chart-panel/chart-panel';
import { StatusAreaChart } from '../charts/status-area-chart';
import { StatusBarChart } from '../charts/status-bar-chart';
import { DashboardApi } from '../dashboard.api';
import { emptyDashboardFilters, withFilter } from '../dashboard-filters';
import { DEADLINE_KIND_LABELS, M49_REGION_LABELS, REGIONAL_GROUP_LABELS, WITHHELD_LABELS } from '../dashboard-labels';
import { DemoStore } from '../demo/demo.store';
import { createFormat } from '../format';
import { progressChartData, progressSummary, progressTable } from '../progress-series';
import { mechanismChartData, mechanismTable, profileSummary, timelineEntries } from '../profile-series';

function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound;
}

function lookup(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? (labels[code] ?? code) : code;
}

/**
 * One State: its recommendations by mechanism and status, its progress over time, its reviews and
 * deadlines, what is overdue, the Voluntary Fund assistance it asked for and — for OHCHR — its
 * non-cooperation flags and treaty record.
 */
@Component({
  selector: 'app-state-profile',
  imports: [RouterLink, ChartPanel, StatusBarChart, StatusAreaChart],
  templateUrl: './state-profile-page.html',
  styleUrl: '../dashboard-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StateProfilePage {
  private readonly api = inject(DashboardApi);
  private readonly demo = inject(DemoStore);
  protected readonly format = createFormat(inject(LOCALE_ID));

  /** From the route (`states/:iso3`). */
  readonly iso3 = input.required<string>();

  private readonly requests$ = combineLatest([toObservable(this.iso3), toObservable(this.demo.changes)]).pipe(map(([iso3]) => iso3.toUpperCase()));
  protected readonly profile = toSignal(this.requests$.pipe(loadEach((iso3: string) => this.api.profile(iso3))), { initialValue: INITIAL_LOAD_STATE });
  protected readonly progress = toSignal(
    this.requests$.pipe(loadEach((iso3: string) => this.api.progress(withFilter(emptyDashboardFilters(), 'state', iso3)))),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected readonly notFound = computed(() => {
    const state = this.profile();
    return state.status === 'error' && isNotFound(state.error);
  });

  protected readonly view = computed(() => {
    const profile = this.profile().value;
    if (profile === undefined) return null;
    const f = this.format;
    return {
      profile,
      group: profile.state.regionalGroup === null ? null : lookup(REGIONAL_GROUP_LABELS, profile.state.regionalGroup),
      region: lookup(M49_REGION_LABELS, profile.state.m49Region),
      mechanisms: { data: mechanismChartData(profile), table: mechanismTable(profile, f), summary: profileSummary(profile, f) },
      timeline: timelineEntries(profile, f),
      overdue: profile.deadlines.filter((d) => d.overdue > 0),
      responses: [
        { label: RESPONSE_LABELS.supported, count: f.number(profile.responses.supported) },
        { label: RESPONSE_LABELS.supported_in_part, count: f.number(profile.responses.supportedInPart) },
        { label: RESPONSE_LABELS.noted, count: f.number(profile.responses.noted) },
        { label: RESPONSE_LABELS.no_response, count: f.number(profile.responses.noResponse) },
      ],
      flags: profile.flags?.map((flag) => ({
        ...flag,
        rule: lookup(RULE_LABELS, flag.ruleId),
        statusLabel: lookup(FLAG_STATUS_LABELS, flag.status),
        severityLabel: lookup(FLAG_SEVERITY_LABELS, flag.severity),
      })),
      assistance: profile.assistanceRequests.map((a) => ({ label: lookup(ASSISTANCE_STATUS_LABELS, a.status), count: f.number(a.requests) })),
      withheld: profile.withheld.map((s) => WITHHELD_LABELS[s]),
    };
  });

  protected readonly progressView = computed(() => {
    const points = this.progress().value?.points ?? [];
    return {
      data: progressChartData(points, 'state'),
      table: progressTable(points, 'state', this.format),
      summary: progressSummary(points, 'state', this.format),
    };
  });

  protected readonly labels = { deadline: (kind: keyof typeof DEADLINE_KIND_LABELS): string => DEADLINE_KIND_LABELS[kind] };
  protected readonly legendTitle = $localize`:Legend title of a chart@@dashboard.legend.status:Implementation status`;
  protected readonly legend = STATUS_LEGEND;
  protected readonly mechanismsHeading = $localize`:Chart heading@@dashboard.profile.chart.mechanisms:Status of its recommendations, by mechanism`;
  protected readonly mechanismsLabel = $localize`:Accessible name of a chart@@dashboard.profile.chart.mechanismsLabel:Bar chart of the share of the State's recommendations in each implementation status, for each mechanism and in all. The same data is in the table below the chart.`;
  protected readonly progressHeading = $localize`:Chart heading@@dashboard.profile.chart.progress:Implementation over time, according to the State`;
  protected readonly progressLabel = $localize`:Accessible name of a chart@@dashboard.profile.chart.progressLabel:Stacked area chart of the implementation status of the State's recommendations at each month end, according to the State. The same data is in the table below the chart.`;
}
