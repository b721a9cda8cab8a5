import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp } from '../../../../testing/access-testing';
import { FakeDashboardApi } from '../../../../testing/dashboard-fixtures';
import { DashboardApi } from '../dashboard.api';
import { ComparisonsPage } from './comparisons-page';

describe('ComparisonsPage', () => {
  let api: FakeDashboardApi;
  let harness: RouterTestingHarness;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      harness.detectChanges();
      await harness.fixture.whenStable();
    }
  }

  async function open(url = '/comparisons'): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ComparisonsPage);
    await settle();
    return harness.routeNativeElement as HTMLElement;
  }

  const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const stateRows = (page: HTMLElement): string[][] => Array.from(page.querySelectorAll('#state-table tbody tr')).map((tr) => Array.from(tr.children).map((c) => text(c)));

  beforeEach(() => {
    api = new FakeDashboardApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'comparisons', component: ComparisonsPage },
          { path: 'states/:iso3', children: [] },
        ]),
        provideNoopAnimations(),
        ...provideTestHttp(),
        { provide: DashboardApi, useValue: api },
      ],
    });
  });

  it('compares regional groups by default, highest share fully implemented first, chart and table', async () => {
    const page = await open();
    expect(api.comparison).toHaveBeenCalledWith('regional_group', expect.anything());
    const panel = page.querySelector('app-chart-panel') as HTMLElement;
    expect(text(panel.querySelector('h2'))).toBe('Implementation by UN regional group');
    expect(Array.from(panel.querySelectorAll('tbody tr')).map((tr) => text(tr.firstElementChild))).toEqual(['Western European and other States', 'African States']);
    expect(panel.querySelectorAll('path.bar').length).toBeGreaterThan(0);
    expect(text(panel.querySelector('p'))).toContain('highest Western European and other States (67%), lowest African States (20%)');
  });

  it('compares by another dimension chosen in the page, kept in the address', async () => {
    const page = await open();
    const select = page.querySelector('#compare-by') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text.trim())).toEqual(['UN regional group', 'Region (UN M49)', 'Theme', 'SDG', 'UPR cycle', 'Mechanism']);
    select.value = 'theme';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Location).path()).toBe('/comparisons?by=theme');
    expect(api.comparison).toHaveBeenLastCalledWith('theme', expect.anything());
    expect(text(page.querySelector('app-chart-panel h2'))).toBe('Implementation by Theme');
  });

  it('colours the States on the map by the chosen indicator, each a link named by its figure', async () => {
    const page = await open('/comparisons?indicator=recommendations');
    const links = Array.from(page.querySelectorAll('app-world-map svg a')).map((a) => a.getAttribute('aria-label'));
    expect(links).toEqual(expect.arrayContaining(['Slovenia: 8 (8 recommendations)', 'Kenya: 10 (10 recommendations)', 'France: 4 (4 recommendations)']));
    expect(text(page.querySelector('app-world-map figcaption'))).toContain('Number of recommendations');
    expect(text(page.querySelector('#map-summary'))).toBe(
      'Number of recommendations, by State (3 States with the figure): highest Kenya (10), lowest France (4). The same figures are in the table after the map.',
    );
  });

  it('shows the same figures in a table sorted by any column, saying how it is sorted', async () => {
    const page = await open();
    expect(stateRows(page).map((r) => r[0])).toEqual(['Slovenia', 'France', 'Kenya']);
    expect(page.querySelector('th[aria-sort="descending"]')?.textContent).toContain('Fully implemented');
    const byName = Array.from(page.querySelectorAll('#state-table thead button')).find((b) => text(b).startsWith('State')) as HTMLButtonElement;
    byName.click();
    await settle();
    expect(stateRows(page).map((r) => r[0])).toEqual(['France', 'Kenya', 'Slovenia']);
    expect(page.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('State');
    byName.click();
    await settle();
    expect(stateRows(page).map((r) => r[0])).toEqual(['Slovenia', 'Kenya', 'France']);
    expect(stateRows(page)[0]).toEqual(['Slovenia', '8', '75%', '75%', '50%']);
    expect(page.querySelector('#state-table a')?.getAttribute('href')).toBe('/states/SVN');
  });

  it('downloads the States’ table exactly as sorted', async () => {
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:csv'), revokeObjectURL: () => undefined });
    const names: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const page = await open('/comparisons?sort=total&dir=ascending');
    const button = Array.from(page.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === 'Download CSV: States compared') as HTMLButtonElement;
    button.click();
    expect(names).toEqual(['states-compared.csv']);
    const csv = new TextDecoder().decode(new Uint8Array(await (created[0] as Blob).arrayBuffer()).slice(3));
    expect(csv).toBe('State,Recommendations,Fully implemented,Fully or partially implemented,Supported\r\nFrance,4,0.25,0.5,0.5\r\nSlovenia,8,0.75,0.75,0.5\r\nKenya,10,0.2,0.3,0.5\r\n');
    jest.restoreAllMocks();
  });
});
