import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { report } from '../../../../testing/follow-up-fixtures';
import { ReportPage } from './report-page';

describe('ReportPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'reports/:id', component: ReportPage }], withComponentInputBinding())] });
    backend = TestBed.inject(HttpTestingController);
  });

  async function open(status: number, body: object): Promise<{ harness: RouterTestingHarness; element: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/3', ReportPage);
    backend.expectOne('/api/v1/reports/3').flush(body, { status, statusText: String(status) });
    harness.detectChanges();
    return { harness, element: harness.routeNativeElement as HTMLElement };
  }

  const buttons = (element: HTMLElement): string[] => Array.from(element.querySelectorAll('section button, section a.button')).map((b) => text(b));

  it('offers the focal point editing, evidence and submission of a draft, and nothing of OHCHR’s', async () => {
    signInAs('state_focal_point');
    const { element } = await open(200, report());
    expect(text(element.querySelector('h1'))).toBe('Mid-term report on policing');
    expect(buttons(element)).toEqual(expect.arrayContaining(['Edit the report', 'Submit to OHCHR', 'Attach the file', 'Add the link']));
    expect(buttons(element)).not.toContain('Validate');
    expect(element.querySelector('#return-comments')).toBeNull();
  });

  it('submits with the version read, and shows the new status', async () => {
    signInAs('state_focal_point');
    const { harness, element } = await open(200, report());
    Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Submit to OHCHR')?.click();
    const request = backend.expectOne('/api/v1/reports/3/transitions');
    expect(request.request.body).toEqual({ action: 'submit', version: 1 });
    request.flush(report({ status: 'submitted', version: 2, actions: { edit: false, submit: false, return: false, validate: false, publish: false } }));
    harness.detectChanges();
    expect(text(element.querySelector('[data-report-status]'))).toBe('Submitted');
    expect(text(element.querySelector('[role="status"]'))).toBe('The report was submitted to OHCHR.');
  });

  it('lets OHCHR return a report with comments, naming a missing comment', async () => {
    signInAs('ohchr_officer');
    const { harness, element } = await open(200, report({ status: 'submitted', actions: { edit: false, submit: false, return: true, validate: true, publish: false } }));
    expect(buttons(element)).toEqual(expect.arrayContaining(['Validate', 'Return with comments']));
    element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    backend
      .expectOne('/api/v1/reports/3/transitions')
      .flush({ message: 'a report is returned with comments', errors: [{ field: 'comments', reason: 'a report is returned with comments telling the State what to change' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('.field__error'))).toContain('telling the State what to change');
  });

  it('shows the comments of a returned report, and evidence with its checksum', async () => {
    const { element } = await open(
      200,
      report({
        status: 'returned',
        history: [
          { action: 'submit', fromStatus: 'draft', toStatus: 'submitted', comments: null, onDate: '2025-06-02', at: '2025-06-02T10:00:00Z' },
          { action: 'return', fromStatus: 'submitted', toStatus: 'returned', comments: 'Attach the decree.', onDate: '2025-06-03', at: '2025-06-03T10:00:00Z' },
        ],
        evidence: [{ id: 9, kind: 'file', title: 'Decree', url: null, fileName: 'decree.pdf', contentType: 'application/pdf', sizeBytes: 10, sha256: 'abcdef0123456789', createdAt: '2025-06-02T10:00:00Z' }],
        actions: { edit: false, submit: false, return: false, validate: false, publish: false },
      }),
    );
    expect(text(element.querySelector('[role="note"]'))).toContain('Attach the decree.');
    const link = Array.from(element.querySelectorAll('a')).find((a) => text(a) === 'Decree');
    expect(link?.getAttribute('href')).toBe('/api/v1/reports/3/evidence/9/file');
    expect(text(element)).toContain('SHA-256 abcdef012345');
  });

  it('says plainly when access is refused', async () => {
    const { element } = await open(403, { message: 'not published' });
    expect(text(element.querySelector('h1'))).toBe('Access refused');
  });
});
