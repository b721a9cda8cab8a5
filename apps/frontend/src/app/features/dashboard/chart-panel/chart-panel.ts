import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LegendEntry } from '../chart-colors';
import type { ChartTable } from '../csv';
import { downloadCsvLabel, saveCsv } from '../csv-download';

let nextId = 0;

/**
 * A chart with what makes it usable by everyone: a heading, a text description (read by screen
 * readers before the chart, shown to all), the same data as a table, and "Download CSV" of exactly
 * that table. The chart itself is projected and presented as one image named by `chartLabel`.
 * Presentational: the table comes already shaped.
 */
@Component({
  selector: 'app-chart-panel',
  template: `
    <section class="chart-panel" [attr.aria-labelledby]="headingId">
      <h2 class="chart-panel__heading" [id]="headingId">{{ heading() }}</h2>
      <p class="chart-panel__description" [id]="descriptionId">{{ description() }}</p>
      @if (table().rows.length > 0) {
        <div class="chart-panel__chart" role="img" [attr.aria-label]="chartLabel()" [attr.aria-describedby]="descriptionId" dir="ltr" [style.block-size.rem]="height()">
          <ng-content />
        </div>
        @if (legend().length > 0) {
          <ul class="chart-panel__legend" [attr.aria-label]="legendTitle()">
            @for (entry of legend(); track entry.label) {
              <li><span class="chart-panel__swatch" [style.background-color]="entry.color" aria-hidden="true"></span>{{ entry.label }}</li>
            }
          </ul>
        }
        <div class="chart-panel__actions">
          <button type="button" class="button" [attr.aria-label]="downloadLabel()" (click)="download()" i18n="@@dashboard.chart.downloadCsv">Download CSV</button>
        </div>
        <details class="chart-panel__table" [open]="tableOpen()">
          <summary i18n="@@dashboard.chart.showTable">Show the data as a table</summary>
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="heading()">
            <table class="data-table">
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
                    @for (c of row; track $index) {
                      @if ($first) {
                        <th scope="row">{{ c.text }}</th>
                      } @else {
                        <td>{{ c.text }}</td>
                      }
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </details>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart-panel {
      padding-block: 1rem;
      padding-inline: 1rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface);
    }
    .chart-panel__heading {
      margin-block: 0 0.25rem;
      font-size: 1.125rem;
    }
    .chart-panel__description {
      margin-block: 0 0.75rem;
      color: var(--color-text-muted);
    }
    .chart-panel__chart {
      inline-size: 100%;
    }
    .chart-panel__legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin-block: 0.5rem 0;
      margin-inline: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .chart-panel__legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .chart-panel__swatch {
      display: inline-block;
      inline-size: 1rem;
      block-size: 1rem;
      border: 1px solid #1b1b1b;
    }
    .chart-panel__actions {
      display: flex;
      justify-content: flex-end;
      margin-block: 0.5rem;
    }
    .chart-panel__table summary {
      cursor: pointer;
      color: var(--color-primary);
      font-weight: 600;
    }
    .chart-panel__table .table-scroll {
      max-block-size: 24rem;
      overflow: auto;
      margin-block-start: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartPanel {
  private readonly document = inject(DOCUMENT);
  readonly heading = input.required<string>();
  readonly description = input.required<string>();
  readonly chartLabel = input.required<string>();
  readonly table = input.required<ChartTable>();
  /** Opens the table alternative from the start (where the table matters as much as the chart). */
  readonly tableOpen = input(false);
  /** Height of the chart, in rem. */
  readonly height = input(20);
  /** The colours of the chart and what they mean. */
  readonly legend = input<readonly LegendEntry[]>([]);
  readonly legendTitle = input('');

  /** "Download CSV" and what it downloads (the visible words first: WCAG 2.5.3). */
  protected readonly downloadLabel = computed(() => downloadCsvLabel(this.heading()));
  protected readonly headingId = `chart-panel-${++nextId}`;
  protected readonly descriptionId = `${this.headingId}-description`;

  /** Saves exactly the table shown as a CSV file. */
  protected download(): void {
    saveCsv(this.document, this.table(), this.heading());
  }
}
