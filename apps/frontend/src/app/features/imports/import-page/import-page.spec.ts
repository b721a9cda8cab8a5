import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed, discardPeriodicTasks, fakeAsync, tick } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ImportDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { importRun } from '../../../../testing/import-fixtures';
import { ImportPage, POLL_MS } from './import-page';

const LIST = '/api/v1/imports?limit=20';

describe('ImportPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  const fileInput = (): HTMLInputElement => {
    const input = element.querySelector<HTMLInputElement>('#import-file');
    if (!input) throw new Error('no file input');
    return input;
  };

  const choose = (file: File): void => {
    Object.defineProperty(fileInput(), 'files', { configurable: true, value: { item: (i: number) => (i === 0 ? file : null), length: 1 } });
  };

  const submit = (): void => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    harness.detectChanges();
  };

  const expectPoll = (id: number): TestRequest => backend.expectOne(`/api/v1/imports/${id}`);

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'imports', component: ImportPage }])] });
    backend = TestBed.inject(HttpTestingController);
    signInAs('ohchr_officer');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/imports', ImportPage);
    element = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  it('lists earlier imports with their format, status and counts; the file input has a label', () => {
    backend.expectOne(LIST).flush({ items: [importRun({ id: 3, fileName: 'China.docx', format: 'ohchr_matrix' })], nextCursor: null });
    harness.detectChanges();
    expect(text(element.querySelector('label[for="import-file"]'))).toBe('File to import');
    const cells = Array.from(element.querySelectorAll('.imports-list tbody td')).map((td) => text(td));
    expect(cells.slice(0, 6)).toEqual(['China.docx', 'OHCHR matrix / thematic list', 'Completed', '5', '3', '0']);
  });

  it('uploads the chosen file, follows the progress bar to the end, then shows the summary and the row report', fakeAsync(() => {
    backend.expectOne(LIST).flush({ items: [], nextCursor: null });
    harness.detectChanges();
    const file = new File(['To,Text\n'], 'small.csv', { type: 'text/csv' });
    choose(file);
    submit();

    const upload = backend.expectOne('/api/v1/imports');
    expect(upload.request.method).toBe('POST');
    const form = upload.request.body as FormData;
    expect(form.get('file')).toBe(file);
    expect(form.has('session')).toBe(false);
    upload.flush(importRun({ id: 7, status: 'queued', startedAt: null, progress: { rowsDone: 0, rowsTotal: null, percent: 0, rowsPerSecond: 0, errors: 0, warnings: 0 } }));
    backend.expectOne(LIST).flush({ items: [], nextCursor: null });
    harness.detectChanges();
    tick(0);

    const running: ImportDto = importRun({ id: 7, status: 'running', finishedAt: null, progress: { rowsDone: 2, rowsTotal: 5, percent: 40, rowsPerSecond: 2, errors: 1, warnings: 0 } });
    expectPoll(7).flush(running);
    harness.detectChanges();
    const bar = (): Element | null => element.querySelector('[role="progressbar"]');
    expect(bar()?.getAttribute('aria-valuenow')).toBe('40');
    expect(text(element.querySelector('.import-progress__text'))).toBe('2 of 5 rows · 2 rows/s · 1 error');
    expect(element.querySelector('#report-heading')).toBeNull();

    tick(POLL_MS);
    expectPoll(7).flush(importRun({ id: 7 }));
    backend.expectOne(LIST).flush({ items: [importRun({ id: 7 })], nextCursor: null });
    backend.expectOne('/api/v1/imports/7/issues?limit=100').flush({
      items: [{ rowNumber: 4, column: 'To', reason: "unknown State name 'Narnia'", severity: 'error' }],
      nextCursor: null,
    });
    harness.detectChanges();

    expect(bar()?.getAttribute('aria-valuenow')).toBe('100');
    expect(text(element.querySelector('[aria-live="polite"]'))).toBe('Import of upr-info.csv completed.');
    const summary = Array.from(element.querySelectorAll('.summary dt, .summary dd')).map((e) => text(e));
    expect(summary).toEqual([
      'Rows read', '5',
      'Recommendations created', '3',
      'Recommendations updated', '0',
      'Recommendations unchanged', '0',
      'Recommending-State links', '4',
      'Voluntary pledges', '1',
      'Rows rejected', '1',
    ]);
    const report = Array.from(element.querySelectorAll('.report tbody td')).map((td) => text(td));
    expect(report).toEqual(['4', 'To', "unknown State name 'Narnia'", 'Error']);
    const download = Array.from(element.querySelectorAll('a')).find((a) => text(a) === 'Download report (CSV)');
    expect(download?.getAttribute('href')).toBe('/api/v1/imports/7/report.csv');

    // Finished: no more polling.
    tick(POLL_MS * 3);
    backend.expectNone('/api/v1/imports/7');
    discardPeriodicTasks();
  }));

  it('pages through a long row report', fakeAsync(() => {
    backend.expectOne(LIST).flush({ items: [importRun({ id: 9 })], nextCursor: null });
    harness.detectChanges();
    element.querySelector<HTMLButtonElement>('.imports-list tbody button')?.click();
    harness.detectChanges();
    tick(0);
    expectPoll(9).flush(importRun({ id: 9 }));
    backend.expectOne(LIST).flush({ items: [importRun({ id: 9 })], nextCursor: null });
    backend.expectOne('/api/v1/imports/9/issues?limit=100').flush({ items: [{ rowNumber: 0, column: 'File', reason: 'first', severity: 'warning' }], nextCursor: 'next' });
    harness.detectChanges();
    const more = Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Show more lines');
    more?.click();
    backend.expectOne('/api/v1/imports/9/issues?cursor=next&limit=100').flush({ items: [{ rowNumber: 12, column: 'Issue', reason: 'second', severity: 'warning' }], nextCursor: null });
    harness.detectChanges();
    const rows = Array.from(element.querySelectorAll('.report tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => text(td)));
    expect(rows).toEqual([
      ['Whole file', 'File', 'first', 'Warning'],
      ['12', 'Issue', 'second', 'Warning'],
    ]);
    expect(Array.from(element.querySelectorAll('button')).some((b) => text(b) === 'Show more lines')).toBe(false);
    discardPeriodicTasks();
  }));

  it('says what is wrong with a refused file, next to the field or as an alert', () => {
    backend.expectOne(LIST).flush({ items: [], nextCursor: null });
    harness.detectChanges();
    submit();
    expect(text(element.querySelector('#import-file-error'))).toBe('Choose a file to import.');
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');

    choose(new File(['%PNG'], 'photo.png'));
    submit();
    const message = 'file: The file is not a UPR Info, OHCHR matrix or UHRI export: no recognised header (photo.png: binary data).';
    backend.expectOne('/api/v1/imports').flush({ statusCode: 415, message, errors: [{ field: 'file', reason: 'not an export' }] }, { status: 415, statusText: 'Unsupported Media Type' });
    harness.detectChanges();
    expect(text(element.querySelector('[role="alert"]'))).toBe(message);

    const session = element.querySelector<HTMLInputElement>('#import-session');
    if (session) session.value = '99';
    choose(new File(['x'], 'matrix.docx'));
    submit();
    const refused = backend.expectOne('/api/v1/imports');
    expect((refused.request.body as FormData).get('session')).toBe('99');
    refused.flush({ message: 'session: must not be greater than 54', errors: [{ field: 'session', reason: 'must not be greater than 54' }] }, { status: 400, statusText: 'Bad Request' });
    harness.detectChanges();
    expect(text(element.querySelector('#import-session-error'))).toBe('must not be greater than 54');
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });
});
