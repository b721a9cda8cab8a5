import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FacetDimension } from './dto/recommendation-response.dto';
import type { RecommendationFilterDto } from './dto/recommendation-query.dto';
import { filterConditions, SqlParams } from './recommendation-filter.sql';

export interface RecommendationRow {
  id: number;
  mechanism: string;
  body_code: string;
  state_iso3: string;
  state_name: string;
  cycle: number | null;
  session: number | null;
  document_symbol: string | null;
  paragraph: string | null;
  text: string;
  language: string;
  issued_on: string | null;
  action_category: number | null;
  source: string;
  external_id: string | null;
  current_response: string;
  current_status: string;
  repeats_recommendation_id: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface LinkRow {
  recommendation_id: number;
  code: string;
  name: string;
}

export interface FacetRow {
  value: string;
  label: string | null;
  count: string;
}

const SELECT_RECOMMENDATION = `
  SELECT r.id, r.mechanism, r.body_code, r.state_iso3, s.name AS state_name, r.cycle, r.session,
         r.document_symbol, r.paragraph, r.text, r.language, to_char(r.issued_on, 'YYYY-MM-DD') AS issued_on,
         r.action_category, r.source, r.external_id, r.current_response, r.current_status,
         r.repeats_recommendation_id, r.version, r.created_at, r.updated_at
  FROM recommendation r JOIN state s ON s.iso3 = r.state_iso3`;

/** Facet SQL per dimension: the grouped value, its label, and the joins it needs. */
const FACETS: Record<FacetDimension, { value: string; label: string; joins: string; group: string }> = {
  state: { value: 'r.state_iso3', label: 's.name', joins: 'JOIN state s ON s.iso3 = r.state_iso3', group: '1, 2' },
  body: { value: 'r.body_code', label: 'b.name', joins: 'JOIN body b ON b.code = r.body_code', group: '1, 2' },
  mechanism: { value: 'r.mechanism', label: 'NULL', joins: '', group: '1' },
  cycle: { value: 'r.cycle::text', label: 'NULL', joins: '', group: '1' },
  session: { value: 'r.session::text', label: 'NULL', joins: '', group: '1' },
  response: { value: 'r.current_response', label: 'NULL', joins: '', group: '1' },
  status: { value: 'r.current_status', label: 'NULL', joins: '', group: '1' },
  theme: {
    value: 'l.theme_code',
    label: 't.name',
    joins: 'JOIN recommendation_theme l ON l.recommendation_id = r.id JOIN theme t ON t.code = l.theme_code',
    group: '1, 2',
  },
  affectedPerson: {
    value: 'l.affected_person_code',
    label: 'a.name',
    joins: 'JOIN recommendation_affected_person l ON l.recommendation_id = r.id JOIN affected_person a ON a.code = l.affected_person_code',
    group: '1, 2',
  },
  sdg: {
    value: "split_part(l.sdg_code, '.', 1)",
    label: 'g.title',
    joins: "JOIN recommendation_sdg l ON l.recommendation_id = r.id JOIN sdg g ON g.code = split_part(l.sdg_code, '.', 1)",
    group: '1, 2',
  },
  recommendingState: {
    value: 'l.state_iso3',
    label: 'rs.name',
    joins: 'JOIN recommendation_recommending_state l ON l.recommendation_id = r.id JOIN state rs ON rs.iso3 = l.state_iso3',
    group: '1, 2',
  },
};

const FACET_LIMIT = 300;

/** Named, reviewed SQL for the registry's read paths (see docs/adr/0004-registry-queries.md). */
@Injectable()
export class RecommendationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keyset page, newest first: `WHERE … AND r.id < $cursor ORDER BY r.id DESC LIMIT n` (index scan on the primary key). */
  async page(filter: RecommendationFilterDto, afterId: number | null, limit: number): Promise<RecommendationRow[]> {
    const params = new SqlParams();
    const where = filterConditions(filter, params);
    if (afterId !== null) where.push(`r.id < ${params.add(afterId)}`);
    return this.dataSource.query(
      `${SELECT_RECOMMENDATION} WHERE ${where.join(' AND ')} ORDER BY r.id DESC LIMIT ${params.add(limit)}`,
      params.values,
    );
  }

  async count(filter: RecommendationFilterDto): Promise<number> {
    const params = new SqlParams();
    const where = filterConditions(filter, params);
    const rows: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM recommendation r WHERE ${where.join(' AND ')}`,
      params.values,
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Counts per value of one dimension, with every other filter applied. */
  async facet(filter: RecommendationFilterDto, dimension: FacetDimension): Promise<FacetRow[]> {
    const params = new SqlParams();
    const where = filterConditions(filter, params, dimension);
    const facet = FACETS[dimension];
    return this.dataSource.query(
      `SELECT ${facet.value} AS value, ${facet.label} AS label, count(*) AS count
       FROM recommendation r ${facet.joins}
       WHERE ${where.join(' AND ')} AND ${facet.value} IS NOT NULL
       GROUP BY ${facet.group} ORDER BY count(*) DESC, 1 LIMIT ${FACET_LIMIT}`,
      params.values,
    );
  }

  async findOne(id: number, manager: EntityManager = this.dataSource.manager): Promise<RecommendationRow | undefined> {
    const rows: RecommendationRow[] = await manager.query(`${SELECT_RECOMMENDATION} WHERE r.id = $1 AND r.archived_at IS NULL`, [id]);
    return rows[0];
  }

  async recommendingStates(ids: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<LinkRow[]> {
    return manager.query(
      `SELECT l.recommendation_id, s.iso3 AS code, s.name FROM recommendation_recommending_state l
       JOIN state s ON s.iso3 = l.state_iso3 WHERE l.recommendation_id = ANY($1::int[]) ORDER BY s.name`,
      [ids],
    );
  }

  async themes(ids: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<LinkRow[]> {
    return manager.query(
      `SELECT l.recommendation_id, t.code, t.name FROM recommendation_theme l
       JOIN theme t ON t.code = l.theme_code WHERE l.recommendation_id = ANY($1::int[]) ORDER BY t.name`,
      [ids],
    );
  }

  async affectedPersons(id: number, manager: EntityManager): Promise<LinkRow[]> {
    return manager.query(
      `SELECT l.recommendation_id, a.code, a.name FROM recommendation_affected_person l
       JOIN affected_person a ON a.code = l.affected_person_code WHERE l.recommendation_id = $1 ORDER BY a.name`,
      [id],
    );
  }

  async sdgs(id: number, manager: EntityManager): Promise<LinkRow[]> {
    return manager.query(
      `SELECT l.recommendation_id, g.code, g.title AS name FROM recommendation_sdg l
       JOIN sdg g ON g.code = l.sdg_code WHERE l.recommendation_id = $1
       ORDER BY g.goal, string_to_array(g.code, '.')`,
      [id],
    );
  }
}
