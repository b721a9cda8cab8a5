import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { AssistanceStatus, CommunicationType, CooperationRecord, FollowUpGrade, TreatyBodyCode, UprCycleNumber, UprStep, UprStepStatus, VisitStatus } from '@tracker/domain';

/**
 * The records of one kind of one State ($1), as (kind, id, data) rows; every query is filtered by the
 * leading state_iso3 column of the table's unique index.
 *
 * UPR reviews adopted without entered response counts get them from the registry: the State's UPR
 * recommendations of that session, and those without a response dated on or before the adoption — a
 * LATERAL aggregate over IDX_recommendation_state_session with an anti-join probe of
 * IDX_recommendation_response_recommendation: set-based, never one query per recommendation. Only the
 * review the rule reads is counted: the latest one adopted by the evaluation date ($2) that has counts
 * (entered, or recommendations in the registry), found once by an InitPlan; the others carry their
 * entered counts or none (the rule would not read them).
 */
export const RECORD_KIND_SQL = {
  upr_review: `
  SELECT 'upr_review' AS kind, u.id, jsonb_build_object(
      'cycle', u.cycle, 'session', u.session, 'reviewDate', u.review_date, 'adoptedOn', u.adopted_on,
      'steps', jsonb_build_object('national_report', u.national_report, 'troika', u.troika, 'interactive_dialogue', u.interactive_dialogue,
                                  'responses', u.responses, 'mid_term_report', u.mid_term_report),
      'responsesAtAdoption', CASE
        WHEN u.adopted_on IS NULL THEN NULL
        WHEN u.without_response_count IS NOT NULL THEN jsonb_build_object('recommendations', u.recommendations_count, 'withoutResponse', u.without_response_count)
        WHEN c.total > 0 THEN jsonb_build_object('recommendations', c.total, 'withoutResponse', c.without_response)
      END) AS data
    FROM upr_participation u
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE NOT EXISTS (
               SELECT 1 FROM recommendation_response rr
                WHERE rr.recommendation_id = r.id AND rr.response <> 'no_response' AND (rr.responded_on IS NULL OR rr.responded_on <= u.adopted_on)))::int AS without_response
        FROM recommendation r
       WHERE r.state_iso3 = u.state_iso3 AND r.session = u.session AND r.body_code = 'UPR' AND r.archived_at IS NULL
    ) c ON u.without_response_count IS NULL AND u.id = (
      SELECT v.id FROM upr_participation v
       WHERE v.state_iso3 = $1 AND v.archived_at IS NULL AND v.adopted_on <= $2::date
         AND (v.without_response_count IS NOT NULL OR EXISTS (
               SELECT 1 FROM recommendation r WHERE r.state_iso3 = v.state_iso3 AND r.session = v.session AND r.body_code = 'UPR' AND r.archived_at IS NULL))
       ORDER BY v.review_date DESC LIMIT 1)
   WHERE u.state_iso3 = $1 AND u.archived_at IS NULL`,
  treaty_ratification: `
  SELECT 'treaty_ratification' AS kind, t.id, jsonb_build_object('treaty', t.treaty, 'body', t.body_code, 'ratifiedOn', COALESCE(t.ratified_on, make_date(t.ratified_year, 1, 1))) AS data
    FROM treaty_ratification t WHERE t.state_iso3 = $1 AND t.archived_at IS NULL`,
  treaty_report: `
  SELECT 'treaty_report' AS kind, p.id, jsonb_build_object('body', p.body_code, 'reportType', p.report_type, 'dueOn', p.due_on, 'receivedOn', p.received_on) AS data
    FROM treaty_report p WHERE p.state_iso3 = $1 AND p.archived_at IS NULL`,
  follow_up_grade: `
  SELECT 'follow_up_grade' AS kind, g.id, jsonb_build_object('body', g.body_code, 'assessedOn', g.assessed_on, 'paragraph', g.paragraph, 'scale', g.scale, 'grade', g.grade) AS data
    FROM follow_up_grade g WHERE g.state_iso3 = $1 AND g.archived_at IS NULL`,
  standing_invitation: `
  SELECT 'standing_invitation' AS kind, s.id, jsonb_build_object('extendedOn', s.extended_on, 'withdrawnOn', s.withdrawn_on) AS data
    FROM standing_invitation s WHERE s.state_iso3 = $1 AND s.archived_at IS NULL`,
  visit_request: `
  SELECT 'visit_request' AS kind, v.id, jsonb_build_object('mandate', v.mandate, 'history', v.history) AS data
    FROM visit_request v WHERE v.state_iso3 = $1 AND v.archived_at IS NULL`,
  communication: `
  SELECT 'communication' AS kind, m.id, jsonb_build_object('type', m.type, 'sentOn', m.sent_on, 'repliedOn', m.replied_on) AS data
    FROM sp_communication m WHERE m.state_iso3 = $1 AND m.archived_at IS NULL`,
  reprisals_mention: `
  SELECT 'reprisals_mention' AS kind, x.id, jsonb_build_object('reportYear', x.report_year, 'symbol', x.symbol) AS data
    FROM reprisals_mention x WHERE x.state_iso3 = $1 AND x.archived_at IS NULL`,
  // Read-only, from the Voluntary Fund (issue 6): evidence of cooperation that no rule may count against the State.
  assistance_request: `
  SELECT 'assistance_request' AS kind, a.id, jsonb_build_object('requestedOn', COALESCE(a.submitted_on, a.created_at::date), 'status', a.status) AS data
    FROM assistance_request a WHERE a.state_iso3 = $1 AND a.archived_at IS NULL`,
} as const satisfies Readonly<Record<CooperationRecord['kind'], string>>;

/**
 * All live cooperation records of one State ($1) as of a date ($2), in ONE round trip: the kinds'
 * queries above joined with UNION ALL. EXPLAIN shape: an Append of Index / Bitmap Index Scans on the
 * tables' unique indexes, one InitPlan choosing the UPR review to count, and for it one Aggregate over
 * an Index Scan of recommendation with a per-row probe of recommendation_response.
 */
export const STATE_RECORDS_SQL = Object.values(RECORD_KIND_SQL).join('\n  UNION ALL');

/** Name of the prepared statement: planned once per connection, not once per State. */
const PREPARED = 'cooperation_state_records';

interface Row {
  kind: string;
  id: number;
  data: Record<string, unknown>;
}

const text = (v: unknown): string => String(v);
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** One row of STATE_RECORDS_SQL as the domain's record; the columns' constraints guarantee the shapes. */
export function toCooperationRecord(stateIso3: string, row: Row): CooperationRecord {
  const d = row.data;
  const base = { id: String(row.id), stateIso3 };
  switch (row.kind) {
    case 'upr_review':
      return {
        ...base,
        kind: 'upr_review',
        cycle: Number(d['cycle']) as UprCycleNumber,
        session: Number(d['session']),
        reviewDate: text(d['reviewDate']),
        steps: d['steps'] as Record<UprStep, UprStepStatus>,
        adoptedOn: textOrNull(d['adoptedOn']),
        responsesAtAdoption: (d['responsesAtAdoption'] as { recommendations: number; withoutResponse: number } | null) ?? null,
      };
    case 'treaty_ratification':
      return { ...base, kind: 'treaty_ratification', treaty: text(d['treaty']), body: d['body'] as TreatyBodyCode, ratifiedOn: text(d['ratifiedOn']) };
    case 'treaty_report':
      return { ...base, kind: 'treaty_report', body: d['body'] as TreatyBodyCode, reportType: d['reportType'] === 'initial' ? 'initial' : 'periodic', dueOn: text(d['dueOn']), receivedOn: textOrNull(d['receivedOn']) };
    case 'follow_up_grade':
      return { ...base, kind: 'follow_up_grade', body: d['body'] as TreatyBodyCode, assessedOn: text(d['assessedOn']), paragraph: text(d['paragraph']), grade: { scale: d['scale'], grade: d['grade'] } as FollowUpGrade };
    case 'standing_invitation':
      return { ...base, kind: 'standing_invitation', extendedOn: text(d['extendedOn']), withdrawnOn: textOrNull(d['withdrawnOn']) };
    case 'visit_request':
      return { ...base, kind: 'visit_request', mandate: text(d['mandate']), history: d['history'] as { status: VisitStatus; on: string }[] };
    case 'communication':
      return { ...base, kind: 'communication', type: d['type'] as CommunicationType, sentOn: text(d['sentOn']), repliedOn: textOrNull(d['repliedOn']) };
    case 'reprisals_mention':
      return { ...base, kind: 'reprisals_mention', reportYear: Number(d['reportYear']), symbol: textOrNull(d['symbol']) };
    case 'assistance_request':
      return { ...base, kind: 'assistance_request', requestedOn: text(d['requestedOn']), status: d['status'] as AssistanceStatus };
    default:
      throw new Error(`Unknown cooperation record kind ${row.kind}`);
  }
}

/** Reads the records the non-cooperation rules evaluate. */
@Injectable()
export class CooperationRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The State's records as the rules read them on `asOf`; in the caller's transaction when given one. */
  async forState(stateIso3: string, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<CooperationRecord[]> {
    const client = manager.queryRunner?.isReleased === false ? (manager.queryRunner as { databaseConnection?: unknown }).databaseConnection : undefined;
    const rows = isPgClient(client)
      ? (await client.query<Row>({ name: PREPARED, text: STATE_RECORDS_SQL, values: [stateIso3, asOf] })).rows
      : await manager.query<Row[]>(STATE_RECORDS_SQL, [stateIso3, asOf]);
    return rows.map((row) => toCooperationRecord(stateIso3, row));
  }
}

function isPgClient(value: unknown): value is PoolClient {
  return typeof value === 'object' && value !== null && 'query' in value && typeof value.query === 'function';
}
