import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assessmentCreateDecision,
  assessmentEditDecision,
  assessmentPublishDecision,
  assessmentReadDecision,
  assessmentSourceDecision,
  assessmentVisibility,
  mayListSources,
  partyOfOrganisation,
  type Actor,
  type AssertingParty,
  type StakeholderKind,
} from '@tracker/domain';
import { enforce } from '../../common/access';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { AuditService, diffFields } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { StatusEventsService } from '../status-events/status-events.service';
import { AssessmentsRepository, factsOf, type AssessmentRow } from './assessments.repository';
import type {
  AssessmentCreateDto,
  AssessmentDto,
  AssessmentExportQueryDto,
  AssessmentListQueryDto,
  AssessmentPageDto,
  AssessmentSourceDto,
  AssessmentUpdateDto,
} from './dto/assessment.dto';

const DEFAULT_LIMIT = 50;
const AUDITED = ['status', 'narrative', 'confidential'] as const;

/** The same answer for an assessment that does not exist and one the caller may not know about. */
const notFound = (id: number): string => `Assessment ${id} not found`;

function toDto(actor: Actor, row: AssessmentRow): AssessmentDto {
  const facts = factsOf(row);
  return {
    id: row.id,
    recommendationId: row.recommendation_id,
    stateIso3: row.state_iso3,
    origin: row.origin,
    status: row.status,
    narrative: row.narrative,
    confidential: row.confidential,
    publishedAt: row.published_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    actions: {
      edit: assessmentEditDecision(actor, facts) === 'allow',
      publish: assessmentPublishDecision(actor, facts) === 'allow' && row.published_at === null,
      readSource: assessmentSourceDecision(actor, facts) === 'allow',
    },
  };
}

export interface CsvExport {
  readonly filename: string;
  readonly body: string;
}

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AssessmentsRepository,
    private readonly audit: AuditService,
    private readonly statusEvents: StatusEventsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: AssessmentListQueryDto): Promise<AssessmentPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const afterId = query.cursor ? decodeCursor(query.cursor) : null;
    const { rows, total } = await this.repository.page(assessmentVisibility(actor), query.recommendationId ?? null, afterId, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map((r) => toDto(actor, r)), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null, total };
  }

  async get(actor: Actor, id: number): Promise<AssessmentDto> {
    const row = await this.repository.findOne(id);
    if (!row) throw new NotFoundException(notFound(id));
    enforce(assessmentReadDecision(actor, factsOf(row)), notFound(id), 'This assessment is not published: only its authors and OHCHR can read it.');
    return toDto(actor, row);
  }

  async create(actor: Actor, dto: AssessmentCreateDto): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const recommendations: { state_iso3: string }[] = await manager.query(`SELECT trim(state_iso3) AS state_iso3 FROM recommendation WHERE id = $1 AND archived_at IS NULL`, [
        dto.recommendationId,
      ]);
      const recommendation = recommendations[0];
      if (!recommendation) throw new NotFoundException(`Recommendation ${dto.recommendationId} not found`);
      const decision = assessmentCreateDecision(actor, recommendation.state_iso3);
      enforce(decision.decision, `Recommendation ${dto.recommendationId} not found`, 'You may file reports only on recommendations addressed to your own State.');
      if (actor.kind !== 'user' || decision.decision !== 'allow') throw new NotFoundException(`Recommendation ${dto.recommendationId} not found`);
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO assessment (recommendation_id, origin, status, narrative, confidential, version) VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
        [dto.recommendationId, decision.origin, dto.status, dto.narrative.trim(), dto.confidential ?? false],
      );
      const id = inserted[0]?.id;
      if (id === undefined) throw new Error('INSERT INTO assessment returned no id');
      const authors: { display_name: string }[] = await manager.query(`SELECT display_name FROM user_account WHERE id = $1`, [actor.userId]);
      await manager.query(
        `INSERT INTO assessment_source (assessment_id, organisation_id, state_iso3, author_user_id, author_name) VALUES ($1, $2, $3, $4, $5)`,
        [id, decision.origin === 'civil_society' ? actor.organisationId : null, decision.origin === 'state' ? actor.stateIso3 : null, actor.userId, authors[0]?.display_name ?? ''],
      );
      // The source is deliberately not in the audit row: reading it must go through the audited source endpoint.
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'assessment',
        entityId: id,
        changes: {
          recommendationId: { before: null, after: dto.recommendationId },
          origin: { before: null, after: decision.origin },
          ...diffFields({}, { status: dto.status, narrative: dto.narrative.trim(), confidential: dto.confidential ?? false }, AUDITED),
        },
      });
      await this.recordClaim(manager, id, this.clock.today());
      return this.reload(actor, id, manager);
    });
  }

  async update(actor: Actor, id: number, dto: AssessmentUpdateDto): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.findOne(id, manager, true);
      if (!row) throw new NotFoundException(notFound(id));
      enforce(assessmentEditDecision(actor, factsOf(row)), notFound(id), 'Only the organisation that filed this assessment may change it, and only before it is published.');
      if (row.version !== dto.version) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `Assessment ${id} was changed by someone else; reload and apply your change again.`, current: toDto(actor, row) });
      }
      const next = { status: dto.status ?? row.status, narrative: dto.narrative?.trim() ?? row.narrative, confidential: dto.confidential ?? row.confidential };
      await manager.query(`UPDATE assessment SET status = $2, narrative = $3, confidential = $4, version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
        next.status,
        next.narrative,
        next.confidential,
      ]);
      await this.audit.record(manager, { action: 'update', entityType: 'assessment', entityId: id, changes: diffFields(row, next, AUDITED) });
      if (next.status !== row.status || next.confidential !== row.confidential) await this.recordClaim(manager, id, this.clock.today());
      return this.reload(actor, id, manager);
    });
  }

  async publish(actor: Actor, id: number): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.findOne(id, manager, true);
      if (!row) throw new NotFoundException(notFound(id));
      enforce(assessmentPublishDecision(actor, factsOf(row)), notFound(id), 'Only OHCHR publishes assessments.');
      if (row.published_at !== null) throw new ConflictException(`Assessment ${id} is already published`);
      await manager.query(`UPDATE assessment SET published_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, { action: 'publish', entityType: 'assessment', entityId: id, changes: { published: { before: false, after: true } } });
      // Published, the claim holds from the day it was filed (or last changed); public unless confidential.
      const filed: { effective_on: string }[] = await manager.query(
        `SELECT to_char(effective_on, 'YYYY-MM-DD') AS effective_on FROM status_event WHERE source = 'assessment' AND source_id = $1 ORDER BY recorded_at DESC, id DESC LIMIT 1`,
        [String(id)],
      );
      await this.recordClaim(manager, id, filed[0]?.effective_on ?? this.clock.today());
      return this.reload(actor, id, manager);
    });
  }

  /** Who filed it. Every read writes an audit row in the same transaction. */
  async source(actor: Actor, id: number): Promise<AssessmentSourceDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.findOne(id, manager);
      if (!row) throw new NotFoundException(notFound(id));
      enforce(assessmentSourceDecision(actor, factsOf(row)), notFound(id), 'Only OHCHR and the filing organisation may see who filed an assessment.');
      const source = await this.repository.source(id, manager);
      if (!source) throw new NotFoundException(notFound(id));
      await this.audit.record(manager, { action: 'read_source', entityType: 'assessment', entityId: id, changes: { confidential: { before: null, after: row.confidential } } });
      return {
        assessmentId: id,
        organisationId: source.organisation_id,
        organisationName: source.organisation_name,
        stateIso3: source.state_iso3,
        authorUserId: source.author_user_id,
        authorName: source.author_name,
      };
    });
  }

  /**
   * Appends the assessment's current status as a status claim: of the State for a State's report,
   * else of the filing organisation's party (NGO, NHRI, UN entity). Public only once published and
   * not confidential; until then only OHCHR and the filer see it.
   */
  private async recordClaim(manager: EntityManager, id: number, effectiveOn: string): Promise<void> {
    const rows: { recommendation_id: number; origin: string; status: AssessmentRow['status']; confidential: boolean; published: boolean; organisation_kind: StakeholderKind | null }[] =
      await manager.query(
        `SELECT a.recommendation_id, a.origin, a.status, a.confidential, a.published_at IS NOT NULL AS published, o.kind AS organisation_kind
         FROM assessment a JOIN assessment_source s ON s.assessment_id = a.id LEFT JOIN stakeholder o ON o.id = s.organisation_id WHERE a.id = $1`,
        [id],
      );
    const row = rows[0];
    if (!row) return;
    const party: AssertingParty = row.origin === 'state' ? 'state' : partyOfOrganisation(row.organisation_kind ?? 'ngo');
    await this.statusEvents.record(manager, {
      recommendationId: row.recommendation_id,
      party,
      status: row.status,
      effectiveOn,
      source: 'assessment',
      sourceId: String(id),
      public: row.published && !row.confidential,
    });
  }

  private async reload(actor: Actor, id: number, manager: EntityManager): Promise<AssessmentDto> {
    const row = await this.repository.findOne(id, manager);
    if (!row) throw new NotFoundException(notFound(id));
    return toDto(actor, row);
  }

  /**
   * CSV of the assessments the caller may read. OHCHR's export includes the sources and confidential
   * rows, and is audited; nobody else's contains either.
   */
  async export(actor: Actor, query: AssessmentExportQueryDto): Promise<CsvExport> {
    const withSources = mayListSources(actor);
    const rows = await this.repository.exportRows(assessmentVisibility(actor), query.recommendationId ?? null, withSources);
    const header = ['id', 'recommendation_id', 'state', 'origin', 'status', 'confidential', 'published_at', 'narrative', ...(withSources ? ['organisation', 'author'] : [])];
    const body = stringify([
      header,
      ...rows.map((r) => [
        r.id,
        r.recommendation_id,
        r.state_iso3,
        r.origin,
        r.status,
        r.confidential ? 'yes' : 'no',
        r.published_at?.toISOString() ?? '',
        r.narrative,
        ...(withSources ? [r.organisation_name ?? r.owner_state_iso3 ?? '', r.author_name ?? ''] : []),
      ]),
    ]);
    if (withSources) {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, {
          action: 'export',
          entityType: 'assessment',
          entityId: query.recommendationId === undefined ? 'all' : `recommendation:${query.recommendationId}`,
          changes: { rows: { before: null, after: rows.length }, confidentialRows: { before: null, after: rows.filter((r) => r.confidential).length }, sourcesIncluded: { before: null, after: true } },
        }),
      );
    }
    return { filename: `assessments${query.recommendationId === undefined ? '' : `-recommendation-${query.recommendationId}`}.csv`, body };
  }
}
