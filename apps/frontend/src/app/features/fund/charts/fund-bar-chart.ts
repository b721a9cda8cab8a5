import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { countTicks, type ChartDatum } from '../fund-series';
import { FUND_SCHEME } from './chart-scheme';

/** Horizontal bars of counts (already shaped: see fund-series.ts). Presentational: no services. */
@Component({
  selector: 'app-fund-bar-chart',
  imports: [BarChartModule],
  template: `
    <ngx-charts-bar-horizontal
      [results]="results()"
      [scheme]="scheme"
      [xAxis]="true"
      [yAxis]="true"
      [showXAxisLabel]="true"
      [xAxisLabel]="valueLabel()"
      [tooltipDisabled]="true"
      [animations]="false"
      [roundDomains]="true"
      [xAxisTicks]="ticks()"
      [xAxisTickFormatting]="wholeNumber"
      [xScaleMax]="scaleMax()"
    />
  `,
  styles: `
    :host {
      display: block;
      inline-size: 100%;
    }
  `,
  // ngx-charts takes the size of this element: the full width, a height that fits the bars.
  host: { '[style.block-size.px]': 'height()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundBarChart {
  readonly data = input.required<readonly ChartDatum[]>();
  readonly valueLabel = input.required<string>();

  protected readonly scheme = FUND_SCHEME;
  protected readonly wholeNumber = (value: number): string => String(value);
  protected readonly results = computed(() => this.data().map((d) => ({ ...d })));
  /** Whole numbers on the axis while the counts are small (no "0.5 requests"). */
  protected readonly ticks = computed(() => countTicks(this.data()));
  protected readonly scaleMax = computed(() => this.ticks().at(-1) ?? 1);
  /** 40 px a bar, plus room for the axis. */
  protected readonly height = computed(() => Math.max(120, this.data().length * 40 + 70));
}
