import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEADLINE_KINDS, type DeadlineKind, type ImplementationStatus, type MechanismKind } from '@tracker/domain';
import { filterConditions, SqlParams } from '../recommendations/recommendation-filter.sql';
import type { OverdueFilterDto } from './dto/overdue.dto';

export interface OverdueRow {
  recommendation_id: number;
  state_iso3: string;
  state_name: string;
  mechanism: MechanismKind;
  body_code: string;
  document_symbol: string | null;
  paragraph: string | null;
  text: string;
  language: string;
  current_status: ImplementationStatus;
  kind: DeadlineKind;
  due_on: string;
  days_late: number;
  voluntary: boolean;
  basis: string;
}

/**
 * The overdue list as one query on the stored deadlines: overdue on `today` when the grace period
 * has run out (`overdue_from <= today`) and no qualifying document dated by today met it — the
 * rule of `isOverdue` in libs/domain, on precomputed columns. Uses IDX_recommendation_deadline_overdue.
 */
@Injectable()
export class OverdueRepository {
  private where(filter: OverdueFilterDto, today: string, params: SqlParams): string {
    const t = params.add(today);
    const where = [
      ...filterConditions(filter, params),
      'd.archived_at IS NULL',
      `d.overdue_from <= ${t}::date`,
      `(d.met_on IS NULL OR d.met_on > ${t}::date)`,
    ];
    if (filter.minDaysLate !== undefined) where.push(`${t}::date - d.due_on >= ${params.add(filter.minDaysLate)}::int`);
    if (filter.maxDaysLate !== undefined) where.push(`${t}::date - d.due_on <= ${params.add(filter.maxDaysLate)}::int`);
    if (filter.deadline && filter.deadline.length > 0) where.push(`d.kind = ANY(${params.add(filter.deadline)}::text[])`);
    return where.join(' AND ');
  }

  async page(manager: EntityManager, filter: OverdueFilterDto, today: string, limit: number | null, offset: number): Promise<OverdueRow[]> {
    const params = new SqlParams();
    const where = this.where(filter, today, params);
    // Most late first is the earliest due date first (days late = today − due date), which the index on due_on can serve.
    const direction = filter.sort === 'least_late' ? 'DESC' : 'ASC';
    const kinds = params.add(DEADLINE_KINDS);
    const t = params.add(today);
    return manager.query(
      `SELECT d.recommendation_id, trim(r.state_iso3) AS state_iso3, s.name AS state_name, r.mechanism, r.body_code, r.document_symbol, r.paragraph, r.text, r.language,
              r.current_status, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, (${t}::date - d.due_on) AS days_late, d.voluntary, d.basis
       FROM recommendation_deadline d JOIN recommendation r ON r.id = d.recommendation_id JOIN state s ON s.iso3 = r.state_iso3
       WHERE ${where}
       ORDER BY d.due_on ${direction}, array_position(${kinds}::text[], d.kind::text), d.recommendation_id
       LIMIT ${params.add(limit)}::int OFFSET ${params.add(offset)}::int`,
      params.values,
    );
  }

  async count(manager: EntityManager, filter: OverdueFilterDto, today: string): Promise<number> {
    const params = new SqlParams();
    const where = this.where(filter, today, params);
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM recommendation_deadline d JOIN recommendation r ON r.id = d.recommendation_id WHERE ${where}`,
      params.values,
    );
    return rows[0]?.n ?? 0;
  }
}
