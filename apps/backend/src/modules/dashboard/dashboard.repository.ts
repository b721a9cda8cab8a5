import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AssistanceVisibility, DeadlineKind, FlagStatus, MechanismKind, RegionalGroup } from '@tracker/domain';
import { filterConditions, SqlParams } from '../recommendations/recommendation-filter.sql';
import type { ComparisonDimension, DashboardFilterDto } from './dto/dashboard-filter.dto';
import type { PartyGroup } from './dto/dashboard-response.dto';

/*
 * The dashboard's read SQL. Every aggregate is computed in PostgreSQL over public data only:
 * `status_event.public` claims (published, not confidential) and the registry's current status
 * and response, which are themselves kept from public claims. Filters are bound parameters.
 */

/** Tables the aggregates read: a write to any of them may change a figure. */
const SOURCE_TABLES = [
  'recommendation',
  'status_event',
  'recommendation_response',
  'recommendation_theme',
  'recommendation_sdg',
  'state',
  'recommendation_deadline',
  'cooperation_flag',
  'cooperation_flag_event',
] as const;

/** Flag statuses that still wait for (or are under) a reviewer's decision. */
export const AWAITING_REVIEW: readonly FlagStatus[] = ['open', 'under_review', 'reopened'];

interface CountsColumns {
  total: number;
  no_information: number;
  not_implemented: number;
  partially_implemented: number;
  fully_implemented: number;
}

export interface ProgressRow {
  month: string;
  party_group: PartyGroup;
  recommendations: number;
  not_implemented: number;
  partially_implemented: number;
  fully_implemented: number;
}

export interface HeadlineNowRow {
  total: number;
  total_then: number;
  responded: number;
  supported: number;
  implemented: number;
}

export interface ComparisonRow extends CountsColumns {
  key: string;
  label: string;
  m49: string | null;
  responded: number;
  supported: number;
}

export interface StateRow {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  regional_group: RegionalGroup | null;
  m49_region: string;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

export interface MechanismStatusRow extends CountsColumns {
  mechanism: MechanismKind;
  supported: number;
  supported_in_part: number;
  noted: number;
  no_response: number;
}

export interface ReviewRow {
  kind: 'upr' | 'treaty_body';
  body: string;
  session: number | null;
  cycle: number | null;
  date: string | null;
  recommendations: number;
}

export interface DeadlineRow {
  kind: DeadlineKind;
  body: string;
  due_on: string;
  recommendations: number;
  met: number;
  overdue: number;
}

/** `sum(...) FILTER` columns counting the current status of `r`. */
const STATUS_COUNTS = `count(*)::int AS total,
  count(*) FILTER (WHERE r.current_status = 'no_information')::int AS no_information,
  count(*) FILTER (WHERE r.current_status = 'not_implemented')::int AS not_implemented,
  count(*) FILTER (WHERE r.current_status = 'partially_implemented')::int AS partially_implemented,
  count(*) FILTER (WHERE r.current_status = 'fully_implemented')::int AS fully_implemented`;

const RESPONSE_COUNTS = `count(*) FILTER (WHERE r.current_response <> 'no_response')::int AS responded,
  count(*) FILTER (WHERE r.current_response IN ('supported', 'supported_in_part'))::int AS supported`;

/** What each comparison groups by: the joins it needs, its key and its label. */
const DIMENSIONS: Readonly<Record<ComparisonDimension, { from: string; key: string; label: string; m49: string; where?: string }>> = {
  regional_group: { from: 'JOIN state s ON s.iso3 = r.state_iso3', key: "coalesce(s.regional_group, 'NONE')", label: "coalesce(s.regional_group, 'NONE')", m49: 'NULL' },
  region: { from: 'JOIN state s ON s.iso3 = r.state_iso3', key: 's.m49_region', label: 's.m49_region', m49: 'NULL' },
  state: { from: 'JOIN state s ON s.iso3 = r.state_iso3', key: 'trim(s.iso3)', label: 's.name', m49: 's.m49' },
  theme: { from: 'JOIN recommendation_theme t ON t.recommendation_id = r.id JOIN theme th ON th.code = t.theme_code', key: 'th.code', label: 'th.name', m49: 'NULL' },
  // A recommendation linked to several targets of one goal counts once for the goal.
  sdg: {
    from: `JOIN (SELECT DISTINCT recommendation_id, split_part(sdg_code, '.', 1) AS goal FROM recommendation_sdg) g ON g.recommendation_id = r.id
           JOIN sdg goal ON goal.code = g.goal`,
    key: 'g.goal',
    label: 'goal.title',
    m49: 'NULL',
  },
  cycle: { from: '', key: 'r.cycle::text', label: 'r.cycle::text', m49: 'NULL', where: 'r.cycle IS NOT NULL' },
  mechanism: { from: '', key: 'r.mechanism', label: 'r.mechanism', m49: 'NULL' },
};

/** WHERE conditions on `r` for the dashboard's filters: the registry's, plus the State's regional group and M49 region. */
export function scopeConditions(filter: DashboardFilterDto, params: SqlParams): string[] {
  const where = filterConditions(filter, params);
  if (filter.regionalGroup && filter.regionalGroup.length > 0) {
    where.push(`r.state_iso3 IN (SELECT st.iso3 FROM state st WHERE st.regional_group = ANY(${params.add(filter.regionalGroup)}::text[]))`);
  }
  if (filter.region && filter.region.length > 0) {
    where.push(`r.state_iso3 IN (SELECT st.iso3 FROM state st WHERE st.m49_region = ANY(${params.add(filter.region)}::text[]))`);
  }
  return where;
}

/** The State filters alone (State, regional group, region), on a table with a `state_iso3` column aliased `alias`. */
function stateConditions(filter: DashboardFilterDto, params: SqlParams, alias: string): string[] {
  const where: string[] = [];
  if (filter.state && filter.state.length > 0) where.push(`${alias}.state_iso3 = ANY(${params.add(filter.state)}::bpchar[])`);
  if (filter.regionalGroup && filter.regionalGroup.length > 0) {
    where.push(`${alias}.state_iso3 IN (SELECT st.iso3 FROM state st WHERE st.regional_group = ANY(${params.add(filter.regionalGroup)}::text[]))`);
  }
  if (filter.region && filter.region.length > 0) {
    where.push(`${alias}.state_iso3 IN (SELECT st.iso3 FROM state st WHERE st.m49_region = ANY(${params.add(filter.region)}::text[]))`);
  }
  return where.length > 0 ? where : ['true'];
}

@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A cheap signature of the data the aggregates read: the write counters PostgreSQL keeps per
   * table (flushed by each backend within seconds of a commit). When it changes, cached aggregates
   * are recomputed.
   */
  async dataSignature(): Promise<string> {
    const rows: { signature: string }[] = await this.dataSource.query(
      `SELECT pg_postmaster_start_time()::text || ':' || coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::text AS signature
       FROM pg_stat_user_tables
       WHERE schemaname = 'public' AND relname = ANY($1::text[])`,
      [SOURCE_TABLES],
    );
    return rows[0]?.signature ?? '';
  }

  /**
   * dashboard.progress — how many of the filtered recommendations had each status at the end of
   * every month, per party group ('state' | 'independent'), set-based in one statement:
   *
   *  1. `claims`: the public claims in force by `today`, each with the date of the next claim of the
   *     same party group on the same recommendation (lead() over recommendation × group, ordered
   *     as statusAsOf in libs/domain orders them: effective date, then recorded time, then id);
   *  2. a claim holds from its month to the month of the next claim: +1 for its status in its month,
   *     −1 in the next claim's month (a same-month correction cancels out);
   *  3. running sums of those deltas over a generate_series of months give the counts as of each
   *     month end; recommendations that exist (issued, else recorded) minus those counted have no
   *     information. History older than `floorMonth` is folded into that month.
   *
   * EXPLAIN on 1M recommendations / 3M status events (bench/dashboard.bench.ts): Seq Scan on
   * recommendation → CTE scope; Parallel Seq Scan on status_event (Filter: public AND effective_on
   * <= today) → Sort (recommendation_id, party = 'state', effective_on, recorded_at, id) → Gather
   * Merge → Merge Join with the sorted scope → WindowAgg → Nested Loop × VALUES → HashAggregate
   * (≈ 450 groups); then ≈ 230 months × 2 groups through a Merge Left Join and a WindowAgg. The
   * sort of the public claims dominates (seconds at that size): the service caches the result.
   */
  async progress(filter: DashboardFilterDto, today: string, floorMonth: string): Promise<ProgressRow[]> {
    const params = new SqlParams();
    const where = scopeConditions(filter, params).join(' AND ');
    const t = params.add(today);
    const floor = params.add(floorMonth);
    return this.dataSource.query(
      `WITH scope AS MATERIALIZED (
         SELECT r.id, coalesce(r.issued_on, r.created_at::date) AS since FROM recommendation r WHERE ${where}
       ),
       claims AS (
         SELECT CASE WHEN e.party = 'state' THEN 'state' ELSE 'independent' END AS party_group, e.status,
                date_trunc('month', e.effective_on)::date AS from_month,
                date_trunc('month', lead(e.effective_on) OVER w)::date AS to_month
         FROM status_event e JOIN scope s ON s.id = e.recommendation_id
         WHERE e.public AND e.effective_on <= ${t}::date
         WINDOW w AS (PARTITION BY e.recommendation_id, e.party = 'state' ORDER BY e.effective_on, e.recorded_at, e.id)
       ),
       deltas AS (
         SELECT c.party_group, greatest(v.month, ${floor}::date) AS month,
                sum(v.delta) FILTER (WHERE c.status = 'not_implemented')::int AS not_implemented,
                sum(v.delta) FILTER (WHERE c.status = 'partially_implemented')::int AS partially_implemented,
                sum(v.delta) FILTER (WHERE c.status = 'fully_implemented')::int AS fully_implemented
         FROM claims c CROSS JOIN LATERAL (VALUES (c.from_month, 1), (c.to_month, -1)) AS v(month, delta)
         WHERE v.month IS NOT NULL AND c.status <> 'no_information' AND (c.to_month IS NULL OR c.to_month > c.from_month)
         GROUP BY 1, 2
       ),
       arrivals AS (
         SELECT greatest(date_trunc('month', since)::date, ${floor}::date) AS month, count(*)::int AS n
         FROM scope WHERE since <= ${t}::date GROUP BY 1
       ),
       months AS (
         SELECT generate_series(least((SELECT min(month) FROM arrivals), (SELECT min(month) FROM deltas)), date_trunc('month', ${t}::date), interval '1 month')::date AS month
       ),
       grid AS (SELECT m.month, g.party_group FROM months m CROSS JOIN (VALUES ('state'), ('independent')) AS g(party_group))
       SELECT to_char(grid.month, 'YYYY-MM') AS month, grid.party_group,
              (sum(coalesce(a.n, 0)) OVER w)::int AS recommendations,
              (sum(coalesce(d.not_implemented, 0)) OVER w)::int AS not_implemented,
              (sum(coalesce(d.partially_implemented, 0)) OVER w)::int AS partially_implemented,
              (sum(coalesce(d.fully_implemented, 0)) OVER w)::int AS fully_implemented
       FROM grid
       LEFT JOIN arrivals a ON a.month = grid.month
       LEFT JOIN deltas d ON d.month = grid.month AND d.party_group = grid.party_group
       WINDOW w AS (PARTITION BY grid.party_group ORDER BY grid.month)
       ORDER BY grid.party_group DESC, grid.month`,
      params.values,
    );
  }

  /**
   * dashboard.headline_now — counts on the registry's current columns; one scan of the filtered
   * recommendations (EXPLAIN at 1M: Parallel Seq Scan on recommendation → Partial Aggregate → Gather).
   */
  async headlineNow(filter: DashboardFilterDto, then: string): Promise<HeadlineNowRow> {
    const params = new SqlParams();
    const where = scopeConditions(filter, params).join(' AND ');
    const rows: HeadlineNowRow[] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE coalesce(r.issued_on, r.created_at::date) <= ${params.add(then)}::date)::int AS total_then,
              ${RESPONSE_COUNTS},
              count(*) FILTER (WHERE r.current_status = 'fully_implemented')::int AS implemented
       FROM recommendation r WHERE ${where}`,
      params.values,
    );
    return rows[0] ?? { total: 0, total_then: 0, responded: 0, supported: 0, implemented: 0 };
  }

  /**
   * dashboard.implemented_then — recommendations fully implemented on `then` by the registry's rule
   * (the latest public claim of the State or OHCHR in force on that day): DISTINCT ON per
   * recommendation over the claims up to that day. EXPLAIN at 1M/3M: Parallel Seq Scan on
   * status_event → Sort → Merge Join with the filtered recommendations → Unique → Aggregate.
   */
  async implementedThen(filter: DashboardFilterDto, then: string): Promise<number> {
    const params = new SqlParams();
    const where = scopeConditions(filter, params).join(' AND ');
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE latest.status = 'fully_implemented')::int AS n FROM (
         SELECT DISTINCT ON (e.recommendation_id) e.status
         FROM status_event e JOIN recommendation r ON r.id = e.recommendation_id
         WHERE ${where} AND e.public AND e.party IN ('state', 'ohchr') AND e.effective_on <= ${params.add(then)}::date
         ORDER BY e.recommendation_id, e.effective_on DESC, e.recorded_at DESC, e.id DESC
       ) latest`,
      params.values,
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * dashboard.responses_then — of the filtered recommendations, how many had a response and how many
   * a supporting one on `then`: the latest entry of each response history dated by then (the order
   * of the registry: response date, then recorded time, then id). EXPLAIN at 1M recommendations:
   * Parallel Hash Join of recommendation_response and recommendation (Parallel Seq Scans) → Sort →
   * Gather Merge → Unique → Aggregate.
   */
  async responsesThen(filter: DashboardFilterDto, then: string): Promise<{ responded: number; supported: number }> {
    const params = new SqlParams();
    const where = scopeConditions(filter, params).join(' AND ');
    const t = params.add(then);
    const rows: { responded: number; supported: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE latest.response <> 'no_response')::int AS responded,
              count(*) FILTER (WHERE latest.response IN ('supported', 'supported_in_part'))::int AS supported
       FROM (
         SELECT DISTINCT ON (rr.recommendation_id) rr.response
         FROM recommendation_response rr JOIN recommendation r ON r.id = rr.recommendation_id
         WHERE ${where} AND coalesce(rr.responded_on, rr.recorded_at::date) <= ${t}::date
         ORDER BY rr.recommendation_id, rr.responded_on DESC NULLS LAST, rr.recorded_at DESC, rr.id DESC
       ) latest`,
      params.values,
    );
    return rows[0] ?? { responded: 0, supported: 0 };
  }

  /** dashboard.overdue — deadlines of the filtered recommendations overdue on `today` and on `then` (as the deadlines are recorded now). */
  async overdue(filter: DashboardFilterDto, today: string, then: string): Promise<{ now: number; then: number }> {
    const params = new SqlParams();
    const where = scopeConditions(filter, params).join(' AND ');
    const t = params.add(today);
    const p = params.add(then);
    const rows: { now: number; then: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE d.overdue_from <= ${t}::date AND (d.met_on IS NULL OR d.met_on > ${t}::date))::int AS now,
              count(*) FILTER (WHERE d.overdue_from <= ${p}::date AND (d.met_on IS NULL OR d.met_on > ${p}::date))::int AS then
       FROM recommendation_deadline d JOIN recommendation r ON r.id = d.recommendation_id
       WHERE ${where} AND d.archived_at IS NULL AND d.overdue_from IS NOT NULL`,
      params.values,
    );
    return rows[0] ?? { now: 0, then: 0 };
  }

  /** dashboard.flags_awaiting_review — flags awaiting a reviewer's decision now, and on `then` (from each flag's history). */
  async flagsAwaitingReview(filter: DashboardFilterDto, then: string): Promise<{ now: number; then: number }> {
    const params = new SqlParams();
    const where = stateConditions(filter, params, 'f').join(' AND ');
    const open = params.add(AWAITING_REVIEW);
    const rows: { now: number; then: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE f.status = ANY(${open}::text[]))::int AS now,
              count(*) FILTER (WHERE (
                SELECT ev.to_status FROM cooperation_flag_event ev
                WHERE ev.flag_id = f.id AND ev.occurred_at < (${params.add(then)}::date + 1)
                ORDER BY ev.occurred_at DESC, ev.id DESC LIMIT 1
              ) = ANY(${open}::text[]))::int AS then
       FROM cooperation_flag f WHERE ${where}`,
      params.values,
    );
    return rows[0] ?? { now: 0, then: 0 };
  }

  /**
   * dashboard.comparison — current status (and UPR responses) of the filtered recommendations per
   * group of a dimension. One pass over the recommendations with a hash join to the dimension
   * (HashAggregate on the key; Parallel Seq Scan on recommendation at 1M rows).
   */
  async comparison(filter: DashboardFilterDto, dimension: ComparisonDimension): Promise<ComparisonRow[]> {
    const params = new SqlParams();
    const spec = DIMENSIONS[dimension];
    const where = [...scopeConditions(filter, params), ...(spec.where ? [spec.where] : [])].join(' AND ');
    return this.dataSource.query(
      `SELECT ${spec.key} AS key, ${spec.label} AS label, ${spec.m49} AS m49, ${STATUS_COUNTS}, ${RESPONSE_COUNTS}
       FROM recommendation r ${spec.from}
       WHERE ${where}
       GROUP BY 1, 2, 3
       ORDER BY 1`,
      params.values,
    );
  }

  async state(iso3: string): Promise<StateRow | null> {
    const rows: StateRow[] = await this.dataSource.query(
      `SELECT trim(iso3) AS iso3, trim(iso2) AS iso2, trim(m49) AS m49, name, regional_group, m49_region, ldc, lldc, sids FROM state WHERE iso3 = $1`,
      [iso3],
    );
    return rows[0] ?? null;
  }

  /** dashboard.profile_mechanisms — a State's recommendations by mechanism × current status and response (IDX_recommendation_state_session). */
  async byMechanism(iso3: string): Promise<MechanismStatusRow[]> {
    return this.dataSource.query(
      `SELECT r.mechanism, ${STATUS_COUNTS},
              count(*) FILTER (WHERE r.current_response = 'supported')::int AS supported,
              count(*) FILTER (WHERE r.current_response = 'supported_in_part')::int AS supported_in_part,
              count(*) FILTER (WHERE r.current_response = 'noted')::int AS noted,
              count(*) FILTER (WHERE r.current_response = 'no_response')::int AS no_response
       FROM recommendation r WHERE r.state_iso3 = $1 AND r.archived_at IS NULL
       GROUP BY r.mechanism ORDER BY r.mechanism`,
      [iso3],
    );
  }

  /** dashboard.profile_reviews — the UPR sessions and treaty-body concluding observations behind a State's recommendations. */
  async reviews(iso3: string): Promise<ReviewRow[]> {
    return this.dataSource.query(
      `SELECT 'upr' AS kind, r.body_code AS body, r.session, r.cycle, NULL AS date, count(*)::int AS recommendations
       FROM recommendation r WHERE r.state_iso3 = $1 AND r.archived_at IS NULL AND r.mechanism = 'upr' AND r.session IS NOT NULL
       GROUP BY r.body_code, r.session, r.cycle
       UNION ALL
       SELECT 'treaty_body', r.body_code, NULL, NULL, to_char(r.issued_on, 'YYYY-MM-DD'), count(*)::int
       FROM recommendation r WHERE r.state_iso3 = $1 AND r.archived_at IS NULL AND r.mechanism = 'treaty_body' AND r.issued_on IS NOT NULL
       GROUP BY r.body_code, r.issued_on`,
      [iso3],
    );
  }

  /** dashboard.profile_deadlines — a State's recorded deadlines grouped by kind, body and due date, with how many are met and overdue today. */
  async deadlines(iso3: string, today: string): Promise<DeadlineRow[]> {
    return this.dataSource.query(
      `SELECT d.kind, r.body_code AS body, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, count(*)::int AS recommendations,
              count(*) FILTER (WHERE d.met_on IS NOT NULL AND d.met_on <= $2::date)::int AS met,
              count(*) FILTER (WHERE d.overdue_from <= $2::date AND (d.met_on IS NULL OR d.met_on > $2::date))::int AS overdue
       FROM recommendation_deadline d JOIN recommendation r ON r.id = d.recommendation_id
       WHERE r.state_iso3 = $1 AND r.archived_at IS NULL AND d.archived_at IS NULL
       GROUP BY d.kind, r.body_code, d.due_on ORDER BY d.due_on, d.kind, r.body_code`,
      [iso3, today],
    );
  }

  async overdueReports(iso3: string, today: string): Promise<{ body: string; report_type: 'initial' | 'periodic'; due_on: string; days_late: number }[]> {
    return this.dataSource.query(
      `SELECT body_code AS body, report_type, to_char(due_on, 'YYYY-MM-DD') AS due_on, ($2::date - due_on)::int AS days_late
       FROM treaty_report WHERE state_iso3 = $1 AND archived_at IS NULL AND received_on IS NULL AND due_on < $2::date
       ORDER BY due_on, body_code`,
      [iso3, today],
    );
  }

  async flags(iso3: string): Promise<{ id: number; rule_id: string; status: FlagStatus; severity: 'low' | 'medium' | 'high'; persistent: boolean; last_seen_window: string }[]> {
    return this.dataSource.query(
      `SELECT id, rule_id, status, severity, persistent, last_seen_window FROM cooperation_flag WHERE state_iso3 = $1 ORDER BY last_seen_window DESC, id`,
      [iso3],
    );
  }

  async ratifications(iso3: string): Promise<{ treaty: string; body: string; year: number }[]> {
    return this.dataSource.query(
      `SELECT treaty, body_code AS body, ratified_year AS year FROM treaty_ratification WHERE state_iso3 = $1 AND archived_at IS NULL ORDER BY ratified_year, treaty`,
      [iso3],
    );
  }

  /** A State's Voluntary Fund assistance requests by status, only those the caller may read (the rule of `assistanceVisibility`). */
  async assistanceByStatus(iso3: string, visibility: AssistanceVisibility): Promise<{ status: string; requests: number }[]> {
    const params = new SqlParams();
    const state = params.add(iso3);
    const visible = visibility.all
      ? 'true'
      : `((a.published_at IS NOT NULL AND a.status = ANY(${params.add(visibility.publicStatuses)}::text[])) OR a.state_iso3 = ${params.add(visibility.ownStateIso3)}::bpchar)`;
    return this.dataSource.query(
      `SELECT a.status, count(*)::int AS requests FROM assistance_request a
       WHERE a.state_iso3 = ${state}::bpchar AND a.archived_at IS NULL AND ${visible}
       GROUP BY a.status ORDER BY a.status`,
      params.values,
    );
  }
}
