import type { Actor, Role, TokenScope, UserActor } from '../access';

/** Actors for specs of the follow-up, fund and cooperation workflows. */
export function user(role: Role, stateIso3: string | null = null, tokenScopes: readonly TokenScope[] | null = null): UserActor {
  return { kind: 'user', userId: `u-${role}`, role, stateIso3, organisationId: role === 'ngo_monitor' ? 7 : null, institutionIds: [], tokenScopes };
}

export const PUBLIC: Actor = { kind: 'anonymous' };
export const OFFICER = user('ohchr_officer');
export const ADMIN = user('administrator');
export const NGO = user('ngo_monitor');
