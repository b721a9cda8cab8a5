import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { AuditService, diffFields } from '../audit/audit.service';
import type { StateCreateDto, StateUpdateDto } from './dto/state-create.dto';
import type { StateDto } from './dto/state-response.dto';
import { StateEntity } from './state.entity';

const REGISTRY_WRITERS_ONLY = 'Only OHCHR officers and administrators change the registry.';
const FIELDS = ['iso2', 'm49', 'name', 'unMember', 'observer', 'regionalGroup', 'm49Region', 'm49SubRegion', 'ldc', 'lldc', 'sids'] as const;

function toDto(s: StateEntity): StateDto {
  return {
    iso3: s.iso3,
    iso2: s.iso2,
    m49: s.m49,
    name: s.name,
    unMember: s.unMember,
    observer: s.observer,
    regionalGroup: s.regionalGroup,
    m49Region: s.m49Region,
    m49SubRegion: s.m49SubRegion,
    ldc: s.ldc,
    lldc: s.lldc,
    sids: s.sids,
  };
}

@Injectable()
export class StatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<StateDto[]> {
    const states = await this.dataSource.getRepository(StateEntity).find({ order: { name: 'ASC' } });
    return states.map(toDto);
  }

  async get(iso3: string): Promise<StateDto> {
    const state = await this.dataSource.getRepository(StateEntity).findOneBy({ iso3: iso3.toUpperCase() });
    if (!state) throw new NotFoundException(`State ${iso3} not found`);
    return toDto(state);
  }

  async create(actor: Actor, dto: StateCreateDto): Promise<StateDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(StateEntity);
      if (await repo.existsBy({ iso3: dto.iso3 })) throw new ConflictException(`State ${dto.iso3} already exists`);
      const saved = await repo.save(repo.create({ ...dto, regionalGroup: dto.regionalGroup ?? null }));
      await this.audit.record(manager, { action: 'create', entityType: 'state', entityId: saved.iso3, changes: diffFields<StateDto>({}, toDto(saved), FIELDS) });
      return toDto(saved);
    });
  }

  async update(actor: Actor, iso3: string, dto: StateUpdateDto): Promise<StateDto> {
    enforce(requirePermission(actor, 'registry:write'), `State ${iso3} not found`, REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(StateEntity);
      const state = await repo.findOne({ where: { iso3: iso3.toUpperCase() }, lock: { mode: 'pessimistic_write' } });
      if (!state) throw new NotFoundException(`State ${iso3} not found`);
      const before = toDto(state);
      const saved = await repo.save(repo.merge(state, dto));
      await this.audit.record(manager, { action: 'update', entityType: 'state', entityId: saved.iso3, changes: diffFields<StateDto>(before, toDto(saved), FIELDS) });
      return toDto(saved);
    });
  }
}
