import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HeadlineView } from '../headline';

/** The headline figures, each with its trend as an arrow (decoration) and in words. Presentational. */
@Component({
  selector: 'app-headline-figures',
  template: `
    <ul class="figures">
      @for (figure of figures(); track figure.key) {
        <li class="figure" [attr.data-key]="figure.key">
          <span class="figure__label">{{ figure.label }}</span>&ngsp;
          <span class="figure__value">{{ figure.value }}</span>&ngsp;
          <span class="figure__trend" [attr.data-direction]="figure.direction"
            ><span class="figure__arrow" aria-hidden="true">{{ arrows[figure.direction] }}</span>&ngsp;{{ figure.trend }}</span
          >&ngsp;
          <span class="figure__detail">{{ figure.detail }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .figure {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding-block: 0.75rem;
      padding-inline: 1rem;
      border: 1px solid var(--color-border);
      border-inline-start: 4px solid var(--color-primary);
      border-radius: 0.375rem;
      background: var(--color-surface);
    }
    .figure__label {
      font-weight: 600;
    }
    .figure__value {
      font-size: 2rem;
      font-weight: 700;
      line-height: 1.1;
    }
    .figure__trend,
    .figure__detail {
      font-size: 0.875rem;
      color: var(--color-text-muted);
    }
    .figure__arrow {
      display: inline-block;
      min-inline-size: 1em;
      color: var(--color-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadlineFigures {
  readonly figures = input.required<readonly HeadlineView[]>();
  protected readonly arrows: Readonly<Record<HeadlineView['direction'], string>> = { up: '▲', down: '▼', same: '▬', unknown: '' };
}
