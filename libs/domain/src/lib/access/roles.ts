/**
 * Who may do what: the role and permission vocabulary of the tracker.
 *
 * Roles are fixed; each grants a set of permissions. API tokens act for the user who created
 * them, with at most the permissions of that user's role, narrowed to the token's scopes.
 * Reading published registry data needs no permission at all (anonymous public).
 */

export const ROLES = ['administrator', 'ohchr_officer', 'state_focal_point', 'ngo_monitor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: 'Administrator',
  ohchr_officer: 'OHCHR officer',
  state_focal_point: 'State focal point',
  ngo_monitor: 'NGO / NHRI monitor',
};

export const PERMISSIONS = [
  /** Create and change recommendations, responses, stakeholders and States. */
  'registry:write',
  /** Search the audit log and read the history of any record. */
  'audit:read',
  /** Invite people, change roles and scopes, deactivate accounts. */
  'users:manage',
  /** Read every assessment, confidential ones and their sources included; publish them. */
  'assessments:review',
  /** File and edit one's own organisation's (or State's) assessments. */
  'assessments:submit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Scopes an API token may carry: every permission except account management. */
export const TOKEN_SCOPES = ['registry:write', 'audit:read', 'assessments:review', 'assessments:submit'] as const satisfies readonly Permission[];
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  administrator: ['registry:write', 'audit:read', 'users:manage', 'assessments:review'],
  ohchr_officer: ['registry:write', 'audit:read', 'assessments:review'],
  state_focal_point: ['assessments:submit'],
  ngo_monitor: ['assessments:submit'],
};

/** Roles that must sign in with a second factor (TOTP). */
export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = ['administrator', 'ohchr_officer'];

export function requiresSecondFactor(role: Role): boolean {
  return ROLES_REQUIRING_SECOND_FACTOR.includes(role);
}

export interface AnonymousActor {
  readonly kind: 'anonymous';
}

/** A signed-in person, or a machine client using one of that person's API tokens. */
export interface UserActor {
  readonly kind: 'user';
  readonly userId: string;
  readonly role: Role;
  /** The State a focal point is bound to; null for other roles. */
  readonly stateIso3: string | null;
  /** The organisation (a stakeholder) a monitor is bound to; null for other roles. */
  readonly organisationId: number | null;
  /** Institutions of its State a focal point is bound to (may be empty). */
  readonly institutionIds: readonly number[];
  /** The token's scopes, or null for an interactive session (the role's full permissions). */
  readonly tokenScopes: readonly TokenScope[] | null;
}

export type Actor = AnonymousActor | UserActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** The permissions an actor holds right now: its role's, narrowed by its token's scopes. */
export function permissionsOf(actor: Actor): readonly Permission[] {
  if (actor.kind === 'anonymous') return [];
  const granted = ROLE_PERMISSIONS[actor.role];
  const scopes = actor.tokenScopes;
  return scopes === null ? granted : granted.filter((p) => (scopes as readonly Permission[]).includes(p));
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

/** Account management (sessions, tokens, second factor) needs the person, not a token. */
export function isInteractive(actor: Actor): actor is UserActor {
  return actor.kind === 'user' && actor.tokenScopes === null;
}

/** The outcome of a policy decision on one object. */
export type AccessDecision =
  /** Allowed. */
  | 'allow'
  /** Not signed in, and signing in could allow it (401). */
  | 'unauthenticated'
  /** Refused; the object's existence is not a secret (403). */
  | 'forbidden'
  /** Refused, and the object is answered as if it did not exist (404): its existence is confidential. */
  | 'hidden';

/** Decision for an action that needs one permission and no particular object. */
export function requirePermission(actor: Actor, permission: Permission): AccessDecision {
  if (hasPermission(actor, permission)) return 'allow';
  return actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
}
