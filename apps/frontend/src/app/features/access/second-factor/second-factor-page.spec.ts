import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { me, provideTestHttp, setSession, signInAs, text } from '../../../../testing/access-testing';
import { SecondFactorPage } from './second-factor-page';

describe('SecondFactorPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...provideTestHttp(), provideRouter([{ path: 'account/second-factor', component: SecondFactorPage }], withComponentInputBinding())],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function open(): Promise<{ harness: RouterTestingHarness; element: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/account/second-factor', SecondFactorPage);
    return { harness, element: harness.routeNativeElement as HTMLElement };
  }

  it('shows the secret and the otpauth link, then confirms with a first code', async () => {
    setSession({ stage: 'enrol_second_factor', csrfToken: 'pending', user: null });
    const { harness, element } = await open();
    expect(text(element)).toContain('Your role requires a second factor');
    element.querySelector<HTMLButtonElement>('button')?.click();
    backend.expectOne('/api/v1/auth/second-factor/enrolment').flush({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP' });
    harness.detectChanges();
    expect(text(element.querySelector('[data-testid="totp-secret"]'))).toBe('JBSWY3DPEHPK3PXP');
    expect(element.querySelector('a[href^="otpauth://"]')).not.toBeNull();

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend
      .expectOne('/api/v1/auth/second-factor/enrolment/confirm')
      .flush({ errors: [{ field: 'code', reason: 'is not the current code for the secret you entered' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#totp-code-error'))).toBe('is not the current code for the secret you entered');

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const confirm = backend.expectOne('/api/v1/auth/second-factor/enrolment/confirm');
    expect(confirm.request.headers.get('X-CSRF-Token')).toBe('pending');
    confirm.flush({ stage: 'complete', csrfToken: 'full', user: me('administrator') });
    harness.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toContain('Your authenticator app is set up');
  });

  it('tells a person who has one already', async () => {
    signInAs('ohchr_officer');
    const { element } = await open();
    expect(text(element)).toContain('already set up');
  });

  it('asks anonymous people to sign in first', async () => {
    setSession({ stage: 'anonymous', csrfToken: null, user: null });
    const { element } = await open();
    expect(text(element)).toContain('Sign in first');
    expect(element.querySelector('button')).toBeNull();
  });
});
