import { convertToParamMap } from '@angular/router';
import { dashboardQueryParams, emptyDashboardFilters, hasFilters, parseDashboardFilters, sameFilters, withFilter } from './dashboard-filters';

describe('dashboard filters in the URL', () => {
  it('reads repeated keys and comma lists, and drops malformed values', () => {
    const filters = parseDashboardFilters(
      convertToParamMap({ mechanism: ['upr', 'treaty_body'], regionalGroup: 'AFRICAN,WEOG', cycle: ['3', '9'], state: ['svn', 'SVN'], sdg: '5.2', theme: '<script>' }),
    );
    expect(filters).toEqual({
      mechanism: ['upr', 'treaty_body'],
      body: [],
      cycle: ['3'],
      regionalGroup: ['AFRICAN', 'WEOG'],
      region: [],
      theme: [],
      sdg: ['5.2'],
      response: [],
      state: ['SVN'],
    });
  });

  it('writes every key, null when empty so that navigating removes it', () => {
    const params = dashboardQueryParams(withFilter(emptyDashboardFilters(), 'region', 'Europe'));
    expect(params.region).toEqual(['Europe']);
    expect(params.mechanism).toBeNull();
    expect(parseDashboardFilters(convertToParamMap({ region: params.region ?? [] }))).toEqual(withFilter(emptyDashboardFilters(), 'region', 'Europe'));
  });

  it('sets one value or clears a filter, and compares filter sets', () => {
    const one = withFilter(emptyDashboardFilters(), 'mechanism', 'upr');
    expect(hasFilters(one)).toBe(true);
    expect(hasFilters(withFilter(one, 'mechanism', ''))).toBe(false);
    expect(sameFilters(one, withFilter(emptyDashboardFilters(), 'mechanism', 'upr'))).toBe(true);
    expect(sameFilters(one, withFilter(emptyDashboardFilters(), 'mechanism', 'treaty_body'))).toBe(false);
  });
});
