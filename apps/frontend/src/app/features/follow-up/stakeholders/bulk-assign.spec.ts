import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestHttp, text } from '../../../../testing/access-testing';
import { emptyFilters } from '../../recommendations/recommendation-query';
import type { RecommendationSearch } from '../../recommendations/recommendation.models';
import { assignmentFilter, BulkAssign } from './bulk-assign';

const SLOVENIA_UPR: RecommendationSearch = { q: 'police custody', filters: { ...emptyFilters(), state: ['SVN'], body: ['UPR'], cycle: ['4'] } };

@Component({ imports: [BulkAssign], template: `<app-bulk-assign [search]="search()" />`, changeDetection: ChangeDetectionStrategy.OnPush })
class Host {
  readonly search = signal<RecommendationSearch>(SLOVENIA_UPR);
}

describe('assignmentFilter', () => {
  it('sends the search text and the selected values only, as the list asks for them', () => {
    expect(assignmentFilter(SLOVENIA_UPR)).toEqual({ q: 'police custody', state: ['SVN'], body: ['UPR'], cycle: ['4'] });
    expect(assignmentFilter({ q: '', filters: emptyFilters() })).toEqual({});
  });
});

describe('BulkAssign', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('counts first, then assigns what is not assigned yet, and forgets the count when the search changes', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    // Nothing is asked of the server until the panel is opened.
    backend.expectNone('/api/v1/stakeholders');
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector('details')?.dispatchEvent(new Event('toggle'));
    fixture.detectChanges();
    backend.expectOne('/api/v1/stakeholders').flush([
      { id: 9, name: 'Witness Watch', kind: 'ngo' },
      { id: 4, name: 'Ombudsman of Slovenia', kind: 'nhri' },
    ]);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('#bulk-assign-stakeholder option')).map((o) => text(o))).toEqual(['Choose…', 'Ombudsman of Slovenia', 'Witness Watch']);

    const stakeholder = element.querySelector<HTMLSelectElement>('#bulk-assign-stakeholder') as HTMLSelectElement;
    stakeholder.value = '9';
    stakeholder.dispatchEvent(new Event('change'));
    const role = element.querySelector<HTMLSelectElement>('#bulk-assign-role') as HTMLSelectElement;
    role.value = 'monitor';
    role.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const dry = backend.expectOne('/api/v1/stakeholders/9/assignments');
    expect(dry.request.body).toEqual({ role: 'monitor', filter: { q: 'police custody', state: ['SVN'], body: ['UPR'], cycle: ['4'] }, dryRun: true });
    dry.flush({ matched: 12, assigned: 0, alreadyAssigned: 2 });
    fixture.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toBe('12 recommendations match the search. 2 already have this role.');

    const assign = Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Assign 10 recommendations');
    assign?.click();
    const real = backend.expectOne('/api/v1/stakeholders/9/assignments');
    expect(real.request.body).toEqual({ role: 'monitor', filter: { q: 'police custody', state: ['SVN'], body: ['UPR'], cycle: ['4'] }, dryRun: false });
    real.flush({ matched: 12, assigned: 10, alreadyAssigned: 2 });
    fixture.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toBe('10 recommendations assigned.');

    // Counted again for another search.
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend.expectOne('/api/v1/stakeholders/9/assignments').flush({ matched: 3, assigned: 0, alreadyAssigned: 0 });
    fixture.detectChanges();
    fixture.componentInstance.search.set({ q: '', filters: { ...emptyFilters(), state: ['HRV'] } });
    fixture.detectChanges();
    expect(element.querySelector('[role="status"]')).toBeNull();
  });
});
