import { hasPermission, type Actor, type Permission, type Role } from '../access';

/**
 * What a workflow answers for one requested transition: the next state, or a
 * typed refusal with a reason the API can return as is (4xx).
 * Shared by the implementation-report, assistance-request and flag workflows.
 */
export const WORKFLOW_REFUSAL_CODES = [
  /** Not signed in (public): 401. */
  'unauthenticated',
  /** Signed in, but the role may not take this action: 403. */
  'role_not_allowed',
  /** The role may, but the credential (an API token's scopes) does not carry the permission: 403. */
  'missing_permission',
  /** A State focal point acting on another State's record: 403. */
  'not_own_state',
  /** The action does not apply to the record's current state: 409. */
  'invalid_transition',
  /** A refusal (return, decline, dismiss) without its reason: 400. */
  'reason_required',
] as const;
export type WorkflowRefusalCode = (typeof WORKFLOW_REFUSAL_CODES)[number];

export interface WorkflowRefusal {
  readonly code: WorkflowRefusalCode;
  readonly reason: string;
}

export type TransitionResult<S extends string> =
  | { readonly ok: true; readonly next: S }
  | { readonly ok: false; readonly refusal: WorkflowRefusal };

export function refuse<S extends string>(code: WorkflowRefusalCode, reason: string): TransitionResult<S> {
  return { ok: false, refusal: { code, reason } };
}

/** Who may take an action: a role, the permission its credential must carry, and whether it is bound to its own State. */
export interface ActorRequirement {
  readonly role: Role;
  readonly permission: Permission;
  /** The State of the record; a State focal point may act only on its own State's records. */
  readonly ownStateIso3: string | null;
}

/** Null when the actor meets the requirement, else the refusal. */
export function actorRefusal(actor: Actor, requirement: ActorRequirement, action: string): WorkflowRefusal | null {
  if (actor.kind === 'anonymous') {
    return { code: 'unauthenticated', reason: `sign in to ${action}` };
  }
  if (actor.role !== requirement.role) {
    return { code: 'role_not_allowed', reason: `only a ${requirement.role} may ${action}, not a ${actor.role}` };
  }
  if (!hasPermission(actor, requirement.permission)) {
    return { code: 'missing_permission', reason: `the credential used lacks the '${requirement.permission}' permission needed to ${action}` };
  }
  if (requirement.ownStateIso3 !== null && actor.stateIso3 !== requirement.ownStateIso3) {
    return {
      code: 'not_own_state',
      reason: `a State focal point of ${actor.stateIso3 ?? 'no State'} may not ${action} for ${requirement.ownStateIso3}`,
    };
  }
  return null;
}

/** True for a reason worth recording: at least one non-space character. */
export function hasText(reason: string | undefined): reason is string {
  return reason !== undefined && reason.trim() !== '';
}
