import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import type { StakeholderCreateDto, StakeholderLinkDto, StakeholderListQueryDto, StakeholderUpdateDto } from './dto/stakeholder-create.dto';
import type { StakeholderDetailDto, StakeholderDto } from './dto/stakeholder-response.dto';
import { StakeholderEntity } from './stakeholder.entity';

const REGISTRY_WRITERS_ONLY = 'Only OHCHR officers and administrators change the registry.';
const FIELDS = ['name', 'acronym', 'kind', 'stateIso3', 'website'] as const;

function toDto(s: StakeholderEntity): StakeholderDto {
  return { id: s.id, name: s.name, acronym: s.acronym, kind: s.kind, stateIso3: s.stateIso3, website: s.website, version: s.version };
}

@Injectable()
export class StakeholdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: StakeholderListQueryDto): Promise<StakeholderDto[]> {
    const qb = this.dataSource.getRepository(StakeholderEntity).createQueryBuilder('s').where('s.archived_at IS NULL');
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.state) qb.andWhere('s.state_iso3 = :state', { state: query.state });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('s.name ILIKE :like', { like }).orWhere('s.acronym ILIKE :like', { like })));
    }
    const rows = await qb.orderBy('s.name', 'ASC').limit(1000).getMany();
    return rows.map(toDto);
  }

  async get(id: number): Promise<StakeholderDetailDto> {
    const stakeholder = await this.find(this.dataSource.manager, id);
    const recommendations: { recommendation_id: number; role: StakeholderDetailDto['recommendations'][number]['role']; state_iso3: string; body_code: string; text: string; language: string; current_status: string }[] =
      await this.dataSource.query(
        `SELECT l.recommendation_id, l.role, r.state_iso3, r.body_code, r.text, r.language, r.current_status
         FROM recommendation_stakeholder l JOIN recommendation r ON r.id = l.recommendation_id
         WHERE l.stakeholder_id = $1 AND r.archived_at IS NULL ORDER BY r.id DESC LIMIT 1000`,
        [id],
      );
    return {
      ...toDto(stakeholder),
      recommendations: recommendations.map((r) => ({
        recommendationId: r.recommendation_id,
        role: r.role,
        stateIso3: r.state_iso3,
        body: r.body_code,
        text: r.text,
        language: r.language,
        status: r.current_status,
      })),
    };
  }

  async create(actor: Actor, dto: StakeholderCreateDto): Promise<StakeholderDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      await this.checkState(manager, dto.stateIso3);
      const repo = manager.getRepository(StakeholderEntity);
      const saved = await repo.save(
        repo.create({ name: dto.name.trim(), acronym: dto.acronym ?? null, kind: dto.kind, stateIso3: dto.stateIso3 ?? null, website: dto.website ?? null, archivedAt: null }),
      );
      await this.audit.record(manager, { action: 'create', entityType: 'stakeholder', entityId: saved.id, changes: diffFields<StakeholderDto>({}, toDto(saved), FIELDS) });
      return toDto(saved);
    });
  }

  async update(actor: Actor, id: number, dto: StakeholderUpdateDto): Promise<StakeholderDto> {
    enforce(requirePermission(actor, 'registry:write'), `Stakeholder ${id} not found`, REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const stakeholder = await this.find(manager, id, true);
      if (stakeholder.version !== dto.version) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `Stakeholder ${id} was changed by someone else; reload and apply your change again.`, current: toDto(stakeholder) });
      }
      await this.checkState(manager, dto.stateIso3);
      const before = toDto(stakeholder);
      const { version: _version, ...changes } = dto;
      const saved = await manager.getRepository(StakeholderEntity).save(manager.getRepository(StakeholderEntity).merge(stakeholder, changes));
      await this.audit.record(manager, { action: 'update', entityType: 'stakeholder', entityId: id, changes: diffFields<StakeholderDto>(before, toDto(saved), FIELDS) });
      return toDto(saved);
    });
  }

  async link(actor: Actor, id: number, recommendationId: number, dto: StakeholderLinkDto): Promise<StakeholderDetailDto> {
    enforce(requirePermission(actor, 'registry:write'), `Stakeholder ${id} not found`, REGISTRY_WRITERS_ONLY);
    await this.dataSource.transaction(async (manager) => {
      await this.find(manager, id);
      const exists: unknown[] = await manager.query(`SELECT 1 FROM recommendation WHERE id = $1 AND archived_at IS NULL`, [recommendationId]);
      if (exists.length === 0) throw new NotFoundException(`Recommendation ${recommendationId} not found`);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO recommendation_stakeholder (recommendation_id, stakeholder_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
        [recommendationId, id, dto.role],
      );
      if (inserted.length > 0) {
        await this.audit.record(manager, { action: 'link', entityType: 'recommendation', entityId: recommendationId, changes: { stakeholder: { before: null, after: { id, role: dto.role } } } });
      }
    });
    return this.get(id);
  }

  private async find(manager: EntityManager, id: number, lock = false): Promise<StakeholderEntity> {
    const stakeholder = await manager.getRepository(StakeholderEntity).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!stakeholder || stakeholder.archivedAt) throw new NotFoundException(`Stakeholder ${id} not found`);
    return stakeholder;
  }

  private async checkState(manager: EntityManager, iso3: string | null | undefined): Promise<void> {
    if (!iso3) return;
    const found: unknown[] = await manager.query(`SELECT 1 FROM state WHERE iso3 = $1`, [iso3]);
    if (found.length === 0) throw badRequest([{ field: 'stateIso3', reason: `unknown code(s): ${iso3}` }]);
  }
}
