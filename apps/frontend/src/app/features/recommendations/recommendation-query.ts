import type { ParamMap, Params } from '@angular/router';
import {
  FILTER_DIMENSIONS,
  IMPLEMENTATION_STATUSES,
  MECHANISMS,
  RESPONSES,
  type FilterDimension,
  type RecommendationFilters,
  type RecommendationListQuery,
  type RecommendationSearch,
} from './recommendation.models';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const PAGE_SIZE_OPTIONS: readonly number[] = [25, 50, 100, 200];

const MAX_QUERY_LENGTH = 500;
const MAX_VALUE_LENGTH = 100;
const POSITIVE_INTEGER = /^[1-9]\d{0,5}$/;

const ALLOWED_VALUES: Partial<Record<FilterDimension, ReadonlySet<string>>> = {
  mechanism: new Set<string>(MECHANISMS),
  response: new Set<string>(RESPONSES),
  status: new Set<string>(IMPLEMENTATION_STATUSES),
};
/** Format of values whose shape is fixed; the API rejects anything else with 400. */
const VALUE_PATTERNS: Partial<Record<FilterDimension, RegExp>> = {
  state: /^[A-Z]{3}$/,
  recommendingState: /^[A-Z]{3}$/,
  body: /^[A-Z]{2,12}$/,
  cycle: POSITIVE_INTEGER,
  session: POSITIVE_INTEGER,
  sdg: /^\d{1,2}(\.[0-9a-z]{1,2})?$/,
};
/** Codes written in capitals; a hand-typed `state=fra` still works. */
const UPPER_CASE_DIMENSIONS: ReadonlySet<FilterDimension> = new Set<FilterDimension>(['state', 'recommendingState', 'body']);

export function emptyFilters(): RecommendationFilters {
  return Object.fromEntries(FILTER_DIMENSIONS.map((dimension) => [dimension, []])) as unknown as RecommendationFilters;
}

function isAcceptable(dimension: FilterDimension, value: string): boolean {
  if (value.length === 0 || value.length > MAX_VALUE_LENGTH) {
    return false;
  }
  const allowed = ALLOWED_VALUES[dimension];
  if (allowed) {
    return allowed.has(value);
  }
  return VALUE_PATTERNS[dimension]?.test(value) ?? true;
}

function normaliseValues(dimension: FilterDimension, values: readonly string[]): string[] {
  const kept: string[] = [];
  for (const raw of values) {
    const trimmed = raw.trim();
    const value = UPPER_CASE_DIMENSIONS.has(dimension) ? trimmed.toUpperCase() : trimmed;
    if (isAcceptable(dimension, value) && !kept.includes(value)) {
      kept.push(value);
    }
  }
  return kept;
}

function parsePageSize(raw: string | null): number {
  if (raw === null || !POSITIVE_INTEGER.test(raw)) {
    return DEFAULT_PAGE_SIZE;
  }
  const size = Number(raw);
  return size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE;
}

/**
 * Reads the explorer state from the URL. Unknown parameters are ignored; invalid values
 * (an unknown response, a non-numeric cycle, a page size out of range) are dropped so a
 * hand-edited link degrades to a valid search instead of an error.
 */
export function parseListQuery(params: ParamMap): RecommendationListQuery {
  const filters = Object.fromEntries(
    FILTER_DIMENSIONS.map((dimension) => [dimension, normaliseValues(dimension, params.getAll(dimension))]),
  ) as unknown as RecommendationFilters;
  const cursor = params.get('cursor')?.trim() ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    filters,
    cursor: cursor === '' ? null : cursor,
    limit: parsePageSize(params.get('limit')),
  };
}

/** The inverse of {@link parseListQuery}: only non-default values appear, so URLs stay short. */
export function toQueryParams(query: RecommendationListQuery): Params {
  const params: Params = {};
  if (query.q !== '') {
    params['q'] = query.q;
  }
  for (const dimension of FILTER_DIMENSIONS) {
    const values = query.filters[dimension];
    if (values.length > 0) {
      params[dimension] = [...values];
    }
  }
  if (query.limit !== DEFAULT_PAGE_SIZE) {
    params['limit'] = String(query.limit);
  }
  if (query.cursor !== null) {
    params['cursor'] = query.cursor;
  }
  return params;
}

export function withFilterValue(
  filters: RecommendationFilters,
  dimension: FilterDimension,
  value: string,
  selected: boolean,
): RecommendationFilters {
  const current = filters[dimension];
  const next = selected
    ? current.includes(value)
      ? current
      : [...current, value]
    : current.filter((existing) => existing !== value);
  return next === current ? filters : { ...filters, [dimension]: next };
}

export function activeFilterCount(filters: RecommendationFilters): number {
  return FILTER_DIMENSIONS.reduce((count, dimension) => count + filters[dimension].length, 0);
}

export function hasCriteria(search: RecommendationSearch): boolean {
  return search.q !== '' || activeFilterCount(search.filters) > 0;
}

export function searchOf(query: RecommendationListQuery): RecommendationSearch {
  return { q: query.q, filters: query.filters };
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Same text and same selections (order of selection within a dimension does not matter). */
export function sameSearch(a: RecommendationSearch, b: RecommendationSearch): boolean {
  return a.q === b.q && FILTER_DIMENSIONS.every((dimension) => sameValues(a.filters[dimension], b.filters[dimension]));
}

/**
 * Keyset paging only knows the way forward, so the explorer remembers the cursors of the pages
 * it has walked through (`null` is the first page). Given the trail and the cursor now in the URL:
 * a cursor already on the trail means we went back (browser back or "Previous page"), anything else
 * means we went one page forward.
 */
export function followCursor(trail: readonly (string | null)[], cursor: string | null): readonly (string | null)[] {
  const index = trail.indexOf(cursor);
  if (index >= 0) {
    return trail.slice(0, index + 1);
  }
  return cursor === null ? [null] : [...trail, cursor];
}
