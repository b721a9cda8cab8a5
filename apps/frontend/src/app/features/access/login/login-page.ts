import { ChangeDetectionStrategy, Component, type ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { SessionStateDto } from '../../../api/models';
import { AuthStore } from '../auth.store';
import { fieldErrors, problemMessage, statusOf } from '../http-problem';

/** Only paths of this application: never send a person to another site after signing in. */
export function safeReturnUrl(raw: string | undefined): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/';
}

/** Sign in with e-mail address and password, then the code of the authenticator app when the account has one. */
@Component({
  selector: 'app-login-page',
  imports: [FormsModule],
  template: `
    <h1 i18n="@@login.heading">Sign in</h1>
    <div aria-live="assertive" class="live-region">
      @if (error(); as message) {
        <div class="notice notice--error" role="alert">
          <p>{{ message }}</p>
        </div>
      }
    </div>
    @if (step() === 'password') {
      <form class="form" (ngSubmit)="submitPassword()">
        <p class="field">
          <label for="login-email" i18n="@@login.email">E-mail address</label>
          <input #email id="login-email" name="email" type="email" autocomplete="username" required [(ngModel)]="emailValue" [attr.aria-invalid]="fieldError('email') ? true : null" aria-describedby="login-email-error" />
          @if (fieldError('email'); as reason) {
            <span id="login-email-error" class="field__error">{{ reason }}</span>
          }
        </p>
        <p class="field">
          <label for="login-password" i18n="@@login.password">Password</label>
          <input id="login-password" name="password" type="password" autocomplete="current-password" required [(ngModel)]="passwordValue" />
        </p>
        <button type="submit" class="button button--primary" [disabled]="busy()" i18n="@@login.submit">Sign in</button>
      </form>
    } @else {
      <form class="form" (ngSubmit)="submitCode()" aria-labelledby="login-code-heading">
        <h2 id="login-code-heading" i18n="@@login.codeStep">Second factor</h2>
        <p class="field">
          <label for="login-code" i18n="@@login.code">6-digit code from your authenticator app</label>
          <input #code id="login-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required [(ngModel)]="codeValue" [attr.aria-invalid]="fieldError('code') ? true : null" aria-describedby="login-code-error" />
          @if (fieldError('code'); as reason) {
            <span id="login-code-error" class="field__error">{{ reason }}</span>
          }
        </p>
        <button type="submit" class="button button--primary" [disabled]="busy()" i18n="@@login.verify">Verify and sign in</button>
      </form>
    }
  `,
  styleUrl: '../access-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('code');

  /** Where to go after signing in (query parameter). */
  readonly returnUrl = input<string>();

  protected readonly step = signal<'password' | 'code'>('password');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected emailValue = '';
  protected passwordValue = '';
  protected codeValue = '';

  protected fieldError(field: string): string | null {
    return this.errors()[field] ?? null;
  }

  protected submitPassword(): void {
    this.run(this.store.login(this.emailValue.trim(), this.passwordValue), () => {
      this.passwordValue = '';
    });
  }

  protected submitCode(): void {
    this.run(this.store.verifySecondFactor(this.codeValue.trim()), () => {
      this.codeValue = '';
    });
  }

  private run(request: ReturnType<AuthStore['login']>, clear: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    this.errors.set({});
    request.subscribe({
      next: (state) => {
        clear();
        this.busy.set(false);
        this.follow(state);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errors.set(fieldErrors(error));
        this.error.set(
          statusOf(error) === 0
            ? $localize`:@@login.error.network:The server could not be reached. Check your connection and try again.`
            : problemMessage(error, $localize`:@@login.error.generic:Signing in failed. Try again.`),
        );
        if (statusOf(error) === 401 && this.step() === 'code') this.step.set('password');
      },
    });
  }

  private follow(state: SessionStateDto): void {
    switch (state.stage) {
      case 'second_factor':
        this.step.set('code');
        // Move focus to the new field, as the page changed under the person.
        setTimeout(() => this.codeInput()?.nativeElement.focus());
        return;
      case 'enrol_second_factor':
        void this.router.navigate(['/account/second-factor'], { queryParams: { returnUrl: safeReturnUrl(this.returnUrl()) } });
        return;
      case 'complete':
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
        return;
      case 'anonymous':
        this.step.set('password');
        return;
    }
  }
}
