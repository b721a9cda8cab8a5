import { SAMPLE_FACETS } from '../../../testing/recommendation-fixtures';
import { activeFilters, buildFacetGroups } from './facet-groups';
import { emptyFilters } from './recommendation-query';

describe('buildFacetGroups', () => {
  it('keeps the API order and counts, marks selected values and names the dimension', () => {
    const groups = buildFacetGroups(SAMPLE_FACETS, { ...emptyFilters(), state: ['SVN'] });

    expect(groups.map((group) => group.dimension)).toEqual(['state', 'response']);
    expect(groups[0]).toEqual({
      dimension: 'state',
      legend: 'State under review',
      expanded: true,
      options: [
        { value: 'CHN', label: 'China', count: 3821, selected: false },
        { value: 'SVN', label: 'Slovenia', count: 1302, selected: true },
      ],
    });
  });

  it('labels code lists with the translated UI labels rather than the API labels', () => {
    const [, response] = buildFacetGroups(SAMPLE_FACETS, emptyFilters());

    expect(response.options.map((option) => option.label)).toEqual(['Supported', 'Noted']);
  });

  it('keeps a selected value the API no longer returns, with a zero count, so it can be unchecked', () => {
    const groups = buildFacetGroups(SAMPLE_FACETS, { ...emptyFilters(), response: ['no_response'], sdg: ['5'] });

    expect(groups.find((group) => group.dimension === 'response')?.options.at(-1)).toEqual({
      value: 'no_response',
      label: 'No response',
      count: 0,
      selected: true,
    });
    expect(groups.find((group) => group.dimension === 'sdg')).toEqual({
      dimension: 'sdg',
      legend: 'SDG',
      expanded: true,
      options: [{ value: '5', label: '5', count: 0, selected: true }],
    });
  });

  it('opens the main dimensions, and any other one with a selection', () => {
    const facets = {
      total: 1,
      facets: [
        { dimension: 'theme' as const, values: [{ value: 'A1', label: 'Acceptance of norms', count: 1 }] },
        { dimension: 'sdg' as const, values: [{ value: '4', label: 'Quality education', count: 1 }] },
        { dimension: 'status' as const, values: [{ value: 'not_implemented', label: 'x', count: 1 }] },
      ],
    };

    const groups = buildFacetGroups(facets, { ...emptyFilters(), sdg: ['4'] });

    expect(groups.map((group) => [group.dimension, group.expanded])).toEqual([
      ['status', true],
      ['theme', false],
      ['sdg', true],
    ]);
  });

  it('has no panels before counts arrive and nothing is selected', () => {
    expect(buildFacetGroups(undefined, emptyFilters())).toEqual([]);
  });
});

describe('activeFilters', () => {
  it('labels each selected value with its dimension, in panel order', () => {
    const filters = { ...emptyFilters(), response: ['noted'], state: ['CHN', 'XXX'] };

    expect(activeFilters(filters, SAMPLE_FACETS)).toEqual([
      { dimension: 'state', dimensionLabel: 'State under review', value: 'CHN', label: 'China' },
      { dimension: 'state', dimensionLabel: 'State under review', value: 'XXX', label: 'XXX' },
      { dimension: 'response', dimensionLabel: 'Response', value: 'noted', label: 'Noted' },
    ]);
  });
});
