import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { cooperationAccess, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { RecordProblems, type CooperationKind } from './cooperation-kinds';
import type { CooperationListQueryDto, CooperationRecordFieldsDto } from './dto/cooperation-create.dto';
import type { CooperationRecordBase } from './entities/cooperation-record.base';
import { validateDto } from './validate-dto';

export const OHCHR_ONLY = 'Cooperation records and flags are for OHCHR officers and administrators.';
const LIST_LIMIT = 5000;

type AnyKind = CooperationKind;

/** The answer for one record: its input fields, derived fields, id, version. */
export function recordDto(kind: AnyKind, entity: CooperationRecordBase): object {
  return { id: entity.id, version: entity.version, updatedAt: entity.updatedAt.toISOString(), ...kind.toInput(entity), ...kind.extras(entity) };
}

/** Columns from validated input, or a 400 naming the fields. */
export function columnsOf(kind: AnyKind, input: CooperationRecordFieldsDto): ReturnType<AnyKind['toColumns']> {
  try {
    return kind.toColumns(input);
  } catch (error) {
    if (error instanceof RecordProblems) throw badRequest(error.problems);
    throw error;
  }
}

/**
 * Create, read, update and archive cooperation records of every kind. Records are OHCHR's working
 * material (read and written by OHCHR officers and administrators); every change writes its audit
 * row in the same transaction.
 */
@Injectable()
export class CooperationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(kind: AnyKind, actor: Actor, query: CooperationListQueryDto): Promise<object[]> {
    enforce(cooperationAccess(actor), 'Not found', OHCHR_ONLY);
    const where = { archivedAt: IsNull(), ...(query.state ? { stateIso3: query.state } : {}) } as FindOptionsWhere<CooperationRecordBase>;
    const rows = await this.dataSource.getRepository(kind.entity).find({ where, order: kind.order, take: LIST_LIMIT });
    return rows.map((r) => recordDto(kind, r));
  }

  async get(kind: AnyKind, actor: Actor, id: number): Promise<object> {
    enforce(cooperationAccess(actor), notFound(kind, id), OHCHR_ONLY);
    return recordDto(kind, await this.find(this.dataSource.manager, kind, id));
  }

  async create(kind: AnyKind, actor: Actor, body: unknown): Promise<object> {
    enforce(cooperationAccess(actor), 'Not found', OHCHR_ONLY);
    const input = await validateDto(kind.createDto, body);
    const columns = columnsOf(kind, input);
    return this.dataSource.transaction(async (manager) => {
      await this.checkState(manager, input.stateIso3);
      await this.checkUnique(manager, kind, input, null);
      const repo = manager.getRepository(kind.entity);
      const saved = await repo.save(repo.create({ ...columns, archivedAt: null }));
      await this.audit.record(manager, { action: 'create', entityType: kind.kind, entityId: saved.id, changes: changesOf({}, snapshot(kind, saved)) });
      return recordDto(kind, saved);
    });
  }

  async update(kind: AnyKind, actor: Actor, id: number, body: unknown): Promise<object> {
    enforce(cooperationAccess(actor), notFound(kind, id), OHCHR_ONLY);
    const patch = (await validateDto(kind.updateDto, body)) as Record<string, unknown> & { version: number };
    return this.dataSource.transaction(async (manager) => {
      const record = await this.find(manager, kind, id, true);
      if (record.version !== patch.version) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `Record ${id} was changed by someone else; reload and apply your change again.`, current: recordDto(kind, record) });
      }
      const before = kind.toInput(record);
      const { version: _version, ...changes } = patch;
      const input = await validateDto(kind.createDto, { ...before, ...changes });
      const columns = columnsOf(kind, input);
      await this.checkState(manager, input.stateIso3);
      await this.checkUnique(manager, kind, input, id);
      const repo = manager.getRepository(kind.entity);
      const saved = await repo.save(repo.merge(record, columns));
      await this.audit.record(manager, { action: 'update', entityType: kind.kind, entityId: id, changes: changesOf({ ...before }, snapshot(kind, saved)) });
      return recordDto(kind, saved);
    });
  }

  /** Archives the record: flags that cite it keep their link, the sweep no longer reads it. */
  async archive(kind: AnyKind, actor: Actor, id: number): Promise<void> {
    enforce(cooperationAccess(actor), notFound(kind, id), OHCHR_ONLY);
    await this.dataSource.transaction(async (manager) => {
      const record = await this.find(manager, kind, id, true);
      record.archivedAt = new Date();
      await manager.getRepository(kind.entity).save(record);
      await this.audit.record(manager, { action: 'archive', entityType: kind.kind, entityId: id, changes: { archivedAt: { before: null, after: record.archivedAt.toISOString() } } });
    });
  }

  private async find(manager: EntityManager, kind: AnyKind, id: number, lock = false): Promise<CooperationRecordBase> {
    const record = await manager.getRepository(kind.entity).findOne({
      where: { id } as FindOptionsWhere<CooperationRecordBase>,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!record || record.archivedAt) throw new NotFoundException(notFound(kind, id));
    return record;
  }

  private async checkState(manager: EntityManager, iso3: string): Promise<void> {
    const found: unknown[] = await manager.query(`SELECT 1 FROM state WHERE iso3 = $1`, [iso3]);
    if (found.length === 0) throw badRequest([{ field: 'stateIso3', reason: `unknown State ${iso3}` }]);
  }

  /** 409 naming the key fields when another live record has the same natural key. */
  private async checkUnique(manager: EntityManager, kind: AnyKind, input: CooperationRecordFieldsDto, selfId: number | null): Promise<void> {
    const key = kind.naturalKey(input);
    const same = await manager.getRepository(kind.entity).find({ where: { stateIso3: input.stateIso3, archivedAt: IsNull() } as FindOptionsWhere<CooperationRecordBase> });
    const other = same.find((r) => r.id !== selfId && kind.naturalKey(kind.toInput(r)) === key);
    if (other) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `A record with the same ${kind.keyFields.join(', ')} exists already (id ${other.id}).`,
        errors: kind.keyFields.map((field) => ({ field, reason: `same as record ${other.id}` })),
      });
    }
  }
}

function notFound(kind: AnyKind, id: number): string {
  return `${kind.one} ${id} not found`;
}

/** The record's input fields, as the audit compares them. */
export function snapshot(kind: AnyKind, record: CooperationRecordBase): Record<string, unknown> {
  return { ...kind.toInput(record) };
}

export function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): ReturnType<typeof diffFields> {
  return diffFields(before, after, Object.keys(after));
}
