import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, text } from '../../../../testing/access-testing';
import { worklistItem } from '../../../../testing/follow-up-fixtures';
import { StakeholderPage } from './stakeholder-page';

describe('StakeholderPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'stakeholders/:id', component: StakeholderPage }], withComponentInputBinding())] });
    backend = TestBed.inject(HttpTestingController);
  });

  it('lists the stakeholder’s recommendations with status and next deadline, and can keep only the overdue ones', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/stakeholders/5', StakeholderPage);
    backend.expectOne('/api/v1/stakeholders/5').flush({ id: 5, name: 'Ministry of Justice', acronym: 'MoJ', kind: 'government_institution', stateIso3: 'SVN', website: null, version: 1, recommendations: [] });
    backend.expectOne('/api/v1/stakeholders/5/worklist?limit=200').flush({ asOf: '2025-08-01', stakeholderIds: [5], total: 2, items: [worklistItem(), worklistItem({ recommendationId: 8, overdue: false, daysLate: null, nextDeadline: null, nextDueOn: null })] });
    harness.detectChanges();
    const element = harness.routeNativeElement as HTMLElement;
    expect(text(element.querySelector('h1'))).toBe('Ministry of Justice (MoJ)');
    const cells = Array.from(element.querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll('td')).map((c) => text(c)));
    expect(cells[0]?.slice(1, 4)).toEqual(['Slovenia', 'Lead', 'Partially implemented']);
    expect(cells[0]?.[4]).toMatch(/^UPR mid-term report, Jul 23, 2025\s*— overdue by 9 days$/);
    expect(cells[1]?.[4]).toBe('None');
    element.querySelector<HTMLInputElement>('#stakeholder-overdue')?.click();
    harness.detectChanges();
    backend.expectOne('/api/v1/stakeholders/5/worklist?overdue=true&limit=200').flush({ asOf: '2025-08-01', stakeholderIds: [5], total: 1, items: [worklistItem()] });
    harness.detectChanges();
    expect(element.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('says when there is no such stakeholder', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/stakeholders/5', StakeholderPage);
    backend.expectOne('/api/v1/stakeholders/5').flush({ message: 'Stakeholder 5 not found' }, { status: 404, statusText: 'Not Found' });
    backend.expectOne('/api/v1/stakeholders/5/worklist?limit=200').flush({ message: 'Stakeholder 5 not found' }, { status: 404, statusText: 'Not Found' });
    harness.detectChanges();
    expect(text((harness.routeNativeElement as HTMLElement).querySelector('h1'))).toBe('Stakeholder not found');
  });
});
