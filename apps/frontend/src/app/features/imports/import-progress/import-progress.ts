import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import type { ImportDto } from '../../../api/models';
import { STATUS_LABELS, progressText } from '../import-format';

/** How far an import got: an accessible progress bar with rows done / total, rows per second and errors. */
@Component({
  selector: 'app-import-progress',
  template: `
    <p class="import-progress__status" [id]="labelId()">
      <span>{{ statusLabel() }}: </span>
      <span class="import-progress__text">{{ text() }}</span>
    </p>
    <div
      class="import-progress__track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="percent()"
      [attr.aria-valuetext]="valueText()"
      [attr.aria-labelledby]="labelId()"
    >
      <div class="import-progress__bar" [class.import-progress__bar--failed]="run().status === 'failed'" [style.width.%]="percent()"></div>
    </div>
  `,
  styles: `
    :host { display: block; }
    .import-progress__status { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; justify-content: space-between; margin: 0 0 0.25rem; }
    .import-progress__text { font-variant-numeric: tabular-nums; }
    .import-progress__track { height: 0.75rem; border: 1px solid #57606a; border-radius: 0.375rem; background: #fff; overflow: hidden; }
    .import-progress__bar { height: 100%; background: #0b5cad; transition: width 0.3s ease; }
    .import-progress__bar--failed { background: #b42318; }
    @media (prefers-reduced-motion: reduce) { .import-progress__bar { transition: none; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProgress {
  private readonly locale = inject(LOCALE_ID);

  readonly run = input.required<ImportDto>();

  protected readonly labelId = computed(() => `import-progress-${this.run().id}`);
  protected readonly percent = computed(() => Math.round(this.run().progress.percent));
  protected readonly statusLabel = computed(() => STATUS_LABELS[this.run().status]);
  protected readonly text = computed(() => progressText(this.run(), this.locale));
  protected readonly valueText = computed(() => `${this.percent()}% — ${this.text()}`);
}
