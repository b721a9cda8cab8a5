import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { InvitationPreviewDto } from '../../../api/models';
import { AccessApi } from '../access.api';
import { ROLE_LABELS } from '../access-labels';
import { fieldErrors, problemMessage } from '../http-problem';

/** The token travels in the fragment (#token=…) so that it never reaches server logs. */
export function invitationToken(fragment: string | null): string | null {
  const match = /(?:^|&)token=([A-Za-z0-9_-]{20,200})(?:&|$)/.exec(fragment ?? '');
  return match?.[1] ?? null;
}

/** Opening an invited account: see what the invitation is for, choose a name and a password. */
@Component({
  selector: 'app-accept-invitation-page',
  imports: [DatePipe, FormsModule, RouterLink],
  template: `
    <h1 i18n="@@accept.heading">Accept your invitation</h1>
    <div aria-live="assertive">
      @if (error(); as e) {
        <div class="notice notice--error" role="alert"><p>{{ e }}</p></div>
      }
    </div>
    @if (accepted(); as email) {
      <p role="status" i18n="@@accept.done">Your account {{ email }} is ready.</p>
      <p><a routerLink="/login" i18n="@@accept.signIn">Sign in</a></p>
    } @else if (preview(); as p) {
      <p i18n="@@accept.for">This invitation is for {{ p.email }}, as {{ roleLabels[p.role] }}{{ p.stateName ? ' — ' + p.stateName : '' }}{{ p.organisationName ? ' — ' + p.organisationName : '' }}. It expires on {{ p.expiresAt | date: 'medium' }}.</p>
      <form class="form" (ngSubmit)="accept()">
        <p class="field">
          <label for="accept-name" i18n="@@accept.name">Your name</label>
          <input id="accept-name" name="displayName" autocomplete="name" required [(ngModel)]="displayName" [attr.aria-invalid]="errors()['displayName'] ? true : null" aria-describedby="accept-name-error" />
          @if (errors()['displayName']; as reason) { <span id="accept-name-error" class="field__error">{{ reason }}</span> }
        </p>
        <p class="field">
          <label for="accept-password" i18n="@@accept.password">Password</label>
          <input id="accept-password" name="password" type="password" autocomplete="new-password" required [(ngModel)]="password" [attr.aria-invalid]="errors()['password'] ? true : null" aria-describedby="accept-password-hint accept-password-error" />
          <span id="accept-password-hint" class="hint" i18n="@@accept.passwordHint">12 to 128 characters. A few unrelated words make a good password; common passwords are refused.</span>
          @if (errors()['password']; as reason) { <span id="accept-password-error" class="field__error">{{ reason }}</span> }
        </p>
        <p class="field">
          <label for="accept-confirm" i18n="@@accept.confirm">Password again</label>
          <input id="accept-confirm" name="confirm" type="password" autocomplete="new-password" required [(ngModel)]="confirm" [attr.aria-invalid]="mismatch() ? true : null" aria-describedby="accept-confirm-error" />
          @if (mismatch()) { <span id="accept-confirm-error" class="field__error" i18n="@@accept.mismatch">The two passwords differ.</span> }
        </p>
        <button type="submit" class="button button--primary" i18n="@@accept.submit">Open my account</button>
      </form>
    } @else if (!error()) {
      <p role="status" i18n="@@accept.loading">Checking the invitation…</p>
    }
  `,
  styleUrl: '../access-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {
  private readonly api = inject(AccessApi);
  private readonly token = invitationToken(inject(ActivatedRoute).snapshot.fragment);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly preview = signal<InvitationPreviewDto | null>(null);
  protected readonly accepted = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected readonly mismatch = signal(false);
  protected displayName = '';
  protected password = '';
  protected confirm = '';

  constructor() {
    if (this.token === null) {
      this.error.set($localize`:@@accept.noToken:This link has no invitation in it. Open the whole link you were sent.`);
      return;
    }
    this.api.previewInvitation(this.token).subscribe({
      next: (preview) => this.preview.set(preview),
      error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@accept.invalid:This invitation cannot be used.`)),
    });
  }

  protected accept(): void {
    this.mismatch.set(this.password !== this.confirm);
    if (this.mismatch() || this.token === null) return;
    this.error.set(null);
    this.errors.set({});
    this.api.acceptInvitation({ token: this.token, displayName: this.displayName.trim(), password: this.password }).subscribe({
      next: (result) => this.accepted.set(result.email),
      error: (error: unknown) => {
        this.errors.set(fieldErrors(error));
        this.error.set(problemMessage(error, $localize`:@@accept.error:The account could not be opened.`));
      },
    });
  }
}
