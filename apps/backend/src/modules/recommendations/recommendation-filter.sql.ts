import type { FacetDimension } from './dto/recommendation-response.dto';
import type { RecommendationFilterDto } from './dto/recommendation-query.dto';

/** Collects positional parameters while a WHERE clause is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const LINK_TABLES = {
  theme: { table: 'recommendation_theme', column: 'theme_code' },
  affectedPerson: { table: 'recommendation_affected_person', column: 'affected_person_code' },
  recommendingState: { table: 'recommendation_recommending_state', column: 'state_iso3' },
} as const;

/**
 * WHERE conditions on `r` (recommendation) for the filters, leaving out one dimension
 * when facet counts for that dimension are computed. Every value is a bound parameter.
 */
export function filterConditions(filter: RecommendationFilterDto, params: SqlParams, except?: FacetDimension): string[] {
  const where = ['r.archived_at IS NULL'];
  const inList = (dimension: FacetDimension, column: string, values: readonly unknown[] | undefined, cast: string): void => {
    if (dimension === except || !values || values.length === 0) return;
    where.push(`${column} = ANY(${params.add(values)}::${cast}[])`);
  };
  inList('state', 'r.state_iso3', filter.state, 'bpchar');
  inList('body', 'r.body_code', filter.body, 'text');
  inList('mechanism', 'r.mechanism', filter.mechanism, 'text');
  inList('cycle', 'r.cycle', filter.cycle, 'int');
  inList('session', 'r.session', filter.session, 'int');
  inList('response', 'r.current_response', filter.response, 'text');
  inList('status', 'r.current_status', filter.status, 'text');
  for (const dimension of ['theme', 'affectedPerson', 'recommendingState'] as const) {
    const values = filter[dimension];
    if (dimension === except || !values || values.length === 0) continue;
    const link = LINK_TABLES[dimension];
    where.push(
      `EXISTS (SELECT 1 FROM ${link.table} l WHERE l.recommendation_id = r.id AND l.${link.column} = ANY(${params.add(values)}::text[]))`,
    );
  }
  if (except !== 'sdg' && filter.sdg && filter.sdg.length > 0) {
    // A goal ("5") matches the goal itself and all of its targets ("5.1" … "5.c").
    const p = params.add(filter.sdg);
    where.push(
      `EXISTS (SELECT 1 FROM recommendation_sdg l WHERE l.recommendation_id = r.id AND (l.sdg_code = ANY(${p}::text[]) OR split_part(l.sdg_code, '.', 1) = ANY(${p}::text[])))`,
    );
  }
  if (filter.q && filter.q.trim() !== '') {
    where.push(`r.search @@ websearch_to_tsquery('english', ${params.add(filter.q)})`);
  }
  return where;
}
