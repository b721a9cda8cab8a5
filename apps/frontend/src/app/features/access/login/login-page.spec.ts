import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { me, provideTestHttp, text } from '../../../../testing/access-testing';
import { LoginPage, safeReturnUrl } from './login-page';

@Component({ template: '<h1>Target</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class Target {}

describe('LoginPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: 'account/second-factor', component: Target },
            { path: 'recommendations/:id', component: Target },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function open(url = '/login'): Promise<{ harness: RouterTestingHarness; element: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    return { harness, element: harness.routeNativeElement as HTMLElement };
  }

  async function type(harness: RouterTestingHarness, element: HTMLElement, selector: string, value: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    harness.detectChanges();
    await harness.fixture.whenStable();
  }

  it('has labelled fields and a live region for errors', async () => {
    const { element } = await open();
    expect(text(element.querySelector('label[for="login-email"]'))).toBe('E-mail address');
    expect(text(element.querySelector('label[for="login-password"]'))).toBe('Password');
    expect(element.querySelector('[aria-live="assertive"]')).not.toBeNull();
  });

  it('asks for the authenticator code after the password, then goes where the person wanted', async () => {
    const { harness, element } = await open('/login?returnUrl=%2Frecommendations%2F7');
    await type(harness, element, '#login-email', 'officer@example.org');
    await type(harness, element, '#login-password', 'a long enough passphrase');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.body).toEqual({ email: 'officer@example.org', password: 'a long enough passphrase' });
    login.flush({ stage: 'second_factor', csrfToken: 'pending', user: null });
    harness.detectChanges();
    expect(element.querySelector('#login-password')).toBeNull();
    expect(text(element.querySelector('label[for="login-code"]'))).toBe('6-digit code from your authenticator app');
    await type(harness, element, '#login-code', '123456');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const second = backend.expectOne('/api/v1/auth/login/second-factor');
    expect(second.request.headers.get('X-CSRF-Token')).toBe('pending');
    second.flush({ stage: 'complete', csrfToken: 'full', user: me('ohchr_officer') });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/recommendations/7');
  });

  it('announces a refusal from the server in an alert, and a wrong code next to the field', async () => {
    const { harness, element } = await open();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend.expectOne('/api/v1/auth/login').flush({ statusCode: 429, message: 'Signing in is locked: try again in 15 minute(s).' }, { status: 429, statusText: 'Too Many Requests' });
    harness.detectChanges();
    expect(text(element.querySelector('[role="alert"]'))).toBe('Signing in is locked: try again in 15 minute(s).');

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend.expectOne('/api/v1/auth/login').flush({ stage: 'second_factor', csrfToken: 'pending', user: null });
    harness.detectChanges();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend
      .expectOne('/api/v1/auth/login/second-factor')
      .flush({ statusCode: 400, message: 'code: is not the current code', errors: [{ field: 'code', reason: 'is not the current code of your authenticator app' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#login-code-error'))).toBe('is not the current code of your authenticator app');
    expect(element.querySelector('#login-code')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends administrators without a second factor to enrol first', async () => {
    const { harness, element } = await open();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend.expectOne('/api/v1/auth/login').flush({ stage: 'enrol_second_factor', csrfToken: 'pending', user: null });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/account/second-factor?returnUrl=%2F');
  });

  it('only returns to addresses of this application', () => {
    expect(safeReturnUrl('/admin/users')).toBe('/admin/users');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
