import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requirePermission, type Actor, type DeadlineKind, type ImplementationStatus, type MechanismKind, type StakeholderRole } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { filterConditions, SqlParams } from '../recommendations/recommendation-filter.sql';
import type { AssignmentCreateDto, AssignmentResultDto, WorklistDto, WorklistQueryDto } from './dto/worklist.dto';

/** Recommendations one bulk assignment may touch; a larger selection must be narrowed. */
export const ASSIGNMENT_LIMIT = 10_000;

interface WorklistRow {
  recommendation_id: number;
  stakeholder_id: number;
  role: StakeholderRole;
  state_iso3: string;
  state_name: string;
  mechanism: MechanismKind;
  body_code: string;
  document_symbol: string | null;
  paragraph: string | null;
  text: string;
  language: string;
  current_status: ImplementationStatus;
  kind: DeadlineKind | null;
  due_on: string | null;
  overdue: boolean | null;
  days_late: number | null;
}

/**
 * Stakeholders in follow-up: lead and partner institutions and monitoring organisations assigned
 * to recommendations in bulk by filter, and each stakeholder's worklist (its recommendations, the
 * next deadline of each, overdue first).
 */
@Injectable()
export class WorklistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  async assign(actor: Actor, stakeholderId: number, dto: AssignmentCreateDto): Promise<AssignmentResultDto> {
    enforce(requirePermission(actor, 'registry:write'), `Stakeholder ${stakeholderId} not found`, 'Only OHCHR officers and administrators assign stakeholders.');
    return this.dataSource.transaction(async (manager) => {
      const found: unknown[] = await manager.query(`SELECT 1 FROM stakeholder WHERE id = $1 AND archived_at IS NULL FOR SHARE`, [stakeholderId]);
      if (found.length === 0) throw new NotFoundException(`Stakeholder ${stakeholderId} not found`);
      const params = new SqlParams();
      const where = filterConditions(dto.filter, params).join(' AND ');
      const selected: { id: number; assigned: boolean }[] = await manager.query(
        `SELECT r.id, EXISTS (SELECT 1 FROM recommendation_stakeholder l WHERE l.recommendation_id = r.id AND l.stakeholder_id = ${params.add(stakeholderId)} AND l.role = ${params.add(dto.role)}) AS assigned
         FROM recommendation r WHERE ${where} ORDER BY r.id LIMIT ${ASSIGNMENT_LIMIT + 1}`,
        params.values,
      );
      if (selected.length > ASSIGNMENT_LIMIT) throw badRequest([{ field: 'filter', reason: `selects more than ${ASSIGNMENT_LIMIT} recommendations; narrow it` }]);
      const fresh = selected.filter((s) => !s.assigned).map((s) => s.id);
      const result = { matched: selected.length, assigned: dto.dryRun ? 0 : fresh.length, alreadyAssigned: selected.length - fresh.length };
      if (dto.dryRun || fresh.length === 0) return result;
      await manager.query(
        `INSERT INTO recommendation_stakeholder (recommendation_id, stakeholder_id, role) SELECT unnest($1::int[]), $2, $3 ON CONFLICT DO NOTHING`,
        [fresh, stakeholderId, dto.role],
      );
      await this.audit.record(manager, {
        action: 'link',
        entityType: 'stakeholder',
        entityId: stakeholderId,
        changes: { role: { before: null, after: dto.role }, recommendations: { before: null, after: fresh }, filter: { before: null, after: dto.filter } },
      });
      return result;
    });
  }

  /** The worklist of one stakeholder: public, like the stakeholder and its links. */
  async forStakeholder(stakeholderId: number, query: WorklistQueryDto): Promise<WorklistDto> {
    const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM stakeholder WHERE id = $1 AND archived_at IS NULL`, [stakeholderId]);
    if (found.length === 0) throw new NotFoundException(`Stakeholder ${stakeholderId} not found`);
    return this.worklist([stakeholderId], query);
  }

  /** The caller's own worklist: its organisation's (monitors) or its institutions' (focal points). */
  async mine(actor: Actor, query: WorklistQueryDto): Promise<WorklistDto> {
    if (actor.kind === 'anonymous') enforce('unauthenticated', 'Not found');
    const ids = actor.kind === 'user' ? [...(actor.organisationId !== null ? [actor.organisationId] : []), ...actor.institutionIds] : [];
    return this.worklist(ids, query);
  }

  private async worklist(stakeholderIds: number[], query: WorklistQueryDto): Promise<WorklistDto> {
    await this.deadlines.ensureFresh();
    const today = this.clock.today();
    const where = `l.stakeholder_id = ANY($1::int[]) AND r.archived_at IS NULL AND ($2::text IS NULL OR l.role = $2::text) AND ($3::bool IS NOT TRUE OR nd.overdue_from <= $4::date)`;
    const from = `FROM recommendation_stakeholder l JOIN recommendation r ON r.id = l.recommendation_id JOIN state s ON s.iso3 = r.state_iso3
      LEFT JOIN LATERAL (
        SELECT d.kind, d.due_on, d.overdue_from FROM recommendation_deadline d
        WHERE d.recommendation_id = r.id AND d.archived_at IS NULL AND d.overdue_from IS NOT NULL AND (d.met_on IS NULL OR d.met_on > $4::date)
        ORDER BY d.due_on LIMIT 1
      ) nd ON true`;
    const params = [stakeholderIds, query.role ?? null, query.overdue ?? null, today];
    const rows: WorklistRow[] = await this.dataSource.query(
      `SELECT l.recommendation_id, l.stakeholder_id, l.role, trim(r.state_iso3) AS state_iso3, s.name AS state_name, r.mechanism, r.body_code, r.document_symbol,
              r.paragraph, r.text, r.language, r.current_status, nd.kind, to_char(nd.due_on, 'YYYY-MM-DD') AS due_on, nd.overdue_from <= $4::date AS overdue,
              CASE WHEN nd.overdue_from <= $4::date THEN $4::date - nd.due_on END AS days_late
       ${from} WHERE ${where}
       ORDER BY (nd.overdue_from <= $4::date) DESC NULLS LAST, nd.due_on NULLS LAST, r.id, l.role LIMIT $5 OFFSET $6`,
      [...params, query.limit ?? 50, query.offset ?? 0],
    );
    const count: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n ${from} WHERE ${where}`, params);
    return {
      asOf: today,
      stakeholderIds,
      total: count[0]?.n ?? 0,
      items: rows.map((r) => ({
        recommendationId: r.recommendation_id,
        stakeholderId: r.stakeholder_id,
        role: r.role,
        stateIso3: r.state_iso3,
        stateName: r.state_name,
        mechanism: r.mechanism,
        body: r.body_code,
        documentSymbol: r.document_symbol,
        paragraph: r.paragraph,
        text: r.text,
        language: r.language,
        status: r.current_status,
        nextDeadline: r.kind,
        nextDueOn: r.due_on,
        overdue: r.overdue === true,
        daysLate: r.days_late,
      })),
    };
  }
}
