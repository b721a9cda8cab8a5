import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  COOPERATION_RULE_IDS,
  COOPERATION_RULES,
  cooperationAccess,
  DEFAULT_COOPERATION_SETTINGS,
  flagTransition,
  windowFor,
  type Actor,
  type CooperationRuleId,
  type FlagAction,
  type FlagStatus,
  type WorkflowRefusal,
} from '@tracker/domain';
import { enforce } from '../../common/access';
import type { CooperationConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { OHCHR_ONLY } from '../cooperation/cooperation.service';
import type { EvidenceDto, FlagDetailDto, FlagEventDto, FlagListDto, FlagListQueryDto, FlagReviewDto, FlagSummaryDto, FlagWindowDto, RulesDto } from './dto/flag.dto';
import { evidenceLabels } from './evidence-labels';
import { COOPERATION_CONFIG, todayUtc } from './sweep.service';

interface FlagRow {
  id: number;
  state_iso3: string;
  state_name: string;
  rule_id: CooperationRuleId;
  category: FlagSummaryDto['category'];
  severity: FlagSummaryDto['severity'];
  status: FlagStatus;
  persistent: boolean;
  first_seen_window: string;
  last_seen_window: string;
  dismissed_in_window: string | null;
  review_reason: string | null;
  evidence_count: number;
  version: number;
  updated_at: Date;
}

const FLAG_SQL = `
  SELECT f.id, f.state_iso3, s.name AS state_name, f.rule_id, f.category, f.severity, f.status, f.persistent, f.first_seen_window, f.last_seen_window,
         f.dismissed_in_window, f.review_reason, f.version, f.updated_at,
         (SELECT count(*) FROM cooperation_flag_window w JOIN cooperation_flag_evidence e ON e.flag_window_id = w.id
           WHERE w.flag_id = f.id AND w.window_key = f.last_seen_window)::int AS evidence_count
    FROM cooperation_flag f JOIN state s ON s.iso3 = f.state_iso3`;

const SEVERITY_ORDER = `CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;
const REVIEW_ACTIONS = ['start_review', 'confirm', 'dismiss'] as const;

function toSummary(r: FlagRow): FlagSummaryDto {
  const rule = COOPERATION_RULES[r.rule_id];
  return {
    id: r.id,
    stateIso3: r.state_iso3,
    stateName: r.state_name,
    ruleId: r.rule_id,
    ruleName: rule.name,
    mechanism: rule.mechanism,
    category: r.category,
    severity: r.severity,
    status: r.status,
    persistent: r.persistent,
    firstSeenWindow: r.first_seen_window,
    lastSeenWindow: r.last_seen_window,
    evidenceCount: r.evidence_count,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

function actionOf(type: (typeof REVIEW_ACTIONS)[number], reason: string | undefined): FlagAction {
  return type === 'dismiss' ? { type, reason: reason ?? '' } : { type };
}

/** The HTTP answer to a refused review step. */
function refusalError(refusal: WorkflowRefusal): Error {
  switch (refusal.code) {
    case 'unauthenticated':
      return new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to do this.' });
    case 'role_not_allowed':
    case 'missing_permission':
    case 'not_own_state':
      return new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `You may not do this: ${refusal.reason}.` });
    case 'invalid_transition':
      return new ConflictException({ statusCode: 409, error: 'Conflict', message: `Not possible now: ${refusal.reason}.` });
    case 'reason_required':
      return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `reason: ${refusal.reason}`, errors: [{ field: 'reason', reason: 'is required to dismiss a flag' }] });
  }
}

/**
 * Flags for people to review: the board's list, one flag with its evidence and history, and the
 * review steps (OHCHR officers: take under review, confirm, dismiss with a reason). A flag is never
 * a determination of non-cooperation (HRC res 5/1 para 38).
 */
@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COOPERATION_CONFIG) private readonly config: CooperationConfig,
    private readonly audit: AuditService,
  ) {}

  rules(actor: Actor): RulesDto {
    enforce(cooperationAccess(actor), 'Not found', OHCHR_ONLY);
    const settings = this.config.settings;
    return {
      rules: COOPERATION_RULE_IDS.map((id) => {
        const rule = COOPERATION_RULES[id];
        return {
          id,
          name: rule.name,
          mechanism: rule.mechanism,
          category: rule.category,
          source: rule.source,
          settings: { ...settings.rules[id] } as Record<string, number>,
          defaultSettings: { ...DEFAULT_COOPERATION_SETTINGS.rules[id] } as Record<string, number>,
        };
      }),
      window: settings.window.granularity,
      persistenceWindows: settings.persistence.consecutiveWindows,
      sweepCron: this.config.sweepCron,
    };
  }

  async list(actor: Actor, query: FlagListQueryDto): Promise<FlagListDto> {
    enforce(cooperationAccess(actor), 'Not found', OHCHR_ONLY);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.state) add('f.state_iso3 = ?', query.state);
    if (query.rule) add('f.rule_id = ?', query.rule);
    if (query.severity) add('f.severity = ?', query.severity);
    if (query.category) add('f.category = ?', query.category);
    if (query.persistent) add('f.persistent = ?', query.persistent === 'true');
    const others = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const byStatus = await this.dataSource.query<{ status: FlagStatus; count: number }[]>(
      `SELECT f.status, count(*)::int AS count FROM cooperation_flag f ${others} GROUP BY f.status ORDER BY f.status`,
      params,
    );
    if (query.status) add('f.status = ?', query.status);
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const rows = await this.dataSource.query<FlagRow[]>(`${FLAG_SQL} ${where} ORDER BY ${SEVERITY_ORDER}, s.name, f.rule_id LIMIT 5000`, params);
    return { items: rows.map(toSummary), byStatus };
  }

  async get(actor: Actor, id: number): Promise<FlagDetailDto> {
    enforce(cooperationAccess(actor), `Flag ${id} not found`, OHCHR_ONLY);
    return this.detail(this.dataSource.manager, actor, id);
  }

  async review(actor: Actor, id: number, dto: FlagReviewDto): Promise<FlagDetailDto> {
    enforce(cooperationAccess(actor), `Flag ${id} not found`, OHCHR_ONLY);
    await this.dataSource.transaction(async (manager) => {
      const [flag] = await manager.query<{ status: FlagStatus; dismissed_in_window: string | null; version: number }[]>(
        `SELECT status, dismissed_in_window, version FROM cooperation_flag WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (flag === undefined) throw new NotFoundException(`Flag ${id} not found`);
      if (flag.version !== dto.version) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `Flag ${id} was changed since version ${dto.version} (now ${flag.version}); reload it and decide again.` });
      }
      const result = flagTransition({ status: flag.status, dismissedInWindow: flag.dismissed_in_window }, actionOf(dto.action, dto.reason), actor);
      if (!result.ok) throw refusalError(result.refusal);
      const userId = actor.kind === 'user' ? actor.userId : 'anonymous';
      const reason = dto.reason?.trim() ? dto.reason.trim() : null;
      const dismissedIn = dto.action === 'dismiss' ? windowFor(todayUtc(), this.config.settings.window).key : flag.dismissed_in_window;
      await manager.query(
        `UPDATE cooperation_flag SET status = $2, dismissed_in_window = $3, review_reason = CASE WHEN $4::text IS NULL AND $5 = 'start_review' THEN review_reason ELSE $4 END,
                reviewed_by = $6, reviewed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id, result.next, dismissedIn, reason, dto.action, userId],
      );
      await manager.query(
        `INSERT INTO cooperation_flag_event (flag_id, actor, action, from_status, to_status, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, userId, dto.action, flag.status, result.next, reason],
      );
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'cooperation_flag',
        entityId: id,
        changes: { status: { before: flag.status, after: result.next }, ...(reason ? { reviewReason: { before: null, after: reason } } : {}) },
      });
    });
    return this.detail(this.dataSource.manager, actor, id);
  }

  private async detail(manager: EntityManager, actor: Actor, id: number): Promise<FlagDetailDto> {
    const [row] = await manager.query<FlagRow[]>(`${FLAG_SQL} WHERE f.id = $1`, [id]);
    if (row === undefined) throw new NotFoundException(`Flag ${id} not found`);
    const windows = await manager.query<{ id: number; window_key: string; severity: FlagWindowDto['severity']; persistent: boolean; explanation: string; evaluated_on: string; kinds: string[] | null; ids: number[] | null }[]>(
      `SELECT w.id, w.window_key, w.severity, w.persistent, w.explanation, to_char(w.evaluated_on, 'YYYY-MM-DD') AS evaluated_on,
              array_agg(e.record_kind ORDER BY e.record_kind, e.record_id) FILTER (WHERE e.record_kind IS NOT NULL) AS kinds,
              array_agg(e.record_id ORDER BY e.record_kind, e.record_id) FILTER (WHERE e.record_kind IS NOT NULL) AS ids
         FROM cooperation_flag_window w LEFT JOIN cooperation_flag_evidence e ON e.flag_window_id = w.id
        WHERE w.flag_id = $1 GROUP BY w.id ORDER BY w.window_key DESC`,
      [id],
    );
    const refs = windows.flatMap((w) => (w.kinds ?? []).map((kind, i) => ({ kind, id: w.ids?.[i] ?? 0 })));
    const labels = await evidenceLabels(manager, refs);
    const events = await manager.query<{ occurred_at: Date; actor: string; name: string | null; action: string; from_status: FlagStatus | null; to_status: FlagStatus; window_key: string | null; reason: string | null }[]>(
      `SELECT e.occurred_at, e.actor, u.display_name AS name, e.action, e.from_status, e.to_status, e.window_key, e.reason
         FROM cooperation_flag_event e LEFT JOIN user_account u ON u.id::text = e.actor WHERE e.flag_id = $1 ORDER BY e.id`,
      [id],
    );
    const unknown = (kind: string, recordId: number): EvidenceDto => ({ kind: kind as EvidenceDto['kind'], id: recordId, label: `${kind} ${recordId} (no longer exists)`, date: null, archived: true });
    return {
      ...toSummary(row),
      ruleSource: COOPERATION_RULES[row.rule_id].source,
      dismissedInWindow: row.dismissed_in_window,
      reviewReason: row.review_reason,
      windows: windows.map((w) => ({
        windowKey: w.window_key,
        severity: w.severity,
        persistent: w.persistent,
        explanation: w.explanation,
        evaluatedOn: w.evaluated_on,
        evidence: (w.kinds ?? []).map((kind, i) => labels.get(`${kind}:${w.ids?.[i] ?? 0}`) ?? unknown(kind, w.ids?.[i] ?? 0)),
      })),
      events: events.map(
        (e): FlagEventDto => ({
          occurredAt: e.occurred_at.toISOString(),
          actor: e.actor === 'system' ? 'Rule sweep' : (e.name ?? e.actor),
          action: e.action,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          windowKey: e.window_key,
          reason: e.reason,
        }),
      ),
      actions: REVIEW_ACTIONS.filter((a) => flagTransition({ status: row.status, dismissedInWindow: row.dismissed_in_window }, actionOf(a, 'x'), actor).ok),
    };
  }
}
