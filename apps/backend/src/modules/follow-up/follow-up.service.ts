import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ASSERTING_PARTIES,
  claimVisible,
  disagreements,
  gradeMeaning,
  parseGrade,
  requirePermission,
  statusAsOf,
  type Actor,
  type AssertingParty,
  type FollowUpGrade,
  type GradeScale,
  type ImplementationStatus,
  type StatusEvent,
  type StatusEventSource,
  type UserActor,
} from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { DeadlinesService } from '../deadlines/deadlines.service';
import type { GradeCreateDto, GradeDto, PartyClaimDto, StatusOverviewDto } from './dto/follow-up.dto';

interface ClaimRow {
  id: string;
  party: AssertingParty;
  status: ImplementationStatus;
  effective_on: string;
  recorded_at: Date;
  source: StatusEventSource;
  source_id: string | null;
  public: boolean;
  /** Owner facts for the policy; never put in a response. */
  owner_organisation_id: number | null;
  owner_state_iso3: string | null;
}

interface GradeRow {
  id: number;
  scale: GradeScale;
  grade: string;
  assessed_on: string;
  source_document: string | null;
}

function claimDto(row: ClaimRow): PartyClaimDto {
  return {
    id: row.id,
    party: row.party,
    status: row.status,
    effectiveOn: row.effective_on,
    recordedAt: row.recorded_at.toISOString(),
    source: row.source,
    sourceId: row.source_id,
    public: row.public,
  };
}

/**
 * The status of a recommendation per asserting party as of any date, where independent assessments
 * disagree with the State (`statusAsOf`, `disagreements`), and treaty-body grades. Claims the caller
 * may not see (`claimVisible`: confidential or unpublished ones of others) are left out before
 * anything is computed, so they are neither shown nor counted.
 */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  async status(actor: Actor, id: number, asOf: string | undefined): Promise<StatusOverviewDto> {
    await this.checkRecommendation(id);
    const date = asOf ?? this.clock.today();
    const rows: ClaimRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.party, e.status, to_char(e.effective_on, 'YYYY-MM-DD') AS effective_on, e.recorded_at, e.source, e.source_id, e.public,
              s.organisation_id AS owner_organisation_id, trim(coalesce(s.state_iso3, ir.state_iso3)) AS owner_state_iso3
       FROM status_event e
       LEFT JOIN assessment_source s ON e.source = 'assessment' AND s.assessment_id::text = e.source_id
       LEFT JOIN implementation_report ir ON e.source = 'state_report' AND ir.id::text = e.source_id
       WHERE e.recommendation_id = $1 ORDER BY e.effective_on, e.recorded_at, e.id`,
      [id],
    );
    const visible = rows.filter((r) =>
      claimVisible(actor, { public: r.public, ownerOrganisationId: r.owner_organisation_id, ownerStateIso3: r.owner_state_iso3 }),
    );
    const events: StatusEvent[] = visible.map((r) => ({ id: r.id, party: r.party, status: r.status, effectiveOn: r.effective_on, recordedAt: r.recorded_at.toISOString(), source: r.source }));
    const byParty = statusAsOf(events, date);
    const byId = new Map(visible.map((r) => [r.id, r]));
    const parties = ASSERTING_PARTIES.flatMap((party) => {
      const event = byParty[party];
      const row = event === undefined ? undefined : byId.get(event.id);
      return row === undefined ? [] : [claimDto(row)];
    });
    const summary = disagreements(byParty);
    return {
      recommendationId: id,
      asOf: date,
      parties,
      disagreement: { stateStatus: summary.stateStatus, disagree: summary.disagree, maxGap: summary.maxGap, items: summary.items.map((i) => ({ ...i })) },
      timeline: visible.map(claimDto),
      grades: await this.grades(id),
    };
  }

  async addGrade(actor: Actor, id: number, dto: GradeCreateDto): Promise<GradeDto> {
    enforce(requirePermission(actor, 'registry:write'), `Recommendation ${id} not found`, 'Only OHCHR officers record treaty-body grades.');
    const grade: FollowUpGrade | undefined = parseGrade(dto.scale, dto.grade);
    if (grade === undefined) throw badRequest([{ field: 'grade', reason: `"${dto.grade}" is not a grade of the ${dto.scale} scale` }]);
    return this.dataSource.transaction(async (manager) => {
      const found: { mechanism: string }[] = await manager.query(`SELECT mechanism FROM recommendation WHERE id = $1 AND archived_at IS NULL`, [id]);
      const recommendation = found[0];
      if (!recommendation) throw new NotFoundException(`Recommendation ${id} not found`);
      if (recommendation.mechanism !== 'treaty_body') throw badRequest([{ field: 'scale', reason: 'follow-up grades apply only to treaty-body recommendations' }]);
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO recommendation_grade (recommendation_id, scale, grade, assessed_on, source_document, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [id, grade.scale, grade.grade, dto.assessedOn, dto.sourceDocument?.trim() || null, (actor as UserActor).userId],
      );
      const gradeId = inserted[0]?.id;
      if (gradeId === undefined) throw new Error('INSERT INTO recommendation_grade returned no id');
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'recommendation_grade',
        entityId: gradeId,
        changes: { recommendationId: { before: null, after: id }, scale: { before: null, after: grade.scale }, grade: { before: null, after: grade.grade }, assessedOn: { before: null, after: dto.assessedOn } },
      });
      // A graded follow-up report (any grade but D) meets the follow-up deadline.
      await this.deadlines.recompute(manager, [id]);
      return { id: gradeId, scale: grade.scale, grade: grade.grade, meaning: gradeMeaning(grade), assessedOn: dto.assessedOn, sourceDocument: dto.sourceDocument?.trim() || null };
    });
  }

  private async grades(id: number): Promise<GradeDto[]> {
    const rows: GradeRow[] = await this.dataSource.query(
      `SELECT id, scale, grade, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on, source_document FROM recommendation_grade
       WHERE recommendation_id = $1 AND archived_at IS NULL ORDER BY assessed_on, id`,
      [id],
    );
    return rows.flatMap((r) => {
      const grade = parseGrade(r.scale, r.grade);
      return grade === undefined ? [] : [{ id: r.id, scale: r.scale, grade: r.grade, meaning: gradeMeaning(grade), assessedOn: r.assessed_on, sourceDocument: r.source_document }];
    });
  }

  private async checkRecommendation(id: number): Promise<void> {
    const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM recommendation WHERE id = $1 AND archived_at IS NULL`, [id]);
    if (found.length === 0) throw new NotFoundException(`Recommendation ${id} not found`);
  }
}
