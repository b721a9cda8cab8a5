import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { aggregates, assistanceRequest } from '../../../../testing/fund-fixtures';
import { FundPage } from './fund-page';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Stub {}

/** jsdom has no IntersectionObserver; the charts' `on viewport` trigger only needs one to exist (blocks are rendered by hand). */
class NoIntersectionObserver {
  observe(): void {
    return undefined;
  }
  unobserve(): void {
    return undefined;
  }
  disconnect(): void {
    return undefined;
  }
}

describe('FundPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeAll(() => {
    Object.assign(globalThis, { IntersectionObserver: NoIntersectionObserver });
  });

  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'IntersectionObserver');
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        provideNoopAnimations(),
        provideRouter([
          { path: 'fund', component: FundPage },
          { path: 'fund/requests/:id', component: Stub },
          { path: 'fund/requests/new', component: Stub },
        ]),
      ],
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function expectCall(path: string): TestRequest {
    return backend.expectOne((r) => r.url === path);
  }

  async function open(url = '/fund', figures = aggregates()): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, FundPage);
    expectCall('/api/v1/states').flush([
      { iso3: 'SVN', name: 'Slovenia', m49Region: 'Europe' },
      { iso3: 'FJI', name: 'Fiji', m49Region: 'Oceania' },
    ]);
    expectCall('/api/v1/fund/aggregates').flush(figures);
    expectCall('/api/v1/fund/requests').flush({ items: [assistanceRequest({ status: 'approved', approved: { amountMinor: '4000000', currency: 'USD', formatted: 'USD 40,000.00' } })], nextCursor: null, total: 1 });
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  function tableOf(element: HTMLElement, heading: string): string[][] {
    const section = Array.from(element.querySelectorAll('section')).find((s) => text(s.querySelector('h2')) === heading);
    if (!section) throw new Error(`No section "${heading}"`);
    return Array.from(section.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => text(c)));
  }

  it('shows each chart’s figures as a table, with labels for the codes', async () => {
    const element = await open();
    expect(text(element.querySelector('h1'))).toBe('Voluntary Fund for Financial and Technical Assistance');
    expect(text(element.querySelector('[role="status"]'))).toBe('3 requests match.');
    expect(tableOf(element, 'Requests by status')).toEqual([
      ['Status', 'Requests'],
      ['Approved', '2'],
      ['Declined', '1'],
    ]);
    expect(tableOf(element, 'Requests by reporting year')).toEqual([
      ['Reporting year', 'Requests'],
      ['2025', '2'],
      ['Not decided yet', '1'],
    ]);
    expect(tableOf(element, 'Requests by region')[2]).toEqual(['Oceania', '2']);
    expect(tableOf(element, 'Requests by activity type')[1]).toEqual(['Exchange of good practice', '3']);
    expect(tableOf(element, 'Amounts over time, USD')).toEqual([
      ['Year', 'Requested', 'Approved', 'Disbursed'],
      ['2025', 'USD 100,000.00', 'USD 80,000.00', 'USD 20,000.00'],
    ]);
    const requests = tableOf(element, 'Requests');
    expect(requests[1]).toEqual(['Request 7', 'Slovenia', 'National capacity and expertise', 'Approved', '—', 'USD 50,000.00', 'USD 40,000.00', 'USD 0.00']);
  });

  it('loads the charts lazily, inside the panels that describe them', async () => {
    const element = await open();
    expect(element.querySelectorAll('svg')).toHaveLength(0);
    expect(text(element.querySelector('[role="img"]'))).toBe('Loading the chart…');
    const blocks = await harness.fixture.getDeferBlocks();
    expect(blocks).toHaveLength(5);
    for (const block of blocks) await block.render(DeferBlockState.Complete);
    harness.detectChanges();
    const charts = Array.from(element.querySelectorAll('.panel__chart'));
    expect(charts.map((c) => c.querySelector('svg') !== null)).toEqual([true, true, true, true, true]);
    expect(charts[0]?.getAttribute('aria-label')).toBe('Bar chart of requests by status; the figures are in the table below.');
  });

  it('keeps the filters in the address and asks the API with them', async () => {
    const element = await open();
    const label = Array.from(element.querySelectorAll('label')).find((l) => text(l) === 'Status');
    const status = label ? element.querySelector<HTMLSelectElement>(`#${label.htmlFor}`) : null;
    if (!status) throw new Error('no status filter');
    status.value = 'approved';
    status.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/fund?status=approved');
    const figures = expectCall('/api/v1/fund/aggregates');
    expect(figures.request.params.getAll('status')).toEqual(['approved']);
    figures.flush(aggregates({ total: 2, byStatus: [{ key: 'approved', count: 2 }] }));
    const list = expectCall('/api/v1/fund/requests');
    expect(list.request.params.get('status')).toBe('approved');
    list.flush({ items: [], nextCursor: null, total: 0 });
    harness.detectChanges();
    expect(text(element.querySelector('[role="status"]'))).toBe('2 requests match.');
    expect(text(element)).toContain('No request matches the filters.');
  });

  it('shows the amounts of the currency chosen, one currency at a time, per month when asked', async () => {
    const element = await open('/fund?currency=EUR&granularity=month');
    expect(tableOf(element, 'Amounts over time, EUR')).toEqual([
      ['Month', 'Requested', 'Approved', 'Disbursed'],
      ['2025', 'EUR 3,000.00', 'EUR 0.00', 'EUR 0.00'],
    ]);
  });

  it('offers a new request to State focal points and OHCHR officers only', async () => {
    let element = await open();
    expect(Array.from(element.querySelectorAll('a')).some((a) => text(a) === 'New assistance request')).toBe(false);
    signInAs('state_focal_point');
    harness.detectChanges();
    element = harness.routeNativeElement as HTMLElement;
    expect(Array.from(element.querySelectorAll('a')).find((a) => text(a) === 'New assistance request')?.getAttribute('href')).toBe('/fund/requests/new');
  });

  it('says so when the figures cannot be loaded', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/fund', FundPage);
    expectCall('/api/v1/states').flush([]);
    expectCall('/api/v1/fund/aggregates').flush({}, { status: 500, statusText: 'Server Error' });
    expectCall('/api/v1/fund/requests').flush({ items: [], nextCursor: null, total: 0 });
    harness.detectChanges();
    expect(text((harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]'))).toBe('The figures could not be loaded. Check your connection and try again.');
  });
});
