import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lastAdministratorProblem, requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { checkAccountScope, scopeOf } from './account-scope.check';
import type { SecondFactorResetDto, UserDto, UserUpdateDto } from './dto/user.dto';
import { UserEntity } from './user.entity';

const SCOPE_FIELDS = ['role', 'stateIso3', 'organisationId', 'institutionIds', 'active'] as const;

export function toUserDto(u: UserEntity): UserDto {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    stateIso3: u.stateIso3,
    organisationId: u.organisationId,
    institutionIds: u.institutionIds,
    secondFactorEnabled: u.totpSecret !== null,
    active: u.deactivatedAt === null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
  };
}

/** The account, locked for the change, if it is still at the version the change is based on (else 404 / 409). */
async function lockedAtVersion(manager: EntityManager, id: string, version: number): Promise<UserEntity> {
  const user = await manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw new NotFoundException(`User ${id} not found`);
  if (user.version !== version) {
    throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `User ${id} was changed by someone else; reload and apply your change again.`, current: toUserDto(user) });
  }
  return user;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<UserDto[]> {
    enforce(requirePermission(actor, 'users:manage'), 'Not found');
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { email: 'ASC' } });
    return users.map(toUserDto);
  }

  /** Changes role, scope or activity; audited as a permission change. Deactivation and role changes end the person's sessions. */
  async update(actor: Actor, id: string, dto: UserUpdateDto): Promise<UserDto> {
    enforce(requirePermission(actor, 'users:manage'), `User ${id} not found`);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const user = await lockedAtVersion(manager, id, dto.version);
      const scope = scopeOf(dto);
      await checkAccountScope(manager, scope);
      const deactivate = dto.active === false && user.deactivatedAt === null;
      const admins: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM user_account WHERE role = 'administrator' AND deactivated_at IS NULL`);
      const lastAdmin = lastAdministratorProblem({ currentRole: user.role, newRole: scope.role, deactivate }, admins[0]?.n ?? 0);
      if (lastAdmin) throw badRequest([{ field: dto.role !== user.role ? 'role' : 'active', reason: lastAdmin }]);
      const before = { ...toUserDto(user) };
      const roleChanged = user.role !== scope.role;
      user.role = scope.role;
      user.stateIso3 = scope.stateIso3;
      user.organisationId = scope.organisationId;
      user.institutionIds = [...scope.institutionIds];
      if (dto.active === false && user.deactivatedAt === null) user.deactivatedAt = new Date();
      if (dto.active === true) user.deactivatedAt = null;
      const saved = await repo.save(user);
      const after = toUserDto(saved);
      const changes = diffFields<UserDto>(before, after, SCOPE_FIELDS);
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, { action: deactivate ? 'deactivate' : 'permission_change', entityType: 'user', entityId: id, changes });
      }
      if (deactivate || roleChanged) {
        await manager.query(`UPDATE user_session SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [id, deactivate ? 'deactivated' : 'role_changed']);
      }
      if (deactivate) await manager.query(`UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      return after;
    });
  }

  /**
   * Clears a person's second factor (a lost or replaced phone): they enrol a new one at their next
   * sign-in, when their role requires one. Their sessions end; the reason is audited. Not for one's
   * own account: another administrator confirms who is asking.
   */
  async resetSecondFactor(actor: Actor, id: string, dto: SecondFactorResetDto): Promise<UserDto> {
    enforce(requirePermission(actor, 'users:manage'), `User ${id} not found`);
    if (actor.kind === 'user' && actor.userId === id) {
      throw badRequest([{ field: 'id', reason: 'is your own account: ask another administrator to reset your second factor' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const user = await lockedAtVersion(manager, id, dto.version);
      if (user.totpSecret === null && user.pendingTotpSecret === null) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `${user.email} has no second factor to reset.`, current: toUserDto(user) });
      }
      user.totpSecret = null;
      user.pendingTotpSecret = null;
      user.totpLastStep = null;
      const saved = await repo.save(user);
      await this.audit.record(manager, {
        action: 'second_factor_reset',
        entityType: 'user',
        entityId: id,
        changes: { secondFactor: { before: 'totp', after: null }, reason: { before: null, after: dto.reason.trim() } },
      });
      await manager.query(`UPDATE user_session SET revoked_at = now(), revoked_reason = 'second_factor_reset' WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      return toUserDto(saved);
    });
  }
}
