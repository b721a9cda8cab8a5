import {
  ConflictException,
  ForbiddenException,
  type HttpException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assistanceAmountProblems,
  assistanceDocumentRefusal,
  assistancePublishRefusal,
  assistanceReadDecision,
  assistanceSubmissionProblems,
  assistanceTransition,
  assistanceVisibility,
  availableAssistanceActions,
  DEFAULT_CURRENCY,
  DEFAULT_REPORTING_YEAR_SETTINGS,
  disbursementRefusal,
  disbursementVoidRefusal,
  formatMoney,
  isCurrencyCode,
  MAX_AMOUNT_MINOR,
  mayReadNonPublicClaims,
  reportingYear,
  startAssistanceRequest,
  statusMovementDuringAssistance,
  type Actor,
  type AmountProblem,
  type AssistanceAction,
  type AssistanceVisibilityFacts,
  type CurrencyCode,
  type Disbursement,
  type TransitionResult,
  type UserActor,
  type WorkflowRefusal,
} from '@tracker/domain';
import { enforce } from '../../common/access';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { badRequest, type FieldError } from '../../common/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import type {
  ArchiveDto,
  DisbursementVoidDto,
  AssistanceRequestCreateDto,
  AssistanceRequestUpdateDto,
  AssistanceTransitionDto,
  DisbursementCreateDto,
  DocumentCreateDto,
  TransitionAction,
} from './dto/fund-create.dto';
import type { FundAggregatesQueryDto, FundListQueryDto } from './dto/fund-query.dto';
import type {
  AssistanceRequestDto,
  AssistanceRequestPageDto,
  AssistanceRequestSummaryDto,
  CountDto,
  DocumentDto,
  FundAggregatesDto,
  LinkedRecommendationsDto,
  MoneyDto,
} from './dto/fund-response.dto';
import { ACCEPTED_DOCUMENTS, documentMediaType, FUND_DOCUMENTS, FundDocumentStore, readHead, safeFileName, type FundDocumentsOptions } from './fund-documents';
import { FundRepository, type CountRow, type RequestRow } from './fund.repository';

const DEFAULT_LIMIT = 50;
const AUDITED = ['activityType', 'channel', 'description', 'consentOn', 'consentBy', 'currency', 'requestedMinor'] as const;
type Snapshot = Partial<Record<(typeof AUDITED)[number], unknown>>;

/** The same answer for a request that does not exist and one the caller may not know about. */
const notFound = (id: number): string => `Assistance request ${id} not found`;

export interface UploadedDocumentFile {
  readonly originalname: string;
  readonly size: number;
  readonly path: string;
}

export interface DocumentDownload {
  readonly stream: ReadStream;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
}

export function money(amountMinor: string | bigint, currency: string): MoneyDto {
  const minor = BigInt(amountMinor);
  return {
    amountMinor: minor.toString(),
    currency,
    formatted: isCurrencyCode(currency) ? formatMoney({ amountMinor: minor, currency }) : `${currency} ${minor.toString()}`,
  };
}

function factsOf(row: RequestRow): AssistanceVisibilityFacts {
  return { stateIso3: row.state_iso3, status: row.status, published: row.published_at !== null };
}

/** The HTTP answer to a workflow refusal: 401, 403, 409, or 400 naming `reason`. */
export function refusalError(refusal: WorkflowRefusal): HttpException {
  switch (refusal.code) {
    case 'unauthenticated':
      return new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: refusal.reason, code: refusal.code });
    case 'role_not_allowed':
    case 'missing_permission':
    case 'not_own_state':
      return new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: refusal.reason, code: refusal.code });
    case 'invalid_transition':
      return new ConflictException({ statusCode: 409, error: 'Conflict', message: refusal.reason, code: refusal.code });
    case 'reason_required':
      return badRequest([{ field: 'reason', reason: refusal.reason }]);
  }
}

function allowed<S extends string>(result: TransitionResult<S>): S {
  if (!result.ok) throw refusalError(result.refusal);
  return result.next;
}

function refuseIf(refusal: WorkflowRefusal | null): void {
  if (refusal !== null) throw refusalError(refusal);
}

/** The API's field for a problem the amount rules found. */
function amountField(problem: AmountProblem): string {
  if (problem.field === 'requested') return 'requestedMinor';
  if (problem.field === 'approved') return 'approvedMinor';
  if (problem.field === 'approvalAboveRequest') return 'approvalAboveRequestReason';
  return problem.code === 'currency_mismatch' ? 'currency' : 'amountMinor';
}

function amountErrors(problems: readonly AmountProblem[]): void {
  if (problems.length > 0) throw badRequest(problems.map((p) => ({ field: amountField(p), reason: p.reason })));
}

function minorOf(field: string, raw: string): bigint {
  const value = BigInt(raw);
  if (value > MAX_AMOUNT_MINOR) throw badRequest([{ field, reason: 'exceeds the largest amount that can be stored' }]);
  return value;
}

function currencyOf(raw: string): CurrencyCode {
  return isCurrencyCode(raw) ? raw : DEFAULT_CURRENCY;
}

function toSummary(row: RequestRow): AssistanceRequestSummaryDto {
  return {
    id: row.id,
    stateIso3: row.state_iso3,
    stateName: row.state_name,
    region: row.region,
    activityType: row.activity_type,
    channel: row.channel,
    status: row.status,
    reportingYear: row.reporting_year,
    requested: money(row.requested_minor, row.currency),
    approved: row.approved_minor === null ? null : money(row.approved_minor, row.currency),
    disbursed: money(row.disbursed_minor, row.currency),
    published: row.published_at !== null,
    submittedOn: row.submitted_on,
    decidedOn: row.decided_on,
    updatedAt: row.updated_at.toISOString(),
  };
}

function snapshotOf(row: RequestRow): Snapshot {
  return {
    activityType: row.activity_type,
    channel: row.channel,
    description: row.description,
    consentOn: row.consent_on,
    consentBy: row.consent_by,
    currency: row.currency,
    requestedMinor: row.requested_minor,
  };
}

/** Dates a step sets on the request (and clears: a returned request is a draft again). */
function datesAfter(row: RequestRow, action: TransitionAction, on: string): Pick<RequestRow, 'submitted_on' | 'decided_on' | 'implementation_started_on' | 'completed_on'> {
  const dates = { submitted_on: row.submitted_on, decided_on: row.decided_on, implementation_started_on: row.implementation_started_on, completed_on: row.completed_on };
  switch (action) {
    case 'submit':
      return { ...dates, submitted_on: on };
    case 'return':
      return { ...dates, submitted_on: null };
    case 'approve':
    case 'decline':
      return { ...dates, decided_on: on };
    case 'start_implementation':
      return { ...dates, implementation_started_on: on };
    case 'complete':
      return { ...dates, completed_on: on };
    case 'start_review':
    case 'report':
      return dates;
  }
}

/**
 * Voluntary Fund assistance requests: drafting, the lifecycle, amounts, disbursements, documents,
 * publication, and the Fund page's figures. Every decision is a pure rule of libs/domain applied
 * to the loaded object; every change writes its audit row in the same transaction.
 */
@Injectable()
export class FundService {
  private readonly store: FundDocumentStore;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: FundRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(FUND_DOCUMENTS) documents: FundDocumentsOptions,
  ) {
    this.store = new FundDocumentStore(documents.dir);
  }

  async list(actor: Actor, query: FundListQueryDto): Promise<AssistanceRequestPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const afterId = query.cursor ? decodeCursor(query.cursor) : null;
    const { rows, total } = await this.repository.page(assistanceVisibility(actor), query, afterId, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(toSummary), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null, total };
  }

  async aggregates(actor: Actor, query: FundAggregatesQueryDto): Promise<FundAggregatesDto> {
    const visibility = assistanceVisibility(actor);
    const granularity = query.granularity ?? 'year';
    const counts = await this.repository.counts(visibility, query);
    const amounts = await this.repository.amounts(visibility, query, granularity);
    const of = (dimension: CountRow['dimension']): CountDto[] => counts.filter((c) => c.dimension === dimension).map((c) => ({ key: c.key, count: c.count }));
    return {
      total: counts.find((c) => c.dimension === 'total')?.count ?? 0,
      byStatus: of('status'),
      byYear: of('year'),
      byRegion: of('region'),
      byActivityType: of('activity_type'),
      granularity,
      amountsOverTime: amounts.map((a) => ({
        period: a.period,
        currency: a.currency,
        requested: money(a.requested, a.currency),
        approved: money(a.approved, a.currency),
        disbursed: money(a.disbursed, a.currency),
      })),
    };
  }

  async get(actor: Actor, id: number): Promise<AssistanceRequestDto> {
    return this.detail(actor, await this.load(actor, id, this.dataSource.manager), this.dataSource.manager);
  }

  async create(actor: Actor, dto: AssistanceRequestCreateDto): Promise<AssistanceRequestDto> {
    allowed(startAssistanceRequest(dto.stateIso3, actor));
    const user = this.userOf(actor);
    return this.dataSource.transaction(async (manager) => {
      const states: unknown[] = await manager.query(`SELECT 1 FROM state WHERE iso3 = $1`, [dto.stateIso3]);
      if (states.length === 0) throw badRequest([{ field: 'stateIso3', reason: `'${dto.stateIso3}' is not a known State` }]);
      const currency = dto.currency ?? DEFAULT_CURRENCY;
      const requested = minorOf('requestedMinor', dto.requestedMinor ?? '0');
      amountErrors(assistanceAmountProblems({ requested: { amountMinor: requested, currency }, approved: null, approvalAboveRequest: null, disbursements: [] }));
      const recommendationIds = dto.recommendationIds ?? [];
      const partnerIds = dto.partnerIds ?? [];
      await this.checkLinks(manager, dto.stateIso3, recommendationIds, partnerIds);
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO assistance_request (state_iso3, activity_type, description, consent_on, consent_by, channel, currency, requested_minor, status, created_by, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9, 1) RETURNING id`,
        [dto.stateIso3, dto.activityType, dto.description?.trim() ?? '', dto.consentOn ?? null, dto.consentBy?.trim() || null, dto.channel, currency, requested.toString(), user.userId],
      );
      const id = inserted[0]?.id;
      if (id === undefined) throw new Error('INSERT INTO assistance_request returned no id');
      await this.link(manager, id, recommendationIds, []);
      await this.setPartners(manager, id, partnerIds, []);
      await manager.query(`INSERT INTO assistance_transition (request_id, action, from_status, to_status, actor_id, effective_on) VALUES ($1, 'create', NULL, 'draft', $2, $3)`, [
        id,
        user.userId,
        this.clock.today(),
      ]);
      const row = await this.load(actor, id, manager);
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'assistance_request',
        entityId: id,
        changes: {
          stateIso3: { before: null, after: dto.stateIso3 },
          ...diffFields({}, snapshotOf(row), AUDITED),
          recommendationIds: { before: null, after: recommendationIds },
          partnerIds: { before: null, after: partnerIds },
        },
      });
      return this.detail(actor, row, manager);
    });
  }

  async update(actor: Actor, id: number, dto: AssistanceRequestUpdateDto): Promise<AssistanceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.load(actor, id, manager, true);
      allowed(assistanceTransition(factsOf(row), { type: 'edit' }, actor));
      if (row.version !== dto.version) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `Assistance request ${id} was changed by someone else (version ${row.version}, yours ${dto.version}); reload and apply your change again.`,
          current: await this.detail(actor, row, manager),
        });
      }
      const currency = dto.currency ?? currencyOf(row.currency);
      const requested = dto.requestedMinor === undefined ? BigInt(row.requested_minor) : minorOf('requestedMinor', dto.requestedMinor);
      amountErrors(assistanceAmountProblems({ requested: { amountMinor: requested, currency }, approved: null, approvalAboveRequest: null, disbursements: [] }));
      const currentLinks = (await this.repository.links(id, manager)).map((l) => l.id);
      const currentPartners = (await this.repository.partners(id, manager)).map((p) => p.id);
      const recommendationIds = dto.recommendationIds ?? currentLinks;
      const partnerIds = dto.partnerIds ?? currentPartners;
      await this.checkLinks(manager, row.state_iso3, recommendationIds.filter((r) => !currentLinks.includes(r)), partnerIds.filter((p) => !currentPartners.includes(p)), recommendationIds, partnerIds);
      const next: Snapshot = {
        activityType: dto.activityType ?? row.activity_type,
        channel: dto.channel ?? row.channel,
        description: dto.description === undefined ? row.description : dto.description.trim(),
        consentOn: dto.consentOn === undefined ? row.consent_on : dto.consentOn,
        consentBy: dto.consentBy === undefined ? row.consent_by : dto.consentBy?.trim() || null,
        currency,
        requestedMinor: requested.toString(),
      };
      await manager.query(
        `UPDATE assistance_request SET activity_type = $2, channel = $3, description = $4, consent_on = $5, consent_by = $6, currency = $7, requested_minor = $8,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [id, next.activityType, next.channel, next.description, next.consentOn, next.consentBy, next.currency, next.requestedMinor],
      );
      await this.link(manager, id, recommendationIds, currentLinks);
      await this.setPartners(manager, id, partnerIds, currentPartners);
      await this.audit.record(manager, { action: 'update', entityType: 'assistance_request', entityId: id, changes: diffFields(snapshotOf(row), next, AUDITED) });
      if (partnerIds.join() !== currentPartners.join()) {
        await this.audit.record(manager, { action: 'update', entityType: 'assistance_request', entityId: id, changes: { partnerIds: { before: currentPartners, after: partnerIds } } });
      }
      return this.detail(actor, await this.load(actor, id, manager), manager);
    });
  }

  async transition(actor: Actor, id: number, dto: AssistanceTransitionDto): Promise<AssistanceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.load(actor, id, manager, true);
      const action: AssistanceAction = dto.action === 'return' || dto.action === 'decline' ? { type: dto.action, reason: dto.reason ?? '' } : { type: dto.action };
      const next = allowed(assistanceTransition(factsOf(row), action, actor));
      const user = this.userOf(actor);
      if (dto.version !== undefined && dto.version !== row.version) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `Assistance request ${id} was changed by someone else (version ${row.version}, yours ${dto.version}); reload and try again.` });
      }
      const on = await this.effectiveOn(manager, id, dto.effectiveOn);
      if (dto.action !== 'approve' && (dto.approvedMinor !== undefined || dto.approvalAboveRequestReason !== undefined)) {
        throw badRequest([{ field: dto.approvedMinor !== undefined ? 'approvedMinor' : 'approvalAboveRequestReason', reason: 'is given only with the approve action' }]);
      }
      if (dto.action === 'submit') {
        const links = await this.repository.links(id, manager);
        const problems = assistanceSubmissionProblems({
          description: row.description,
          consentOn: row.consent_on,
          consentBy: row.consent_by,
          recommendationCount: links.length,
          requestedMinor: BigInt(row.requested_minor),
        });
        if (problems.length > 0) {
          throw new UnprocessableEntityException({
            statusCode: 422,
            error: 'Unprocessable Entity',
            message: `The request cannot be submitted yet: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`,
            errors: problems,
          });
        }
      }
      let approved: bigint | null = row.approved_minor === null ? null : BigInt(row.approved_minor);
      let aboveReason = row.approval_above_request_reason;
      if (dto.action === 'approve') {
        if (dto.approvedMinor === undefined) throw badRequest([{ field: 'approvedMinor', reason: 'is required to approve: the amount approved, in minor units' }]);
        approved = minorOf('approvedMinor', dto.approvedMinor);
        aboveReason = dto.approvalAboveRequestReason?.trim() || null;
        const currency = currencyOf(row.currency);
        amountErrors(
          assistanceAmountProblems({
            requested: { amountMinor: BigInt(row.requested_minor), currency },
            approved: { amountMinor: approved, currency },
            approvalAboveRequest: aboveReason === null ? null : { reason: aboveReason, recordedBy: user.role },
            disbursements: [],
          }),
        );
        if (approved <= BigInt(row.requested_minor)) aboveReason = null;
      }
      const dates = datesAfter(row, dto.action, on);
      const year = reportingYear({ submittedOn: dates.submitted_on, decidedOn: dates.decided_on, completedOn: dates.completed_on }, DEFAULT_REPORTING_YEAR_SETTINGS);
      await manager.query(
        `UPDATE assistance_request SET status = $2, submitted_on = $3, decided_on = $4, implementation_started_on = $5, completed_on = $6, reporting_year = $7,
           approved_minor = $8, approval_above_request_reason = $9, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, next, dates.submitted_on, dates.decided_on, dates.implementation_started_on, dates.completed_on, year, approved?.toString() ?? null, aboveReason],
      );
      const reason = action.type === 'return' || action.type === 'decline' ? action.reason.trim() : null;
      await manager.query(
        `INSERT INTO assistance_transition (request_id, action, from_status, to_status, actor_id, reason, effective_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, dto.action, row.status, next, user.userId, reason, on],
      );
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'assistance_request',
        entityId: id,
        changes: {
          transition: { before: null, after: dto.action },
          status: { before: row.status, after: next },
          effectiveOn: { before: null, after: on },
          ...(reason === null ? {} : { reason: { before: null, after: reason } }),
          ...(dto.action === 'approve' ? { approvedMinor: { before: row.approved_minor, after: approved?.toString() ?? null }, approvalAboveRequestReason: { before: row.approval_above_request_reason, after: aboveReason } } : {}),
          ...(year === row.reporting_year ? {} : { reportingYear: { before: row.reporting_year, after: year } }),
        },
      });
      return this.detail(actor, await this.load(actor, id, manager), manager);
    });
  }

  async addDisbursement(actor: Actor, id: number, dto: DisbursementCreateDto): Promise<AssistanceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.load(actor, id, manager, true);
      refuseIf(disbursementRefusal(factsOf(row), actor));
      const user = this.userOf(actor);
      const amount = minorOf('amountMinor', dto.amountMinor);
      const problems: FieldError[] = [];
      if (amount === 0n) problems.push({ field: 'amountMinor', reason: 'must be greater than zero' });
      const today = this.clock.today();
      if (dto.disbursedOn > today) problems.push({ field: 'disbursedOn', reason: `is in the future (today is ${today})` });
      if (row.decided_on !== null && dto.disbursedOn < row.decided_on) problems.push({ field: 'disbursedOn', reason: `is before the approval on ${row.decided_on}` });
      if (problems.length > 0) throw badRequest(problems);
      const currency = currencyOf(row.currency);
      const existing: Disbursement[] = (await this.repository.disbursements(id, manager)).filter((d) => d.voided_at === null).map((d) => ({
        id: String(d.id),
        amount: { amountMinor: BigInt(d.amount_minor), currency },
        disbursedOn: d.disbursed_on,
      }));
      const added: Disbursement = { id: 'new', amount: { amountMinor: amount, currency: dto.currency ?? currency }, disbursedOn: dto.disbursedOn };
      amountErrors(
        assistanceAmountProblems({
          requested: { amountMinor: BigInt(row.requested_minor), currency },
          approved: row.approved_minor === null ? null : { amountMinor: BigInt(row.approved_minor), currency },
          approvalAboveRequest: row.approval_above_request_reason === null ? null : { reason: row.approval_above_request_reason, recordedBy: 'ohchr_officer' },
          disbursements: [...existing, added],
        }),
      );
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO assistance_disbursement (request_id, amount_minor, disbursed_on, note, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, amount.toString(), dto.disbursedOn, dto.note?.trim() || null, user.userId],
      );
      await manager.query(`UPDATE assistance_request SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'assistance_disbursement',
        entityId: inserted[0]?.id ?? 'unknown',
        changes: {
          requestId: { before: null, after: id },
          amountMinor: { before: null, after: amount.toString() },
          currency: { before: null, after: currency },
          disbursedOn: { before: null, after: dto.disbursedOn },
        },
      });
      return this.detail(actor, await this.load(actor, id, manager), manager);
    });
  }

  async publish(actor: Actor, id: number): Promise<AssistanceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.load(actor, id, manager, true);
      refuseIf(assistancePublishRefusal(factsOf(row), actor));
      await manager.query(`UPDATE assistance_request SET published_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, { action: 'publish', entityType: 'assistance_request', entityId: id, changes: { published: { before: false, after: true } } });
      return this.detail(actor, await this.load(actor, id, manager), manager);
    });
  }

  /** Archives a draft (its drafters only); it disappears from every list and answers 404 afterwards. */
  /** Voids a disbursement entered by mistake: kept on record with who, when and why; it no longer counts. */
  async voidDisbursement(actor: Actor, id: number, disbursementId: number, dto: DisbursementVoidDto): Promise<AssistanceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.load(actor, id, manager, true);
      const disbursement = (await this.repository.disbursements(id, manager)).find((d) => d.id === disbursementId);
      if (!disbursement) throw new NotFoundException(`Disbursement ${disbursementId} of request ${id} not found`);
      refuseIf(disbursementVoidRefusal({ voided: disbursement.voided_at !== null }, actor));
      const user = this.userOf(actor);
      const reason = dto.reason.trim();
      await manager.query(`UPDATE assistance_disbursement SET voided_at = now(), voided_by = $2, void_reason = $3 WHERE id = $1`, [disbursementId, user.userId, reason]);
      await manager.query(`UPDATE assistance_request SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'assistance_disbursement',
        entityId: disbursementId,
        changes: { voided: { before: false, after: true }, reason: { before: null, after: reason }, amountMinor: { before: disbursement.amount_minor, after: disbursement.amount_minor } },
      });
      return this.detail(actor, await this.load(actor, id, manager), manager);
    });
  }

  async archive(actor: Actor, id: number, dto: ArchiveDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.load(actor, id, manager, true);
      allowed(assistanceTransition(factsOf(row), { type: 'edit' }, actor));
      await manager.query(`UPDATE assistance_request SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, { action: 'archive', entityType: 'assistance_request', entityId: id, changes: { archived: { before: false, after: true }, reason: { before: null, after: dto.reason.trim() } } });
    });
  }

  /**
   * The linked recommendations with their status claims over time (public claims only, except for
   * OHCHR) and, once the implementation has started, which of them moved during and after it.
   */
  async linkedRecommendations(actor: Actor, id: number): Promise<LinkedRecommendationsDto> {
    const row = await this.load(actor, id, this.dataSource.manager);
    const links = await this.repository.links(id);
    const publicOnly = !mayReadNonPublicClaims(actor);
    const claims = await this.repository.claims(
      links.map((l) => l.id),
      publicOnly,
    );
    const start = row.implementation_started_on;
    const end = row.completed_on;
    const now = this.clock.today();
    const period = start === null ? null : { start, end, asOf: [now, end ?? start].sort().at(-1) ?? now };
    const results =
      period === null
        ? null
        : statusMovementDuringAssistance(
            {
              recommendationIds: links.map((l) => String(l.id)),
              events: claims.map((c) => ({
                id: c.id,
                recommendationId: String(c.recommendation_id),
                party: c.party,
                status: c.status,
                effectiveOn: c.effective_on,
                recordedAt: c.recorded_at.toISOString(),
                source: c.source,
              })),
            },
            period,
          );
    return {
      period,
      publicClaimsOnly: publicOnly,
      items: links.map((l, i) => {
        const result = results?.[i] ?? null;
        return {
          id: l.id,
          body: l.body,
          documentSymbol: l.document_symbol,
          paragraph: l.paragraph,
          text: l.text,
          language: l.language,
          currentStatus: l.current_status,
          timeline: claims
            .filter((c) => c.recommendation_id === l.id)
            .map((c) => ({ party: c.party, status: c.status, effectiveOn: c.effective_on, source: c.source, public: c.public })),
          result: result === null ? null : { moved: result.moved, byParty: result.byParty.map((m) => ({ ...m })) },
        };
      }),
    };
  }

  /** Adds a file (kept privately under DATA_DIR, with its SHA-256) or a link. The temporary upload is always removed. */
  async addDocument(actor: Actor, id: number, file: UploadedDocumentFile | undefined, dto: DocumentCreateDto): Promise<AssistanceRequestDto> {
    try {
      const row = await this.load(actor, id, this.dataSource.manager);
      refuseIf(assistanceDocumentRefusal(factsOf(row), actor));
      const user = this.userOf(actor);
      if (file !== undefined && dto.url !== undefined) throw badRequest([{ field: 'url', reason: 'send either a file or a link, not both' }]);
      if (file === undefined && dto.url === undefined) throw badRequest([{ field: 'file', reason: 'is required unless a link (url) is given' }]);
      let stored: { storageKey: string; sha256: string; sizeBytes: number; mediaType: string; fileName: string } | null = null;
      if (file !== undefined) {
        if (file.size === 0) throw badRequest([{ field: 'file', reason: 'is empty' }]);
        const mediaType = documentMediaType(file.originalname, await readHead(file.path));
        if (mediaType === null) throw badRequest([{ field: 'file', reason: `is not an accepted document type (${ACCEPTED_DOCUMENTS})` }]);
        stored = { ...(await this.store.store(id, file.path)), mediaType, fileName: safeFileName(file.originalname) };
      }
      try {
        return await this.dataSource.transaction(async (manager) => {
          await this.load(actor, id, manager, true);
          const inserted: { id: number }[] = await manager.query(
            `INSERT INTO assistance_document (request_id, kind, title, url, storage_key, file_name, media_type, size_bytes, sha256, uploaded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
            [id, stored === null ? 'link' : 'file', dto.title.trim(), dto.url ?? null, stored?.storageKey ?? null, stored?.fileName ?? null, stored?.mediaType ?? null, stored?.sizeBytes ?? null, stored?.sha256 ?? null, user.userId],
          );
          await this.audit.record(manager, {
            action: 'create',
            entityType: 'assistance_document',
            entityId: inserted[0]?.id ?? 'unknown',
            changes: {
              requestId: { before: null, after: id },
              title: { before: null, after: dto.title.trim() },
              ...(stored === null ? { url: { before: null, after: dto.url ?? null } } : { sha256: { before: null, after: stored.sha256 }, sizeBytes: { before: null, after: stored.sizeBytes } }),
            },
          });
          return this.detail(actor, await this.load(actor, id, manager), manager);
        });
      } catch (error) {
        // Nothing committed refers to the stored copy: it goes too.
        if (stored !== null) await this.store.remove(stored.storageKey);
        throw error;
      }
    } finally {
      if (file !== undefined) await rm(file.path, { force: true });
    }
  }

  async readDocument(actor: Actor, id: number, documentId: number): Promise<DocumentDownload> {
    await this.load(actor, id, this.dataSource.manager);
    const document = await this.repository.document(id, documentId);
    if (document === null || document.storage_key === null || document.media_type === null || document.size_bytes === null) {
      throw new NotFoundException(`Document ${documentId} of assistance request ${id} not found${document?.kind === 'link' ? ' (it is a link, not a file)' : ''}`);
    }
    return { stream: this.store.read(document.storage_key), fileName: document.file_name ?? 'document', mediaType: document.media_type, sizeBytes: document.size_bytes };
  }

  async archiveDocument(actor: Actor, id: number, documentId: number, dto: ArchiveDto): Promise<AssistanceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.load(actor, id, manager, true);
      refuseIf(assistanceDocumentRefusal(factsOf(row), actor));
      const document = await this.repository.document(id, documentId, manager);
      if (document === null) throw new NotFoundException(`Document ${documentId} of assistance request ${id} not found`);
      await manager.query(`UPDATE assistance_document SET archived_at = now() WHERE id = $1`, [documentId]);
      await this.audit.record(manager, {
        action: 'archive',
        entityType: 'assistance_document',
        entityId: documentId,
        changes: { requestId: { before: null, after: id }, archived: { before: false, after: true }, reason: { before: null, after: dto.reason.trim() } },
      });
      return this.detail(actor, await this.load(actor, id, manager), manager);
    });
  }

  /** Loads a request the caller may read, or answers 404 (also when it may not know of it). */
  private async load(actor: Actor, id: number, manager: EntityManager, lock = false): Promise<RequestRow> {
    const row = await this.repository.findOne(id, manager, lock);
    if (!row) throw new NotFoundException(notFound(id));
    enforce(assistanceReadDecision(actor, factsOf(row)), notFound(id));
    return row;
  }

  /** A person (or their token) is acting: the policies have allowed it, so anonymous callers cannot get here. */
  private userOf(actor: Actor): UserActor {
    if (actor.kind !== 'user') throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to do this.' });
    return actor;
  }

  /**
   * The date of a step: today unless given; never in the future, never before the previous step
   * (the draft's creation aside: a request asked for on paper may be entered later).
   */
  private async effectiveOn(manager: EntityManager, id: number, given: string | undefined): Promise<string> {
    const now = this.clock.today();
    const on = given ?? now;
    if (on > now) throw badRequest([{ field: 'effectiveOn', reason: `is in the future (today is ${now})` }]);
    const previous: { effective_on: string }[] = await manager.query(
      `SELECT to_char(effective_on, 'YYYY-MM-DD') AS effective_on FROM assistance_transition WHERE request_id = $1 AND action <> 'create' ORDER BY id DESC LIMIT 1`,
      [id],
    );
    const last = previous[0]?.effective_on;
    if (last !== undefined && on < last) throw badRequest([{ field: 'effectiveOn', reason: `is before the previous step of the request (${last})` }]);
    return on;
  }

  /** 400 naming each recommendation that is missing or addressed to another State, and each unknown partner. */
  private async checkLinks(
    manager: EntityManager,
    stateIso3: string,
    newRecommendationIds: readonly number[],
    newPartnerIds: readonly number[],
    allRecommendationIds: readonly number[] = newRecommendationIds,
    allPartnerIds: readonly number[] = newPartnerIds,
  ): Promise<void> {
    const states = await this.repository.recommendationStates(newRecommendationIds, manager);
    const partners = await this.repository.existingStakeholders(newPartnerIds, manager);
    const errors: FieldError[] = [];
    allRecommendationIds.forEach((rid, i) => {
      if (!newRecommendationIds.includes(rid)) return;
      const state = states.get(rid);
      if (state === undefined) errors.push({ field: `recommendationIds[${i}]`, reason: `recommendation ${rid} does not exist` });
      else if (state !== stateIso3) errors.push({ field: `recommendationIds[${i}]`, reason: `recommendation ${rid} is addressed to ${state}, not to the requesting State ${stateIso3}` });
    });
    allPartnerIds.forEach((pid, i) => {
      if (newPartnerIds.includes(pid) && !partners.has(pid)) errors.push({ field: `partnerIds[${i}]`, reason: `stakeholder ${pid} does not exist` });
    });
    if (errors.length > 0) throw badRequest(errors);
  }

  /** Makes the active links exactly `wanted`: unlinks the others (kept, with unlinked_at), links or re-links the new ones; audits each. */
  private async link(manager: EntityManager, id: number, wanted: readonly number[], current: readonly number[]): Promise<void> {
    for (const recommendationId of current.filter((r) => !wanted.includes(r))) {
      await manager.query(`UPDATE assistance_request_recommendation SET unlinked_at = now() WHERE request_id = $1 AND recommendation_id = $2`, [id, recommendationId]);
      await this.audit.record(manager, { action: 'unlink', entityType: 'assistance_request', entityId: id, changes: { recommendationId: { before: recommendationId, after: null } } });
    }
    for (const recommendationId of wanted.filter((r) => !current.includes(r))) {
      await manager.query(
        `INSERT INTO assistance_request_recommendation (request_id, recommendation_id) VALUES ($1, $2)
         ON CONFLICT (request_id, recommendation_id) DO UPDATE SET unlinked_at = NULL, linked_at = now()`,
        [id, recommendationId],
      );
      await this.audit.record(manager, { action: 'link', entityType: 'assistance_request', entityId: id, changes: { recommendationId: { before: null, after: recommendationId } } });
    }
  }

  private async setPartners(manager: EntityManager, id: number, wanted: readonly number[], current: readonly number[]): Promise<void> {
    for (const stakeholderId of current.filter((p) => !wanted.includes(p))) {
      await manager.query(`UPDATE assistance_partner SET removed_at = now() WHERE request_id = $1 AND stakeholder_id = $2`, [id, stakeholderId]);
    }
    for (const stakeholderId of wanted.filter((p) => !current.includes(p))) {
      await manager.query(
        `INSERT INTO assistance_partner (request_id, stakeholder_id) VALUES ($1, $2) ON CONFLICT (request_id, stakeholder_id) DO UPDATE SET removed_at = NULL, added_at = now()`,
        [id, stakeholderId],
      );
    }
  }

  private async detail(actor: Actor, row: RequestRow, manager: EntityManager): Promise<AssistanceRequestDto> {
    const facts = factsOf(row);
    const ohchr = mayReadNonPublicClaims(actor);
    // One connection inside a transaction runs one query at a time: ask in sequence.
    const links = await this.repository.links(row.id, manager);
    const partners = await this.repository.partners(row.id, manager);
    const disbursements = await this.repository.disbursements(row.id, manager);
    const documents = await this.repository.documents(row.id, manager);
    const transitions = await this.repository.transitions(row.id, manager);
    const edit = assistanceTransition(facts, { type: 'edit' }, actor).ok;
    return {
      ...toSummary(row),
      description: row.description,
      consentOn: row.consent_on,
      consentBy: row.consent_by,
      approvalAboveRequestReason: row.approval_above_request_reason,
      implementationStartedOn: row.implementation_started_on,
      completedOn: row.completed_on,
      publishedAt: row.published_at?.toISOString() ?? null,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      recommendations: links.map((l) => ({ id: l.id, body: l.body, documentSymbol: l.document_symbol, paragraph: l.paragraph, text: l.text, language: l.language, currentStatus: l.current_status })),
      partners,
      disbursements: disbursements.map((d) => ({
        id: d.id,
        amount: money(d.amount_minor, row.currency),
        disbursedOn: d.disbursed_on,
        note: d.note,
        recordedAt: d.recorded_at.toISOString(),
        voidedAt: d.voided_at?.toISOString() ?? null,
        voidReason: d.void_reason,
      })),
      documents: documents.map(
        (d): DocumentDto => ({
          id: d.id,
          kind: d.kind,
          title: d.title,
          url: d.url,
          fileName: d.file_name,
          mediaType: d.media_type,
          sizeBytes: d.size_bytes,
          sha256: d.sha256,
          uploadedAt: d.uploaded_at.toISOString(),
        }),
      ),
      transitions: transitions.map((t) => ({
        action: t.action as 'create' | TransitionAction,
        fromStatus: t.from_status,
        toStatus: t.to_status,
        actorRole: t.actor_role,
        actorName: ohchr ? t.actor_name : null,
        reason: t.reason,
        effectiveOn: t.effective_on,
        at: t.at.toISOString(),
      })),
      actions: {
        edit,
        archive: edit,
        publish: assistancePublishRefusal(facts, actor) === null,
        disburse: disbursementRefusal(facts, actor) === null,
        voidDisbursement: disbursementVoidRefusal({ voided: false }, actor) === null,
        addDocument: assistanceDocumentRefusal(facts, actor) === null,
        transitions: availableAssistanceActions(facts, actor).filter((a): a is TransitionAction => a !== 'edit'),
      },
    };
  }
}
