import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { UserDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { UsersAdminPage } from './users-admin-page';

const user: UserDto = {
  id: 'u1',
  email: 'monitor@ngo.example',
  displayName: 'Amina',
  role: 'ngo_monitor',
  stateIso3: null,
  organisationId: 5,
  institutionIds: [],
  secondFactorEnabled: false,
  active: true,
  lastLoginAt: null,
  version: 3,
};

describe('UsersAdminPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'admin/users', component: UsersAdminPage }])] });
    backend = TestBed.inject(HttpTestingController);
    signInAs('administrator', { id: 'me' });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users', UsersAdminPage);
    backend.expectOne('/api/v1/states').flush([{ iso3: 'SVN', name: 'Slovenia' }]);
    backend.expectOne('/api/v1/stakeholders').flush([
      { id: 5, name: 'Witness Watch', kind: 'ngo' },
      { id: 6, name: 'Ministry', kind: 'government_institution' },
    ]);
    backend.expectOne('/api/v1/users').flush([user]);
    backend.expectOne('/api/v1/invitations').flush([]);
    harness.detectChanges();
    element = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  it('lists accounts with role and organisation, and offers only civil-society organisations to monitors', () => {
    const cells = Array.from(element.querySelectorAll('tbody tr td')).map((td) => text(td));
    expect(cells.slice(0, 6)).toEqual(['Amina', 'monitor@ngo.example', 'NGO / NHRI monitor', 'Witness Watch', 'No', 'Active']);
    const options = Array.from(element.querySelectorAll('#invite-organisation option')).map((o) => text(o));
    expect(options).toEqual(['Choose…', 'Witness Watch']);
  });

  it('invites and shows the link once; a refused field is named next to it', async () => {
    const select = element.querySelector<HTMLSelectElement>('#invite-role');
    if (!select) throw new Error('no role select');
    select.value = 'state_focal_point';
    select.dispatchEvent(new Event('change'));
    harness.detectChanges();
    await harness.fixture.whenStable();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const refused = backend.expectOne('/api/v1/invitations');
    expect(refused.request.body).toEqual({ email: '', role: 'state_focal_point', stateIso3: null, organisationId: null });
    refused.flush({ message: 'stateIso3: is required for a State focal point', errors: [{ field: 'stateIso3', reason: 'is required for a State focal point' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#invite-state-error'))).toBe('is required for a State focal point');

    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend.expectOne('/api/v1/invitations').flush({ id: 'i1', email: 'fp@gov.example', role: 'state_focal_point', acceptUrl: 'http://localhost:3000/accept-invitation#token=abc', expiresAt: '2026-12-06T00:00:00Z' });
    backend.expectOne('/api/v1/users').flush([user]);
    backend.expectOne('/api/v1/invitations').flush([]);
    harness.detectChanges();
    expect(text(element.querySelector('.secret'))).toBe('http://localhost:3000/accept-invitation#token=abc');
  });

  it('deactivates an account with its version', () => {
    const deactivate = Array.from(element.querySelectorAll<HTMLButtonElement>('tbody button')).find((b) => text(b) === 'Deactivate');
    deactivate?.click();
    const patch = backend.expectOne('/api/v1/users/u1');
    expect(patch.request.body).toEqual({ version: 3, role: 'ngo_monitor', stateIso3: null, organisationId: 5, institutionIds: [], active: false });
    patch.flush({ ...user, active: false, version: 4 });
    backend.expectOne('/api/v1/users').flush([{ ...user, active: false, version: 4 }]);
    backend.expectOne('/api/v1/invitations').flush([]);
    harness.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toBe('Amina was deactivated.');
  });

  it('resets the second factor of another person with a reason, and names a refused field', async () => {
    const officer: UserDto = { ...user, id: 'u2', displayName: 'Olga', email: 'officer@ohchr.example', role: 'ohchr_officer', organisationId: null, secondFactorEnabled: true, version: 5 };
    const me: UserDto = { ...officer, id: 'me', displayName: 'Adele', role: 'administrator' };
    // A reload lists an officer with a second factor, and the administrator's own account.
    Array.from(element.querySelectorAll<HTMLButtonElement>('tbody button')).find((b) => text(b) === 'Deactivate')?.click();
    backend.expectOne('/api/v1/users/u1').flush(user);
    backend.expectOne('/api/v1/users').flush([officer, me]);
    backend.expectOne('/api/v1/invitations').flush([]);
    harness.detectChanges();
    const resetButtons = Array.from(element.querySelectorAll<HTMLButtonElement>('tbody button')).filter((b) => text(b).startsWith('Reset second factor'));
    // Not offered for one's own account (signed in as "me").
    expect(resetButtons.map((b) => text(b))).toEqual(['Reset second factor of Olga']);
    resetButtons[0]?.click();
    harness.detectChanges();
    await harness.fixture.whenStable();

    const reason = element.querySelector<HTMLTextAreaElement>('#reset-reason-u2');
    if (!reason) throw new Error('no reason field');
    expect(text(element.querySelector('label[for="reset-reason-u2"]'))).toBe('Why reset the second factor of Olga?');
    reason.value = ' ';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('form.reset-form')?.dispatchEvent(new Event('submit'));
    const refused = backend.expectOne('/api/v1/users/u2/second-factor/reset');
    expect(refused.request.method).toBe('POST');
    expect(refused.request.body).toEqual({ version: 5, reason: ' ' });
    refused.flush({ message: 'reason: must say why the second factor is reset', errors: [{ field: 'reason', reason: 'must say why the second factor is reset' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#reset-error-u2'))).toBe('must say why the second factor is reset');
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    reason.value = 'Lost phone; identity confirmed by video call';
    reason.dispatchEvent(new Event('input'));
    element.querySelector('form.reset-form')?.dispatchEvent(new Event('submit'));
    const done = backend.expectOne('/api/v1/users/u2/second-factor/reset');
    expect(done.request.body).toEqual({ version: 5, reason: 'Lost phone; identity confirmed by video call' });
    done.flush({ ...officer, secondFactorEnabled: false, version: 6 });
    backend.expectOne('/api/v1/users').flush([{ ...officer, secondFactorEnabled: false, version: 6 }, me]);
    backend.expectOne('/api/v1/invitations').flush([]);
    harness.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toBe('The second factor of Olga was reset; their sessions were ended. They will set up a new one at their next sign-in.');
    expect(element.querySelector('form.reset-form')).toBeNull();
  });
});
