import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RecommendationFilterDto } from '../recommendations/dto/recommendation-query.dto';
import { filterConditions, SqlParams } from '../recommendations/recommendation-filter.sql';

export interface CodeName {
  code: string;
  name: string;
}

export interface ExportResponse {
  response: string;
  respondedOn: string | null;
  sourceDocument: string | null;
}

/** One recommendation with everything an export or the open-data API shows. */
export interface ExportRow {
  id: number;
  mechanism: string;
  body_code: string;
  body_name: string;
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
  updated_at: Date;
  recommending_states: CodeName[];
  themes: CodeName[];
  affected_persons: CodeName[];
  sdgs: CodeName[];
  responses: ExportResponse[];
  status_by_party: ExportPartyStatus[];
  deadlines: ExportDeadline[];
}

/** The latest public claim of one asserting party (published, never confidential). */
export interface ExportPartyStatus {
  party: string;
  status: string;
  effectiveOn: string;
}

export interface ExportDeadline {
  kind: string;
  dueOn: string;
  metOn: string | null;
}

/**
 * Named SQL of the exports: the list's filters (`filterConditions`), newest first, one keyset page
 * at a time — `WHERE … AND r.id < $cursor ORDER BY r.id DESC LIMIT n`, an index scan on the primary
 * key — with each row's links and response history gathered by correlated sub-queries on the
 * link tables' recommendation_id indexes.
 */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(filter: RecommendationFilterDto, beforeId: number | null, limit: number): Promise<ExportRow[]> {
    const params = new SqlParams();
    const where = filterConditions(filter, params);
    if (beforeId !== null) where.push(`r.id < ${params.add(beforeId)}`);
    return this.dataSource.query(
      `SELECT r.id, r.mechanism, r.body_code, b.name AS body_name, r.state_iso3, s.name AS state_name, r.cycle, r.session,
              r.document_symbol, r.paragraph, r.text, r.language, to_char(r.issued_on, 'YYYY-MM-DD') AS issued_on, r.action_category,
              r.source, r.external_id, r.current_response, r.current_status, r.updated_at,
              COALESCE((SELECT json_agg(json_build_object('code', x.iso3, 'name', x.name) ORDER BY x.name)
                        FROM recommendation_recommending_state l JOIN state x ON x.iso3 = l.state_iso3 WHERE l.recommendation_id = r.id), '[]') AS recommending_states,
              COALESCE((SELECT json_agg(json_build_object('code', x.code, 'name', x.name) ORDER BY x.name)
                        FROM recommendation_theme l JOIN theme x ON x.code = l.theme_code WHERE l.recommendation_id = r.id), '[]') AS themes,
              COALESCE((SELECT json_agg(json_build_object('code', x.code, 'name', x.name) ORDER BY x.name)
                        FROM recommendation_affected_person l JOIN affected_person x ON x.code = l.affected_person_code WHERE l.recommendation_id = r.id), '[]') AS affected_persons,
              COALESCE((SELECT json_agg(json_build_object('code', x.code, 'name', x.title) ORDER BY x.goal, string_to_array(x.code, '.'))
                        FROM recommendation_sdg l JOIN sdg x ON x.code = l.sdg_code WHERE l.recommendation_id = r.id), '[]') AS sdgs,
              COALESCE((SELECT json_agg(json_build_object('response', h.response, 'respondedOn', to_char(h.responded_on, 'YYYY-MM-DD'),
                                                          'sourceDocument', h.source_document) ORDER BY h.responded_on NULLS FIRST, h.recorded_at, h.id)
                        FROM recommendation_response h WHERE h.recommendation_id = r.id), '[]') AS responses,
              COALESCE((SELECT json_agg(json_build_object('party', p.party, 'status', p.status, 'effectiveOn', to_char(p.effective_on, 'YYYY-MM-DD')) ORDER BY p.party)
                        FROM (SELECT DISTINCT ON (e.party) e.party, e.status, e.effective_on FROM status_event e
                              WHERE e.recommendation_id = r.id AND e.public
                              ORDER BY e.party, e.effective_on DESC, e.recorded_at DESC, e.id DESC) p), '[]') AS status_by_party,
              COALESCE((SELECT json_agg(json_build_object('kind', d.kind, 'dueOn', to_char(d.due_on, 'YYYY-MM-DD'), 'metOn', to_char(d.met_on, 'YYYY-MM-DD')) ORDER BY d.due_on)
                        FROM recommendation_deadline d WHERE d.recommendation_id = r.id AND d.archived_at IS NULL), '[]') AS deadlines
       FROM recommendation r JOIN state s ON s.iso3 = r.state_iso3 JOIN body b ON b.code = r.body_code
       WHERE ${where.join(' AND ')}
       ORDER BY r.id DESC LIMIT ${params.add(limit)}`,
      params.values,
    );
  }
}
