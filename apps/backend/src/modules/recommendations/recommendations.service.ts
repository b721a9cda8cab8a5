import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  bodyInfo,
  currentResponse,
  cycleOfSession,
  IMPLEMENTATION_STATUS_LABELS,
  MECHANISM_LABELS,
  RESPONSE_LABELS,
  recommendationGroupKey,
  requirePermission,
  type Actor,
  type ImplementationStatus,
  type MechanismKind,
  type ResponseCode,
  type ResponseEntry,
} from '@tracker/domain';
import { enforce } from '../../common/access';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { badRequest, type FieldError } from '../../common/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { StatusEventsService } from '../status-events/status-events.service';
import type { RecommendationCreateDto, ResponseCreateDto } from './dto/recommendation-create.dto';
import type { RecommendationFilterDto, RecommendationListQueryDto } from './dto/recommendation-query.dto';
import {
  FACET_DIMENSIONS,
  type FacetDimension,
  type FacetsDto,
  type RecommendationDto,
  type RecommendationPageDto,
  type RecommendationSummaryDto,
} from './dto/recommendation-response.dto';
import type { RecommendationUpdateDto } from './dto/recommendation-update.dto';
import { RecommendationsRepository, type LinkRow, type RecommendationRow } from './recommendations.repository';

const DEFAULT_LIMIT = 50;
const REGISTRY_WRITERS_ONLY = 'Only OHCHR officers and administrators change the registry.';
const AUDITED_FIELDS = [
  'body',
  'stateIso3',
  'cycle',
  'session',
  'documentSymbol',
  'paragraph',
  'text',
  'language',
  'issuedOn',
  'actionCategory',
  'externalId',
  'status',
  'repeatsRecommendationId',
  'recommendingStates',
  'themes',
  'affectedPersons',
  'sdgs',
] as const;

type AuditedSnapshot = Partial<Record<(typeof AUDITED_FIELDS)[number], unknown>>;

function groupLinks(rows: readonly LinkRow[]): Map<number, { code: string; name: string }[]> {
  const map = new Map<number, { code: string; name: string }[]>();
  for (const row of rows) {
    const list = map.get(row.recommendation_id) ?? [];
    list.push({ code: row.code, name: row.name });
    map.set(row.recommendation_id, list);
  }
  return map;
}

function toSummary(row: RecommendationRow, states: { code: string; name: string }[], themes: { code: string; name: string }[]): RecommendationSummaryDto {
  return {
    id: row.id,
    mechanism: row.mechanism as MechanismKind,
    body: row.body_code,
    stateIso3: row.state_iso3,
    stateName: row.state_name,
    cycle: row.cycle,
    session: row.session,
    documentSymbol: row.document_symbol,
    paragraph: row.paragraph,
    text: row.text,
    language: row.language,
    response: row.current_response as ResponseCode,
    status: row.current_status as ImplementationStatus,
    recommendingStates: states.map((s) => ({ iso3: s.code, name: s.name })),
    themes,
  };
}

function facetLabel(dimension: FacetDimension, value: string, label: string | null): string {
  switch (dimension) {
    case 'mechanism':
      return MECHANISM_LABELS[value as MechanismKind] ?? value;
    case 'response':
      return RESPONSE_LABELS[value as ResponseCode] ?? value;
    case 'status':
      return IMPLEMENTATION_STATUS_LABELS[value as ImplementationStatus] ?? value;
    case 'cycle':
      return `Cycle ${value}`;
    case 'session':
      return `Session ${value}`;
    case 'state':
    case 'body':
    case 'theme':
    case 'affectedPerson':
    case 'sdg':
    case 'recommendingState':
      return label ?? value;
  }
}

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RecommendationsRepository,
    private readonly audit: AuditService,
    private readonly statusEvents: StatusEventsService,
  ) {}

  async list(query: RecommendationListQueryDto): Promise<RecommendationPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const afterId = query.cursor ? decodeCursor(query.cursor) : null;
    const [rows, total] = await Promise.all([this.repository.page(query, afterId, limit + 1), this.repository.count(query)]);
    const page = rows.slice(0, limit);
    const ids = page.map((r) => r.id);
    const [states, themes] = await Promise.all([this.repository.recommendingStates(ids), this.repository.themes(ids)]);
    const statesById = groupLinks(states);
    const themesById = groupLinks(themes);
    const last = page.at(-1);
    return {
      items: page.map((r) => toSummary(r, statesById.get(r.id) ?? [], themesById.get(r.id) ?? [])),
      nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
      total,
    };
  }

  async facets(filter: RecommendationFilterDto): Promise<FacetsDto> {
    const [total, ...facets] = await Promise.all([
      this.repository.count(filter),
      ...FACET_DIMENSIONS.map(async (dimension) => ({
        dimension,
        values: (await this.repository.facet(filter, dimension)).map((row) => ({
          value: row.value,
          label: facetLabel(dimension, row.value, row.label),
          count: Number(row.count),
        })),
      })),
    ]);
    return { total, facets };
  }

  async get(id: number, manager: EntityManager = this.dataSource.manager): Promise<RecommendationDto> {
    const row = await this.repository.findOne(id, manager);
    if (!row) throw new NotFoundException(`Recommendation ${id} not found`);
    // One connection inside a transaction runs one query at a time: ask in sequence.
    const states = await this.repository.recommendingStates([id], manager);
    const themes = await this.repository.themes([id], manager);
    const affectedPersons = await this.repository.affectedPersons(id, manager);
    const sdgs = await this.repository.sdgs(id, manager);
    const responses: { response: ResponseCode; responded_on: string | null; source_document: string | null; note: string | null; recorded_at: Date }[] =
      await manager.query(
        `SELECT response, to_char(responded_on, 'YYYY-MM-DD') AS responded_on, source_document, note, recorded_at
         FROM recommendation_response WHERE recommendation_id = $1 ORDER BY responded_on NULLS FIRST, recorded_at, id`,
        [id],
      );
    const stakeholders: RecommendationDto['stakeholders'] = await manager.query(
      `SELECT s.id, s.name, s.kind, l.role FROM recommendation_stakeholder l JOIN stakeholder s ON s.id = l.stakeholder_id
       WHERE l.recommendation_id = $1 AND s.archived_at IS NULL ORDER BY l.role, s.name`,
      [id],
    );
    return {
      ...toSummary(row, states, themes),
      actionCategory: row.action_category,
      issuedOn: row.issued_on,
      source: row.source,
      externalId: row.external_id,
      repeatsRecommendationId: row.repeats_recommendation_id,
      affectedPersons,
      sdgs,
      responses: responses.map((r) => ({
        response: r.response,
        respondedOn: r.responded_on,
        sourceDocument: r.source_document,
        note: r.note,
        recordedAt: r.recorded_at.toISOString(),
      })),
      stakeholders,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  async create(actor: Actor, dto: RecommendationCreateDto): Promise<RecommendationDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const session = dto.session ?? null;
      const cycle = this.resolveCycle(dto.body, session, dto.cycle ?? null);
      await this.checkReferences(manager, dto);
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO recommendation (mechanism, body_code, state_iso3, cycle, session, document_symbol, paragraph, text, language,
           issued_on, action_category, source, external_id, group_key, current_status, repeats_recommendation_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'manual', $12, $13, $14, $15, 1) RETURNING id`,
        [
          bodyInfo(dto.body).kind,
          dto.body,
          dto.stateIso3,
          cycle,
          session,
          dto.documentSymbol?.trim() || null,
          dto.paragraph?.trim() || null,
          dto.text.trim(),
          dto.language ?? 'en',
          dto.issuedOn ?? null,
          dto.actionCategory ?? null,
          dto.externalId ?? null,
          recommendationGroupKey({ stateIso3: dto.stateIso3, session, text: dto.text }),
          dto.status ?? 'no_information',
          dto.repeatsRecommendationId ?? null,
        ],
      );
      const id = inserted[0]?.id;
      if (id === undefined) throw new Error('INSERT … RETURNING id returned no row');
      await this.replaceLinks(manager, id, dto);
      if (dto.response) await this.appendResponse(manager, id, dto.response);
      if (dto.status && dto.status !== 'no_information') await this.recordOhchrStatus(manager, id, dto.status);
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'recommendation',
        entityId: id,
        changes: diffFields<AuditedSnapshot>({}, this.snapshot(dto), AUDITED_FIELDS),
      });
      return this.get(id, manager);
    });
  }

  async update(actor: Actor, id: number, dto: RecommendationUpdateDto): Promise<RecommendationDto> {
    enforce(requirePermission(actor, 'registry:write'), `Recommendation ${id} not found`, REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, manager);
      if (before.version !== dto.version) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `Recommendation ${id} was changed by someone else (version ${before.version}, your update is based on ${dto.version}). Reload and apply your change again.`,
          current: before,
        });
      }
      const body = dto.body ?? (before.body as RecommendationCreateDto['body']);
      const stateIso3 = dto.stateIso3 ?? before.stateIso3;
      const session = dto.session !== undefined ? dto.session : before.session;
      const cycle = this.resolveCycle(body, session, dto.cycle !== undefined ? dto.cycle : dto.session !== undefined ? null : before.cycle);
      const text = dto.text !== undefined ? dto.text.trim() : before.text;
      await this.checkReferences(manager, { ...dto, stateIso3 }, id);
      const updated: unknown[] = await manager.query(
        `UPDATE recommendation SET mechanism = $3, body_code = $4, state_iso3 = $5, cycle = $6, session = $7,
           document_symbol = $8, paragraph = $9, text = $10, language = $11, issued_on = $12, action_category = $13,
           external_id = $14, group_key = $15, current_status = $16, repeats_recommendation_id = $17,
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [
          id,
          dto.version,
          bodyInfo(body).kind,
          body,
          stateIso3,
          cycle,
          session,
          dto.documentSymbol !== undefined ? dto.documentSymbol?.trim() || null : before.documentSymbol,
          dto.paragraph !== undefined ? dto.paragraph?.trim() || null : before.paragraph,
          text,
          dto.language ?? before.language,
          dto.issuedOn !== undefined ? dto.issuedOn : before.issuedOn,
          dto.actionCategory !== undefined ? dto.actionCategory : before.actionCategory,
          dto.externalId !== undefined ? dto.externalId : before.externalId,
          recommendationGroupKey({ stateIso3, session, text }),
          dto.status ?? before.status,
          dto.repeatsRecommendationId !== undefined ? dto.repeatsRecommendationId : before.repeatsRecommendationId,
        ],
      );
      // The row lock of the UPDATE serialises writers: a concurrent one that committed first wins.
      if ((updated[0] as unknown[]).length === 0) {
        const current = await this.get(id, manager);
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `Recommendation ${id} was changed by someone else; reload and apply your change again.`,
          current,
        });
      }
      await this.replaceLinks(manager, id, dto);
      if (dto.status !== undefined && dto.status !== before.status) await this.recordOhchrStatus(manager, id, dto.status);
      const after = await this.get(id, manager);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'recommendation',
        entityId: id,
        changes: diffFields<AuditedSnapshot>(this.snapshotOf(before), this.snapshotOf(after), AUDITED_FIELDS),
      });
      return after;
    });
  }

  async addResponse(actor: Actor, id: number, dto: ResponseCreateDto): Promise<RecommendationDto> {
    enforce(requirePermission(actor, 'registry:write'), `Recommendation ${id} not found`, REGISTRY_WRITERS_ONLY);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, manager);
      await this.appendResponse(manager, id, dto);
      await manager.query(`UPDATE recommendation SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      const after = await this.get(id, manager);
      await this.audit.record(manager, {
        action: 'respond',
        entityType: 'recommendation',
        entityId: id,
        changes: { response: { before: before.response, after: after.response }, responseEntry: { before: null, after: dto } },
      });
      return after;
    });
  }

  /** A status set on the registry record is OHCHR's own public claim, effective today. */
  private async recordOhchrStatus(manager: EntityManager, id: number, status: ImplementationStatus): Promise<void> {
    await this.statusEvents.record(manager, {
      recommendationId: id,
      party: 'ohchr',
      status,
      effectiveOn: new Date().toISOString().slice(0, 10),
      source: 'ohchr',
      sourceId: null,
      public: true,
    });
  }

  private async appendResponse(manager: EntityManager, id: number, dto: ResponseCreateDto): Promise<void> {
    await manager.query(
      `INSERT INTO recommendation_response (recommendation_id, response, responded_on, source_document, note) VALUES ($1, $2, $3, $4, $5)`,
      [id, dto.response, dto.respondedOn ?? null, dto.sourceDocument?.trim() || null, dto.note ?? null],
    );
    const history: { response: ResponseCode; responded_on: string | null; recorded_at: Date }[] = await manager.query(
      `SELECT response, to_char(responded_on, 'YYYY-MM-DD') AS responded_on, recorded_at FROM recommendation_response WHERE recommendation_id = $1`,
      [id],
    );
    const entries: ResponseEntry[] = history.map((h) => ({ response: h.response, respondedOn: h.responded_on, recordedAt: h.recorded_at.toISOString() }));
    await manager.query(`UPDATE recommendation SET current_response = $2 WHERE id = $1`, [id, currentResponse(entries)]);
  }

  /** UPR sessions fix the cycle; a cycle that contradicts the session is refused. */
  private resolveCycle(body: string, session: number | null, cycle: number | null): number | null {
    if (session === null) return cycle;
    if (body !== 'UPR') {
      throw badRequest([{ field: 'session', reason: 'applies only to UPR recommendations (body UPR)' }]);
    }
    const derived = cycleOfSession(session);
    if (cycle !== null && cycle !== derived) {
      throw badRequest([{ field: 'cycle', reason: `is ${cycle} but UPR session ${session} belongs to cycle ${derived}` }]);
    }
    return derived;
  }

  /** Unknown codes are a 400 naming the field and the codes, checked before anything is written. */
  private async checkReferences(
    manager: EntityManager,
    dto: Partial<Pick<RecommendationCreateDto, 'stateIso3' | 'recommendingStates' | 'themes' | 'affectedPersons' | 'sdgs' | 'repeatsRecommendationId'>>,
    selfId?: number,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const missing = async (table: string, column: string, values: readonly string[] | undefined): Promise<string[]> => {
      if (!values || values.length === 0) return [];
      const found: { v: string }[] = await manager.query(`SELECT ${column}::text AS v FROM ${table} WHERE ${column} = ANY($1::text[])`, [values]);
      const known = new Set(found.map((f) => f.v.trim()));
      return [...new Set(values)].filter((v) => !known.has(v));
    };
    const checks: [string, string, string, readonly string[] | undefined][] = [
      ['stateIso3', 'state', 'iso3', dto.stateIso3 ? [dto.stateIso3] : undefined],
      ['recommendingStates', 'state', 'iso3', dto.recommendingStates],
      ['themes', 'theme', 'code', dto.themes],
      ['affectedPersons', 'affected_person', 'code', dto.affectedPersons],
      ['sdgs', 'sdg', 'code', dto.sdgs],
    ];
    for (const [field, table, column, values] of checks) {
      const unknown = await missing(table, column, values);
      if (unknown.length > 0) errors.push({ field, reason: `unknown code(s): ${unknown.join(', ')}` });
    }
    if (dto.repeatsRecommendationId != null) {
      if (dto.repeatsRecommendationId === selfId) {
        errors.push({ field: 'repeatsRecommendationId', reason: 'a recommendation cannot repeat itself' });
      } else {
        const found: unknown[] = await manager.query(`SELECT 1 FROM recommendation WHERE id = $1 AND archived_at IS NULL`, [dto.repeatsRecommendationId]);
        if (found.length === 0) errors.push({ field: 'repeatsRecommendationId', reason: `recommendation ${dto.repeatsRecommendationId} does not exist` });
      }
    }
    if (errors.length > 0) throw badRequest(errors);
  }

  private async replaceLinks(
    manager: EntityManager,
    id: number,
    dto: Pick<RecommendationCreateDto, 'recommendingStates' | 'themes' | 'affectedPersons' | 'sdgs'>,
  ): Promise<void> {
    const links: [string, string, readonly string[] | undefined][] = [
      ['recommendation_recommending_state', 'state_iso3', dto.recommendingStates],
      ['recommendation_theme', 'theme_code', dto.themes],
      ['recommendation_affected_person', 'affected_person_code', dto.affectedPersons],
      ['recommendation_sdg', 'sdg_code', dto.sdgs],
    ];
    for (const [table, column, values] of links) {
      if (values === undefined) continue;
      await manager.query(`DELETE FROM ${table} WHERE recommendation_id = $1`, [id]);
      if (values.length > 0) {
        await manager.query(`INSERT INTO ${table} (recommendation_id, ${column}) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`, [
          id,
          [...new Set(values)],
        ]);
      }
    }
  }

  private snapshot(dto: RecommendationCreateDto): AuditedSnapshot {
    return {
      body: dto.body,
      stateIso3: dto.stateIso3,
      cycle: dto.cycle ?? null,
      session: dto.session ?? null,
      documentSymbol: dto.documentSymbol ?? null,
      paragraph: dto.paragraph ?? null,
      text: dto.text,
      language: dto.language ?? 'en',
      issuedOn: dto.issuedOn ?? null,
      actionCategory: dto.actionCategory ?? null,
      externalId: dto.externalId ?? null,
      status: dto.status ?? 'no_information',
      repeatsRecommendationId: dto.repeatsRecommendationId ?? null,
      recommendingStates: dto.recommendingStates ?? [],
      themes: dto.themes ?? [],
      affectedPersons: dto.affectedPersons ?? [],
      sdgs: dto.sdgs ?? [],
    };
  }

  private snapshotOf(r: RecommendationDto): AuditedSnapshot {
    return {
      body: r.body,
      stateIso3: r.stateIso3,
      cycle: r.cycle,
      session: r.session,
      documentSymbol: r.documentSymbol,
      paragraph: r.paragraph,
      text: r.text,
      language: r.language,
      issuedOn: r.issuedOn,
      actionCategory: r.actionCategory,
      externalId: r.externalId,
      status: r.status,
      repeatsRecommendationId: r.repeatsRecommendationId,
      recommendingStates: r.recommendingStates.map((s) => s.iso3).sort(),
      themes: r.themes.map((t) => t.code).sort(),
      affectedPersons: r.affectedPersons.map((a) => a.code).sort(),
      sdgs: r.sdgs.map((s) => s.code).sort(),
    };
  }
}
