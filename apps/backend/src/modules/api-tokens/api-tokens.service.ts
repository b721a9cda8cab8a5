import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { ROLE_PERMISSIONS, type Actor, type Permission } from '@tracker/domain';
import { badRequest } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { interactiveUser } from '../auth/interactive-user';
import { randomSecret, sha256Hex } from '../auth/secrets';
import { ApiTokenEntity } from './api-token.entity';
import type { ApiTokenCreatedDto, ApiTokenCreateDto, ApiTokenDto } from './dto/api-token.dto';

const TOKEN_PREFIX = 'trk_';

function toDto(t: ApiTokenEntity): ApiTokenDto {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}

/** API tokens for machine clients: created, listed and revoked by their owner in a signed-in session. */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<ApiTokenDto[]> {
    const user = interactiveUser(actor);
    const tokens = await this.dataSource.getRepository(ApiTokenEntity).find({ where: { userId: user.userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return tokens.filter((t) => t.expiresAt === null || t.expiresAt.getTime() > Date.now()).map(toDto);
  }

  async create(actor: Actor, dto: ApiTokenCreateDto): Promise<ApiTokenCreatedDto> {
    const user = interactiveUser(actor);
    const beyondRole = dto.scopes.filter((s) => !ROLE_PERMISSIONS[user.role].includes(s as Permission));
    if (beyondRole.length > 0) throw badRequest([{ field: 'scopes', reason: `exceed your role's permissions: ${beyondRole.join(', ')}` }]);
    const token = `${TOKEN_PREFIX}${randomSecret()}`;
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ApiTokenEntity);
      const saved = await repo.save(
        repo.create({
          id: randomUUID(),
          userId: user.userId,
          name: dto.name.trim(),
          tokenHash: sha256Hex(token),
          prefix: token.slice(0, 10),
          scopes: dto.scopes,
          expiresAt: dto.expiresInDays ? new Date(Date.now() + dto.expiresInDays * 86_400_000) : null,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        action: 'token_create',
        entityType: 'api_token',
        entityId: saved.id,
        changes: { name: { before: null, after: saved.name }, scopes: { before: null, after: saved.scopes }, expiresAt: { before: null, after: saved.expiresAt?.toISOString() ?? null } },
      });
      return { ...toDto(saved), token };
    });
  }

  /** Revokes one of the caller's tokens; another person's token is answered as not found. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const user = interactiveUser(actor);
    await this.dataSource.transaction(async (manager) => {
      const updated: unknown[][] = await manager.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`, [id, user.userId]);
      if ((updated[0] ?? []).length === 0) throw new NotFoundException(`API token ${id} not found`);
      await this.audit.record(manager, { action: 'token_revoke', entityType: 'api_token', entityId: id, changes: { revokedAt: { before: null, after: new Date().toISOString() } } });
    });
  }
}
