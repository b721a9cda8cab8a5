import type { ComparisonRow } from './dashboard.api';
import { comparisonChartData, comparisonSummary, comparisonTable, comparisonViews, sortViews } from './comparison-series';
import { createFormat } from './format';

function row(key: string, label: string, fully: number, partially: number, not: number, total: number, responded = 0, supported = 0): ComparisonRow {
  return { key, label, m49: null, total, fullyImplemented: fully, partiallyImplemented: partially, notImplemented: not, noInformation: total - fully - partially - not, responded, supported };
}

const en = createFormat('en');
const ROWS = [row('AFRICAN', 'AFRICAN', 1, 0, 0, 4, 2, 1), row('WEOG', 'WEOG', 3, 1, 0, 4), row('NONE', 'NONE', 0, 0, 0, 0)];

describe('comparison series', () => {
  it('labels the groups in the interface language and computes their shares', () => {
    const views = comparisonViews('regional_group', ROWS);
    expect(views.map((v) => [v.label, v.implemented, v.progress, v.supported])).toEqual([
      ['African States', 0.25, 0.25, 0.5],
      ['Western European and other States', 0.75, 1, null],
      ['No regional group', 0, 0, null],
    ]);
    expect(comparisonViews('cycle', [row('3', '3', 0, 0, 0, 1)])[0]?.label).toBe('Cycle 3');
    expect(comparisonViews('mechanism', [row('treaty_body', 'treaty_body', 0, 0, 0, 1)])[0]?.label).toBe('Treaty body');
    expect(comparisonViews('sdg', [row('5', 'Gender equality', 0, 0, 0, 1)])[0]?.label).toBe('SDG 5 – Gender equality');
  });

  it('gives each group one bar per status, in stack order', () => {
    const data = comparisonChartData(comparisonViews('regional_group', ROWS.slice(0, 1)));
    expect(data).toEqual([
      {
        name: 'African States',
        series: [
          { name: 'Fully implemented', value: 1 },
          { name: 'Partially implemented', value: 0 },
          { name: 'Not implemented', value: 0 },
          { name: 'No information', value: 3 },
        ],
      },
    ]);
  });

  it('sorts by name or by a figure, groups without a figure last, ties by name', () => {
    const views = comparisonViews('regional_group', ROWS);
    expect(sortViews(views, 'implemented', 'descending', 'en').map((v) => v.key)).toEqual(['WEOG', 'AFRICAN', 'NONE']);
    expect(sortViews(views, 'implemented', 'ascending', 'en').map((v) => v.key)).toEqual(['NONE', 'AFRICAN', 'WEOG']);
    expect(sortViews(views, 'supported', 'ascending', 'en').map((v) => v.key)).toEqual(['AFRICAN', 'NONE', 'WEOG']);
    expect(sortViews(views, 'label', 'ascending', 'en').map((v) => v.key)).toEqual(['AFRICAN', 'NONE', 'WEOG']);
    expect(sortViews(views, 'total', 'descending', 'en').map((v) => v.key)).toEqual(['AFRICAN', 'WEOG', 'NONE']);
  });

  it('tabulates counts with their shares, and raw figures for the CSV', () => {
    const table = comparisonTable('regional_group', comparisonViews('regional_group', ROWS.slice(0, 2)), en);
    expect(table.columns).toEqual(['UN regional group', 'Recommendations', 'Fully implemented', 'Partially implemented', 'Not implemented', 'No information', 'Supported']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['African States', '4', '1 (25%)', '0 (0%)', '0 (0%)', '3 (75%)', '50%'],
      ['Western European and other States', '4', '3 (75%)', '1 (25%)', '0 (0%)', '0 (0%)', '—'],
    ]);
    expect(table.rows[0]?.map((c) => c.value)).toEqual(['African States', 4, 1, 0, 0, 3, 0.5]);
  });

  it('names the groups furthest ahead and behind', () => {
    expect(comparisonSummary('regional_group', comparisonViews('regional_group', ROWS), en)).toBe(
      'Share of recommendations fully implemented, by UN regional group (2 groups): highest Western European and other States (75%), lowest African States (25%).',
    );
    expect(comparisonSummary('theme', [], en)).toBe('No recommendations to compare.');
  });
});
