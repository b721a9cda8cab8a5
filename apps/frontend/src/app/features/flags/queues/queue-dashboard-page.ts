import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Subject, startWith } from 'rxjs';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { FlagsApi } from '../flags.api';

/** The administrators' view of the job queues: counts, the latest failures with their reason, the schedulers. */
@Component({
  selector: 'app-queue-dashboard-page',
  imports: [DatePipe],
  template: `
    <div class="queues">
      <h1 i18n="Heading of the job queue dashboard@@queues.title">Job queues</h1>
      <p><button type="button" class="button" (click)="reloads.next()" i18n="@@queues.reload">Refresh</button></p>
      @switch (state().status) {
        @case ('error') {
          <div class="notice notice--error" role="alert"><p i18n="@@queues.failed">The queues could not be read.</p></div>
        }
        @default {
          @if (state().value; as dashboard) {
            <p class="hint" i18n="@@queues.backend">Backend: {{ dashboard.backend }}</p>
            @for (q of dashboard.queues; track q.name) {
              <section class="queues__queue" [attr.aria-labelledby]="'queue-' + q.name">
                <h2 [id]="'queue-' + q.name">{{ q.name }}</h2>
                <dl class="queues__counts">
                  <dt i18n="@@queues.waiting">Waiting</dt>
                  <dd>{{ q.waiting }}</dd>
                  <dt i18n="@@queues.active">Running</dt>
                  <dd>{{ q.active }}</dd>
                  <dt i18n="@@queues.delayed">Waiting for a retry</dt>
                  <dd>{{ q.delayed }}</dd>
                  <dt i18n="@@queues.completed">Completed</dt>
                  <dd>{{ q.completed }}</dd>
                  <dt i18n="@@queues.failedCount">Failed</dt>
                  <dd>{{ q.failed }}</dd>
                </dl>
                @for (s of q.schedulers; track s.id) {
                  <p i18n="@@queues.scheduler">Scheduled: {{ s.job }} at “{{ s.cron }}” (UTC), next {{ s.next | date: 'medium' : 'UTC' }}</p>
                }
                @if (q.recentFailures.length > 0) {
                  <div class="table-scroll">
                    <table class="data-table">
                      <caption i18n="@@queues.failures">Latest failed jobs</caption>
                      <thead>
                        <tr>
                          <th scope="col" i18n="@@queues.col.job">Job</th>
                          <th scope="col" i18n="@@queues.col.attempts">Attempts</th>
                          <th scope="col" i18n="@@queues.col.when">Failed at</th>
                          <th scope="col" i18n="@@queues.col.reason">Reason</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (j of q.recentFailures; track j.id) {
                          <tr>
                            <td>{{ j.name }} ({{ j.id }})</td>
                            <td>{{ j.attempts }}</td>
                            <td>{{ j.failedAt | date: 'medium' : 'UTC' }}</td>
                            <td>{{ j.reason }}</td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                }
              </section>
            }
          } @else {
            <p role="status" i18n="@@queues.loading">Loading…</p>
          }
        }
      }
    </div>
  `,
  styles: `
    .queues { display: grid; gap: 1rem; max-width: 72rem; }
    .queues__queue { display: grid; gap: 0.5rem; }
    .queues__queue h2 { margin: 0; }
    .queues__counts { display: grid; grid-template-columns: repeat(5, max-content max-content); gap: 0.25rem 0.75rem; margin: 0; }
    .queues__counts dd { margin: 0; font-variant-numeric: tabular-nums; }
    caption { text-align: start; font-weight: 600; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueDashboardPage {
  private readonly api = inject(FlagsApi);
  protected readonly reloads = new Subject<void>();
  protected readonly state = toSignal(this.reloads.pipe(startWith(undefined), loadEach(() => this.api.queues())), { initialValue: INITIAL_LOAD_STATE });
}
