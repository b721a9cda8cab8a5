import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { SessionDto } from '../../../api/models';
import { AccessApi } from '../access.api';
import { AuthStore } from '../auth.store';
import { problemMessage } from '../http-problem';

/** My open sessions, with a way to end any of them (a lost laptop, a shared computer). */
@Component({
  selector: 'app-my-sessions-page',
  imports: [DatePipe],
  template: `
    <h1 i18n="@@sessions.heading">My sessions</h1>
    <p i18n="@@sessions.intro">Every browser where you are signed in. Sign out those you do not recognise or no longer use.</p>
    <div aria-live="polite">
      @if (message(); as m) {
        <p role="status">{{ m }}</p>
      }
      @if (error(); as e) {
        <div class="notice notice--error" role="alert"><p>{{ e }}</p></div>
      }
    </div>
    @if (sessions(); as list) {
      <div class="table-scroll" role="region" aria-labelledby="sessions-caption" tabindex="0">
        <table class="data-table">
          <caption id="sessions-caption" class="visually-hidden" i18n="@@sessions.caption">Open sessions</caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@sessions.browser">Browser</th>
              <th scope="col" i18n="@@sessions.address">Address</th>
              <th scope="col" i18n="@@sessions.started">Signed in</th>
              <th scope="col" i18n="@@sessions.lastSeen">Last used</th>
              <th scope="col" i18n="@@sessions.expires">Ends at the latest</th>
              <th scope="col"><span class="visually-hidden" i18n="@@sessions.actions">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            @for (s of list; track s.id) {
              <tr>
                <td>{{ s.userAgent ?? '' }} @if (s.current) { <strong i18n="@@sessions.current">(this browser)</strong> }</td>
                <td>{{ s.ip ?? '' }}</td>
                <td><time [attr.datetime]="s.createdAt">{{ s.createdAt | date: 'medium' }}</time></td>
                <td><time [attr.datetime]="s.lastSeenAt">{{ s.lastSeenAt | date: 'medium' }}</time></td>
                <td><time [attr.datetime]="s.expiresAt">{{ s.expiresAt | date: 'medium' }}</time></td>
                <td>
                  <button type="button" class="button" (click)="revoke(s)" i18n="@@sessions.revoke">Sign out this session</button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p role="status" i18n="@@sessions.loading">Loading your sessions…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySessionsPage {
  private readonly api = inject(AccessApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly sessions = signal<SessionDto[] | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected revoke(session: SessionDto): void {
    this.error.set(null);
    this.api.revokeSession(session.id).subscribe({
      next: () => {
        if (session.current) {
          this.store.forget();
          void this.router.navigateByUrl('/login');
          return;
        }
        this.message.set($localize`:@@sessions.revoked:The session was signed out.`);
        this.load();
      },
      error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@sessions.error:The session could not be signed out.`)),
    });
  }

  private load(): void {
    this.api.sessions().subscribe({
      next: (list) => this.sessions.set(list),
      error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@sessions.loadError:Your sessions could not be loaded.`)),
    });
  }
}
