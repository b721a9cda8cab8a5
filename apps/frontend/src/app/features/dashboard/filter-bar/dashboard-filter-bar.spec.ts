import { TestBed } from '@angular/core/testing';
import type { Reference } from '../dashboard.api';
import { emptyDashboardFilters, withFilter, type DashboardFilters } from '../dashboard-filters';
import { DashboardFilterBar } from './dashboard-filter-bar';

const REFERENCE: Reference = {
  affectedPersons: [],
  bodies: [
    { code: 'UPR', mechanism: 'upr', name: 'Universal Periodic Review', treaty: null },
    { code: 'CAT', mechanism: 'treaty_body', name: 'Committee against Torture', treaty: 'CAT' },
  ],
  cycles: [{ cycle: 4, firstSession: 41, lastSession: 54, label: '4th cycle' }],
  mechanisms: [],
  responses: [],
  sdgs: [
    { code: '5', goal: 5, kind: 'goal', title: 'Gender equality' },
    { code: '5.1', goal: 5, kind: 'target', title: 'End discrimination' },
  ],
  stakeholderKinds: [],
  statuses: [],
  themes: [{ code: 'reservations', name: 'Reservations' }],
};

describe('DashboardFilterBar', () => {
  function render(filters: DashboardFilters): { element: HTMLElement; emitted: DashboardFilters[] } {
    const fixture = TestBed.createComponent(DashboardFilterBar);
    fixture.componentRef.setInput('filters', filters);
    fixture.componentRef.setInput('reference', REFERENCE);
    const emitted: DashboardFilters[] = [];
    fixture.componentInstance.filtersChange.subscribe((f) => emitted.push(f));
    fixture.detectChanges();
    return { element: fixture.nativeElement as HTMLElement, emitted };
  }

  it('labels a select per filter, with the translated choices and "All"', () => {
    const { element } = render(emptyDashboardFilters());
    const labels = Array.from(element.querySelectorAll('label')).map((l) => [l.textContent?.trim(), (element.querySelector(`#${l.htmlFor}`) as HTMLSelectElement | null)?.tagName]);
    expect(labels).toEqual([
      ['Mechanism', 'SELECT'],
      ['Body', 'SELECT'],
      ['UPR cycle', 'SELECT'],
      ['UN regional group', 'SELECT'],
      ['Region (UN M49)', 'SELECT'],
      ['Theme', 'SELECT'],
      ['SDG', 'SELECT'],
      ['Response of the State', 'SELECT'],
    ]);
    const options = (id: string): string[] => Array.from(element.querySelectorAll(`#dashboard-filter-${id} option`)).map((o) => o.textContent?.trim() ?? '');
    expect(options('regionalGroup')).toEqual(['All', 'African States', 'Asia-Pacific States', 'Eastern European States', 'Latin American and Caribbean States', 'Western European and other States']);
    expect(options('body')).toEqual(['All', 'UPR – Universal Periodic Review', 'CAT – Committee against Torture']);
    expect(options('sdg')).toEqual(['All', '5 – Gender equality']);
    expect(options('cycle')).toEqual(['All', 'Cycle 4']);
    expect(element.querySelector('button')).toBeNull();
  });

  it('emits the filters with the chosen value, and clears them all', () => {
    const { element, emitted } = render(withFilter(emptyDashboardFilters(), 'mechanism', 'upr'));
    const select = element.querySelector('#dashboard-filter-region') as HTMLSelectElement;
    expect((element.querySelector('#dashboard-filter-mechanism') as HTMLSelectElement).value).toBe('upr');
    select.value = 'Europe';
    select.dispatchEvent(new Event('change'));
    expect(emitted.at(-1)).toEqual({ ...withFilter(emptyDashboardFilters(), 'mechanism', 'upr'), region: ['Europe'] });
    (element.querySelector('button') as HTMLButtonElement).click();
    expect(emitted.at(-1)).toEqual(emptyDashboardFilters());
  });
});
