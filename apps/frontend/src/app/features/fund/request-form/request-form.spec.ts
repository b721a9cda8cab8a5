import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { assistanceRequest } from '../../../../testing/fund-fixtures';
import { RequestForm, recommendationLabel } from './request-form';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Stub {}

const STATES = [
  { iso3: 'SVN', name: 'Slovenia', m49Region: 'Europe' },
  { iso3: 'FJI', name: 'Fiji', m49Region: 'Oceania' },
];
const FOUND = {
  items: [{ id: 31, body: 'CAT', documentSymbol: 'CAT/C/SVN/CO/4', paragraph: '12', text: 'Strengthen the national preventive mechanism', stateIso3: 'SVN' }],
  nextCursor: null,
  total: 1,
};

describe('RequestForm', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        provideRouter(
          [
            { path: 'fund/requests/new', component: RequestForm },
            { path: 'fund/requests/:id/edit', component: RequestForm },
            { path: 'fund/requests/:id', component: Stub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function el(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function field<T extends HTMLElement = HTMLInputElement>(label: string): T {
    const labelElement = Array.from(el().querySelectorAll('label')).find((l) => text(l) === label);
    const input = labelElement ? el().querySelector<T>(`#${labelElement.htmlFor}`) : null;
    if (!input) throw new Error(`No field "${label}"`);
    return input;
  }

  function type(label: string, value: string): void {
    const input = field<HTMLInputElement>(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function choose(label: string, value: string): void {
    const select = field<HTMLSelectElement>(label);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    harness.detectChanges();
  }

  function click(label: string): void {
    const button = Array.from(el().querySelectorAll('button')).find((b) => text(b) === label);
    if (!button) throw new Error(`No button "${label}"`);
    button.click();
    harness.detectChanges();
  }

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, RequestForm);
    backend.expectOne('/api/v1/states').flush(STATES);
    backend.expectOne('/api/v1/stakeholders').flush([{ id: 5, name: 'Human Rights Ombudsman', kind: 'nhri', acronym: null, stateIso3: 'SVN', website: null, version: 1 }]);
    harness.detectChanges();
  }

  function search(q: string): void {
    type('Search the State’s recommendations', q);
    click('Search');
    const call = backend.expectOne((r) => r.url === '/api/v1/recommendations');
    expect(call.request.params.getAll('state')).toEqual(['SVN']);
    expect(call.request.params.get('q')).toBe(q);
    call.flush(FOUND);
    harness.detectChanges();
  }

  it('lets a focal point draft for its own State: search its recommendations, link one, and save amounts as minor units', async () => {
    signInAs('state_focal_point');
    await open('/fund/requests/new');
    expect(text(el().querySelector('h1'))).toBe('New assistance request');
    expect(text(el().querySelector('.field__value'))).toBe('Slovenia');
    choose('Activity type', 'good_practice_exchange');
    type('What the assistance is for', 'Regional seminar on the follow-up of recommendations');
    type('Date of consent', '2026-01-15');
    type('Given by (office or person)', 'Ministry of Foreign Affairs');
    type('Amount requested', '50,000.25');
    search('preventive');
    click('Link CAT CAT/C/SVN/CO/4 ¶12');
    expect(text(el().querySelector('ul[aria-label="Linked recommendations"]'))).toContain('CAT CAT/C/SVN/CO/4 ¶12 — Strengthen the national preventive mechanism');
    choose('Add a partner', '5');
    click('Add the partner');
    click('Save the draft');
    const post = backend.expectOne((r) => r.url === '/api/v1/fund/requests' && r.method === 'POST');
    expect(post.request.body).toEqual({
      stateIso3: 'SVN',
      activityType: 'good_practice_exchange',
      channel: 'ohchr_field_office',
      description: 'Regional seminar on the follow-up of recommendations',
      consentOn: '2026-01-15',
      consentBy: 'Ministry of Foreign Affairs',
      currency: 'USD',
      requestedMinor: '5000025',
      recommendationIds: [31],
      partnerIds: [5],
    });
    post.flush(assistanceRequest({ id: 12 }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/fund/requests/12');
  });

  it('shows the server’s reasons next to the fields they name', async () => {
    signInAs('state_focal_point');
    await open('/fund/requests/new');
    search('preventive');
    click('Link CAT CAT/C/SVN/CO/4 ¶12');
    click('Save the draft');
    backend
      .expectOne((r) => r.url === '/api/v1/fund/requests')
      .flush(
        { statusCode: 400, message: 'recommendationIds[0]: recommendation 31 is addressed to HRV, not to the requesting State SVN', errors: [{ field: 'recommendationIds[0]', reason: 'recommendation 31 is addressed to HRV, not to the requesting State SVN' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    harness.detectChanges();
    expect(Array.from(el().querySelectorAll('[role="alert"]')).map((a) => text(a))).toEqual([
      'recommendation 31 is addressed to HRV, not to the requesting State SVN',
      'recommendationIds[0]: recommendation 31 is addressed to HRV, not to the requesting State SVN',
    ]);
  });

  it('refuses an amount it cannot read, without asking the server', async () => {
    signInAs('state_focal_point');
    await open('/fund/requests/new');
    type('Amount requested', '12.345');
    click('Save the draft');
    expect(text(el().querySelector('#request-amount-error'))).toBe('USD has 2 decimal places at most.');
    expect(field('Amount requested').getAttribute('aria-invalid')).toBe('true');
  });

  it('lets an OHCHR officer choose the State, which clears the links of another State', async () => {
    signInAs('ohchr_officer');
    await open('/fund/requests/new');
    choose('Requesting State', 'SVN');
    harness.detectChanges();
    search('mechanism');
    click('Link CAT CAT/C/SVN/CO/4 ¶12');
    choose('Requesting State', 'FJI');
    harness.detectChanges();
    expect(text(el().querySelector('ul[aria-label="Linked recommendations"]'))).toBe('None linked yet (at least one is needed before submitting).');
  });

  it('edits a draft with its version, and says so when someone else changed it', async () => {
    signInAs('state_focal_point');
    await open('/fund/requests/7/edit');
    backend.expectOne('/api/v1/fund/requests/7').flush(assistanceRequest({ version: 4 }));
    harness.detectChanges();
    expect(text(el().querySelector('h1'))).toBe('Edit assistance request 7');
    expect(field('Amount requested').value).toBe('50000.00');
    type('Amount requested', '60000');
    click('Save the draft');
    const patch = backend.expectOne((r) => r.url === '/api/v1/fund/requests/7' && r.method === 'PATCH');
    expect(patch.request.body).toMatchObject({ version: 4, requestedMinor: '6000000', recommendationIds: [31] });
    patch.flush({ statusCode: 409, message: 'Assistance request 7 was changed by someone else (version 5, yours 4); reload and apply your change again.' }, { status: 409, statusText: 'Conflict' });
    harness.detectChanges();
    expect(text(el().querySelector('[role="alert"]'))).toBe('Assistance request 7 was changed by someone else (version 5, yours 4); reload and apply your change again.');
  });

  it('names a recommendation by its document and paragraph, or its number', () => {
    expect(recommendationLabel({ id: 3, body: 'UPR', documentSymbol: 'A/HRC/55/10', paragraph: '123.45' })).toBe('UPR A/HRC/55/10 ¶123.45');
    expect(recommendationLabel({ id: 3, body: 'CCPR', documentSymbol: null, paragraph: null })).toBe('CCPR #3');
  });
});
