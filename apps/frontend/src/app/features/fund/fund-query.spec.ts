import { convertToParamMap } from '@angular/router';
import { EMPTY_FUND_QUERY, fundFilterParams, fundQueryParams, parseFundQuery, sameFundQuery } from './fund-query';

describe('Fund page query', () => {
  it('reads every filter from the address', () => {
    const query = parseFundQuery(
      convertToParamMap({ status: 'approved', year: '2025', region: 'Oceania', activityType: 'good_practice_exchange', state: 'FJI', granularity: 'month', currency: 'EUR' }),
    );
    expect(query).toEqual({ status: 'approved', year: 2025, region: 'Oceania', activityType: 'good_practice_exchange', state: 'FJI', granularity: 'month', currency: 'EUR' });
  });

  it('ignores malformed values instead of sending them', () => {
    expect(parseFundQuery(convertToParamMap({ status: 'granted', year: '25', state: 'fji', granularity: 'week', currency: 'dollars', activityType: 'travel' }))).toEqual(EMPTY_FUND_QUERY);
  });

  it('writes only the filters set, and leaves the default granularity out', () => {
    expect(fundQueryParams({ ...EMPTY_FUND_QUERY, year: 2024 })).toEqual({ status: null, year: 2024, region: null, activityType: null, state: null, granularity: null, currency: null });
    expect(fundQueryParams({ ...EMPTY_FUND_QUERY, granularity: 'month' })['granularity']).toBe('month');
  });

  it('turns the filters into API parameters, a status as a one-value list', () => {
    expect(fundFilterParams({ ...EMPTY_FUND_QUERY, status: 'declined', state: 'SVN', granularity: 'month', currency: 'USD' })).toEqual({ status: ['declined'], state: 'SVN' });
    expect(fundFilterParams(EMPTY_FUND_QUERY)).toEqual({});
  });

  it('compares two queries field by field', () => {
    expect(sameFundQuery(EMPTY_FUND_QUERY, { ...EMPTY_FUND_QUERY })).toBe(true);
    expect(sameFundQuery(EMPTY_FUND_QUERY, { ...EMPTY_FUND_QUERY, currency: 'EUR' })).toBe(false);
  });
});
