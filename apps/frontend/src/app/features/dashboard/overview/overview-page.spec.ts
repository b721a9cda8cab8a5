import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs } from '../../../../testing/access-testing';
import { DEMO_EMPTY, FakeDashboardApi } from '../../../../testing/dashboard-fixtures';
import { DashboardApi } from '../dashboard.api';
import { OverviewPage } from './overview-page';

describe('OverviewPage', () => {
  let api: FakeDashboardApi;
  let harness: RouterTestingHarness;

  async function open(url = '/overview'): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, OverviewPage);
    await settle();
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      harness.detectChanges();
      await harness.fixture.whenStable();
    }
  }

  const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(() => {
    api = new FakeDashboardApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'overview', component: OverviewPage },
          { path: 'comparisons', children: [] },
        ]),
        provideNoopAnimations(),
        ...provideTestHttp(),
        { provide: DashboardApi, useValue: api },
      ],
    });
  });

  it('shows the headline figures with their trend in words', async () => {
    const page = await open();
    expect(text(page.querySelector('h1'))).toBe('Overview: are the recommendations implemented?');
    const figures = Array.from(page.querySelectorAll('app-headline-figures li')).map((li) => text(li));
    expect(figures[0]).toBe('Recommendations 42 ▲ Up from 30 12 months earlier In the registry, with the filters applied');
    expect(figures[2]).toContain('Fully implemented 33%');
    expect(text(page.querySelector('#headline-heading + p'))).toBe('As of Jun 15, 2026, compared with Jun 15, 2025.');
  });

  it('charts the status month by month according to the States and to independent assessments, each with its table, description and CSV', async () => {
    const page = await open();
    const panels = Array.from(page.querySelectorAll('app-chart-panel'));
    expect(panels.map((p) => text(p.querySelector('h2')))).toEqual([
      'Implementation over time, according to the States',
      'Implementation over time, according to independent assessments',
    ]);
    const first = panels[0] as HTMLElement;
    expect(first.querySelector('[role="img"]')?.getAttribute('aria-label')).toContain('according to the States');
    expect(text(first.querySelector('p'))).toBe(
      'According to the State, at the end of Jun 2026, of 42 recommendations: 14 (33%) fully implemented, 6 (14%) partially implemented, 4 (10%) not implemented, no information on 18 (43%).',
    );
    const rows = Array.from(first.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => text(c)));
    expect(rows).toEqual([
      ['Apr 2026', '10', '5', '5', '20', '40'],
      ['May 2026', '12', '6', '4', '18', '40'],
      ['Jun 2026', '14', '6', '4', '18', '42'],
    ]);
    expect(first.querySelectorAll('path.area').length).toBe(4);
    expect(first.querySelector('button')?.getAttribute('aria-label')).toBe('Download CSV: Implementation over time, according to the States');
  });

  it('asks the API with the filters of the address, and puts a chosen filter in the address', async () => {
    const page = await open('/overview?regionalGroup=AFRICAN');
    expect(api.headline).toHaveBeenLastCalledWith(expect.objectContaining({ regionalGroup: ['AFRICAN'] }));
    expect(api.progress).toHaveBeenLastCalledWith(expect.objectContaining({ regionalGroup: ['AFRICAN'] }));
    const select = page.querySelector('#dashboard-filter-mechanism') as HTMLSelectElement;
    select.value = 'upr';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(api.progress).toHaveBeenLastCalledWith(expect.objectContaining({ regionalGroup: ['AFRICAN'], mechanism: ['upr'] }));
  });

  it('says when the registry is empty, offers the import page, and explains how to create the first administrator', async () => {
    api.demo = { ...DEMO_EMPTY, administratorExists: false };
    const page = await open();
    expect(text(page.querySelector('app-first-run h2'))).toBe('The registry is empty');
    expect(page.querySelector('app-first-run a[href="/imports"]')).not.toBeNull();
    expect(text(page.querySelector('app-first-run pre'))).toBe('npm run create-admin -- --email you@example.org');
    expect(page.querySelector('app-chart-panel')).toBeNull();
  });

  it('loads demo data for OHCHR in one action, then shows the charts', async () => {
    api.demo = DEMO_EMPTY;
    signInAs('ohchr_officer');
    const page = await open();
    const load = Array.from(page.querySelectorAll('button')).find((b) => text(b) === 'Load demo data') as HTMLButtonElement;
    load.click();
    await settle();
    expect(api.loadDemo).toHaveBeenCalledTimes(1);
    expect(page.querySelector('app-first-run')).toBeNull();
    expect(page.querySelectorAll('app-chart-panel').length).toBe(2);
  });

  it('asks a signed-in person without the permission to sign in as OHCHR', async () => {
    api.demo = DEMO_EMPTY;
    signInAs('state_focal_point');
    const page = await open();
    expect(text(page.querySelector('app-first-run'))).toContain('Only OHCHR officers and administrators may load it: sign in with such an account.');
    expect(Array.from(page.querySelectorAll('button')).some((b) => text(b) === 'Load demo data')).toBe(false);
  });
});
