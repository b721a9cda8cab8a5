import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { hostSize } from './host-size';
import { BarChartModule } from '@swimlane/ngx-charts';
import { STATUS_CUSTOM_COLORS, STATUS_SCHEME } from '../chart-colors';
import type { GroupedSeries } from '../comparison-series';

/**
 * One horizontal bar per group, split by status, each bar 100 % (already shaped: see
 * comparison-series.ts). Presentational; the chart panel draws the legend.
 */
@Component({
  selector: 'app-status-bar-chart',
  imports: [BarChartModule],
  template: `
    <ngx-charts-bar-horizontal-normalized
      [results]="results()"
      [scheme]="scheme"
      [customColors]="customColors"
      [xAxis]="true"
      [yAxis]="true"
      [legend]="false"
      [xAxisTickFormatting]="percentTick"
      [trimYAxisTicks]="true"
      [maxYAxisTickLength]="28"
      [tooltipDisabled]="true"
      [animations]="false"
      [view]="chartView()"
    />
  `,
  styleUrl: './status-chart.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBarChart {
  private readonly locale = inject(LOCALE_ID);
  readonly data = input.required<readonly GroupedSeries[]>();
  readonly view = input<[number, number] | undefined>(undefined);
  private readonly size = hostSize();
  protected readonly chartView = computed((): [number, number] => this.view() ?? this.size());

  protected readonly scheme = STATUS_SCHEME;
  protected readonly customColors = [...STATUS_CUSTOM_COLORS];
  protected readonly results = computed(() => this.data().map((g) => ({ name: g.name, series: g.series.map((b) => ({ ...b })) })));
  /** The normalized chart's axis runs 0–100. */
  protected readonly percentTick = (value: number): string => new Intl.NumberFormat(this.locale, { style: 'percent' }).format(value / 100);
}
