import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, text } from '../../../../testing/access-testing';
import { assistanceRequest, linkedRecommendations, usd } from '../../../../testing/fund-fixtures';
import type { AssistanceRequestDto } from '../../../api/models';
import { RequestPage } from './request-page';

describe('RequestPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'fund/requests/:id', component: RequestPage }], withComponentInputBinding())] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function el(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function buttons(): string[] {
    return Array.from(el().querySelectorAll('button')).map((b) => text(b));
  }

  function button(label: string): HTMLButtonElement {
    const found = Array.from(el().querySelectorAll('button')).find((b) => text(b) === label);
    if (!found) throw new Error(`No button "${label}" among ${buttons().join(', ')}`);
    return found;
  }

  function type(label: string, value: string): void {
    const labelElement = Array.from(el().querySelectorAll('label')).find((l) => text(l) === label);
    const input = labelElement ? el().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${labelElement.htmlFor}`) : null;
    if (!input) throw new Error(`No field "${label}"`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function open(request: AssistanceRequestDto, linked = linkedRecommendations()): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/fund/requests/${request.id}`, RequestPage);
    backend.expectOne('/api/v1/fund/requests/7').flush(request);
    harness.detectChanges();
    backend.expectOne('/api/v1/fund/requests/7/recommendations').flush(linked);
    harness.detectChanges();
  }

  function expectStep(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/v1/fund/requests/7/transitions' && r.method === 'POST');
  }

  it('shows the request, its amounts, consent and the linked recommendations with their status over time', async () => {
    await open(assistanceRequest());
    expect(text(el().querySelector('h1'))).toBe('Assistance request 7: Slovenia');
    expect(text(el().querySelector('[data-testid="request-status"]'))).toBe('Draft');
    expect(text(el().querySelector('[data-testid="amount-requested"]'))).toBe('USD 50,000.00');
    expect(text(el())).toContain('Given on January 15, 2026 by Ministry of Justice');
    const recommendation = el().querySelector('.request__recommendation');
    expect(text(recommendation?.querySelector('h3'))).toBe('CAT CAT/C/SVN/CO/4 ¶12');
    expect(Array.from(recommendation?.querySelectorAll('tbody tr') ?? []).map((tr) => Array.from(tr.children).map((c) => text(c)))).toEqual([['Jun 1, 2024', 'OHCHR', 'Not implemented']]);
    expect(text(el())).toContain('Results appear once the implementation has started.');
  });

  it('offers only the steps the server allows', async () => {
    await open(assistanceRequest({ status: 'under_review', actions: { edit: false, publish: false, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: ['return', 'approve', 'decline'] } }));
    expect(buttons()).toEqual(['Return to the State', 'Approve', 'Decline']);
  });

  it('offers no step at all to someone who may take none', async () => {
    await open(assistanceRequest());
    expect(buttons()).toEqual([]);
    expect(el().querySelector('#steps-heading')).toBeNull();
  });

  it('approves with the amount typed in major units, sent as minor units', async () => {
    await open(assistanceRequest({ status: 'under_review', version: 3, actions: { edit: false, publish: false, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: ['return', 'approve', 'decline'] } }));
    type('Amount approved (USD)', '45,000.50');
    harness.detectChanges();
    button('Approve').click();
    const step = expectStep();
    expect(step.request.body).toEqual({ action: 'approve', version: 3, approvedMinor: '4500050' });
    step.flush(assistanceRequest({ status: 'approved', version: 4, approved: usd('4500050', 'USD 45,000.50') }));
    harness.detectChanges();
    backend.expectOne('/api/v1/fund/requests/7/recommendations').flush(linkedRecommendations());
    harness.detectChanges();
    expect(text(el().querySelector('[role="status"]'))).toBe('Done: the request is now “Approved”.');
    expect(text(el().querySelector('[data-testid="amount-approved"]'))).toBe('USD 45,000.50');
  });

  it('refuses an unreadable amount before asking the server', async () => {
    await open(assistanceRequest({ status: 'under_review', actions: { edit: false, publish: false, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: ['approve'] } }));
    type('Amount approved (USD)', '-10');
    button('Approve').click();
    harness.detectChanges();
    expect(text(el().querySelector('[role="alert"]'))).toBe('An amount cannot be negative.');
    expect(text(el().querySelector('#approved-amount-error'))).toBe('An amount cannot be negative.');
  });

  it('shows the server’s reason when it refuses a step, next to the field it names', async () => {
    await open(assistanceRequest({ status: 'under_review', actions: { edit: false, publish: false, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: ['return', 'approve', 'decline'] } }));
    button('Decline').click();
    expectStep().flush(
      { statusCode: 400, message: 'reason: to decline an assistance request, give the reason', errors: [{ field: 'reason', reason: 'to decline an assistance request, give the reason' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();
    expect(text(el().querySelector('[role="alert"]'))).toBe('reason: to decline an assistance request, give the reason');
    expect(text(el().querySelector('#step-reason-error'))).toBe('to decline an assistance request, give the reason');
    expect(el().querySelector('#step-reason')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('records a disbursement and shows the server’s reason for an amount it refuses', async () => {
    await open(assistanceRequest({ status: 'in_implementation', approved: usd('3000000', 'USD 30,000.00'), actions: { edit: false, publish: false, disburse: true, voidDisbursement: false, archive: false, addDocument: false, transitions: ['complete'] } }));
    type('Amount paid (USD)', '30,000.01');
    type('Date paid', '2026-11-01');
    el().querySelector<HTMLFormElement>('form[aria-labelledby="disburse-heading"]')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne('/api/v1/fund/requests/7/disbursements');
    expect(post.request.body).toEqual({ amountMinor: '3000001', disbursedOn: '2026-11-01' });
    post.flush(
      { statusCode: 400, message: 'amountMinor: USD 30,000.01 disbursed exceeds USD 30,000.00 approved', errors: [{ field: 'amountMinor', reason: 'USD 30,000.01 disbursed exceeds USD 30,000.00 approved' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();
    expect(text(el().querySelector('#disbursed-amount-error'))).toBe('USD 30,000.01 disbursed exceeds USD 30,000.00 approved');
  });

  it('voids a disbursement entered by mistake with a reason, and shows it struck out with the reason', async () => {
    const paid = (id: number, amountMinor: string, formatted: string) => ({ id, amount: usd(amountMinor, formatted), disbursedOn: '2026-10-01', note: null, recordedAt: '2026-10-01T09:00:00Z', voidedAt: null, voidReason: null });
    const request = assistanceRequest({
      status: 'in_implementation',
      approved: usd('3000000', 'USD 30,000.00'),
      disbursements: [paid(11, '2000000', 'USD 20,000.00'), paid(12, '1000000', 'USD 10,000.00')],
      actions: { edit: false, publish: false, disburse: true, voidDisbursement: true, archive: false, addDocument: false, transitions: ['complete'] },
    });
    await open(request);
    const voidButtons = Array.from(el().querySelectorAll('tbody button')).map((b) => text(b));
    expect(voidButtons).toEqual(['Void the disbursement of USD 20,000.00 on Oct 1, 2026', 'Void the disbursement of USD 10,000.00 on Oct 1, 2026']);
    (el().querySelectorAll<HTMLButtonElement>('tbody button')[1] as HTMLButtonElement).click();
    harness.detectChanges();
    type('Why is it voided?', 'Entered twice; the bank statement shows one payment');
    el().querySelector<HTMLFormElement>('form[aria-labelledby="void-heading"]')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne('/api/v1/fund/requests/7/disbursements/12/void');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ reason: 'Entered twice; the bank statement shows one payment' });
    post.flush({
      ...request,
      disbursed: usd('2000000', 'USD 20,000.00'),
      disbursements: [paid(11, '2000000', 'USD 20,000.00'), { ...paid(12, '1000000', 'USD 10,000.00'), voidedAt: '2026-11-02T10:00:00Z', voidReason: 'Entered twice; the bank statement shows one payment' }],
    });
    harness.detectChanges();
    // The page reloads the linked recommendations with the updated request.
    backend.expectOne('/api/v1/fund/requests/7/recommendations').flush(linkedRecommendations());
    harness.detectChanges();
    expect(text(el().querySelector('[role="status"]'))).toBe('The disbursement is voided: it no longer counts.');
    const voidedRow = el().querySelectorAll('tbody tr')[1];
    expect(text(voidedRow?.querySelector('del'))).toBe('Voided: USD 10,000.00');
    expect(text(voidedRow?.querySelector('.request__void-note'))).toBe('Voided on Nov 2, 2026: Entered twice; the bank statement shows one payment');
    // Only the disbursement still counting can be voided; the form is closed.
    expect(Array.from(el().querySelectorAll('tbody button')).map((b) => text(b))).toEqual(['Void the disbursement of USD 20,000.00 on Oct 1, 2026']);
    expect(el().querySelector('form[aria-labelledby="void-heading"]')).toBeNull();
  });

  it('shows a conflict the server reports, such as a step out of order', async () => {
    await open(assistanceRequest({ status: 'approved', actions: { edit: false, publish: true, disburse: true, voidDisbursement: false, archive: false, addDocument: false, transitions: ['start_implementation'] } }));
    button('Start the implementation').click();
    expectStep().flush({ statusCode: 409, message: 'cannot start implementing an assistance request that is in implementation' }, { status: 409, statusText: 'Conflict' });
    harness.detectChanges();
    expect(text(el().querySelector('[role="alert"]'))).toBe('cannot start implementing an assistance request that is in implementation');
  });

  it('publishes an approved request', async () => {
    await open(assistanceRequest({ status: 'approved', actions: { edit: false, publish: true, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: [] } }));
    button('Publish the request').click();
    backend.expectOne('/api/v1/fund/requests/7/publish').flush(assistanceRequest({ status: 'approved', published: true }));
    harness.detectChanges();
    backend.expectOne('/api/v1/fund/requests/7/recommendations').flush(linkedRecommendations());
    harness.detectChanges();
    expect(text(el().querySelector('[role="status"]'))).toBe('The request is published: everyone can see it now.');
    expect(buttons()).toEqual([]);
  });

  it('shows the results once the implementation has started', async () => {
    const [first] = linkedRecommendations().items;
    if (first === undefined) throw new Error('the fixture has a linked recommendation');
    await open(
      assistanceRequest({ status: 'completed' }),
      linkedRecommendations({
        period: { start: '2025-02-01', end: '2025-12-31', asOf: '2026-11-29' },
        items: [
          {
            ...first,
            result: { moved: true, byParty: [{ party: 'ohchr', before: 'not_implemented', atEnd: 'partially_implemented', afterwards: 'partially_implemented', during: 'improved', after: 'unchanged' }] },
          },
        ],
      }),
    );
    const recommendation = el().querySelector('.request__recommendation');
    expect(text(recommendation)).toContain('Moved during or after the assistance.');
    expect(text(recommendation?.querySelector('li'))).toBe('OHCHR: during, Improved; afterwards, Unchanged');
  });

  it('answers a request it may not see as not found', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/fund/requests/7', RequestPage);
    backend.expectOne('/api/v1/fund/requests/7').flush({ message: 'Assistance request 7 not found' }, { status: 404, statusText: 'Not Found' });
    harness.detectChanges();
    expect(text(el().querySelector('h1'))).toBe('Request not found');
  });
});
