import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { badRequest } from '../../common/validation';
import { AuditService, type AuditAction } from './audit.service';
import type { AuditEntryDto, AuditPageDto, AuditQueryDto } from './dto/audit.dto';

const DEFAULT_LIMIT = 50;

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor: string;
  actor_name: string | null;
  action: AuditAction;
  entity_type: string;
  entity_id: string;
  changes: Record<string, unknown>;
  request_id: string | null;
}

/**
 * Search over the audit log for OHCHR and administrators, newest first, keyset paged.
 * Audit rows can name who filed a confidential assessment, so every search is itself audited.
 */
@Injectable()
export class AuditSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async search(actor: Actor, query: AuditQueryDto): Promise<AuditPageDto> {
    enforce(requirePermission(actor, 'audit:read'), 'Not found');
    if (query.entityType !== undefined && !/^[a-z_]{1,64}$/.test(query.entityType)) {
      throw badRequest([{ field: 'entityType', reason: 'must be a lower-case entity type such as recommendation' }]);
    }
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) throw badRequest([{ field: 'to', reason: 'must be after from' }]);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const afterId = query.cursor ? decodeCursor(query.cursor) : null;
    return this.dataSource.transaction(async (manager) => {
      const rows: AuditRow[] = await manager.query(
        `SELECT l.id, l.occurred_at, l.actor, u.display_name AS actor_name, l.action, l.entity_type, l.entity_id, l.changes, l.request_id
         FROM audit_log l LEFT JOIN user_account u ON u.id::text = l.actor
         WHERE ($1::text IS NULL OR l.entity_type = $1) AND ($2::text IS NULL OR l.entity_id = $2) AND ($3::text IS NULL OR l.actor = $3)
           AND ($4::text IS NULL OR l.action = $4) AND ($5::timestamptz IS NULL OR l.occurred_at >= $5) AND ($6::timestamptz IS NULL OR l.occurred_at < $6)
           AND ($7::bigint IS NULL OR l.id < $7)
         ORDER BY l.id DESC LIMIT $8`,
        [query.entityType ?? null, query.entityId ?? null, query.actor ?? null, query.action ?? null, query.from ?? null, query.to ?? null, afterId, limit + 1],
      );
      await this.audit.record(manager, {
        action: 'audit_search',
        entityType: 'audit_log',
        entityId: query.entityType && query.entityId ? `${query.entityType}:${query.entityId}` : 'search',
        changes: { query: { before: null, after: { ...query, cursor: undefined } } },
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map(toEntry), nextCursor: rows.length > limit && last ? encodeCursor(Number(last.id)) : null };
    });
  }
}

function toEntry(r: AuditRow): AuditEntryDto {
  return {
    id: Number(r.id),
    occurredAt: r.occurred_at.toISOString(),
    actor: r.actor,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    changes: r.changes,
    requestId: r.request_id,
  };
}
