import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { MySessionsPage } from './my-sessions-page';

const session = (id: string, current: boolean): SessionDto => ({
  id,
  current,
  createdAt: '2026-11-29T08:00:00Z',
  lastSeenAt: '2026-11-29T09:00:00Z',
  expiresAt: '2026-11-29T20:00:00Z',
  userAgent: current ? 'Firefox' : 'Chromium on a shared computer',
  ip: '127.0.0.1',
});

describe('MySessionsPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'account/sessions', component: MySessionsPage }, { path: 'login', children: [] }])] });
    backend = TestBed.inject(HttpTestingController);
    signInAs('ngo_monitor');
  });

  it('lists my sessions, marks this one, and signs out another', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/account/sessions', MySessionsPage);
    backend.expectOne('/api/v1/auth/sessions').flush([session('a', true), session('b', false)]);
    harness.detectChanges();
    const element = harness.routeNativeElement as HTMLElement;
    const rows = element.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(text(rows[0])).toContain('(this browser)');
    rows[1]?.querySelector('button')?.click();
    const revoke = backend.expectOne('/api/v1/auth/sessions/b');
    expect(revoke.request.method).toBe('DELETE');
    revoke.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne('/api/v1/auth/sessions').flush([session('a', true)]);
    harness.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toBe('The session was signed out.');
    expect(element.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('goes to the sign-in page after signing out this very session', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/account/sessions', MySessionsPage);
    backend.expectOne('/api/v1/auth/sessions').flush([session('a', true)]);
    harness.detectChanges();
    (harness.routeNativeElement as HTMLElement).querySelector<HTMLButtonElement>('tbody button')?.click();
    backend.expectOne('/api/v1/auth/sessions/a').flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/login');
  });
});
