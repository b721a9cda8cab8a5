import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import type { AuthConfig } from '../../config/app-config';
import { enforce } from '../../common/access';
import { AuditService } from '../audit/audit.service';
import { AUTH_CONFIG } from '../auth/auth-config';
import { checkPassword, hashPassword } from '../auth/passwords';
import { randomSecret, sha256Hex } from '../auth/secrets';
import { checkAccountScope, scopeOf } from './account-scope.check';
import type { InvitationAcceptDto, InvitationAcceptedDto, InvitationCreateDto, InvitationCreatedDto, InvitationDto, InvitationPreviewDto } from './dto/user.dto';
import { InvitationEntity } from './invitation.entity';
import { UserEntity } from './user.entity';

function toDto(i: InvitationEntity): InvitationDto {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    stateIso3: i.stateIso3,
    organisationId: i.organisationId,
    institutionIds: i.institutionIds,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  };
}

const NOT_FOUND = 'Invitation not found, expired, revoked or already used';

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('invitations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  async create(actor: Actor, dto: InvitationCreateDto): Promise<InvitationCreatedDto> {
    enforce(requirePermission(actor, 'users:manage'), 'Not found');
    const inviter = actor.kind === 'user' ? actor.userId : '';
    const email = dto.email.trim().toLowerCase();
    const token = randomSecret();
    const created = await this.dataSource.transaction(async (manager) => {
      const scope = scopeOf(dto);
      await checkAccountScope(manager, scope);
      if (await manager.getRepository(UserEntity).existsBy({ email })) throw new ConflictException(`An account with the address ${email} already exists`);
      const repo = manager.getRepository(InvitationEntity);
      const saved = await repo.save(
        repo.create({
          id: randomUUID(),
          tokenHash: sha256Hex(token),
          email,
          role: scope.role,
          stateIso3: scope.stateIso3,
          organisationId: scope.organisationId,
          institutionIds: [...scope.institutionIds],
          invitedBy: inviter,
          expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3_600_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        action: 'invite',
        entityType: 'invitation',
        entityId: saved.id,
        changes: { email: { before: null, after: email }, role: { before: null, after: scope.role }, stateIso3: { before: null, after: scope.stateIso3 }, organisationId: { before: null, after: scope.organisationId } },
      });
      return saved;
    });
    // The token travels in the fragment: browsers do not send it to servers or in Referer headers.
    const acceptUrl = `${this.config.publicUrl}/accept-invitation#token=${token}`;
    // No e-mail server is configured: the message is written to the log and shown to the administrator.
    this.logger.log(`Invitation e-mail to ${email}: "You are invited to the Recommendation Follow-up Tracker as ${created.role}. Open ${acceptUrl} before ${created.expiresAt.toISOString()} to choose your password."`);
    return { ...toDto(created), acceptUrl };
  }

  async list(actor: Actor): Promise<InvitationDto[]> {
    enforce(requirePermission(actor, 'users:manage'), 'Not found');
    const open = await this.dataSource.getRepository(InvitationEntity).find({ where: { acceptedAt: IsNull(), revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return open.filter((i) => i.expiresAt.getTime() > Date.now()).map(toDto);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    enforce(requirePermission(actor, 'users:manage'), `Invitation ${id} not found`);
    await this.dataSource.transaction(async (manager) => {
      const updated: unknown[][] = await manager.query(`UPDATE invitation SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL AND accepted_at IS NULL RETURNING id`, [id]);
      if ((updated[0] ?? []).length === 0) throw new NotFoundException(`Invitation ${id} not found`);
      await this.audit.record(manager, { action: 'invitation_revoke', entityType: 'invitation', entityId: id, changes: {} });
    });
  }

  /** What the invitation link is for, so the person sees it before choosing a password. */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const rows: { email: string; role: InvitationPreviewDto['role']; state_name: string | null; organisation_name: string | null; expires_at: Date }[] =
      await this.dataSource.query(
        `SELECT i.email, i.role, s.name AS state_name, o.name AS organisation_name, i.expires_at
         FROM invitation i LEFT JOIN state s ON s.iso3 = i.state_iso3 LEFT JOIN stakeholder o ON o.id = i.organisation_id
         WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
        [sha256Hex(token)],
      );
    const row = rows[0];
    if (!row) throw new NotFoundException(NOT_FOUND);
    return { email: row.email, role: row.role, stateName: row.state_name, organisationName: row.organisation_name, expiresAt: row.expires_at.toISOString() };
  }

  /** Opens the account: the person chooses a name and a password; the invitation is used up. */
  async accept(dto: InvitationAcceptDto): Promise<InvitationAcceptedDto> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(InvitationEntity).findOne({ where: { tokenHash: sha256Hex(dto.token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) throw new NotFoundException(NOT_FOUND);
      checkPassword(dto.password, invitation.email);
      if (await manager.getRepository(UserEntity).existsBy({ email: invitation.email })) {
        throw new ConflictException(`An account with the address ${invitation.email} already exists`);
      }
      const userId = randomUUID();
      await manager.getRepository(UserEntity).insert({
        id: userId,
        email: invitation.email,
        displayName: dto.displayName.trim(),
        passwordHash: await hashPassword(dto.password),
        role: invitation.role,
        stateIso3: invitation.stateIso3,
        organisationId: invitation.organisationId,
        institutionIds: invitation.institutionIds,
        totpSecret: null,
        pendingTotpSecret: null,
        totpLastStep: null,
        lastLoginAt: null,
        deactivatedAt: null,
      });
      await manager.query(`UPDATE invitation SET accepted_at = now() WHERE id = $1`, [invitation.id]);
      await this.audit.record(manager, { actor: userId, action: 'invitation_accept', entityType: 'invitation', entityId: invitation.id, changes: { user: { before: null, after: userId } } });
      await this.audit.record(manager, {
        actor: userId,
        action: 'create',
        entityType: 'user',
        entityId: userId,
        changes: { email: { before: null, after: invitation.email }, role: { before: null, after: invitation.role }, invitation: { before: null, after: invitation.id } },
      });
      return { email: invitation.email };
    });
  }
}
