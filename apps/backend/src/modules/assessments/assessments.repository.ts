import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AssessmentFacts, AssessmentOrigin, AssessmentVisibility, ImplementationStatus } from '@tracker/domain';

export interface AssessmentRow {
  id: number;
  recommendation_id: number;
  state_iso3: string;
  origin: AssessmentOrigin;
  status: ImplementationStatus;
  narrative: string;
  confidential: boolean;
  published_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** Owner facts for the policy; read from assessment_source, never put in a response. */
  owner_organisation_id: number | null;
  owner_state_iso3: string | null;
}

export interface SourceRow {
  organisation_id: number | null;
  organisation_name: string | null;
  state_iso3: string | null;
  author_user_id: string;
  author_name: string;
}

const SELECT = `SELECT a.id, a.recommendation_id, trim(r.state_iso3) AS state_iso3, a.origin, a.status, a.narrative, a.confidential,
  a.published_at, a.version, a.created_at, a.updated_at, s.organisation_id AS owner_organisation_id, trim(s.state_iso3) AS owner_state_iso3
  FROM assessment a JOIN recommendation r ON r.id = a.recommendation_id JOIN assessment_source s ON s.assessment_id = a.id`;

/**
 * The visibility rule of `assessmentVisibility` as SQL, so lists, counts and exports leave out
 * (and never count) what the caller may not read.
 */
function visibleSql(v: AssessmentVisibility, firstParam: number): { sql: string; params: unknown[] } {
  if (v.all) return { sql: 'TRUE', params: [] };
  return {
    sql: `((a.published_at IS NOT NULL AND NOT a.confidential)
      OR (a.origin = 'civil_society' AND s.organisation_id = $${firstParam}::int)
      OR (a.origin = 'state' AND s.state_iso3 = $${firstParam + 1}::char(3)))`,
    params: [v.ownOrganisationId, v.ownStateIso3],
  };
}

export function factsOf(row: AssessmentRow): AssessmentFacts {
  return {
    origin: row.origin,
    confidential: row.confidential,
    published: row.published_at !== null,
    recommendationStateIso3: row.state_iso3,
    ownerOrganisationId: row.owner_organisation_id,
    ownerStateIso3: row.owner_state_iso3,
  };
}

@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findOne(id: number, manager: EntityManager = this.dataSource.manager, lock = false): Promise<AssessmentRow | null> {
    const rows: AssessmentRow[] = await manager.query(`${SELECT} WHERE a.id = $1 AND a.archived_at IS NULL${lock ? ' FOR UPDATE OF a' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** A keyset page (newest first) of the assessments the visibility allows, and how many there are. */
  async page(visibility: AssessmentVisibility, recommendationId: number | null, afterId: number | null, limit: number): Promise<{ rows: AssessmentRow[]; total: number }> {
    const visible = visibleSql(visibility, 2);
    const where = `a.archived_at IS NULL AND ($1::int IS NULL OR a.recommendation_id = $1) AND ${visible.sql}`;
    const params = [recommendationId, ...visible.params];
    const rows: AssessmentRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${where} AND ($${params.length + 1}::int IS NULL OR a.id < $${params.length + 1}) ORDER BY a.id DESC LIMIT $${params.length + 2}`,
      [...params, afterId, limit],
    );
    const count: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment a JOIN assessment_source s ON s.assessment_id = a.id WHERE ${where}`,
      params,
    );
    return { rows, total: count[0]?.n ?? 0 };
  }

  /** Every visible assessment for an export, with sources only when `withSources`. */
  async exportRows(visibility: AssessmentVisibility, recommendationId: number | null, withSources: boolean): Promise<(AssessmentRow & Partial<SourceRow>)[]> {
    const visible = visibleSql(visibility, 2);
    const sourceColumns = withSources
      ? `, o.name AS organisation_name, s.author_user_id, s.author_name, s.organisation_id`
      : '';
    return this.dataSource.query(
      `${SELECT.replace(' FROM assessment a', `${sourceColumns} FROM assessment a`)} LEFT JOIN stakeholder o ON o.id = s.organisation_id
       WHERE a.archived_at IS NULL AND ($1::int IS NULL OR a.recommendation_id = $1) AND ${visible.sql} ORDER BY a.id`,
      [recommendationId, ...visible.params],
    );
  }

  async source(id: number, manager: EntityManager): Promise<SourceRow | null> {
    const rows: SourceRow[] = await manager.query(
      `SELECT s.organisation_id, o.name AS organisation_name, trim(s.state_iso3) AS state_iso3, s.author_user_id, s.author_name
       FROM assessment_source s LEFT JOIN stakeholder o ON o.id = s.organisation_id WHERE s.assessment_id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
