import type { Headline } from './dashboard.api';
import { createFormat } from './format';
import { headlineViews } from './headline';

const HEADLINE: Headline = {
  asOf: '2026-06-15',
  comparedWith: '2025-06-15',
  computedAt: '2026-06-15T10:00:00Z',
  figures: [
    { key: 'recommendations', kind: 'count', value: 5120, previous: 4880, count: 5120, base: 5120 },
    { key: 'supported_share', kind: 'share', value: 2 / 3, previous: 0.5, count: 2, base: 3 },
    { key: 'implemented_share', kind: 'share', value: 0.2504, previous: 0.25, count: 1282, base: 5120 },
    { key: 'overdue', kind: 'count', value: 40, previous: 52, count: 40, base: 40 },
    { key: 'open_flags', kind: 'count', value: 2, previous: null, count: 2, base: 2 },
  ],
};

describe('headline figures', () => {
  const views = headlineViews(HEADLINE, createFormat('en'));

  it('writes counts and shares, and the trend in words', () => {
    expect(views.map((v) => [v.label, v.value, v.direction, v.trend])).toEqual([
      ['Recommendations', '5,120', 'up', 'Up from 4,880 12 months earlier'],
      ['Supported by the State', '67%', 'up', 'Up from 50% 12 months earlier'],
      // 25.04 % against 25 %: less than half a point is no change.
      ['Fully implemented', '25%', 'same', 'Same as 12 months earlier (25%)'],
      ['Overdue deadlines', '40', 'down', 'Down from 52 12 months earlier'],
      ['Flags awaiting review', '2', 'unknown', 'No figure for 12 months earlier'],
    ]);
  });

  it('says what each share counts', () => {
    expect(views[1]?.detail).toBe('2 of 3 UPR recommendations with a response (supported or supported in part)');
    expect(views[2]?.detail).toBe('1,282 of 5,120 recommendations, by the latest public report of the State or OHCHR');
  });

  it('shows a dash for a share of nothing', () => {
    const none = headlineViews({ ...HEADLINE, figures: [{ key: 'supported_share', kind: 'share', value: 0, previous: null, count: 0, base: 0 }] }, createFormat('en'));
    expect(none[0]).toMatchObject({ value: '—', detail: 'No response of a State recorded' });
  });
});
