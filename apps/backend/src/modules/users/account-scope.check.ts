import type { EntityManager } from 'typeorm';
import { accountScopeProblems, type AccountScope, type StakeholderKind } from '@tracker/domain';
import { badRequest } from '../../common/validation';

/** Loads what the scope points to and refuses it with 400 naming each field when it does not fit the role. */
export async function checkAccountScope(manager: EntityManager, scope: AccountScope): Promise<void> {
  const state: unknown[] = scope.stateIso3 ? await manager.query(`SELECT 1 FROM state WHERE iso3 = $1`, [scope.stateIso3]) : [];
  const organisation: { kind: StakeholderKind; state_iso3: string | null }[] =
    scope.organisationId !== null ? await manager.query(`SELECT kind, state_iso3 FROM stakeholder WHERE id = $1 AND archived_at IS NULL`, [scope.organisationId]) : [];
  const institutions: { id: number; state_iso3: string | null }[] =
    scope.institutionIds.length > 0
      ? await manager.query(`SELECT id, state_iso3 FROM stakeholder WHERE id = ANY($1::int[]) AND archived_at IS NULL`, [scope.institutionIds])
      : [];
  const problems = accountScopeProblems(scope, {
    stateExists: state.length > 0,
    organisation: organisation[0] ? { kind: organisation[0].kind, stateIso3: organisation[0].state_iso3 } : null,
    institutions: institutions.map((i) => ({ id: i.id, stateIso3: i.state_iso3 })),
  });
  if (problems.length > 0) throw badRequest(problems);
}

export function scopeOf(dto: { role: AccountScope['role']; stateIso3?: string | null; organisationId?: number | null; institutionIds?: number[] }): AccountScope {
  return { role: dto.role, stateIso3: dto.stateIso3 ?? null, organisationId: dto.organisationId ?? null, institutionIds: [...new Set(dto.institutionIds ?? [])] };
}
