import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTestHttp, setSession, signInAs } from '../../../testing/access-testing';
import { permissionGuard, signedInGuard } from './access.guards';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('access guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        provideRouter([
          { path: 'admin', component: Blank, canActivate: [permissionGuard('users:manage')] },
          { path: 'mine', component: Blank, canActivate: [signedInGuard] },
          { path: 'login', component: Blank },
          { path: 'forbidden', component: Blank },
        ]),
      ],
    });
  });

  it('sends anonymous people to sign in, coming back afterwards', async () => {
    setSession({ stage: 'anonymous', csrfToken: null, user: null });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/login?returnUrl=%2Fadmin');
    await router.navigateByUrl('/mine');
    expect(router.url).toBe('/login?returnUrl=%2Fmine');
  });

  it('refuses a page the role does not allow, and opens it for the role that does', async () => {
    const router = TestBed.inject(Router);
    signInAs('ohchr_officer');
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/forbidden');
    signInAs('administrator');
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/admin');
  });
});
