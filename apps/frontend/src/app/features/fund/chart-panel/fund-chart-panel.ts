import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { csvFileName, tableCsv, type ChartTable } from '../fund-series';

let nextId = 0;

/**
 * A chart with its table alternative and the CSV download of exactly that table. The chart itself
 * is projected (the page defers loading it); the table is always there, so nothing depends on
 * seeing the chart. Presentational: the table comes already shaped.
 */
@Component({
  selector: 'app-fund-chart-panel',
  template: `
    <section class="panel" [attr.aria-labelledby]="headingId">
      <h2 class="panel__heading" [id]="headingId">{{ heading() }}</h2>
      @if (table().rows.length === 0) {
        <p class="muted" i18n="@@fund.chart.empty">No requests to show.</p>
      } @else {
        <div class="panel__chart" role="img" [attr.aria-label]="chartLabel()">
          <ng-content />
        </div>
        <div class="table-scroll">
          <table class="data-table panel__table">
            <caption class="visually-hidden">{{ heading() }}</caption>
            <thead>
              <tr>
                @for (column of table().columns; track $index) {
                  <th scope="col">{{ column }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of table().rows; track $index) {
                <tr>
                  @for (cell of row; track $index) {
                    @if ($first) {
                      <th scope="row">{{ cell }}</th>
                    } @else {
                      <td class="panel__number">{{ cell }}</td>
                    }
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p>
          <button type="button" class="button" (click)="download()">
            <span i18n="Button that downloads the table of a chart@@fund.chart.downloadCsv">Download CSV</span><span class="visually-hidden"> — {{ heading() }}</span>
          </button>
        </p>
      }
    </section>
  `,
  styles: `
    .panel {
      padding-block: 0.5rem 1rem;
      border-block-end: 1px solid var(--color-border);
    }
    .panel__heading {
      font-size: 1.25rem;
    }
    .panel__chart {
      margin-block-end: 0.75rem;
    }
    .panel__table {
      inline-size: auto;
      min-inline-size: 20rem;
    }
    .panel__number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundChartPanel {
  private readonly document = inject(DOCUMENT);

  readonly heading = input.required<string>();
  readonly table = input.required<ChartTable>();
  /** What the chart draws, for those who do not see it. */
  readonly chartLabel = input.required<string>();

  protected readonly headingId = `fund-chart-${++nextId}`;

  protected download(): void {
    // A byte-order mark so that spreadsheet programs read the file as UTF-8.
    const blob = new Blob(['\uFEFF', tableCsv(this.table())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = csvFileName(this.heading());
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked once the browser has started the download (revoking at once cancels it in Chromium).
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
