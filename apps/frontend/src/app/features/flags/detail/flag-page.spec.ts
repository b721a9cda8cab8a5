import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { flagDetail } from '../../../../testing/flag-fixtures';
import { FlagPage, parseFlagId } from './flag-page';

describe('FlagPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'flags/:id', component: FlagPage }], withComponentInputBinding())] });
    backend = TestBed.inject(HttpTestingController);
    signInAs('ohchr_officer');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/flags/11', FlagPage);
    element = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  const button = (label: string): HTMLButtonElement | undefined => Array.from(element.querySelectorAll('button')).find((b) => text(b) === label);

  it('shows the rule, its source, the evidence records of each window and the history', () => {
    backend.expectOne('/api/v1/flags/11').flush(flagDetail());
    harness.detectChanges();
    expect(text(element.querySelector('h1'))).toBe('UPR steps missed in a cycle — Eritrea');
    expect(text(element.querySelector('.flag__facts'))).toContain('UPR Info and ISHR joint statement, HRC 22nd session (2013)');
    expect(Array.from(element.querySelectorAll('.flag__evidence li')).map((li) => text(li))).toEqual([
      'UPR participation UPR review of 2024-11-04 (cycle 4, session 47): missed national report, troika, interactive dialogue',
    ]);
    expect(text(element.querySelector('.flag__history'))).toContain('Raised by the rule sweep (Rule sweep), 2026-Q4');
    expect(text(element)).toContain('A flag is evidence for review, not a determination of non-cooperation.');
  });

  it('offers an officer to take the flag under review, then to confirm it', () => {
    backend.expectOne('/api/v1/flags/11').flush(flagDetail());
    harness.detectChanges();
    expect(button('Confirm')).toBeUndefined();
    button('Take under review')?.click();
    const start = backend.expectOne('/api/v1/flags/11/review');
    expect(start.request.body).toEqual({ action: 'start_review', version: 1 });
    start.flush(flagDetail({ status: 'under_review', version: 2, actions: ['confirm', 'dismiss'] }));
    harness.detectChanges();
    expect(text(element.querySelector('.flag__status'))).toBe('Under review');
    button('Confirm')?.click();
    const confirm = backend.expectOne('/api/v1/flags/11/review');
    expect(confirm.request.body).toEqual({ action: 'confirm', version: 2 });
    confirm.flush(flagDetail({ status: 'confirmed', version: 3, actions: [] }));
    harness.detectChanges();
    expect(text(element.querySelector('.flag__status'))).toBe('Confirmed');
    expect(element.querySelector('#review-heading')).toBeNull();
    expect(text(element.querySelector('[aria-live]'))).toBe('The flag is now: Confirmed.');
  });

  it('asks for the reason before dismissing, then sends it', () => {
    backend.expectOne('/api/v1/flags/11').flush(flagDetail({ status: 'under_review', actions: ['confirm', 'dismiss'] }));
    harness.detectChanges();
    button('Dismiss')?.click();
    harness.detectChanges();
    expect(text(element.querySelector('#review-reason-error'))).toBe('Give the reason for dismissing this flag.');
    backend.expectNone('/api/v1/flags/11/review');
    (element.querySelector('#review-reason') as HTMLTextAreaElement).value = 'The national report arrived late.';
    button('Dismiss')?.click();
    const dismiss = backend.expectOne('/api/v1/flags/11/review');
    expect(dismiss.request.body).toEqual({ action: 'dismiss', version: 1, reason: 'The national report arrived late.' });
    dismiss.flush(flagDetail({ status: 'dismissed', version: 2, reviewReason: 'The national report arrived late.', actions: [] }));
    harness.detectChanges();
    expect(text(element.querySelector('.flag__facts'))).toContain('The national report arrived late.');
  });

  it('hides the review actions from those who may not take them', () => {
    signInAs('administrator');
    backend.expectOne('/api/v1/flags/11').flush(flagDetail({ actions: [] }));
    harness.detectChanges();
    expect(element.querySelector('#review-heading')).toBeNull();
    expect(button('Take under review')).toBeUndefined();
  });

  it('says when the flag does not exist or access is refused', async () => {
    backend.expectOne('/api/v1/flags/11').flush({ message: 'Flag 11 not found' }, { status: 404, statusText: 'Not Found' });
    harness.detectChanges();
    expect(text(element.querySelector('h1'))).toBe('Flag not found');
    await harness.navigateByUrl('/flags/12', FlagPage);
    backend.expectOne('/api/v1/flags/12').flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    harness.detectChanges();
    expect(text(element.querySelector('h1'))).toBe('Access refused');
  });

  it('reads only positive whole numbers as flag ids', () => {
    backend.expectOne('/api/v1/flags/11').flush(flagDetail());
    expect(parseFlagId('12')).toBe(12);
    expect(parseFlagId('0')).toBeNull();
    expect(parseFlagId('abc')).toBeNull();
  });
});
