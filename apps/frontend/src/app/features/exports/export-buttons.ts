import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RecommendationSearch } from '../recommendations/recommendation.models';
import { exportHref } from './export-links';

/** Download links for what the explorer shows: every matching recommendation, as CSV or Excel. */
@Component({
  selector: 'app-export-buttons',
  template: `
    <span class="export-buttons__label" [id]="labelId" i18n="Label before the export links of the explorer@@exports.label">Export the results:</span>
    <a class="button" [href]="csvHref()" download [attr.aria-describedby]="labelId" i18n="Link that downloads the filtered recommendations as CSV@@exports.csv">CSV</a>
    <a class="button" [href]="xlsxHref()" download [attr.aria-describedby]="labelId" i18n="Link that downloads the filtered recommendations as an Excel workbook@@exports.xlsx">Excel (XLSX)</a>
  `,
  styles: `
    :host { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButtons {
  readonly search = input.required<RecommendationSearch>();

  protected readonly labelId = 'export-buttons-label';
  protected readonly csvHref = computed(() => exportHref('csv', this.search()));
  protected readonly xlsxHref = computed(() => exportHref('xlsx', this.search()));
}
