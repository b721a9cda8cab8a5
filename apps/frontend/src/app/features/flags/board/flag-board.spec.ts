import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, discardPeriodicTasks, fakeAsync, tick } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { flagSummary, sweep } from '../../../../testing/flag-fixtures';
import { FlagBoard, SWEEP_POLL_MS } from './flag-board';

const LIST = '/api/v1/flags';

describe('FlagBoard', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'flags', component: FlagBoard }])] });
    backend = TestBed.inject(HttpTestingController);
    signInAs('ohchr_officer');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/flags', FlagBoard);
    element = harness.routeNativeElement as HTMLElement;
  });

  const asAdministrator = (): void => {
    signInAs('administrator');
    harness.detectChanges();
  };

  const rows = (): string[][] => Array.from(element.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => text(td)));

  afterEach(() => backend.verify());

  it('lists the flags with their State, rule, severity, status and evidence, and counts per status', () => {
    asAdministrator();
    backend.expectOne('/api/v1/flags/sweeps').flush([]);
    backend.expectOne(LIST).flush({
      items: [flagSummary(), flagSummary({ id: 12, stateIso3: 'SVN', stateName: 'Slovenia', ruleId: 'sp_no_standing_invitation', severity: 'low', status: 'dismissed', persistent: true, evidenceCount: 0 })],
      byStatus: [{ status: 'open', count: 1 }, { status: 'dismissed', count: 1 }],
    });
    harness.detectChanges();
    expect(rows()).toEqual([
      ['Eritrea (ERI)', 'UPR steps missed in a cycle', 'High', 'Open', 'No', '2026-Q4 – 2026-Q4', '1'],
      ['Slovenia (SVN)', 'No standing invitation', 'Low', 'Dismissed', 'Yes', '2026-Q4 – 2026-Q4', '0'],
    ]);
    expect(element.querySelector('a[href="/flags/11"]')).not.toBeNull();
    expect(Array.from(element.querySelectorAll('.flags__counts button')).map((b) => text(b))).toEqual(['Open: 1', 'Under review: 0', 'Confirmed: 0', 'Dismissed: 1', 'Reopened: 0']);
    // Administrators read flags and see the queue dashboard link, but do not evaluate.
    expect(element.querySelector('#evaluate-state')).toBeNull();
    expect(element.querySelector('a[href="/admin/queues"]')).not.toBeNull();
  });

  it('filters by State, rule, status, severity and persistence', () => {
    backend.expectOne('/api/v1/flags/sweeps').flush([]);
    backend.expectOne(LIST).flush({ items: [], byStatus: [] });
    harness.detectChanges();
    (element.querySelector('#filter-state') as HTMLInputElement).value = 'eri';
    (element.querySelector('#filter-rule') as HTMLSelectElement).value = 'treaty_grade_d';
    (element.querySelector('#filter-status') as HTMLSelectElement).value = 'open';
    (element.querySelector('#filter-severity') as HTMLSelectElement).value = 'high';
    (element.querySelector('#filter-persistent') as HTMLInputElement).checked = true;
    element.querySelector('.flags__filters')?.dispatchEvent(new Event('submit'));
    harness.detectChanges();
    backend.expectOne(`${LIST}?state=ERI&rule=treaty_grade_d&status=open&severity=high&persistent=true`).flush({ items: [], byStatus: [] });
    harness.detectChanges();
    expect(text(element)).toContain('No flag matches these filters.');
    expect(element.querySelector('.flags__table')).toBeNull();
  });

  it('lets an officer evaluate now and follows the sweep’s progress to the end, then reloads the flags', fakeAsync(() => {
    backend.expectOne('/api/v1/flags/sweeps').flush([]);
    backend.expectOne(LIST).flush({ items: [], byStatus: [] });
    harness.detectChanges();
    (element.querySelector('#evaluate-state') as HTMLInputElement).value = 'eri';
    element.querySelector('.flags__evaluate')?.dispatchEvent(new Event('submit'));
    const request = backend.expectOne('/api/v1/flags/evaluate');
    expect(request.request.body).toEqual({ stateIso3: 'ERI' });
    request.flush(sweep({ total: 0, stateIso3: 'ERI' }));
    tick(0);
    backend.expectOne('/api/v1/flags/sweeps/3').flush(sweep({ total: 1, done: 0, stateIso3: 'ERI' }));
    harness.detectChanges();
    const bar = element.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('0');
    expect(text(element.querySelector('.flags__progress-text'))).toBe('0 of 1 States evaluated');
    expect((element.querySelector('.flags__evaluate button') as HTMLButtonElement).disabled).toBe(true);

    tick(SWEEP_POLL_MS);
    backend.expectOne('/api/v1/flags/sweeps/3').flush(sweep({ total: 1, done: 1, running: false, stateIso3: 'ERI' }));
    backend.expectOne(LIST).flush({ items: [flagSummary()], byStatus: [{ status: 'open', count: 1 }] });
    harness.detectChanges();
    expect(bar?.getAttribute('aria-valuenow')).toBe('100');
    expect(text(element.querySelector('[role="status"][aria-live]'))).toBe('Evaluation finished: 1 of 1 States evaluated.');
    expect(rows()).toHaveLength(1);
    tick(SWEEP_POLL_MS * 3);
    discardPeriodicTasks();
  }));

  it('names the field when the server refuses the State', () => {
    backend.expectOne('/api/v1/flags/sweeps').flush([]);
    backend.expectOne(LIST).flush({ items: [], byStatus: [] });
    (element.querySelector('#evaluate-state') as HTMLInputElement).value = 'XXX';
    element.querySelector('.flags__evaluate')?.dispatchEvent(new Event('submit'));
    backend
      .expectOne('/api/v1/flags/evaluate')
      .flush({ statusCode: 400, message: 'stateIso3: unknown State XXX', errors: [{ field: 'stateIso3', reason: 'unknown State XXX' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#evaluate-state-error'))).toBe('unknown State XXX');
    expect(element.querySelector('#evaluate-state')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the progress of a sweep already running when the page opens', fakeAsync(() => {
    backend.expectOne('/api/v1/flags/sweeps').flush([sweep({ id: 9, origin: 'schedule', done: 96, failed: 1 })]);
    backend.expectOne(LIST).flush({ items: [], byStatus: [] });
    tick(0);
    backend.expectOne('/api/v1/flags/sweeps/9').flush(sweep({ id: 9, origin: 'schedule', done: 96, failed: 1 }));
    harness.detectChanges();
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(text(element.querySelector('.flags__progress-text'))).toBe('96 of 193 States evaluated · 1 failed');
    harness.fixture.destroy();
    discardPeriodicTasks();
  }));
});
