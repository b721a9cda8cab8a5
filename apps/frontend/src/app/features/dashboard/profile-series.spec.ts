import { PROFILE } from '../../../testing/dashboard-fixtures';
import { createFormat } from './format';
import { mechanismChartData, mechanismTable, profileSummary, timelineEntries } from './profile-series';

const en = createFormat('en');

describe('State profile series', () => {
  it('gives a bar per mechanism and one for all recommendations, by status', () => {
    const data = mechanismChartData(PROFILE);
    expect(data.map((g) => g.name)).toEqual(['Treaty body', 'Universal Periodic Review', 'All recommendations']);
    expect(data[2]?.series.map((b) => b.value)).toEqual([3, 2, 1, 2]);
  });

  it('tabulates the same figures with their shares', () => {
    const table = mechanismTable(PROFILE, en);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Treaty body', '2', '0 (0%)', '0 (0%)', '1 (50%)', '1 (50%)'],
      ['Universal Periodic Review', '6', '3 (50%)', '2 (33%)', '0 (0%)', '1 (17%)'],
      ['All recommendations', '8', '3 (38%)', '2 (25%)', '1 (13%)', '2 (25%)'],
    ]);
  });

  it('describes the State in words', () => {
    expect(profileSummary(PROFILE, en)).toBe(
      'Slovenia: 8 recommendations. By the latest public report of the State or OHCHR, 3 (38%) are fully implemented, 2 (25%) partially, 1 (13%) not implemented, and there is no information on 2 (25%).',
    );
    expect(profileSummary({ ...PROFILE, status: { ...PROFILE.status, total: 0 } }, en)).toBe('No recommendation to this State is recorded.');
  });

  it('lists reviews and deadlines in time order, saying which are overdue', () => {
    expect(timelineEntries(PROFILE, en).map((e) => [e.dateText, e.text, e.status, e.overdue])).toEqual([
      ['Nov 7, 2022', 'Universal Periodic Review, session 41 (cycle 4): 6 recommendations', null, false],
      ['Mar 7, 2023', 'Due: Responses to the UPR recommendations (UPR)', 'met for 6 of 6 recommendations', false],
      ['Mar 10, 2024', 'Concluding observations of CAT: 2 recommendations', null, false],
      ['May 7, 2025', 'Due: UPR mid-term report (UPR)', 'overdue for 6 of 6 recommendations', true],
      ['May 7, 2027', 'Due: Next UPR review (UPR)', null, false],
    ]);
  });
});
