import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../testing/access-testing';
import { CooperationPage } from './cooperation-page';

const VISIT = { id: 4, version: 2, stateIso3: 'HRV', mandate: 'SR on torture', history: [{ status: 'requested', on: '2023-03-01' }, { status: 'declined', on: '2023-09-01' }], currentStatus: 'declined', source: null, updatedAt: '2026-01-01T00:00:00Z' };

describe('CooperationPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'cooperation/:kind', component: CooperationPage }], withComponentInputBinding())] });
    backend = TestBed.inject(HttpTestingController);
    signInAs('ohchr_officer');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cooperation/visit-requests', CooperationPage);
    element = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  const input = (id: string): HTMLInputElement | HTMLTextAreaElement => element.querySelector(`#${id}`) as HTMLInputElement;
  const type = (id: string, value: string): void => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const button = (label: string): HTMLButtonElement | undefined => Array.from(element.querySelectorAll('button')).find((b) => text(b) === label);

  it('lists the records of the kind with a labelled form for each field', () => {
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([VISIT]);
    harness.detectChanges();
    expect(Array.from(element.querySelectorAll('tbody td')).map((td) => text(td)).slice(0, 3)).toEqual(['HRV', 'SR on torture', 'declined']);
    expect(Array.from(element.querySelectorAll('.coop__form label')).map((l) => text(l)).slice(0, 3)).toEqual(['State (ISO code) *', 'Mandate *', 'Status history *']);
    expect(element.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Visit request');
  });

  it('adds a record and shows the server’s field errors next to the fields', () => {
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([]);
    harness.detectChanges();
    type('coop-stateIso3', 'hrv');
    type('coop-mandate', 'SR on water');
    type('coop-history', 'reminder 2024-01-01');
    button('Save')?.click();
    const create = backend.expectOne('/api/v1/cooperation/visit-requests');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({ stateIso3: 'HRV', mandate: 'SR on water', history: [{ status: 'reminder', on: '2024-01-01' }] });
    create.flush(
      { statusCode: 400, message: 'bad', errors: [{ field: 'history.0.status', reason: "must be 'requested'" }, { field: 'history', reason: 'starts with the request' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();
    expect(text(element.querySelector('#coop-history-error'))).toBe('starts with the request');
    type('coop-history', 'requested 2024-01-01');
    button('Save')?.click();
    backend.expectOne({ method: 'POST', url: '/api/v1/cooperation/visit-requests' }).flush({ ...VISIT, id: 5, mandate: 'SR on water' });
    backend.expectOne({ method: 'GET', url: '/api/v1/cooperation/visit-requests' }).flush([]);
    harness.detectChanges();
    expect(text(element.querySelector('[aria-live]'))).toBe('Record 5 saved.');
  });

  it('edits a record with its version, and archives one', () => {
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([VISIT]);
    harness.detectChanges();
    button('Edit record 4')?.click();
    harness.detectChanges();
    expect(input('coop-history').value).toBe('requested 2023-03-01\ndeclined 2023-09-01');
    type('coop-mandate', 'SR on torture and other cruel treatment');
    button('Save')?.click();
    const update = backend.expectOne('/api/v1/cooperation/visit-requests/4');
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toMatchObject({ version: 2, mandate: 'SR on torture and other cruel treatment', source: null });
    update.flush(VISIT);
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([VISIT]);
    harness.detectChanges();
    button('Archive record 4')?.click();
    backend.expectOne({ method: 'DELETE', url: '/api/v1/cooperation/visit-requests/4' }).flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([]);
  });

  it('uploads a CSV and shows the row report', () => {
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([]);
    harness.detectChanges();
    const file = new File(['stateIso3,mandate,history\n'], 'visits.csv', { type: 'text/csv' });
    Object.defineProperty(input('coop-csv'), 'files', { value: { item: () => file, length: 1 } });
    element.querySelectorAll('form')[2]?.dispatchEvent(new Event('submit'));
    const upload = backend.expectOne('/api/v1/cooperation/visit-requests/import');
    expect((upload.request.body as FormData).get('file')).toBe(file);
    upload.flush({ kind: 'visit_request', fileName: 'visits.csv', rows: 3, created: 1, updated: 0, unchanged: 1, skipped: 0, rejected: 1, issues: [{ row: 4, field: 'stateIso3', reason: "'Atlantis' is not a known State", severity: 'error' }] });
    backend.expectOne('/api/v1/cooperation/visit-requests').flush([]);
    harness.detectChanges();
    expect(text(element.querySelector('#report-heading'))).toBe('Row report of visits.csv');
    expect(text(element)).toContain('3 rows read: 1 created, 0 updated, 1 unchanged, 0 without a record, 1 rejected.');
    expect(Array.from(element.querySelectorAll('[aria-labelledby="report-heading"] td')).map((td) => text(td))).toEqual(['4', 'stateIso3', 'Error: not loaded', "'Atlantis' is not a known State"]);
  });
});
