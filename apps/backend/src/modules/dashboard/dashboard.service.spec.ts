import { filterKey } from './dashboard.service';

describe('filterKey', () => {
  it('is the same for the same filters in any order, with empty filters left out', () => {
    expect(filterKey({ state: ['SVN', 'HRV'], mechanism: ['upr'] })).toBe(filterKey({ mechanism: ['upr'], state: ['HRV', 'SVN'], theme: [], q: '' }));
  });

  it('differs when a value differs', () => {
    expect(filterKey({ cycle: [3] })).not.toBe(filterKey({ cycle: [4] }));
    expect(filterKey({})).not.toBe(filterKey({ regionalGroup: ['WEOG'] }));
  });
});
