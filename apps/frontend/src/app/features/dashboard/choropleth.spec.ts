import { classOf, indicatorValue, mapClasses, mapCountries, mapSummary, stateTable } from './choropleth';
import { comparisonViews } from './comparison-series';
import { createFormat } from './format';

const en = createFormat('en');
const [slovenia, kenya] = comparisonViews('state', [
  { key: 'SVN', label: 'Slovenia', m49: '705', total: 4, fullyImplemented: 1, partiallyImplemented: 2, notImplemented: 0, noInformation: 1, responded: 4, supported: 3 },
  { key: 'KEN', label: 'Kenya', m49: '404', total: 0, fullyImplemented: 0, partiallyImplemented: 0, notImplemented: 0, noInformation: 0, responded: 0, supported: 0 },
]);

describe('choropleth', () => {
  it('reads each indicator of a State, none when there is nothing to measure', () => {
    if (!slovenia || !kenya) throw new Error('fixture');
    expect([indicatorValue(slovenia, 'implemented'), indicatorValue(slovenia, 'progress'), indicatorValue(slovenia, 'supported'), indicatorValue(slovenia, 'recommendations')]).toEqual([0.25, 0.75, 0.75, 4]);
    expect([indicatorValue(kenya, 'implemented'), indicatorValue(kenya, 'supported'), indicatorValue(kenya, 'recommendations')]).toEqual([null, null, 0]);
  });

  it('bands shares by 20 points and counts up to a round maximum', () => {
    expect(mapClasses('implemented', [0.3], en).map((c) => c.label)).toEqual(['0% – 20%', '20% – 40%', '40% – 60%', '60% – 80%', '80% – 100%']);
    expect(mapClasses('recommendations', [37, 180], en).map((c) => c.label)).toEqual(['0 – 40', '40 – 80', '80 – 120', '120 – 160', '160 – 200']);
  });

  it('puts a value in its class, the top of the scale in the last one', () => {
    const classes = mapClasses('implemented', [], en);
    expect(classOf(0, classes)?.label).toBe('0% – 20%');
    expect(classOf(0.2, classes)?.label).toBe('20% – 40%');
    expect(classOf(1, classes)?.label).toBe('80% – 100%');
  });
});

describe('States on the map', () => {
  it('names each State with its figure, and leaves out groups that are not States', () => {
    const views = comparisonViews('state', [
      { key: 'SVN', label: 'Slovenia', m49: '705', total: 4, fullyImplemented: 1, partiallyImplemented: 2, notImplemented: 0, noInformation: 1, responded: 0, supported: 0 },
    ]);
    expect(mapCountries(views, 'implemented', en)).toEqual([{ m49: '705', iso3: 'SVN', value: 0.25, label: 'Slovenia: 25% (4 recommendations)' }]);
    expect(mapCountries(views, 'supported', en)[0]?.label).toBe('Slovenia: no figure (4 recommendations)');
    const [slovenia] = views;
    if (!slovenia) throw new Error('fixture');
    expect(mapCountries(comparisonViews('theme', [{ ...slovenia.row, m49: null }]), 'implemented', en)).toEqual([]);
  });
});

describe('the States beside the map', () => {
  const views = comparisonViews('state', [
    { key: 'SVN', label: 'Slovenia', m49: '705', total: 4, fullyImplemented: 1, partiallyImplemented: 2, notImplemented: 0, noInformation: 1, responded: 4, supported: 3 },
    { key: 'KEN', label: 'Kenya', m49: '404', total: 10, fullyImplemented: 5, partiallyImplemented: 0, notImplemented: 0, noInformation: 5, responded: 0, supported: 0 },
  ]);

  it('tabulates every indicator, raw shares for the CSV', () => {
    const table = stateTable(views, en);
    expect(table.columns).toEqual(['State', 'Recommendations', 'Fully implemented', 'Fully or partially implemented', 'Supported']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Slovenia', '4', '25%', '75%', '75%'],
      ['Kenya', '10', '50%', '50%', '—'],
    ]);
    expect(table.rows[1]?.map((c) => c.value)).toEqual(['Kenya', 10, 0.5, 0.5, '']);
  });

  it('says in words which State is highest and which lowest', () => {
    expect(mapSummary(views, 'implemented', en)).toBe(
      'Share fully implemented, by State (2 States with the figure): highest Kenya (50%), lowest Slovenia (25%). The same figures are in the table after the map.',
    );
    expect(mapSummary(views.slice(1), 'supported', en)).toBe('Share of UPR recommendations supported: no State has the figure.');
  });
});
