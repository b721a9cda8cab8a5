import { HttpTestingController } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTestHttp, setSession, signInAs, text } from '../../../../testing/access-testing';
import { RecordTabs } from '../history/record-tabs';
import { AccountMenu } from './account-menu';

describe('AccountMenu and role-aware navigation', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
  });

  function links<T>(component: Type<T>, inputs: Record<string, unknown> = {}): string[] {
    const fixture = TestBed.createComponent(component);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a, button')).map((a) => text(a));
  }

  it('offers only "Sign in" to the public, and no History tab', () => {
    setSession({ stage: 'anonymous', csrfToken: null, user: null });
    expect(links(AccountMenu)).toEqual(['Sign in']);
    expect(links(RecordTabs, { recommendationId: 3 })).toEqual([]);
  });

  it('offers user management to administrators only', () => {
    signInAs('administrator');
    expect(links(AccountMenu)).toEqual(['Users', 'My sessions', 'Two-factor sign-in', 'Sign out']);
    signInAs('state_focal_point');
    expect(links(AccountMenu)).toEqual(['My sessions', 'Two-factor sign-in', 'Sign out']);
  });

  it('offers the History tab to OHCHR officers and not to State focal points', () => {
    signInAs('ohchr_officer');
    expect(links(RecordTabs, { recommendationId: 3 })).toEqual(['Record', 'History']);
    signInAs('state_focal_point');
    expect(links(RecordTabs, { recommendationId: 3 })).toEqual([]);
  });

  it('signs out on the server and returns home', async () => {
    signInAs('ngo_monitor');
    const fixture = TestBed.createComponent(AccountMenu);
    fixture.detectChanges();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button')?.click();
    const logout = TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.get('X-CSRF-Token')).toBe('csrf-token');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    fixture.detectChanges();
    expect(navigate).toHaveBeenCalledWith('/');
    expect(links(AccountMenu)).toEqual(['Sign in']);
  });
});
