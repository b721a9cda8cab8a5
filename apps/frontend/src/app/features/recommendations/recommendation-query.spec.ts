import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  activeFilterCount,
  emptyFilters,
  followCursor,
  hasCriteria,
  parseListQuery,
  sameSearch,
  toQueryParams,
  withFilterValue,
} from './recommendation-query';
import type { RecommendationListQuery } from './recommendation.models';

function query(overrides: Partial<RecommendationListQuery> = {}): RecommendationListQuery {
  return { q: '', filters: emptyFilters(), cursor: null, limit: DEFAULT_PAGE_SIZE, ...overrides };
}

describe('parseListQuery', () => {
  it('reads an empty URL as the first page of everything', () => {
    expect(parseListQuery(convertToParamMap({}))).toEqual(query());
  });

  it('reads text, repeated filters, page size and cursor', () => {
    const parsed = parseListQuery(
      convertToParamMap({
        q: '  "death penalty" -torture ',
        state: ['CHN', 'SVN'],
        response: 'supported',
        cycle: '4',
        limit: '100',
        cursor: 'abc',
      }),
    );

    expect(parsed.q).toBe('"death penalty" -torture');
    expect(parsed.filters.state).toEqual(['CHN', 'SVN']);
    expect(parsed.filters.response).toEqual(['supported']);
    expect(parsed.filters.cycle).toEqual(['4']);
    expect(parsed.filters.theme).toEqual([]);
    expect(parsed.limit).toBe(100);
    expect(parsed.cursor).toBe('abc');
  });

  it('drops values a hand-edited link could not mean', () => {
    const parsed = parseListQuery(
      convertToParamMap({
        response: ['supported', 'maybe'],
        status: 'done',
        mechanism: ['upr', 'treaty_body', 'upr'],
        cycle: ['two', '0', '3'],
        session: '-1',
        state: ['', ' FRA ', 'chn', 'France'],
        recommendingState: ['bra', 'BR'],
        body: ['ccpr', 'UPR'],
        sdg: ['5', '5.2', 'goal 5'],
      }),
    );

    expect(parsed.filters.response).toEqual(['supported']);
    expect(parsed.filters.status).toEqual([]);
    expect(parsed.filters.mechanism).toEqual(['upr', 'treaty_body']);
    expect(parsed.filters.cycle).toEqual(['3']);
    expect(parsed.filters.session).toEqual([]);
    expect(parsed.filters.state).toEqual(['FRA', 'CHN']);
    expect(parsed.filters.recommendingState).toEqual(['BRA']);
    expect(parsed.filters.body).toEqual(['CCPR', 'UPR']);
    expect(parsed.filters.sdg).toEqual(['5', '5.2']);
  });

  it.each(['0', '201', '-5', '12abc', ''])('falls back to the default page size for limit=%p', (limit) => {
    expect(parseListQuery(convertToParamMap({ limit })).limit).toBe(DEFAULT_PAGE_SIZE);
  });

  it('accepts the page size bounds 1 and 200', () => {
    expect(parseListQuery(convertToParamMap({ limit: '1' })).limit).toBe(1);
    expect(parseListQuery(convertToParamMap({ limit: '200' })).limit).toBe(200);
  });

  it('treats a blank cursor as the first page', () => {
    expect(parseListQuery(convertToParamMap({ cursor: '  ' })).cursor).toBeNull();
  });
});

describe('toQueryParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(toQueryParams(query())).toEqual({});
  });

  it('writes text, every selected value, a non-default page size and the cursor', () => {
    const filters = withFilterValue(withFilterValue(emptyFilters(), 'state', 'CHN', true), 'state', 'SVN', true);

    expect(toQueryParams(query({ q: 'water', filters, limit: 25, cursor: 'c2' }))).toEqual({
      q: 'water',
      state: ['CHN', 'SVN'],
      limit: '25',
      cursor: 'c2',
    });
  });

  it('round-trips through parseListQuery', () => {
    const original = query({
      q: 'education OR school',
      filters: { ...emptyFilters(), body: ['UPR', 'CRC'], sdg: ['4'], recommendingState: ['BRA'] },
      limit: 200,
      cursor: 'next-page',
    });

    expect(parseListQuery(convertToParamMap(toQueryParams(original)))).toEqual(original);
  });
});

describe('withFilterValue', () => {
  it('adds a value once and removes it again', () => {
    const once = withFilterValue(emptyFilters(), 'theme', 'A41', true);
    const twice = withFilterValue(once, 'theme', 'A41', true);
    const removed = withFilterValue(twice, 'theme', 'A41', false);

    expect(once.theme).toEqual(['A41']);
    expect(twice).toBe(once);
    expect(removed.theme).toEqual([]);
  });

  it('leaves the other dimensions alone', () => {
    const filters = withFilterValue({ ...emptyFilters(), state: ['CHN'] }, 'response', 'noted', true);

    expect(filters.state).toEqual(['CHN']);
    expect(filters.response).toEqual(['noted']);
  });
});

describe('criteria', () => {
  it('counts selected values across dimensions', () => {
    expect(activeFilterCount({ ...emptyFilters(), state: ['CHN', 'SVN'], sdg: ['5'] })).toBe(3);
  });

  it('knows whether anything narrows the search', () => {
    expect(hasCriteria(query())).toBe(false);
    expect(hasCriteria(query({ q: 'water' }))).toBe(true);
    expect(hasCriteria(query({ filters: { ...emptyFilters(), status: ['not_implemented'] } }))).toBe(true);
  });

  it('compares searches regardless of the order values were selected in', () => {
    const a = { q: 'x', filters: { ...emptyFilters(), state: ['CHN', 'SVN'] } };
    const b = { q: 'x', filters: { ...emptyFilters(), state: ['SVN', 'CHN'] } };

    expect(sameSearch(a, b)).toBe(true);
    expect(sameSearch(a, { ...b, q: 'y' })).toBe(false);
    expect(sameSearch(a, { ...b, filters: { ...b.filters, state: ['CHN'] } })).toBe(false);
  });
});

describe('followCursor', () => {
  it('starts the trail at the first page', () => {
    expect(followCursor([], null)).toEqual([null]);
  });

  it('appends a cursor it has not seen (next page)', () => {
    expect(followCursor([null, 'c1'], 'c2')).toEqual([null, 'c1', 'c2']);
  });

  it('cuts the trail back to a cursor it has seen (previous page, browser back)', () => {
    expect(followCursor([null, 'c1', 'c2'], 'c1')).toEqual([null, 'c1']);
    expect(followCursor([null, 'c1', 'c2'], null)).toEqual([null]);
  });

  it('starts a trail mid-way when a link opens a later page directly', () => {
    expect(followCursor([], 'c5')).toEqual(['c5']);
    expect(followCursor(['c5'], null)).toEqual([null]);
  });
});
