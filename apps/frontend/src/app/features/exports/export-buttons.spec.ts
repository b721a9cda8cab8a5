import { TestBed } from '@angular/core/testing';
import { emptyFilters } from '../recommendations/recommendation-query';
import type { RecommendationSearch } from '../recommendations/recommendation.models';
import { ExportButtons } from './export-buttons';

describe('ExportButtons', () => {
  it('offers CSV and Excel downloads of the current search, and follows it when it changes', async () => {
    const fixture = TestBed.createComponent(ExportButtons);
    const search: RecommendationSearch = { q: '', filters: { ...emptyFilters(), state: ['SVN'] } };
    fixture.componentRef.setInput('search', search);
    fixture.detectChanges();
    await fixture.whenStable();
    const links = (): HTMLAnchorElement[] => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a'));
    expect(links().map((a) => [a.textContent?.trim(), a.getAttribute('href'), a.hasAttribute('download')])).toEqual([
      ['CSV', '/api/v1/recommendations/export.csv?state=SVN', true],
      ['Excel (XLSX)', '/api/v1/recommendations/export.xlsx?state=SVN', true],
    ]);
    expect(links()[0]?.getAttribute('aria-describedby')).toBe('export-buttons-label');

    fixture.componentRef.setInput('search', { q: 'roma', filters: emptyFilters() });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(links()[0]?.getAttribute('href')).toBe('/api/v1/recommendations/export.csv?q=roma');
  });
});
