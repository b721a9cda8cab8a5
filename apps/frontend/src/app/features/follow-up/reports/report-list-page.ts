import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import type { ReportSummaryDto } from '../../../api/models';
import { AuthStore } from '../../access/auth.store';
import { FollowUpApi } from '../follow-up.api';
import { REPORT_STATUS_LABELS } from '../follow-up-labels';

/** The implementation reports the caller may read: its own State's (focal points), all of them (OHCHR), published ones (others). */
@Component({
  selector: 'app-report-list-page',
  imports: [DatePipe, RouterLink],
  template: `
    <h1 i18n="@@reports.heading">Implementation reports</h1>
    @if (mayFile()) {
      <p><a class="button button--primary" routerLink="/reports/new" i18n="@@reports.new">New report</a></p>
    }
    @if (reports(); as list) {
      @if (list.length === 0) {
        <p class="muted" i18n="@@reports.none">No report you can read yet.</p>
      } @else {
        <div class="table-scroll" role="region" aria-labelledby="reports-caption" tabindex="0">
          <table class="data-table">
            <caption id="reports-caption" class="visually-hidden" i18n="@@reports.caption">Implementation reports, latest change first</caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@reports.title">Title</th>
                <th scope="col" i18n="@@reports.state">State</th>
                <th scope="col" i18n="@@reports.status">Status</th>
                <th scope="col" i18n="@@reports.period">Period</th>
                <th scope="col" i18n="@@reports.count">Recommendations</th>
              </tr>
            </thead>
            <tbody>
              @for (r of list; track r.id) {
                <tr>
                  <td><a [routerLink]="['/reports', r.id]">{{ r.title }}</a></td>
                  <td>{{ r.stateName }}</td>
                  <td>{{ statusLabels[r.status] }}</td>
                  <td>{{ r.periodFrom | date: 'mediumDate' }} – {{ r.periodTo | date: 'mediumDate' }}</td>
                  <td>{{ r.recommendationCount }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    } @else {
      <p role="status" i18n="@@reports.loading">Loading the reports…</p>
    }
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportListPage {
  private readonly api = inject(FollowUpApi);
  private readonly store = inject(AuthStore);

  protected readonly statusLabels = REPORT_STATUS_LABELS;
  protected readonly reports = toSignal(this.api.reports().pipe(map((page): ReportSummaryDto[] | null => page.items), catchError(() => of<ReportSummaryDto[]>([]))), { initialValue: null });
  protected readonly mayFile = computed(() => this.store.signedIn() && this.store.user()?.role === 'state_focal_point' && this.store.can('assessments:submit'));
}
