import { ANONYMOUS, hasPermission, isInteractive, permissionsOf, requirePermission, requiresSecondFactor, type UserActor } from './roles';

const officer: UserActor = { kind: 'user', userId: 'u1', role: 'ohchr_officer', stateIso3: null, organisationId: null, institutionIds: [], tokenScopes: null };

describe('roles and permissions', () => {
  it('lets administrators manage accounts but not officers', () => {
    expect(hasPermission({ ...officer, role: 'administrator' }, 'users:manage')).toBe(true);
    expect(hasPermission(officer, 'users:manage')).toBe(false);
  });

  it('gives the registry write permission to OHCHR staff only', () => {
    expect(hasPermission(officer, 'registry:write')).toBe(true);
    expect(hasPermission({ ...officer, role: 'state_focal_point', stateIso3: 'SVN' }, 'registry:write')).toBe(false);
    expect(hasPermission({ ...officer, role: 'ngo_monitor', organisationId: 3 }, 'registry:write')).toBe(false);
    expect(permissionsOf(ANONYMOUS)).toEqual([]);
  });

  it('narrows a token to its scopes and never beyond the role', () => {
    const token: UserActor = { ...officer, tokenScopes: ['registry:write', 'assessments:submit'] };
    expect(permissionsOf(token)).toEqual(['registry:write']);
    expect(isInteractive(token)).toBe(false);
    expect(isInteractive(officer)).toBe(true);
  });

  it('asks anonymous callers to sign in and refuses signed-in ones without the permission', () => {
    expect(requirePermission(ANONYMOUS, 'audit:read')).toBe('unauthenticated');
    expect(requirePermission({ ...officer, role: 'ngo_monitor', organisationId: 1 }, 'audit:read')).toBe('forbidden');
    expect(requirePermission(officer, 'audit:read')).toBe('allow');
  });

  it('requires a second factor for administrators and officers only', () => {
    expect(requiresSecondFactor('administrator')).toBe(true);
    expect(requiresSecondFactor('ohchr_officer')).toBe(true);
    expect(requiresSecondFactor('state_focal_point')).toBe(false);
    expect(requiresSecondFactor('ngo_monitor')).toBe(false);
  });
});
