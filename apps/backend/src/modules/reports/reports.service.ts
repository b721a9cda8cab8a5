import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  reportEvidenceDecision,
  reportReadDecision,
  reportTransition,
  reportVisibility,
  startReport,
  type Actor,
  type ReportAction,
  type ReportStatus,
  type UserActor,
} from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest, type FieldError } from '../../common/validation';
import type { FollowUpConfig } from '../../config/app-config';
import { AuditService, diffFields } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { FOLLOW_UP_CONFIG } from '../deadlines/follow-up-config';
import { StatusEventsService } from '../status-events/status-events.service';
import type { EvidenceLinkCreateDto, ReportCreateDto, ReportItemInputDto, ReportListQueryDto, ReportTransitionDto, ReportUpdateDto } from './dto/report-create.dto';
import type { ReportEvidenceDto, ReportActionsDto, ReportDto, ReportPageDto, ReportSummaryDto } from './dto/report-response.dto';
import { EvidenceStorage, evidenceFileProblems } from './evidence-files';
import { ReportsRepository, type EvidenceRow, type ReportRow } from './reports.repository';
import { refusalToHttp } from './workflow-http';

const notFound = (id: number): string => `Report ${id} not found`;
const NOT_YOURS = 'This report is not published: only its State’s focal points and OHCHR can read it.';
const AUDITED = ['title', 'narrative', 'measuresTaken', 'periodFrom', 'periodTo', 'items', 'institutionIds'] as const;

/** An uploaded evidence file as multer hands it over (memory storage, within the size limit). */
export interface UploadedEvidenceFile {
  readonly originalname: string;
  readonly mimetype: string;
  readonly size: number;
  readonly buffer: Buffer;
}

function summary(row: ReportRow): ReportSummaryDto {
  return {
    id: row.id,
    stateIso3: row.state_iso3,
    stateName: row.state_name,
    status: row.status,
    title: row.title,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    submittedOn: row.submitted_on,
    publishedOn: row.published_on,
    recommendationCount: row.recommendation_count,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

function evidenceDto(e: EvidenceRow): ReportEvidenceDto {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    url: e.url,
    fileName: e.file_name,
    contentType: e.content_type,
    sizeBytes: e.size_bytes === null ? null : Number(e.size_bytes),
    sha256: e.sha256,
    createdAt: e.created_at.toISOString(),
  };
}

/** What the caller may do now, asked of the same rule that decides (a return is asked with placeholder comments). */
function actionsFor(actor: Actor, row: ReportRow): ReportActionsDto {
  const facts = { status: row.status, stateIso3: row.state_iso3 };
  const may = (action: ReportAction): boolean => reportTransition(facts, action, actor).ok;
  return {
    edit: may({ type: 'edit' }),
    submit: may({ type: 'submit' }),
    return: may({ type: 'return', comments: 'x' }),
    validate: may({ type: 'validate' }),
    publish: may({ type: 'publish' }),
  };
}

/**
 * Implementation reports: drafted by a State's focal point on its own recommendations, returned
 * with comments, validated and published by OHCHR, every step decided by `reportTransition`
 * (libs/domain). Publishing turns each claimed status into a public status claim of the State.
 */
@Injectable()
export class ReportsService {
  private readonly storage: EvidenceStorage;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReportsRepository,
    private readonly audit: AuditService,
    private readonly statusEvents: StatusEventsService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
    @Inject(FOLLOW_UP_CONFIG) private readonly config: FollowUpConfig,
  ) {
    this.storage = new EvidenceStorage(config.evidenceDir);
  }

  async list(actor: Actor, query: ReportListQueryDto): Promise<ReportPageDto> {
    const { rows, total } = await this.repository.page(this.dataSource.manager, reportVisibility(actor), query, query.limit ?? 50, query.offset ?? 0);
    return { items: rows.map(summary), total };
  }

  async get(actor: Actor, id: number): Promise<ReportDto> {
    const row = await this.repository.findOne(this.dataSource.manager, id);
    if (!row) throw new NotFoundException(notFound(id));
    enforce(reportReadDecision(actor, { status: row.status, stateIso3: row.state_iso3 }), notFound(id), NOT_YOURS);
    return this.detail(actor, row, this.dataSource.manager);
  }

  async create(actor: Actor, dto: ReportCreateDto): Promise<ReportDto> {
    const started = startReport(actor.kind === 'user' ? (actor.stateIso3 ?? '') : '', actor);
    if (!started.ok) throw refusalToHttp(started.refusal);
    const user = actor as UserActor;
    const stateIso3 = user.stateIso3 ?? '';
    this.checkPeriod(dto.periodFrom, dto.periodTo);
    return this.dataSource.transaction(async (manager) => {
      await this.checkItems(manager, dto.items, stateIso3);
      await this.checkInstitutions(manager, dto.institutionIds ?? []);
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO implementation_report (state_iso3, status, title, narrative, measures_taken, period_from, period_to, created_by, version)
         VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
        [stateIso3, dto.title.trim(), dto.narrative.trim(), dto.measuresTaken.trim(), dto.periodFrom, dto.periodTo, user.userId],
      );
      const id = inserted[0]?.id;
      if (id === undefined) throw new Error('INSERT INTO implementation_report returned no id');
      await this.writeItems(manager, id, dto.items);
      await this.writeInstitutions(manager, id, dto.institutionIds ?? []);
      await this.step(manager, id, 'create', null, 'draft', null, user.userId);
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'implementation_report',
        entityId: id,
        changes: { stateIso3: { before: null, after: stateIso3 }, ...diffFields({}, this.snapshot(dto), AUDITED) },
      });
      return this.reload(actor, manager, id);
    });
  }

  async update(actor: Actor, id: number, dto: ReportUpdateDto): Promise<ReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockReadable(actor, manager, id);
      const allowed = reportTransition({ status: row.status, stateIso3: row.state_iso3 }, { type: 'edit' }, actor);
      if (!allowed.ok) throw refusalToHttp(allowed.refusal);
      await this.checkVersion(actor, manager, row, dto.version);
      const items = await this.repository.items(manager, id);
      const institutions = await this.repository.institutions(manager, id);
      const before = {
        title: row.title,
        narrative: row.narrative,
        measuresTaken: row.measures_taken,
        periodFrom: row.period_from,
        periodTo: row.period_to,
        items: items.map((i) => ({ recommendationId: i.recommendation_id, status: i.claimed_status })),
        institutionIds: institutions.map((i) => i.id),
      };
      const after = {
        title: dto.title?.trim() ?? before.title,
        narrative: dto.narrative?.trim() ?? before.narrative,
        measuresTaken: dto.measuresTaken?.trim() ?? before.measuresTaken,
        periodFrom: dto.periodFrom ?? before.periodFrom,
        periodTo: dto.periodTo ?? before.periodTo,
        items: dto.items ? [...dto.items].sort((a, b) => a.recommendationId - b.recommendationId).map((i) => ({ recommendationId: i.recommendationId, status: i.status })) : before.items,
        institutionIds: dto.institutionIds ? [...dto.institutionIds].sort((a, b) => a - b) : before.institutionIds,
      };
      this.checkPeriod(after.periodFrom, after.periodTo);
      if (dto.items) await this.checkItems(manager, dto.items, row.state_iso3);
      if (dto.institutionIds) await this.checkInstitutions(manager, dto.institutionIds);
      await manager.query(
        `UPDATE implementation_report SET title = $2, narrative = $3, measures_taken = $4, period_from = $5, period_to = $6, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, after.title, after.narrative, after.measuresTaken, after.periodFrom, after.periodTo],
      );
      const touched = new Set(before.items.map((i) => i.recommendationId));
      if (dto.items) {
        await manager.query(`DELETE FROM implementation_report_item WHERE report_id = $1`, [id]);
        await this.writeItems(manager, id, dto.items);
        for (const item of dto.items) touched.add(item.recommendationId);
      }
      if (dto.institutionIds) {
        await manager.query(`DELETE FROM implementation_report_institution WHERE report_id = $1`, [id]);
        await this.writeInstitutions(manager, id, dto.institutionIds);
      }
      await this.audit.record(manager, { action: 'update', entityType: 'implementation_report', entityId: id, changes: diffFields(before, after, AUDITED) });
      await this.deadlines.recompute(manager, [...touched]);
      return this.reload(actor, manager, id);
    });
  }

  async transition(actor: Actor, id: number, dto: ReportTransitionDto): Promise<ReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockReadable(actor, manager, id);
      const action: ReportAction = dto.action === 'return' ? { type: 'return', comments: dto.comments ?? '' } : { type: dto.action };
      const result = reportTransition({ status: row.status, stateIso3: row.state_iso3 }, action, actor);
      if (!result.ok) throw refusalToHttp(result.refusal);
      await this.checkVersion(actor, manager, row, dto.version);
      const today = this.clock.today();
      const next = result.next;
      await manager.query(
        `UPDATE implementation_report SET status = $2::text, submitted_on = CASE WHEN $2::text = 'submitted' THEN $3::date ELSE submitted_on END,
           published_on = CASE WHEN $2::text = 'published' THEN $3::date ELSE published_on END, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, next, today],
      );
      const comments = dto.action === 'return' ? (dto.comments ?? '').trim() : null;
      await this.step(manager, id, dto.action, row.status, next, comments, (actor as UserActor).userId);
      const items = await this.repository.items(manager, id);
      if (next === 'published') {
        // The State's claims hold from the end of the period covered (or today, if that is later than today).
        const effectiveOn = row.period_to <= today ? row.period_to : today;
        for (const item of items) {
          await this.statusEvents.record(manager, {
            recommendationId: item.recommendation_id,
            party: 'state',
            status: item.claimed_status,
            effectiveOn,
            source: 'state_report',
            sourceId: String(id),
            public: true,
          });
        }
      }
      await this.audit.record(manager, {
        action: 'transition',
        entityType: 'implementation_report',
        entityId: id,
        changes: { status: { before: row.status, after: next }, ...(comments !== null ? { comments: { before: null, after: comments } } : {}) },
      });
      await this.deadlines.recompute(manager, items.map((i) => i.recommendation_id));
      return this.reload(actor, manager, id);
    });
  }

  async addFile(actor: Actor, id: number, file: UploadedEvidenceFile | undefined, title: string): Promise<ReportEvidenceDto> {
    const problems = evidenceFileProblems(file, this.config.evidenceTypes);
    // The saved file, removed again if the transaction that records it does not commit.
    const saved: { storageKey: string | null } = { storageKey: null };
    try {
      return await this.dataSource.transaction((manager) => this.recordFile(actor, manager, id, { file, problems, title }, saved));
    } catch (error) {
      if (saved.storageKey !== null) await this.storage.remove(saved.storageKey);
      throw error;
    }
  }

  private async recordFile(
    actor: Actor,
    manager: EntityManager,
    id: number,
    { file, problems, title }: { file: UploadedEvidenceFile | undefined; problems: readonly FieldError[]; title: string },
    saved: { storageKey: string | null },
  ): Promise<ReportEvidenceDto> {
    const row = await this.lockEditable(actor, manager, id);
    if (problems.length > 0 || file === undefined) throw badRequest(problems);
    const { storageKey, sha256 } = await this.storage.save(file.buffer);
    saved.storageKey = storageKey;
    const fileName = file.originalname.replace(/[\\/\0]/g, '_').slice(0, 255) || 'evidence';
    const inserted: EvidenceRow[] = await manager.query(
      `INSERT INTO report_evidence (report_id, kind, title, file_name, content_type, size_bytes, sha256, storage_key, added_by)
       VALUES ($1, 'file', $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, kind, title, url, file_name, content_type, size_bytes, sha256, storage_key, created_at`,
      [row.id, title.trim(), fileName, file.mimetype.toLowerCase(), file.size, sha256, storageKey, (actor as UserActor).userId],
    );
    const evidence = inserted[0];
    if (!evidence) throw new Error('INSERT INTO report_evidence returned no row');
    await this.audit.record(manager, {
      action: 'create',
      entityType: 'report_evidence',
      entityId: evidence.id,
      changes: { reportId: { before: null, after: id }, fileName: { before: null, after: fileName }, sha256: { before: null, after: sha256 }, sizeBytes: { before: null, after: file.size } },
    });
    return evidenceDto(evidence);
  }

  async addLink(actor: Actor, id: number, dto: EvidenceLinkCreateDto): Promise<ReportEvidenceDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockEditable(actor, manager, id);
      const inserted: EvidenceRow[] = await manager.query(
        `INSERT INTO report_evidence (report_id, kind, title, url, added_by) VALUES ($1, 'link', $2, $3, $4)
         RETURNING id, kind, title, url, file_name, content_type, size_bytes, sha256, storage_key, created_at`,
        [row.id, dto.title.trim(), dto.url, (actor as UserActor).userId],
      );
      const evidence = inserted[0];
      if (!evidence) throw new Error('INSERT INTO report_evidence returned no row');
      await this.audit.record(manager, { action: 'create', entityType: 'report_evidence', entityId: evidence.id, changes: { reportId: { before: null, after: id }, url: { before: null, after: dto.url } } });
      return evidenceDto(evidence);
    });
  }

  /** Evidence is archived, never deleted: it leaves the report but stays on record. */
  async archiveEvidence(actor: Actor, id: number, evidenceId: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockEditable(actor, manager, id);
      const archived: unknown[] = await manager.query(
        `UPDATE report_evidence SET archived_at = now() WHERE id = $1 AND report_id = $2 AND archived_at IS NULL RETURNING id`,
        [evidenceId, id],
      );
      if ((archived[0] as unknown[]).length === 0) throw new NotFoundException(`Evidence ${evidenceId} not found`);
      await this.audit.record(manager, { action: 'archive', entityType: 'report_evidence', entityId: evidenceId, changes: { archived: { before: false, after: true } } });
    });
  }

  /** The file, to exactly those who may read the report; anyone else gets the answer of a missing file. */
  async download(actor: Actor, id: number, evidenceId: number): Promise<{ fileName: string; contentType: string; sha256: string; content: Buffer }> {
    const missing = `Evidence ${evidenceId} not found`;
    const row = await this.repository.findOne(this.dataSource.manager, id);
    if (!row) throw new NotFoundException(missing);
    enforce(reportEvidenceDecision(actor, { status: row.status, stateIso3: row.state_iso3 }), missing);
    const evidence = (await this.repository.evidence(this.dataSource.manager, id)).find((e) => e.id === evidenceId);
    if (!evidence || evidence.kind !== 'file' || evidence.storage_key === null || evidence.sha256 === null) throw new NotFoundException(missing);
    const content = await this.storage.read(evidence.storage_key, evidence.sha256);
    return { fileName: evidence.file_name ?? 'evidence', contentType: evidence.content_type ?? 'application/octet-stream', sha256: evidence.sha256, content };
  }

  private async detail(actor: Actor, row: ReportRow, manager: EntityManager): Promise<ReportDto> {
    const items = await this.repository.items(manager, row.id);
    const institutions = await this.repository.institutions(manager, row.id);
    const evidence = await this.repository.evidence(manager, row.id);
    const steps = await this.repository.steps(manager, row.id);
    return {
      ...summary(row),
      narrative: row.narrative,
      measuresTaken: row.measures_taken,
      items: items.map((i) => ({ recommendationId: i.recommendation_id, status: i.claimed_status, body: i.body_code, documentSymbol: i.document_symbol, paragraph: i.paragraph, text: i.text, language: i.language })),
      institutions,
      evidence: evidence.map(evidenceDto),
      history: steps.map((s) => ({ action: s.action, fromStatus: s.from_status, toStatus: s.to_status, comments: s.comments, onDate: s.on_date, at: s.at.toISOString() })),
      createdAt: row.created_at.toISOString(),
      actions: actionsFor(actor, row),
    };
  }

  private async reload(actor: Actor, manager: EntityManager, id: number): Promise<ReportDto> {
    const row = await this.repository.findOne(manager, id);
    if (!row) throw new NotFoundException(notFound(id));
    return this.detail(actor, row, manager);
  }

  /** Locks the report for a change, answering as a read would for those who may not see it. */
  private async lockReadable(actor: Actor, manager: EntityManager, id: number): Promise<ReportRow> {
    const row = await this.repository.findOne(manager, id, true);
    if (!row) throw new NotFoundException(notFound(id));
    enforce(reportReadDecision(actor, { status: row.status, stateIso3: row.state_iso3 }), notFound(id), NOT_YOURS);
    return row;
  }

  private async lockEditable(actor: Actor, manager: EntityManager, id: number): Promise<ReportRow> {
    const row = await this.lockReadable(actor, manager, id);
    const allowed = reportTransition({ status: row.status, stateIso3: row.state_iso3 }, { type: 'edit' }, actor);
    if (!allowed.ok) throw refusalToHttp(allowed.refusal);
    return row;
  }

  /** A change based on an older version is refused with the current report: nothing is overwritten silently. */
  private async checkVersion(actor: Actor, manager: EntityManager, row: ReportRow, version: number): Promise<void> {
    if (row.version === version) return;
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: `Report ${row.id} was changed by someone else (version ${row.version}, your change is based on ${version}). Reload and apply your change again.`,
      current: await this.detail(actor, row, manager),
    });
  }

  private checkPeriod(from: string, to: string): void {
    if (from > to) throw badRequest([{ field: 'periodTo', reason: `must not be before periodFrom (${from})` }]);
  }

  /** Every recommendation must exist and be addressed to the reporting State; each once. */
  private async checkItems(manager: EntityManager, items: readonly ReportItemInputDto[], stateIso3: string): Promise<void> {
    const ids = items.map((i) => i.recommendationId);
    const found: { id: number; state_iso3: string }[] = await manager.query(
      `SELECT id, trim(state_iso3) AS state_iso3 FROM recommendation WHERE id = ANY($1::int[]) AND archived_at IS NULL`,
      [ids],
    );
    const states = new Map(found.map((f) => [f.id, f.state_iso3]));
    const errors: FieldError[] = [];
    const seen = new Set<number>();
    items.forEach((item, index) => {
      const field = `items.${index}.recommendationId`;
      const state = states.get(item.recommendationId);
      if (seen.has(item.recommendationId)) errors.push({ field, reason: `lists recommendation ${item.recommendationId} twice` });
      else if (state === undefined) errors.push({ field, reason: `recommendation ${item.recommendationId} does not exist` });
      else if (state !== stateIso3) errors.push({ field, reason: `recommendation ${item.recommendationId} is addressed to ${state}, not to ${stateIso3}: a State reports on its own recommendations only` });
      seen.add(item.recommendationId);
    });
    if (errors.length > 0) throw badRequest(errors);
  }

  private async checkInstitutions(manager: EntityManager, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const found: { id: number }[] = await manager.query(`SELECT id FROM stakeholder WHERE id = ANY($1::int[]) AND archived_at IS NULL`, [ids]);
    const known = new Set(found.map((f) => f.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw badRequest([{ field: 'institutionIds', reason: `unknown stakeholder(s): ${unknown.join(', ')}` }]);
  }

  private async writeItems(manager: EntityManager, id: number, items: readonly ReportItemInputDto[]): Promise<void> {
    await manager.query(
      `INSERT INTO implementation_report_item (report_id, recommendation_id, claimed_status) SELECT $1, r, s FROM unnest($2::int[], $3::text[]) AS t(r, s)`,
      [id, items.map((i) => i.recommendationId), items.map((i) => i.status)],
    );
  }

  private async writeInstitutions(manager: EntityManager, id: number, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`INSERT INTO implementation_report_institution (report_id, stakeholder_id) SELECT $1, unnest($2::int[])`, [id, ids]);
  }

  private async step(manager: EntityManager, id: number, action: string, from: ReportStatus | null, to: ReportStatus, comments: string | null, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO report_transition (report_id, action, from_status, to_status, comments, actor_user_id, on_date) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, action, from, to, comments, userId, this.clock.today()],
    );
  }

  private snapshot(dto: ReportCreateDto): Record<(typeof AUDITED)[number], unknown> {
    return {
      title: dto.title.trim(),
      narrative: dto.narrative.trim(),
      measuresTaken: dto.measuresTaken.trim(),
      periodFrom: dto.periodFrom,
      periodTo: dto.periodTo,
      items: [...dto.items].sort((a, b) => a.recommendationId - b.recommendationId).map((i) => ({ recommendationId: i.recommendationId, status: i.status })),
      institutionIds: [...(dto.institutionIds ?? [])].sort((a, b) => a - b),
    };
  }
}
