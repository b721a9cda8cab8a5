import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of, throwError } from 'rxjs';
import { FakeRecommendationsApi, page, summary } from '../../../../testing/recommendation-fixtures';
import { RecommendationsApi } from '../recommendations.api';
import { RecommendationsExplorer } from './recommendations-explorer';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DetailStub {}

describe('RecommendationsExplorer', () => {
  let api: FakeRecommendationsApi;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(url: string): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    router = TestBed.inject(Router);
    // Listen to popstate as the app does (RouterTestingHarness does not start that by itself).
    router.setUpLocationChangeListener();
    await harness.navigateByUrl(url, RecommendationsExplorer);
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  function el(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function text(selector: string): string {
    return el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The text a screen reader reads: hidden decorations left out, whitespace collapsed. */
  function spokenText(node: Element): string {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function button(label: string): HTMLButtonElement {
    const found = Array.from(el().querySelectorAll('button')).find((b) => spokenText(b) === label);
    if (!found) {
      throw new Error(`No button "${label}"`);
    }
    return found;
  }

  function checkbox(label: string): HTMLInputElement {
    const labelElement = Array.from(el().querySelectorAll('label')).find((l) => l.textContent?.trim() === label);
    const input = labelElement && el().querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`);
    if (!input) {
      throw new Error(`No checkbox labelled "${label}"`);
    }
    return input;
  }

  function lastListQuery() {
    return api.list.mock.calls.at(-1)?.[0];
  }

  beforeEach(() => {
    api = new FakeRecommendationsApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'recommendations', component: RecommendationsExplorer },
          { path: 'recommendations/:id', component: DetailStub },
        ]),
        provideLocationMocks(),
        { provide: RecommendationsApi, useValue: api },
      ],
    });
  });

  it('renders a row per recommendation from the facade, linking to its detail page', async () => {
    api.listResult = of(
      page([
        summary({ id: 11, text: 'Abolish the death penalty.', stateName: 'China', response: 'noted' }),
        summary({ id: 12, text: 'Ratify OPCAT.', recommendingStates: [{ iso3: 'BRA', name: 'Brazil' }, { iso3: 'FRA', name: 'France' }] }),
      ]),
    );

    await open('/recommendations');

    const rows = Array.from(el().querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Abolish the death penalty.');
    expect(rows[0].textContent).toContain('China');
    expect(rows[0].textContent).toContain('Noted');
    expect(rows[1].textContent).toContain('Brazil and France');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/recommendations/11');
    expect(lastListQuery()).toEqual(expect.objectContaining({ q: '', cursor: null, limit: 50 }));
  });

  it('announces the number of results in a polite live region', async () => {
    api.listResult = of(page([summary({ id: 1 }), summary({ id: 2 })], 3821, 'c2'));

    await open('/recommendations');

    const status = el().querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent?.replace(/\s+/g, ' ').trim()).toBe('3,821 recommendations found. Showing 1–2.');
  });

  it('shows facet counts and applies filters and text from the URL', async () => {
    await open('/recommendations?q=torture&state=CHN&response=noted');

    expect(checkbox('China (3,821)').checked).toBe(true);
    expect(checkbox('Slovenia (1,302)').checked).toBe(false);
    // Response labels come from the UI's own translated labels, not the API's.
    expect(checkbox('Noted (1,302)').checked).toBe(true);
    expect(lastListQuery()?.q).toBe('torture');
    expect(lastListQuery()?.filters.state).toEqual(['CHN']);
    expect(api.facets).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'torture', filters: expect.objectContaining({ response: ['noted'] }) }),
    );
    expect((el().querySelector<HTMLInputElement>('#explorer-q'))?.value).toBe('torture');
    expect(text('.active-filters')).toContain('Remove filter State under review: China');
  });

  it('puts a toggled facet value into the query params and reloads results and counts', async () => {
    await open('/recommendations?state=CHN');
    const listCalls = api.list.mock.calls.length;
    const facetCalls = api.facets.mock.calls.length;

    checkbox('Slovenia (1,302)').click();
    await settle();

    expect(router.url).toBe('/recommendations?state=CHN&state=SVN');
    expect(api.list.mock.calls.length).toBe(listCalls + 1);
    expect(lastListQuery()?.filters.state).toEqual(['CHN', 'SVN']);
    expect(api.facets.mock.calls.length).toBe(facetCalls + 1);

    checkbox('China (3,821)').click();
    await settle();

    expect(router.url).toBe('/recommendations?state=SVN');
    expect(lastListQuery()?.filters.state).toEqual(['SVN']);
  });

  it('folds the filters behind a button that reports its state (small screens)', async () => {
    await open('/recommendations?state=CHN&response=noted');
    const toggle = button('Show filters (2 selected)');
    const panel = el().querySelector('#filters-panel');

    expect(toggle.getAttribute('aria-controls')).toBe('filters-panel');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.classList).not.toContain('filters__panel--open');

    toggle.click();
    harness.detectChanges();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(spokenText(toggle)).toBe('Hide filters');
    expect(panel?.classList).toContain('filters__panel--open');
  });

  it('removes a filter from its button and clears everything at once', async () => {
    await open('/recommendations?q=water&state=CHN&response=noted');

    button('Remove filter State under review: China').click();
    await settle();
    expect(router.url).toBe('/recommendations?q=water&response=noted');

    button('Clear search and filters').click();
    await settle();
    expect(router.url).toBe('/recommendations');
  });

  it('searches the submitted text from the first page, keeping the filters', async () => {
    await open('/recommendations?state=CHN&cursor=abc');
    const input = el().querySelector<HTMLInputElement>('#explorer-q');
    const form = el().querySelector<HTMLFormElement>('form[role="search"]');
    if (!input || !form) {
      throw new Error('search form missing');
    }
    expect(input.getAttribute('aria-describedby')).toBe('explorer-q-hint');
    expect(text('#explorer-q-hint')).toContain('OR');

    input.value = ' "freedom of expression" -media ';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();

    expect(router.url).toBe('/recommendations?q=%22freedom%20of%20expression%22%20-media&state=CHN');
    expect(lastListQuery()).toEqual(expect.objectContaining({ q: '"freedom of expression" -media', cursor: null }));
  });

  it('pages forward with the cursor and back with the remembered one', async () => {
    api.list.mockImplementation((query) =>
      of(
        query.cursor === null
          ? page([summary({ id: 1 }), summary({ id: 2 })], 5, 'c2')
          : query.cursor === 'c2'
            ? page([summary({ id: 3 }), summary({ id: 4 })], 5, 'c3')
            : page([summary({ id: 5 })], 5, null),
      ),
    );
    await open('/recommendations?limit=2');
    expect(button('Previous page').disabled).toBe(true);

    button('Next page').click();
    await settle();
    expect(router.url).toBe('/recommendations?limit=2&cursor=c2');
    expect(lastListQuery()?.cursor).toBe('c2');
    expect(text('[role="status"]')).toBe('5 recommendations found. Showing 3–4.');
    // Paging does not change the filters, so the counts are not fetched again.
    expect(api.facets).toHaveBeenCalledTimes(1);

    button('Next page').click();
    await settle();
    expect(router.url).toBe('/recommendations?limit=2&cursor=c3');
    expect(button('Next page').disabled).toBe(true);
    expect(text('[role="status"]')).toBe('5 recommendations found. Showing 5–5.');

    button('Previous page').click();
    await settle();
    expect(router.url).toBe('/recommendations?limit=2&cursor=c2');
    expect(lastListQuery()?.cursor).toBe('c2');

    button('Previous page').click();
    await settle();
    expect(router.url).toBe('/recommendations?limit=2');
    expect(lastListQuery()?.cursor).toBeNull();
    expect(button('Previous page').disabled).toBe(true);
  });

  it('follows the browser back button through the pages', async () => {
    api.listResult = of(page([summary()], 10, 'c2'));
    await open('/recommendations');
    button('Next page').click();
    await settle();
    expect(button('Previous page').disabled).toBe(false);

    TestBed.inject(Location).back();
    // The router handles popstate in a macrotask.
    await new Promise((resolve) => setTimeout(resolve));
    await settle();

    expect(router.url).toBe('/recommendations');
    expect(lastListQuery()?.cursor).toBeNull();
    expect(button('Previous page').disabled).toBe(true);
  });

  it('offers the first page when a link opened a later page directly', async () => {
    await open('/recommendations?cursor=c9');

    expect(button('Previous page').disabled).toBe(true);
    button('First page').click();
    await settle();

    expect(router.url).toBe('/recommendations');
  });

  it('changes the page size from the first page', async () => {
    await open('/recommendations?cursor=c2');
    const select = el().querySelector<HTMLSelectElement>('#explorer-page-size');
    if (!select) {
      throw new Error('page size select missing');
    }
    expect(el().querySelector(`label[for="${select.id}"]`)?.textContent?.trim()).toBe('Results per page');
    expect(select.value).toBe('50');

    select.value = '100';
    select.dispatchEvent(new Event('change'));
    await settle();

    expect(router.url).toBe('/recommendations?limit=100');
    expect(lastListQuery()).toEqual(expect.objectContaining({ limit: 100, cursor: null }));
  });

  it('says there is nothing yet when the database is empty', async () => {
    api.listResult = of(page([], 0));
    api.facetsResult = of({ total: 0, facets: [] });

    await open('/recommendations');

    expect(el().querySelector('table')).toBeNull();
    expect(text('.empty')).toBe('No recommendations yet — import a file or create one through the API.');
    expect(text('[role="status"]')).toBe('No recommendations found.');
  });

  it('suggests loosening the search when nothing matches it', async () => {
    api.listResult = of(page([], 0));

    await open('/recommendations?status=fully_implemented');

    expect(text('.empty')).toContain('No recommendations match this search.');
    el().querySelector<HTMLButtonElement>('.empty button')?.click();
    await settle();
    expect(router.url).toBe('/recommendations');
  });

  it('shows an error with a retry that loads again', async () => {
    api.listResult = throwError(() => new Error('offline'));

    await open('/recommendations');

    const alert = el().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The recommendations could not be loaded.');
    expect(el().querySelector('table')).toBeNull();

    api.listResult = of(page([summary({ id: 99, text: 'Back online.' })], 1));
    button('Try again').click();
    harness.detectChanges();

    expect(el().querySelector('[role="alert"]')).toBeNull();
    expect(text('tbody')).toContain('Back online.');
  });

  it('keeps the results usable when only the counts fail, and says so', async () => {
    api.facetsResult = throwError(() => new Error('timeout'));

    await open('/recommendations');

    expect(el().querySelectorAll('tbody tr')).toHaveLength(1);
    expect(text('.filters [role="alert"]')).toContain('The filters could not be loaded.');
  });
});
