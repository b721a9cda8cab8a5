import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { BarChartModule, LegendPosition } from '@swimlane/ngx-charts';
import type { ChartGroup } from '../fund-series';
import { FUND_SCHEME } from './chart-scheme';

/** Grouped bars of amounts per period (already shaped, one currency). Presentational: no services. */
@Component({
  selector: 'app-fund-amounts-chart',
  imports: [BarChartModule],
  template: `
    <ngx-charts-bar-vertical-2d
      [results]="results()"
      [scheme]="scheme"
      [xAxis]="true"
      [yAxis]="true"
      [legend]="true"
      [legendTitle]="legendTitle()"
      [legendPosition]="legendBelow"
      [showYAxisLabel]="true"
      [yAxisLabel]="valueLabel()"
      [tooltipDisabled]="true"
      [animations]="false"
      [roundDomains]="true"
    />
  `,
  styles: `
    app-fund-amounts-chart {
      display: block;
      inline-size: 100%;
      block-size: 360px;
      /* ngx-charts draws the legend below its box. */
      margin-block-end: 5rem;
    }
    /* ngx-charts' legend text is light grey; the page's text colour meets 4.5:1. */
    app-fund-amounts-chart .legend-title-text,
    app-fund-amounts-chart .legend-label-text {
      color: var(--color-text);
    }
  `,
  // The legend is rendered by ngx-charts: these styles must reach inside it, scoped by the selector.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundAmountsChart {
  readonly groups = input.required<readonly ChartGroup[]>();
  readonly valueLabel = input.required<string>();
  readonly legendTitle = input.required<string>();

  protected readonly scheme = FUND_SCHEME;
  protected readonly legendBelow = LegendPosition.Below;
  protected readonly results = computed(() => this.groups().map((g) => ({ name: g.name, series: g.series.map((d) => ({ ...d })) })));
}
