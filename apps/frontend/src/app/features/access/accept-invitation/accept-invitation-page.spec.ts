import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, text } from '../../../../testing/access-testing';
import { AcceptInvitationPage, invitationToken } from './accept-invitation-page';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

describe('AcceptInvitationPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'accept-invitation', component: AcceptInvitationPage }, { path: 'login', children: [] }])] });
    backend = TestBed.inject(HttpTestingController);
  });

  async function open(url: string): Promise<{ harness: RouterTestingHarness; element: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, AcceptInvitationPage);
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

  it('shows what the invitation is for, then names a refused password next to its field', async () => {
    const { harness, element } = await open(`/accept-invitation#token=${TOKEN}`);
    const preview = backend.expectOne('/api/v1/invitations/preview');
    expect(preview.request.body).toEqual({ token: TOKEN });
    preview.flush({ email: 'fp@gov.example', role: 'state_focal_point', stateName: 'Slovenia', organisationName: null, expiresAt: '2026-12-06T00:00:00Z' });
    harness.detectChanges();
    await harness.fixture.whenStable();
    expect(text(element)).toContain('This invitation is for fp@gov.example, as State focal point — Slovenia.');
    await type(harness, element, '#accept-name', 'Maja');
    await type(harness, element, '#accept-password', 'password1234');
    await type(harness, element, '#accept-confirm', 'password1234');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const accept = backend.expectOne('/api/v1/invitations/accept');
    expect(accept.request.body).toEqual({ token: TOKEN, displayName: 'Maja', password: 'password1234' });
    accept.flush({ message: 'password: is too common', errors: [{ field: 'password', reason: 'is too common' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#accept-password-error'))).toBe('is too common');
    expect(element.querySelector('#accept-password')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('checks that both passwords match before sending anything', async () => {
    const { harness, element } = await open(`/accept-invitation#token=${TOKEN}`);
    backend.expectOne('/api/v1/invitations/preview').flush({ email: 'a@b.c', role: 'ngo_monitor', stateName: null, organisationName: 'Witness Watch', expiresAt: '2026-12-06T00:00:00Z' });
    harness.detectChanges();
    await harness.fixture.whenStable();
    await type(harness, element, '#accept-password', 'one long passphrase');
    await type(harness, element, '#accept-confirm', 'another long passphrase');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    harness.detectChanges();
    expect(text(element.querySelector('#accept-confirm-error'))).toBe('The two passwords differ.');
    backend.expectNone('/api/v1/invitations/accept');
  });

  it('reads the token only from the fragment', () => {
    expect(invitationToken(`token=${TOKEN}`)).toBe(TOKEN);
    expect(invitationToken('token=short')).toBeNull();
    expect(invitationToken(null)).toBeNull();
  });
});
