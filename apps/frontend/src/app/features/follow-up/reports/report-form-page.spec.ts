import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { report } from '../../../../testing/follow-up-fixtures';
import { ReportFormPage } from './report-form-page';

describe('ReportFormPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        provideRouter(
          [
            { path: 'reports/new', component: ReportFormPage },
            { path: 'reports/:id/edit', component: ReportFormPage },
            { path: 'reports/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('state_focal_point');
  });

  function type(element: HTMLElement, selector: string, value: string): void {
    const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`no ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('drafts a report on the recommendation it was opened for, then goes to it', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/new?recommendation=7', ReportFormPage);
    backend.expectOne('/api/v1/stakeholders').flush([{ id: 2, name: 'Ministry of the Interior', acronym: null, kind: 'government_institution', stateIso3: 'SVN', website: null, version: 1 }]);
    harness.detectChanges();
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(text(element.querySelector('h1'))).toBe('New implementation report');
    expect(element.querySelector<HTMLInputElement>('#item-rec-0')?.value).toBe('7');
    type(element, '#report-title', 'Mid-term report');
    type(element, '#report-from', '2023-01-01');
    type(element, '#report-to', '2025-03-31');
    type(element, '#report-narrative', 'The Police Act was amended.');
    element.querySelector<HTMLInputElement>('#institution-2')?.click();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = backend.expectOne('/api/v1/reports');
    expect(request.request.body).toEqual({
      title: 'Mid-term report',
      narrative: 'The Police Act was amended.',
      measuresTaken: '',
      periodFrom: '2023-01-01',
      periodTo: '2025-03-31',
      items: [{ recommendationId: 7, status: 'partially_implemented' }],
      institutionIds: [2],
    });
    request.flush(report({ id: 12 }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/reports/12');
  });

  it('says when someone else changed the report, and shows the current version instead of overwriting it', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/3/edit', ReportFormPage);
    backend.expectOne('/api/v1/stakeholders').flush([]);
    backend.expectOne('/api/v1/reports/3').flush(report({ version: 4 }));
    harness.detectChanges();
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector<HTMLInputElement>('#report-title')?.value).toBe('Mid-term report on policing');
    type(element, '#report-title', 'My title');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const save = backend.expectOne('/api/v1/reports/3');
    expect(save.request.method).toBe('PATCH');
    expect(save.request.body.version).toBe(4);
    save.flush({ message: 'changed', current: {} }, { status: 409, statusText: 'Conflict' });
    backend.expectOne('/api/v1/reports/3').flush(report({ version: 5, title: 'Their title' }));
    harness.detectChanges();
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('Someone changed this report while you were editing it');
    expect(element.querySelector<HTMLInputElement>('#report-title')?.value).toBe('Their title');
  });

  it('names the item the server refused', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/new?recommendation=7', ReportFormPage);
    backend.expectOne('/api/v1/stakeholders').flush([]);
    harness.detectChanges();
    const element = harness.routeNativeElement as HTMLElement;
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    backend
      .expectOne('/api/v1/reports')
      .flush({ message: 'x', errors: [{ field: 'items.0.recommendationId', reason: 'recommendation 7 is addressed to HRV, not to SVN' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#item-error-0'))).toBe('recommendation 7 is addressed to HRV, not to SVN');
    expect(element.querySelector('#item-rec-0')?.getAttribute('aria-invalid')).toBe('true');
  });
});
