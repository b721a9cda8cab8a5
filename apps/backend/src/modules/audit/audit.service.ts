import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentContext } from '../../common/request-context';
import type { AuditChanges } from './audit-log.entity';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'respond',
  'link',
  'unlink',
  'publish',
  'login',
  'login_failed',
  'lockout',
  'logout',
  'session_revoke',
  'second_factor_enrol',
  'second_factor_reset',
  'permission_change',
  'deactivate',
  'invite',
  'invitation_revoke',
  'invitation_accept',
  'token_create',
  'token_revoke',
  'read_source',
  'export',
  'audit_search',
  /** A workflow step (implementation reports: submit, return, validate, publish). */
  'transition',
  /** Records removed for good (the demo dataset). */
  'delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Field-level difference between two snapshots; only fields whose value changed appear. */
export function diffFields<T extends object>(before: Partial<T>, after: Partial<T>, fields: readonly (keyof T & string)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = { before: a ?? null, after: b ?? null };
  }
  return changes;
}

@Injectable()
export class AuditService {
  /** Writes the audit row with the caller's transaction, so the change and its trace commit together. */
  async record(
    manager: EntityManager,
    entry: { action: AuditAction; entityType: string; entityId: string | number; changes: AuditChanges; actor?: string },
  ): Promise<void> {
    const context = currentContext();
    // Sign-in steps happen before the request has an actor: they name the person themselves.
    const actor = entry.actor ?? context.actor;
    await manager.query(
      `INSERT INTO audit_log (actor, request_id, action, entity_type, entity_id, changes) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [actor, context.requestId, entry.action, entry.entityType, String(entry.entityId), JSON.stringify(entry.changes)],
    );
  }
}
