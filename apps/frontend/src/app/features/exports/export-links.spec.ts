import { emptyFilters } from '../recommendations/recommendation-query';
import { exportHref } from './export-links';

describe('export links', () => {
  it('download everything when nothing is filtered', () => {
    expect(exportHref('csv', { q: '', filters: emptyFilters() })).toBe('/api/v1/recommendations/export.csv');
    expect(exportHref('xlsx', { q: '', filters: emptyFilters() })).toBe('/api/v1/recommendations/export.xlsx');
  });

  it('carry the text search and every selected value, as the list asks for them', () => {
    const filters = { ...emptyFilters(), state: ['SVN', 'CHN'], response: ['noted'], sdg: ['5.2'] };
    const href = exportHref('csv', { q: 'death penalty', filters });
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/api/v1/recommendations/export.csv');
    expect(url.searchParams.get('q')).toBe('death penalty');
    expect(url.searchParams.getAll('state')).toEqual(['SVN', 'CHN']);
    expect(url.searchParams.getAll('response')).toEqual(['noted']);
    expect(url.searchParams.getAll('sdg')).toEqual(['5.2']);
    expect([...url.searchParams.keys()].filter((k) => k === 'theme')).toEqual([]);
  });
});
