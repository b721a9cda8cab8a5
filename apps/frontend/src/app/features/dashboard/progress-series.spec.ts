import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import type { ProgressPoint } from './dashboard.api';
import { createFormat } from './format';
import { progressChartData, progressSummary, progressTable } from './progress-series';

function point(month: string, party: 'state' | 'independent', fully: number, partially: number, not: number, total: number): ProgressPoint {
  return { month, party, total, fullyImplemented: fully, partiallyImplemented: partially, notImplemented: not, noInformation: total - fully - partially - not };
}

const POINTS: ProgressPoint[] = [
  point('2024-02', 'independent', 0, 0, 1, 4),
  point('2024-02', 'state', 1, 1, 0, 3),
  point('2024-01', 'state', 0, 0, 0, 3),
  point('2024-03', 'state', 1, 1, 0, 4),
];
const en = createFormat('en');
registerLocaleData(localeFr);

describe('progress series', () => {
  it('gives one series per status, bottom of the stack first, with a value per month end of the party', () => {
    const data = progressChartData(POINTS, 'state');
    expect(data.map((s) => s.name)).toEqual(['Fully implemented', 'Partially implemented', 'Not implemented', 'No information']);
    expect(data[0]?.series).toEqual([
      { name: new Date(Date.UTC(2024, 0, 1)), value: 0 },
      { name: new Date(Date.UTC(2024, 1, 1)), value: 1 },
      { name: new Date(Date.UTC(2024, 2, 1)), value: 1 },
    ]);
    expect(data[3]?.series.map((p) => p.value)).toEqual([3, 1, 2]);
    expect(progressChartData(POINTS, 'independent')[2]?.series.map((p) => p.value)).toEqual([1]);
  });

  it('tabulates exactly the chart: a row per month, a column per status and the total; raw values for the CSV', () => {
    const table = progressTable(POINTS, 'state', en);
    expect(table.columns).toEqual(['Month', 'Fully implemented', 'Partially implemented', 'Not implemented', 'No information', 'Recommendations']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Jan 2024', '0', '0', '0', '3', '3'],
      ['Feb 2024', '1', '1', '0', '1', '3'],
      ['Mar 2024', '1', '1', '0', '2', '4'],
    ]);
    expect(table.rows[2]?.map((c) => c.value)).toEqual(['2024-03', 1, 1, 0, 2, 4]);
  });

  it('formats months and numbers in the interface language', () => {
    const fr = progressTable([point('2024-05', 'state', 1234, 0, 0, 1234)], 'state', createFormat('fr'));
    expect(fr.rows[0]?.[0]?.text).toBe('mai 2024');
    expect(fr.rows[0]?.[1]?.text).toBe('1\u202f234');
  });

  it('describes the latest month in words, and 12 months earlier when the series goes back that far', () => {
    expect(progressSummary(POINTS, 'state', en)).toBe(
      'According to the State, at the end of Mar 2024, of 4 recommendations: 1 (25%) fully implemented, 1 (25%) partially implemented, 0 (0%) not implemented, no information on 2 (50%).',
    );
    const year = Array.from({ length: 13 }, (_, i) => point(`2023-${String(i + 1).padStart(2, '0')}`.replace('2023-13', '2024-01'), 'state', i, 0, 0, 20));
    expect(progressSummary(year, 'state', en)).toMatch(/At the end of Jan 2023, 0% were fully implemented\.$/);
    expect(progressSummary([], 'state', en)).toBe('No recommendations to show.');
  });
});
