import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../auth.store';

/**
 * "Record | History" tabs of a recommendation (links to the two pages). The History tab is
 * offered only to those who may read the audit log; nothing is shown to others.
 */
@Component({
  selector: 'app-record-tabs',
  imports: [RouterLink],
  template: `
    @if (mayReadHistory()) {
      <nav class="record-tabs" aria-label="Record views" i18n-aria-label="@@tabs.label">
        <a id="tab-record" [routerLink]="['/recommendations', recommendationId()]" [attr.aria-current]="current() === 'record' ? 'page' : null" i18n="@@tabs.record">Record</a>
        <a id="tab-history" [routerLink]="['/recommendations', recommendationId(), 'history']" [attr.aria-current]="current() === 'history' ? 'page' : null" i18n="@@tabs.history">History</a>
      </nav>
    }
  `,
  styles: `
    .record-tabs {
      display: flex;
      gap: 0.25rem;
      border-bottom: 2px solid #d1d5db;
      margin: 1rem 0;
    }
    .record-tabs a {
      padding: 0.5rem 1rem;
      text-decoration: none;
      border: 2px solid transparent;
      border-bottom: none;
    }
    .record-tabs a[aria-current='page'] {
      border-color: #d1d5db;
      background: #fff;
      font-weight: 600;
      margin-bottom: -2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordTabs {
  private readonly store = inject(AuthStore);

  readonly recommendationId = input.required<number | string>();
  readonly current = input<'record' | 'history'>('record');

  protected readonly mayReadHistory = computed(() => this.store.signedIn() && this.store.can('audit:read'));
}
