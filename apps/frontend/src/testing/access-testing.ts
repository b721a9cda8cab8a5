import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AssessmentDto, MeDto, Permission, Role, SessionStateDto } from '../app/api/models';
import { AuthStore } from '../app/features/access/auth.store';
import { csrfInterceptor } from '../app/features/access/csrf.interceptor';

export const PERMISSIONS_OF: Readonly<Record<Role, Permission[]>> = {
  administrator: ['registry:write', 'audit:read', 'users:manage', 'assessments:review'],
  ohchr_officer: ['registry:write', 'audit:read', 'assessments:review'],
  state_focal_point: ['assessments:submit'],
  ngo_monitor: ['assessments:submit'],
};

/** HttpClient against HttpTestingController, with the application's CSRF interceptor. */
export function provideTestHttp(): (Provider | EnvironmentProviders)[] {
  return [provideHttpClient(withInterceptors([csrfInterceptor])), provideHttpClientTesting()];
}

export function me(role: Role, overrides: Partial<MeDto> = {}): MeDto {
  return {
    id: `${role}-id`,
    email: `${role}@example.org`,
    displayName: `Test ${role}`,
    role,
    stateIso3: role === 'state_focal_point' ? 'SVN' : null,
    organisationId: role === 'ngo_monitor' ? 5 : null,
    institutionIds: [],
    permissions: PERMISSIONS_OF[role],
    secondFactorEnabled: role === 'administrator' || role === 'ohchr_officer',
    ...overrides,
  };
}

/** Puts the store in the given state the way the application does: by answering GET /auth/me. */
export function setSession(state: SessionStateDto): void {
  TestBed.inject(AuthStore).refresh().subscribe();
  TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/me').flush(state);
}

export function signInAs(role: Role, overrides: Partial<MeDto> = {}): void {
  setSession({ stage: 'complete', csrfToken: 'csrf-token', user: me(role, overrides) });
}

export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function assessment(overrides: Partial<AssessmentDto> = {}): AssessmentDto {
  return {
    id: 4,
    recommendationId: 9,
    stateIso3: 'SVN',
    origin: 'civil_society',
    status: 'not_implemented',
    narrative: 'Nothing changed in custody.',
    confidential: true,
    publishedAt: null,
    version: 1,
    createdAt: '2026-11-29T08:00:00Z',
    updatedAt: '2026-11-29T08:00:00Z',
    actions: { edit: false, publish: true, readSource: true },
    ...overrides,
  };
}
