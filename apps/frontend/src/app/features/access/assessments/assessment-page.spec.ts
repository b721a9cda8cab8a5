import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { assessment, provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { AssessmentPage } from './assessment-page';

describe('AssessmentPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'assessments/:id', component: AssessmentPage }], withComponentInputBinding())] });
    backend = TestBed.inject(HttpTestingController);
  });

  async function open(status: number, body: object = {}): Promise<{ harness: RouterTestingHarness; element: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/assessments/4', AssessmentPage);
    backend.expectOne('/api/v1/assessments/4').flush(body, { status, statusText: String(status) });
    harness.detectChanges();
    return { harness, element: harness.routeNativeElement as HTMLElement };
  }

  it('says plainly that access is refused to another State report', async () => {
    const { element } = await open(403, { message: 'This assessment is not published' });
    expect(text(element.querySelector('h1'))).toBe('Access refused');
    expect(text(element.querySelector('[role="alert"]'))).toContain('You do not have access to this report');
  });

  it('answers a confidential assessment one may not read as not found', async () => {
    const { element } = await open(404, { message: 'Assessment 4 not found' });
    expect(text(element.querySelector('h1'))).toBe('Assessment not found');
  });

  it('shows the source only on request, for those allowed, and says the reading is audited', async () => {
    signInAs('ohchr_officer');
    const { harness, element } = await open(200, assessment());
    expect(text(element.querySelector('h1'))).toBe('Civil-society assessment 4');
    expect(text(element)).toContain('Confidential');
    expect(text(element)).not.toContain('Filed by');
    const show = Array.from(element.querySelectorAll('button')).find((b) => text(b).startsWith('Show who filed it'));
    show?.click();
    backend.expectOne('/api/v1/assessments/4/source').flush({ assessmentId: 4, organisationId: 5, organisationName: 'Witness Watch', stateIso3: null, authorUserId: 'u', authorName: 'Ana' });
    harness.detectChanges();
    expect(text(element.querySelector('section'))).toContain('Witness Watch — Ana');
    expect(text(element)).toContain('recorded in the audit log');
  });

  it('offers no source and no publishing to those who may not', async () => {
    const { element } = await open(200, assessment({ confidential: false, actions: { edit: false, publish: false, readSource: false } }));
    expect(element.querySelectorAll('button')).toHaveLength(0);
  });
});
