import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeadlineKind } from '@tracker/domain';
import type { DeadlineInputRow, DocumentRow } from './deadline-inputs';

export interface DeadlineWrite {
  readonly recommendationId: number;
  readonly kind: DeadlineKind;
  readonly dueOn: string;
  readonly opensOn: string;
  readonly qualifyingKinds: readonly string[];
  readonly graceDays: number;
  readonly voluntary: boolean;
  readonly basis: string;
  readonly source: string;
  readonly metOn: string | null;
  readonly metBy: string | null;
}

const DATE = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

/** The SQL of deadline computation: inputs, qualifying documents, and the upsert of the results. */
@Injectable()
export class DeadlinesRepository {
  /** Locks and returns up to `limit` stale recommendations (skipping those another transaction is recomputing). */
  async claimStale(manager: EntityManager, limit: number, ids: readonly number[] | null): Promise<number[]> {
    const rows: { recommendation_id: number }[] = await manager.query(
      `SELECT recommendation_id FROM recommendation_deadline_state
       WHERE stale AND ($2::int[] IS NULL OR recommendation_id = ANY($2::int[]))
       ORDER BY recommendation_id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit, ids],
    );
    return rows.map((r) => r.recommendation_id);
  }

  async countStale(manager: EntityManager): Promise<number> {
    const rows: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM recommendation_deadline_state WHERE stale`);
    return rows[0]?.n ?? 0;
  }

  async inputs(manager: EntityManager, ids: readonly number[]): Promise<DeadlineInputRow[]> {
    return manager.query(
      `SELECT r.id, r.mechanism, r.body_code, r.session, ${DATE('r.issued_on')} AS issued_on, r.archived_at IS NOT NULL AS archived,
              ${DATE('up.review_date')} AS review_date, ${DATE('up.adopted_on')} AS adopted_on, ${DATE('c.sent_on')} AS communication_sent_on
       FROM recommendation r
       LEFT JOIN LATERAL (
         SELECT p.review_date, p.adopted_on FROM upr_participation p
         WHERE p.state_iso3 = r.state_iso3 AND p.session = r.session AND p.archived_at IS NULL ORDER BY p.id DESC LIMIT 1
       ) up ON r.body_code = 'UPR'
       LEFT JOIN LATERAL (
         SELECT s.sent_on FROM sp_communication s
         WHERE s.state_iso3 = r.state_iso3 AND s.reference = r.document_symbol AND s.archived_at IS NULL ORDER BY s.id DESC LIMIT 1
       ) c ON r.mechanism = 'special_procedure'
       WHERE r.id = ANY($1::int[])`,
      [ids],
    );
  }

  /**
   * Every document that can meet a deadline of these recommendations: UPR responses, implementation
   * reports once submitted, treaty-body grades other than D (a follow-up report was received and
   * graded), periodic reports received by the committee, replies to communications.
   */
  async documents(manager: EntityManager, ids: readonly number[]): Promise<DocumentRow[]> {
    return manager.query(
      `SELECT recommendation_id, 'upr_responses' AS kind, 'recommendation_response:' || id AS id, ${DATE('coalesce(responded_on, recorded_at::date)')} AS dated, NULL AS status
         FROM recommendation_response WHERE recommendation_id = ANY($1::int[]) AND response <> 'no_response'
       UNION ALL
       SELECT i.recommendation_id, 'implementation_report', 'implementation_report:' || ir.id, ${DATE('ir.submitted_on')}, ir.status
         FROM implementation_report_item i JOIN implementation_report ir ON ir.id = i.report_id
         WHERE i.recommendation_id = ANY($1::int[]) AND ir.archived_at IS NULL AND ir.submitted_on IS NOT NULL
       UNION ALL
       SELECT g.recommendation_id, 'treaty_follow_up_report', 'recommendation_grade:' || g.id, ${DATE('g.assessed_on')}, NULL
         FROM recommendation_grade g WHERE g.recommendation_id = ANY($1::int[]) AND g.archived_at IS NULL AND g.grade NOT IN ('D', 'D1', 'D2')
       UNION ALL
       SELECT r.id, 'treaty_periodic_report', 'treaty_report:' || t.id, ${DATE('t.received_on')}, NULL
         FROM recommendation r JOIN treaty_report t ON t.state_iso3 = r.state_iso3 AND t.body_code = r.body_code
         WHERE r.id = ANY($1::int[]) AND t.received_on IS NOT NULL AND t.archived_at IS NULL
       UNION ALL
       SELECT r.id, 'communication_reply', 'sp_communication:' || s.id, ${DATE('s.replied_on')}, NULL
         FROM recommendation r JOIN sp_communication s ON s.state_iso3 = r.state_iso3 AND s.reference = r.document_symbol
         WHERE r.id = ANY($1::int[]) AND r.mechanism = 'special_procedure' AND s.replied_on IS NOT NULL AND s.archived_at IS NULL`,
      [ids],
    );
  }

  /** Writes the deadlines of `ids` (one statement), archives those that no longer apply, and marks the recommendations fresh. */
  async replace(manager: EntityManager, ids: readonly number[], deadlines: readonly DeadlineWrite[]): Promise<void> {
    const column = <T>(pick: (d: DeadlineWrite) => T): T[] => deadlines.map(pick);
    await manager.query(
      `INSERT INTO recommendation_deadline (recommendation_id, kind, due_on, opens_on, overdue_from, qualifying_kinds, grace_days, voluntary, basis, source, met_on, met_by, computed_at, archived_at)
       SELECT t.rid, t.kind, t.due, t.opens, CASE WHEN t.kinds = '' THEN NULL ELSE t.due + t.grace + 1 END, string_to_array(t.kinds, ','), t.grace, t.voluntary, t.basis, t.source, t.met_on, t.met_by, now(), NULL
       FROM unnest($1::int[], $2::text[], $3::date[], $4::date[], $5::text[], $6::int[], $7::bool[], $8::text[], $9::text[], $10::date[], $11::text[])
         AS t(rid, kind, due, opens, kinds, grace, voluntary, basis, source, met_on, met_by)
       ON CONFLICT (recommendation_id, kind) DO UPDATE SET due_on = EXCLUDED.due_on, opens_on = EXCLUDED.opens_on, overdue_from = EXCLUDED.overdue_from,
         qualifying_kinds = EXCLUDED.qualifying_kinds, grace_days = EXCLUDED.grace_days, voluntary = EXCLUDED.voluntary, basis = EXCLUDED.basis,
         source = EXCLUDED.source, met_on = EXCLUDED.met_on, met_by = EXCLUDED.met_by, computed_at = now(), archived_at = NULL`,
      [
        column((d) => d.recommendationId),
        column((d) => d.kind),
        column((d) => d.dueOn),
        column((d) => d.opensOn),
        column((d) => d.qualifyingKinds.join(',')),
        column((d) => d.graceDays),
        column((d) => d.voluntary),
        column((d) => d.basis),
        column((d) => d.source),
        column((d) => d.metOn),
        column((d) => d.metBy),
      ],
    );
    await manager.query(
      `UPDATE recommendation_deadline d SET archived_at = now()
       WHERE d.recommendation_id = ANY($1::int[]) AND d.archived_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM unnest($2::int[], $3::text[]) AS k(rid, kind) WHERE k.rid = d.recommendation_id AND k.kind = d.kind)`,
      [ids, column((d) => d.recommendationId), column((d) => d.kind)],
    );
    await manager.query(
      `INSERT INTO recommendation_deadline_state (recommendation_id, stale, computed_at) SELECT id, false, now() FROM unnest($1::int[]) AS id
       ON CONFLICT (recommendation_id) DO UPDATE SET stale = false, computed_at = now()`,
      [ids],
    );
  }
}
