import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OverduePageDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { overdueCsvHref } from '../follow-up.api';
import { OverduePage, overdueQuery } from './overdue-page';

const PAGE: OverduePageDto = {
  asOf: '2025-08-01',
  total: 1,
  pendingRecomputation: 0,
  items: [
    { recommendationId: 7, stateIso3: 'SVN', stateName: 'Slovenia', mechanism: 'upr', body: 'UPR', documentSymbol: 'A/HRC/52/8', paragraph: '115.3', text: 'Investigate ill-treatment', language: 'en', status: 'no_information', deadline: 'upr_mid_term_report', dueOn: '2025-07-23', daysLate: 9, voluntary: true, basis: '' },
  ],
};

describe('overdueQuery', () => {
  it('turns the filters into the API query, lateness bands into day ranges', () => {
    expect(overdueQuery({ state: 'SVN', mechanism: 'upr', theme: '', band: 'under1year', sort: 'least_late' })).toEqual({ state: ['SVN'], mechanism: ['upr'], minDaysLate: 90, maxDaysLate: 364, sort: 'least_late' });
    expect(overdueQuery({ state: '', mechanism: '', theme: 'torture', band: 'any', sort: 'most_late' })).toEqual({ theme: ['torture'], sort: 'most_late' });
  });

  it('exports the same selection as CSV', () => {
    expect(overdueCsvHref({ state: ['SVN'], minDaysLate: 365, sort: 'most_late' })).toBe('/api/v1/overdue/export.csv?state=SVN&minDaysLate=365&sort=most_late');
  });
});

describe('OverduePage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
  });

  function overdueRequest(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/v1/overdue');
  }

  function render(): { fixture: ReturnType<typeof TestBed.createComponent<OverduePage>>; element: HTMLElement } {
    const fixture = TestBed.createComponent(OverduePage);
    fixture.detectChanges();
    backend.expectOne('/api/v1/states').flush([{ iso3: 'SVN', name: 'Slovenia' }]);
    backend.expectOne('/api/v1/reference').flush({ themes: [{ code: 'torture', name: 'Torture' }] });
    overdueRequest().flush(PAGE);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists what is overdue, as of the server’s date, with the days late', () => {
    const { element } = render();
    expect(text(element.querySelector('p[role="status"]'))).toContain('1 overdue deadline as of August 1, 2025');
    expect(text(element.querySelector('tbody tr'))).toContain('UPR mid-term report (voluntary)');
    // The recommendation's text is shown as recorded, marked with its language.
    expect(element.querySelector('tbody tr span[lang]')?.getAttribute('lang')).toBe('en');
    expect(text(element.querySelector('tbody tr span[lang]'))).toBe('Investigate ill-treatment');
    expect(text(element.querySelector('.overdue-days'))).toBe('9');
  });

  it('applies the filters and sort, starting again at the first page', async () => {
    const { fixture, element } = render();
    const state = element.querySelector<HTMLSelectElement>('#overdue-state');
    const band = element.querySelector<HTMLSelectElement>('#overdue-band');
    await fixture.whenStable();
    if (!state || !band) throw new Error('filters missing');
    state.value = 'SVN';
    state.dispatchEvent(new Event('change'));
    band.value = 'over2years';
    band.dispatchEvent(new Event('change'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    const request = overdueRequest();
    expect(request.request.params.getAll('state')).toEqual(['SVN']);
    expect(request.request.params.get('minDaysLate')).toBe('730');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush(PAGE);
  });

  it('lets a signed-in person follow the State chosen', async () => {
    signInAs('ngo_monitor');
    const { fixture, element } = render();
    await fixture.whenStable();
    const state = element.querySelector<HTMLSelectElement>('#overdue-state');
    if (!state) throw new Error('no state filter');
    state.value = 'SVN';
    state.dispatchEvent(new Event('change'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    overdueRequest().flush(PAGE);
    fixture.detectChanges();
    Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Follow this State')?.click();
    const follow = backend.expectOne('/api/v1/subscriptions');
    expect(follow.request.body).toEqual({ kind: 'state', target: 'SVN' });
    follow.flush({ id: 1, kind: 'state', target: 'SVN', label: 'Slovenia', createdAt: '2025-08-01T00:00:00Z' });
    fixture.detectChanges();
    expect(text(element.querySelector('[aria-live] [role="status"]'))).toContain('You now follow Slovenia');
  });

  it('asks the public to sign in to follow', () => {
    const { element } = render();
    expect(Array.from(element.querySelectorAll('a')).some((a) => text(a) === 'Sign in to follow a State or a theme')).toBe(true);
    expect(Array.from(element.querySelectorAll('button')).some((b) => text(b) === 'Follow this State')).toBe(false);
  });
});
