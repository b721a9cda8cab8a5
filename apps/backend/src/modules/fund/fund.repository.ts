import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  AssertingParty,
  AssistanceActivityType,
  AssistanceChannel,
  AssistanceStatus,
  AssistanceVisibility,
  ImplementationStatus,
  Role,
  StatusEventSource,
} from '@tracker/domain';
import type { FundFilterDto, Granularity } from './dto/fund-query.dto';

export interface RequestRow {
  id: number;
  state_iso3: string;
  state_name: string;
  region: string;
  activity_type: AssistanceActivityType;
  description: string;
  consent_on: string | null;
  consent_by: string | null;
  channel: AssistanceChannel;
  currency: string;
  requested_minor: string;
  approved_minor: string | null;
  /** Sum of the disbursements, as text. */
  disbursed_minor: string;
  approval_above_request_reason: string | null;
  reporting_year: number | null;
  status: AssistanceStatus;
  submitted_on: string | null;
  decided_on: string | null;
  implementation_started_on: string | null;
  completed_on: string | null;
  published_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface LinkRow {
  id: number;
  state_iso3: string;
  body: string;
  document_symbol: string | null;
  paragraph: string | null;
  text: string;
  language: string;
  current_status: ImplementationStatus;
}

export interface DisbursementRow {
  id: number;
  amount_minor: string;
  disbursed_on: string;
  note: string | null;
  recorded_at: Date;
  voided_at: Date | null;
  void_reason: string | null;
}

export interface DocumentRow {
  id: number;
  kind: 'file' | 'link';
  title: string;
  url: string | null;
  storage_key: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  uploaded_at: Date;
}

export interface TransitionRow {
  action: string;
  from_status: AssistanceStatus | null;
  to_status: AssistanceStatus;
  actor_role: Role;
  actor_name: string;
  reason: string | null;
  effective_on: string;
  at: Date;
}

export interface ClaimRow {
  id: string;
  recommendation_id: number;
  party: AssertingParty;
  status: ImplementationStatus;
  effective_on: string;
  recorded_at: Date;
  source: StatusEventSource;
  public: boolean;
}

export interface CountRow {
  dimension: 'status' | 'year' | 'region' | 'activity_type' | 'total';
  key: string | null;
  count: number;
}

export interface AmountRow {
  period: string;
  currency: string;
  requested: string;
  approved: string;
  disbursed: string;
}

/** Numbered parameters for a query assembled in parts. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

const SELECT = `SELECT r.id, trim(r.state_iso3) AS state_iso3, s.name AS state_name, s.m49_region AS region, r.activity_type, r.description,
  to_char(r.consent_on, 'YYYY-MM-DD') AS consent_on, r.consent_by, r.channel, trim(r.currency) AS currency, r.requested_minor::text AS requested_minor,
  r.approved_minor::text AS approved_minor,
  (SELECT coalesce(sum(d.amount_minor), 0)::text FROM assistance_disbursement d WHERE d.request_id = r.id AND d.voided_at IS NULL) AS disbursed_minor,
  r.approval_above_request_reason, r.reporting_year, r.status,
  to_char(r.submitted_on, 'YYYY-MM-DD') AS submitted_on, to_char(r.decided_on, 'YYYY-MM-DD') AS decided_on,
  to_char(r.implementation_started_on, 'YYYY-MM-DD') AS implementation_started_on, to_char(r.completed_on, 'YYYY-MM-DD') AS completed_on,
  r.published_at, r.version, r.created_at, r.updated_at
  FROM assistance_request r JOIN state s ON s.iso3 = r.state_iso3`;

/**
 * The rule of `assistanceVisibility` as SQL, so lists and aggregates leave out (and never count)
 * what the caller may not read.
 */
function visibleSql(v: AssistanceVisibility, p: Params): string {
  if (v.all) return 'TRUE';
  return `((r.published_at IS NOT NULL AND r.status = ANY(${p.add(v.publicStatuses, 'text[]')}))
    OR r.state_iso3 = ${p.add(v.ownStateIso3, 'char(3)')})`;
}

function filterSql(f: FundFilterDto, p: Params): string {
  const parts = ['r.archived_at IS NULL'];
  if (f.status && f.status.length > 0) parts.push(`r.status = ANY(${p.add(f.status, 'text[]')})`);
  if (f.year !== undefined) parts.push(`r.reporting_year = ${p.add(f.year, 'int')}`);
  if (f.region !== undefined) parts.push(`s.m49_region = ${p.add(f.region, 'text')}`);
  if (f.activityType !== undefined) parts.push(`r.activity_type = ${p.add(f.activityType, 'text')}`);
  if (f.state !== undefined) parts.push(`r.state_iso3 = ${p.add(f.state, 'char(3)')}`);
  return parts.join(' AND ');
}

/** Named queries of the Fund: one request with its parts, the filtered list, and the Fund page's aggregates. */
@Injectable()
export class FundRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findOne(id: number, manager: EntityManager = this.dataSource.manager, lock = false): Promise<RequestRow | null> {
    const rows: RequestRow[] = await manager.query(`${SELECT} WHERE r.id = $1 AND r.archived_at IS NULL${lock ? ' FOR UPDATE OF r' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** A keyset page (newest first) of the visible requests matching the filters, and how many there are. */
  async page(visibility: AssistanceVisibility, filter: FundFilterDto, afterId: number | null, limit: number): Promise<{ rows: RequestRow[]; total: number }> {
    const p = new Params();
    const where = `${filterSql(filter, p)} AND ${visibleSql(visibility, p)}`;
    const count: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM assistance_request r JOIN state s ON s.iso3 = r.state_iso3 WHERE ${where}`,
      p.values,
    );
    const after = afterId === null ? '' : ` AND r.id < ${p.add(afterId, 'int')}`;
    const rows: RequestRow[] = await this.dataSource.query(`${SELECT} WHERE ${where}${after} ORDER BY r.id DESC LIMIT ${p.add(limit, 'int')}`, p.values);
    return { rows, total: count[0]?.n ?? 0 };
  }

  /**
   * Counts of the visible, filtered requests by status, reporting year, region and activity type, in
   * one pass (GROUPING SETS; GROUPING() tells "no reporting year yet" from the rolled-up row).
   * EXPLAIN shape: one Seq/Index scan of assistance_request hash-joined to state, then MixedAggregate.
   */
  async counts(visibility: AssistanceVisibility, filter: FundFilterDto): Promise<CountRow[]> {
    const p = new Params();
    return this.dataSource.query(
      `SELECT CASE WHEN GROUPING(r.status) = 0 THEN 'status'
                   WHEN GROUPING(r.reporting_year) = 0 THEN 'year'
                   WHEN GROUPING(s.m49_region) = 0 THEN 'region'
                   WHEN GROUPING(r.activity_type) = 0 THEN 'activity_type'
                   ELSE 'total' END AS dimension,
              coalesce(r.status, r.reporting_year::text, s.m49_region, r.activity_type) AS key,
              count(*)::int AS count
       FROM assistance_request r JOIN state s ON s.iso3 = r.state_iso3
       WHERE ${filterSql(filter, p)} AND ${visibleSql(visibility, p)}
       GROUP BY GROUPING SETS ((r.status), (r.reporting_year), (s.m49_region), (r.activity_type), ())
       ORDER BY dimension, key NULLS LAST`,
      p.values,
    );
  }

  /**
   * Money over time per currency: requested by submission date, approved by decision date, disbursed
   * by disbursement date; sums of bigint are exact (numeric), returned as text.
   */
  async amounts(visibility: AssistanceVisibility, filter: FundFilterDto, granularity: Granularity): Promise<AmountRow[]> {
    const p = new Params();
    const format = granularity === 'year' ? 'YYYY' : 'YYYY-MM';
    return this.dataSource.query(
      `WITH visible AS (
         SELECT r.id, r.currency, r.submitted_on, r.decided_on, r.requested_minor, r.approved_minor
         FROM assistance_request r JOIN state s ON s.iso3 = r.state_iso3
         WHERE ${filterSql(filter, p)} AND ${visibleSql(visibility, p)}
       ), flows AS (
         SELECT currency, submitted_on AS on_date, requested_minor AS requested, 0::bigint AS approved, 0::bigint AS disbursed
           FROM visible WHERE submitted_on IS NOT NULL
         UNION ALL
         SELECT currency, decided_on, 0, approved_minor, 0 FROM visible WHERE approved_minor IS NOT NULL AND decided_on IS NOT NULL
         UNION ALL
         SELECT v.currency, d.disbursed_on, 0, 0, d.amount_minor FROM visible v JOIN assistance_disbursement d ON d.request_id = v.id AND d.voided_at IS NULL
       )
       SELECT to_char(on_date, '${format}') AS period, trim(currency) AS currency,
              sum(requested)::text AS requested, sum(approved)::text AS approved, sum(disbursed)::text AS disbursed
       FROM flows GROUP BY 1, 2 ORDER BY 1, 2`,
      p.values,
    );
  }

  async links(requestId: number, manager: EntityManager = this.dataSource.manager): Promise<LinkRow[]> {
    return manager.query(
      `SELECT rec.id, trim(rec.state_iso3) AS state_iso3, rec.body_code AS body, rec.document_symbol, rec.paragraph, rec.text, rec.language, rec.current_status
       FROM assistance_request_recommendation l JOIN recommendation rec ON rec.id = l.recommendation_id
       WHERE l.request_id = $1 AND l.unlinked_at IS NULL ORDER BY rec.id`,
      [requestId],
    );
  }

  async partners(requestId: number, manager: EntityManager = this.dataSource.manager): Promise<{ id: number; name: string; kind: string }[]> {
    return manager.query(
      `SELECT st.id, st.name, st.kind FROM assistance_partner p JOIN stakeholder st ON st.id = p.stakeholder_id
       WHERE p.request_id = $1 AND p.removed_at IS NULL ORDER BY st.name, st.id`,
      [requestId],
    );
  }

  async disbursements(requestId: number, manager: EntityManager = this.dataSource.manager): Promise<DisbursementRow[]> {
    return manager.query(
      `SELECT id, amount_minor::text AS amount_minor, to_char(disbursed_on, 'YYYY-MM-DD') AS disbursed_on, note, recorded_at, voided_at, void_reason
       FROM assistance_disbursement WHERE request_id = $1 ORDER BY disbursed_on, id`,
      [requestId],
    );
  }

  async documents(requestId: number, manager: EntityManager = this.dataSource.manager): Promise<DocumentRow[]> {
    return manager.query(
      `SELECT id, kind, title, url, storage_key, file_name, media_type, size_bytes, sha256, uploaded_at
       FROM assistance_document WHERE request_id = $1 AND archived_at IS NULL ORDER BY id`,
      [requestId],
    );
  }

  async document(requestId: number, documentId: number, manager: EntityManager = this.dataSource.manager): Promise<DocumentRow | null> {
    const rows: DocumentRow[] = await manager.query(
      `SELECT id, kind, title, url, storage_key, file_name, media_type, size_bytes, sha256, uploaded_at
       FROM assistance_document WHERE request_id = $1 AND id = $2 AND archived_at IS NULL`,
      [requestId, documentId],
    );
    return rows[0] ?? null;
  }

  async transitions(requestId: number, manager: EntityManager = this.dataSource.manager): Promise<TransitionRow[]> {
    return manager.query(
      `SELECT t.action, t.from_status, t.to_status, u.role AS actor_role, u.display_name AS actor_name, t.reason,
              to_char(t.effective_on, 'YYYY-MM-DD') AS effective_on, t.at
       FROM assistance_transition t JOIN user_account u ON u.id = t.actor_id
       WHERE t.request_id = $1 ORDER BY t.id`,
      [requestId],
    );
  }

  /** Status claims on the recommendations, oldest first; public ones only unless `publicOnly` is false. */
  async claims(recommendationIds: readonly number[], publicOnly: boolean): Promise<ClaimRow[]> {
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.recommendation_id, e.party, e.status, to_char(e.effective_on, 'YYYY-MM-DD') AS effective_on, e.recorded_at, e.source, e.public
       FROM status_event e WHERE e.recommendation_id = ANY($1::int[]) AND (e.public OR NOT $2::boolean)
       ORDER BY e.recommendation_id, e.effective_on, e.recorded_at, e.id`,
      [recommendationIds, publicOnly],
    );
  }

  /** The recommendations among `ids` that exist and are not archived, with their State. */
  async recommendationStates(ids: readonly number[], manager: EntityManager): Promise<Map<number, string>> {
    const rows: { id: number; state_iso3: string }[] = await manager.query(
      `SELECT id, trim(state_iso3) AS state_iso3 FROM recommendation WHERE id = ANY($1::int[]) AND archived_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.state_iso3]));
  }

  async existingStakeholders(ids: readonly number[], manager: EntityManager): Promise<Set<number>> {
    const rows: { id: number }[] = await manager.query(`SELECT id FROM stakeholder WHERE id = ANY($1::int[]) AND archived_at IS NULL`, [ids]);
    return new Set(rows.map((r) => r.id));
  }
}
