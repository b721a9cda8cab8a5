import { formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { hostSize } from './host-size';
import { AreaChartModule } from '@swimlane/ngx-charts';
import { STATUS_CUSTOM_COLORS, STATUS_SCHEME } from '../chart-colors';
import type { DatedSeries } from '../progress-series';

/** Stacked areas of statuses over months (already shaped: see progress-series.ts). Presentational; the chart panel draws the legend. */
@Component({
  selector: 'app-status-area-chart',
  imports: [AreaChartModule],
  template: `
    <ngx-charts-area-chart-stacked
      [results]="results()"
      [scheme]="scheme"
      [customColors]="customColors"
      [xAxis]="true"
      [yAxis]="true"
      [legend]="false"
      [xAxisTickFormatting]="monthTick"
      [yAxisTickFormatting]="numberTick"
      [tooltipDisabled]="true"
      [animations]="false"
      [view]="chartView()"
    />
  `,
  styleUrl: './status-chart.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusAreaChart {
  private readonly locale = inject(LOCALE_ID);
  readonly data = input.required<readonly DatedSeries[]>();
  /** Fixed size in pixels; by default the chart fills its box, and follows it when it is resized. */
  readonly view = input<[number, number] | undefined>(undefined);
  private readonly size = hostSize();
  protected readonly chartView = computed((): [number, number] => this.view() ?? this.size());

  protected readonly scheme = STATUS_SCHEME;
  protected readonly customColors = [...STATUS_CUSTOM_COLORS];
  protected readonly results = computed(() => this.data().map((s) => ({ name: s.name, series: s.series.map((p) => ({ ...p })) })));
  protected readonly monthTick = (value: Date): string => formatDate(value, 'MMM y', this.locale, 'UTC');
  protected readonly numberTick = (value: number): string => new Intl.NumberFormat(this.locale).format(value);
}
