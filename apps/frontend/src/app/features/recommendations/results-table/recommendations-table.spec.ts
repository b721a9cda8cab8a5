import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { summary } from '../../../../testing/recommendation-fixtures';
import { toRecommendationRow } from '../recommendation-format';
import { RecommendationsTable } from './recommendations-table';

describe('RecommendationsTable', () => {
  it('renders one row per recommendation with column headers for every cell', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(RecommendationsTable);
    fixture.componentRef.setInput('rows', [
      toRecommendationRow(summary({ id: 5, response: 'noted', status: 'fully_implemented' }), 'en'),
    ]);
    fixture.componentRef.setInput('labelledBy', 'results-heading');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;

    const headers = Array.from(element.querySelectorAll('th')).map((th) => th.getAttribute('scope'));
    const cells = Array.from(element.querySelectorAll('tbody td'));
    expect(headers).toHaveLength(cells.length);
    expect(headers.every((scope) => scope === 'col')).toBe(true);
    expect(element.querySelector('tbody a')?.getAttribute('href')).toBe('/recommendations/5');
    // The State under review leads to its profile on the dashboard.
    expect(cells[1].querySelector('a')?.getAttribute('href')).toBe('/states/SVN');
    expect(cells[1].textContent?.trim()).toBe('Slovenia');
    expect(cells[2].querySelector('abbr')?.getAttribute('title')).toBe('Universal Periodic Review');
    expect(cells[4].textContent?.trim()).toBe('Noted');
    expect(cells[5].textContent?.trim()).toBe('Fully implemented');
    // The scrollable wrapper is reachable by keyboard and named by the results heading.
    const region = element.querySelector('[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-labelledby')).toBe('results-heading');
  });

  it('marks each text with the language it was recorded in, as it is shown untranslated', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(RecommendationsTable);
    fixture.componentRef.setInput('rows', [
      toRecommendationRow(summary({ id: 7, language: 'es', text: 'Ratificar el Protocolo Facultativo' }), 'ar'),
      toRecommendationRow(summary({ id: 8, language: 'en', text: 'Ratify the Optional Protocol' }), 'ar'),
    ]);
    fixture.componentRef.setInput('labelledBy', 'results-heading');
    fixture.detectChanges();
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody td:first-child a'));

    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('lang'), a.getAttribute('dir')])).toEqual([
      ['Ratificar el Protocolo Facultativo', 'es', 'auto'],
      ['Ratify the Optional Protocol', 'en', 'auto'],
    ]);
  });
});
