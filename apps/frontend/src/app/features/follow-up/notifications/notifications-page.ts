import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, catchError, of, startWith, switchMap } from 'rxjs';
import type { NotificationPageDto, SubscriptionDto } from '../../../api/models';
import { problemMessage } from '../../access/http-problem';
import { FollowUpApi } from '../follow-up.api';
import { DEADLINE_LABELS } from '../follow-up-labels';

/** The signed-in person's notifications (the overdue digest, flags…) and the States and themes they follow. */
@Component({
  selector: 'app-notifications-page',
  imports: [DatePipe, RouterLink],
  template: `
    <h1 i18n="@@notifications.heading">Notifications</h1>
    <div aria-live="polite">
      @if (error(); as e) { <div class="notice notice--error" role="alert"><p>{{ e }}</p></div> }
    </div>
    <section aria-labelledby="following-heading">
      <h2 id="following-heading" i18n="@@notifications.following">States and themes you follow</h2>
      @if (subscriptions(); as list) {
        @if (list.length === 0) {
          <p class="muted" i18n="@@notifications.followNone">You follow nothing yet: choose a State or a theme on the <a routerLink="/overdue">overdue monitor</a>.</p>
        } @else {
          <ul>
            @for (s of list; track s.id) {
              <li>
                {{ s.label }}
                <button type="button" class="link-button" (click)="unfollow(s)" i18n="@@notifications.unfollow">Stop following <span class="visually-hidden">{{ s.label }}</span></button>
              </li>
            }
          </ul>
        }
      }
    </section>
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading" i18n="@@notifications.inbox">Your notifications</h2>
      @if (page(); as p) {
        <p role="status" i18n="@@notifications.unread">{p.unread, plural, =0 {Nothing unread} =1 {1 unread} other {{{ p.unread }} unread}}</p>
        @if (p.items.length === 0) {
          <p class="muted" i18n="@@notifications.none">No notification yet. Newly overdue recommendations in what you follow arrive here (and by e-mail when the server sends e-mail).</p>
        }
        @for (n of p.items; track n.id) {
          <article class="status-card" [attr.aria-labelledby]="'notification-' + n.id">
            <h3 [id]="'notification-' + n.id">{{ n.title }}@if (!n.readAt) { <span class="badge" i18n="@@notifications.new">New</span> }</h3>
            <p class="muted"><time [attr.datetime]="n.createdAt">{{ n.createdAt | date: 'medium' }}</time></p>
            <ul>
              @for (item of n.items; track item.recommendationId + item.deadline) {
                <li>
                  <a [routerLink]="['/recommendations', item.recommendationId]">{{ item.stateIso3 }} — {{ item.text }}</a>:
                  <span i18n="@@notifications.item">{{ deadlineLabel(item.deadline) }} due {{ item.dueOn | date: 'mediumDate' }}, {{ item.daysLate }} days late</span>
                </li>
              }
            </ul>
            @if (!n.readAt) {
              <button type="button" class="button" (click)="markRead(n.id)" i18n="@@notifications.markRead">Mark as read</button>
            }
          </article>
        }
      }
    </section>
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly api = inject(FollowUpApi);
  private readonly reloads = new Subject<void>();

  protected readonly error = signal<string | null>(null);
  protected readonly page = toSignal(this.reloads.pipe(startWith(undefined), switchMap(() => this.api.notifications().pipe(catchError(() => of<NotificationPageDto | null>(null))))), { initialValue: null });
  protected readonly subscriptions = toSignal(this.reloads.pipe(startWith(undefined), switchMap(() => this.api.subscriptions().pipe(catchError(() => of<SubscriptionDto[] | null>(null))))), { initialValue: null });

  protected deadlineLabel(kind: string): string {
    return kind in DEADLINE_LABELS ? DEADLINE_LABELS[kind as keyof typeof DEADLINE_LABELS] : kind;
  }

  protected markRead(id: number): void {
    this.api.markRead(id).subscribe({ next: () => this.reloads.next(), error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@notifications.failed:That did not work.`)) });
  }

  protected unfollow(subscription: SubscriptionDto): void {
    this.api.unfollow(subscription.id).subscribe({ next: () => this.reloads.next(), error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@notifications.failed:That did not work.`)) });
  }
}
