import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Subject, catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import type { AuditEntryDto, AuditPageDto } from '../../../api/models';
import { AccessApi } from '../access.api';
import { RecordTabs } from './record-tabs';

/** A change's fields as "field: before → after" lines. */
export function changeLines(entry: Pick<AuditEntryDto, 'changes'>): string[] {
  return Object.entries(entry.changes).map(([field, value]) => {
    const change = value as { before?: unknown; after?: unknown } | null;
    if (change && typeof change === 'object' && 'after' in change) {
      return `${field}: ${JSON.stringify(change.before ?? null)} → ${JSON.stringify(change.after ?? null)}`;
    }
    return `${field}: ${JSON.stringify(value)}`;
  });
}

/** The History tab of a recommendation: every audited change, newest first (OHCHR officers and administrators). */
@Component({
  selector: 'app-record-history-page',
  imports: [DatePipe, RecordTabs],
  template: `
    <h1 i18n="@@history.heading">Recommendation {{ id() }}: history</h1>
    <app-record-tabs [recommendationId]="id()" current="history" />
    <div>
      @if (error()) {
        <div class="notice notice--error" role="alert"><p i18n="@@history.error">The history could not be loaded.</p></div>
      }
      @if (entries().length === 0 && !loading()) {
        <p class="muted" i18n="@@history.none">No change has been recorded.</p>
      } @else {
        <div class="table-scroll" role="region" aria-labelledby="history-caption" tabindex="0">
          <table class="data-table">
            <caption id="history-caption" class="visually-hidden" i18n="@@history.caption">Changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@history.when">When</th>
                <th scope="col" i18n="@@history.who">Who</th>
                <th scope="col" i18n="@@history.what">What</th>
                <th scope="col" i18n="@@history.changes">Changes</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of entries(); track entry.id) {
                <tr>
                  <td><time [attr.datetime]="entry.occurredAt">{{ entry.occurredAt | date: 'medium' }}</time></td>
                  <td>{{ entry.actorName ?? entry.actor }}</td>
                  <td>{{ entry.action }}</td>
                  <td>
                    <ul class="changes">
                      @for (line of lines(entry); track $index) { <li>{{ line }}</li> }
                    </ul>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (nextCursor(); as cursor) {
        <button type="button" class="button" (click)="more.next(cursor)" i18n="@@history.more">Show older changes</button>
      }
      @if (loading()) {
        <p role="status" i18n="@@history.loading">Loading the history…</p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordHistoryPage {
  private readonly api = inject(AccessApi);

  /** The `:id` route parameter of the recommendation. */
  readonly id = input.required<string>();

  protected readonly more = new Subject<string>();
  protected readonly error = signal(false);
  protected readonly loading = signal(true);
  protected readonly lines = changeLines;

  private readonly pages = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.more.pipe(
          startWith(null),
          switchMap((cursor: string | null) => {
            this.loading.set(true);
            return this.api.history('recommendation', id, cursor).pipe(
              map((page) => ({ page, append: cursor !== null })),
              catchError(() => {
                this.error.set(true);
                return of({ page: { items: [], nextCursor: null } as AuditPageDto, append: true });
              }),
            );
          }),
          scan((all: AuditPageDto, { page, append }) => ({ items: append ? [...all.items, ...page.items] : page.items, nextCursor: page.nextCursor }), { items: [], nextCursor: null } as AuditPageDto),
        ),
      ),
      map((page) => {
        this.loading.set(false);
        return page;
      }),
    ),
    { initialValue: { items: [], nextCursor: null } as AuditPageDto },
  );
  protected readonly entries = computed(() => this.pages().items);
  protected readonly nextCursor = computed(() => this.pages().nextCursor);
}
