import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { TotpEnrolmentDto } from '../../../api/models';
import { AccessApi } from '../access.api';
import { AuthStore } from '../auth.store';
import { fieldErrors, problemMessage } from '../http-problem';
import { safeReturnUrl } from '../login/login-page';

/**
 * Setting up the second factor (TOTP): the secret to type into an authenticator app (or its
 * otpauth:// link), then a first code to confirm it. Administrators and OHCHR officers land here
 * at their first sign-in; anyone signed in may come.
 */
@Component({
  selector: 'app-second-factor-page',
  imports: [FormsModule, RouterLink],
  template: `
    <h1 i18n="@@totp.heading">Two-factor sign-in</h1>
    <div aria-live="assertive">
      @if (error(); as message) {
        <div class="notice notice--error" role="alert"><p>{{ message }}</p></div>
      }
    </div>
    @if (done()) {
      <p role="status" i18n="@@totp.done">Your authenticator app is set up. From now on, signing in asks for its code.</p>
      <p><a [routerLink]="continueTo()" i18n="@@totp.continue">Continue</a></p>
    } @else if (alreadyEnabled()) {
      <p i18n="@@totp.already">Two-factor sign-in is already set up for your account.</p>
    } @else if (!mayEnrol()) {
      <p i18n="@@totp.signInFirst">Sign in first to set up two-factor sign-in.</p>
      <p><a routerLink="/login" i18n="@@totp.toLogin">Go to the sign-in page</a></p>
    } @else {
      @if (required()) {
        <p i18n="@@totp.required">Your role requires a second factor. Set it up now to finish signing in.</p>
      }
      @if (enrolment(); as e) {
        <ol class="form">
          <li>
            <p i18n="@@totp.step1">In your authenticator app, add an account with this key (or open the link on this device):</p>
            <p class="secret" data-testid="totp-secret">{{ e.secret }}</p>
            <p><a [href]="e.otpauthUri" i18n="@@totp.link">Open in an authenticator app</a></p>
          </li>
          <li>
            <form class="form" (ngSubmit)="confirm()">
              <p class="field">
                <label for="totp-code" i18n="@@totp.code">Enter the 6-digit code the app shows</label>
                <input id="totp-code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required [(ngModel)]="code" [attr.aria-invalid]="codeError() ? true : null" aria-describedby="totp-code-error" />
                @if (codeError(); as reason) {
                  <span id="totp-code-error" class="field__error">{{ reason }}</span>
                }
              </p>
              <button type="submit" class="button button--primary" [disabled]="busy()" i18n="@@totp.confirm">Confirm</button>
            </form>
          </li>
        </ol>
      } @else {
        <button type="button" class="button button--primary" (click)="start()" [disabled]="busy()" i18n="@@totp.start">Set up an authenticator app</button>
      }
    }
  `,
  styleUrl: '../access-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondFactorPage {
  private readonly api = inject(AccessApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  /** Where to go afterwards (query parameter). */
  readonly returnUrl = input<string>();

  protected readonly enrolment = signal<TotpEnrolmentDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly codeError = signal<string | null>(null);
  protected readonly required = computed(() => this.store.stage() === 'enrol_second_factor');
  protected readonly mayEnrol = computed(() => this.required() || this.store.signedIn());
  protected readonly alreadyEnabled = computed(() => this.store.user()?.secondFactorEnabled === true);
  protected readonly continueTo = computed(() => safeReturnUrl(this.returnUrl()));
  protected code = '';

  protected start(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.startEnrolment().subscribe({
      next: (enrolment) => {
        this.busy.set(false);
        this.enrolment.set(enrolment);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(error, $localize`:@@totp.error.start:The set-up could not be started. Try again.`));
      },
    });
  }

  protected confirm(): void {
    this.busy.set(true);
    this.error.set(null);
    this.codeError.set(null);
    this.store.confirmEnrolment(this.code.trim()).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
        if (this.returnUrl()) void this.router.navigateByUrl(this.continueTo());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const reason = fieldErrors(error)['code'];
        if (reason) this.codeError.set(reason);
        else this.error.set(problemMessage(error, $localize`:@@totp.error.confirm:The code could not be checked. Try again.`));
      },
    });
  }
}
