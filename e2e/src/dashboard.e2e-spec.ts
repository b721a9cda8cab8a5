import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAdministrator, signIn, signInWithBrowser, type Account } from './support/accounts';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { api, startServer, type RunningServer } from './support/server';

interface Point {
  month: string;
  party: 'state' | 'independent';
  total: number;
  noInformation: number;
  notImplemented: number;
  partiallyImplemented: number;
  fullyImplemented: number;
}
interface Row {
  key: string;
  label: string;
  m49: string | null;
  total: number;
  fullyImplemented: number;
}
interface Profile {
  state: { name: string };
  status: { total: number; fullyImplemented: number; partiallyImplemented: number; notImplemented: number; noInformation: number };
}

/** Arabic-Indic digits to Latin ones, and separators left out: to compare figures whatever the locale writes. */
function digits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^\d]/g, '');
}

const LANGUAGES = ['en', 'ar'] as const;

describe('Dashboard in Chromium: first run, overview, State profile, comparisons, in English and Arabic', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: Account;

  beforeAll(async () => {
    server = await startServer({ DASHBOARD_CACHE_MIN_MS: '3600000' });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cells = async (locator: ReturnType<Page['locator']>): Promise<string[]> => (await locator.locator('th, td').allInnerTexts()).map((t) => t.trim());

  it('lands a newcomer on the overview, which says the registry is empty and how to begin', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/en\/overview$/);
    await page.getByRole('heading', { name: 'The registry is empty' }).waitFor();
    await expect(page.getByRole('link', { name: 'Go to the import page' }).getAttribute('href')).resolves.toBe('/en/imports');
    // No administrator yet: the page says how to create one.
    await expect(page.locator('app-first-run pre').innerText()).resolves.toBe('npm run create-admin -- --email you@example.org');
    await expect(page.getByRole('link', { name: 'Overview' }).first().getAttribute('aria-current')).resolves.toBe('page');
    await screenshot(page, 'dashboard-first-run-en');
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('loads the demo dataset as an administrator: charts appear, and a banner says it is demo data', async () => {
    admin = await createAdministrator(server, 'admin@ohchr.example', 'demo data for the dashboard 2026');
    await signIn(server, admin); // enrols the second factor through the API, keeping its secret
    await signInWithBrowser(page, server, admin);

    await page.goto(`${server.baseUrl}/en/overview`);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.locator('app-chart-panel path.area').first().waitFor({ timeout: 60_000 });
    await expect(page.locator('app-demo-banner').innerText()).resolves.toContain('synthetic demo dataset');
    const status = await api<{ loaded: boolean; recommendations: number }>(server, 'GET', '/api/v1/demo');
    expect(status.loaded).toBe(true);
    expect(status.recommendations).toBeGreaterThan(5000);
    // The banner is on every page.
    await page.goto(`${server.baseUrl}/en/recommendations`);
    // The banner appears once the page has asked the server about the demo.
    await page.locator('app-demo-banner aside').waitFor();
    await expect(page.locator('app-demo-banner').textContent()).resolves.toContain('Demo data');
  });

  for (const lang of LANGUAGES) {
    it(`shows the overview in ${lang}: headline figures and charts that match the API, accessible`, async () => {
      const progress = await api<{ points: Point[] }>(server, 'GET', '/api/v1/dashboard/progress');
      const headline = await api<{ figures: { key: string; value: number }[] }>(server, 'GET', '/api/v1/dashboard/headline');
      await page.goto(`${server.baseUrl}/${lang}/overview`);
      await page.locator('app-chart-panel path.area').first().waitFor();
      await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);

      const total = headline.figures.find((f) => f.key === 'recommendations')?.value ?? -1;
      const figure = await page.locator('app-headline-figures li[data-key="recommendations"] .figure__value').innerText();
      expect(digits(figure)).toBe(String(total));

      // The table alternative of the State chart: its last row is the API's latest State point.
      const panel = page.locator('app-chart-panel').first();
      await panel.locator('summary').click();
      const last = progress.points.filter((p) => p.party === 'state').at(-1) as Point;
      const row = await cells(panel.locator('tbody tr').last());
      expect(row.slice(1).map(digits)).toEqual([last.fullyImplemented, last.partiallyImplemented, last.notImplemented, last.noInformation, last.total].map(String));
      await expect(panel.locator('tbody tr').count()).resolves.toBe(progress.points.filter((p) => p.party === 'state').length);
      // Four stacked areas in each of the two charts.
      await expect(page.locator('app-chart-panel path.area').count()).resolves.toBe(8);

      await screenshot(page, `dashboard-overview-${lang}`);
      await expect(seriousViolations(page)).resolves.toEqual([]);
    });
  }

  it('downloads the CSV of exactly what a chart shows', async () => {
    const progress = await api<{ points: Point[] }>(server, 'GET', '/api/v1/dashboard/progress');
    await page.goto(`${server.baseUrl}/en/overview`);
    await page.locator('app-chart-panel path.area').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV: Implementation over time, according to the States' }).click()]);
    expect(download.suggestedFilename()).toBe('implementation-over-time-according-to-the-states.csv');
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Month,Fully implemented,Partially implemented,Not implemented,No information,Recommendations');
    const state = progress.points.filter((p) => p.party === 'state');
    expect(lines).toHaveLength(state.length + 1);
    expect(lines.slice(1)).toEqual(state.map((p) => [p.month, p.fullyImplemented, p.partiallyImplemented, p.notImplemented, p.noInformation, p.total].join(',')));
  });

  for (const lang of LANGUAGES) {
    it(`shows a State profile in ${lang}, reached from the comparisons, consistent with the API`, async () => {
      const states = await api<{ rows: Row[] }>(server, 'GET', '/api/v1/dashboard/comparisons?dimension=state');
      const busiest = [...states.rows].sort((a, b) => b.total - a.total)[0] as Row;
      const profile = await api<Profile>(server, 'GET', `/api/v1/dashboard/states/${busiest.key}`);
      await page.goto(`${server.baseUrl}/${lang}/comparisons?sort=total&dir=descending`);
      await page.locator('#state-table tbody tr').first().waitFor();
      await page.locator('#state-table tbody tr').first().getByRole('link').click();
      await page.waitForURL(new RegExp(`/${lang}/states/${busiest.key}$`));
      await page.getByRole('heading', { level: 1 }).filter({ hasText: profile.state.name }).waitFor();
      const panel = page.locator('app-chart-panel').first();
      await panel.locator('path.bar').first().waitFor();
      await panel.locator('summary').click();
      const all = await cells(panel.locator('tbody tr').last());
      expect(all.slice(1, 2).map(digits)).toEqual([String(profile.status.total)]);
      expect(digits(all[2] ?? '').startsWith(String(profile.status.fullyImplemented))).toBe(true);
      await page.locator('.dashboard__timeline li').first().waitFor();
      await screenshot(page, `dashboard-state-profile-${lang}`);
      await expect(seriousViolations(page)).resolves.toEqual([]);
    });

    it(`compares on a keyboard-usable map and a sortable table in ${lang}`, async () => {
      const states = await api<{ rows: Row[] }>(server, 'GET', '/api/v1/dashboard/comparisons?dimension=state');
      const groups = await api<{ rows: Row[] }>(server, 'GET', '/api/v1/dashboard/comparisons?dimension=regional_group');
      await page.goto(`${server.baseUrl}/${lang}/comparisons`);
      await page.locator('app-world-map svg a').first().waitFor();
      // Every State with data that the 1:110m outlines draw is a link; the table lists them all.
      const links = await page.locator('app-world-map svg a').count();
      expect(links).toBeGreaterThan(100);
      await expect(page.locator('#state-table tbody tr').count()).resolves.toBe(states.rows.length);
      // Regional groups: the chart's table has a row per group, with the API's totals.
      const panel = page.locator('app-chart-panel').first();
      await panel.locator('summary').click();
      const totals = (await panel.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(digits).map(Number).sort((a, b) => a - b);
      expect(totals).toEqual(groups.rows.map((r) => r.total).sort((a, b) => a - b));

      // The keyboard reaches the States on the map, each named by its figure.
      await page.locator('app-world-map .world-map__skip').focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(focused).toMatch(/\(.+\)$/);
      await screenshot(page, `dashboard-comparisons-${lang}`);
      await expect(seriousViolations(page)).resolves.toEqual([]);
    });
  }

  it('switches language with the switcher and stays on the same page', async () => {
    const states = await api<{ rows: Row[] }>(server, 'GET', '/api/v1/dashboard/comparisons?dimension=state');
    const state = states.rows[0] as Row;
    await page.goto(`${server.baseUrl}/en/states/${state.key}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(new RegExp(`/ar/states/${state.key}$`));
    await page.getByRole('heading', { level: 1 }).filter({ hasText: state.label }).waitFor();
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await page.getByRole('navigation').getByRole('link', { name: 'English' }).first().click();
    await page.waitForURL(new RegExp(`/en/states/${state.key}$`));
  });

  it('removes the demo data in one action: the overview is empty again', async () => {
    await page.goto(`${server.baseUrl}/en/overview`);
    await page.getByRole('button', { name: 'Remove the demo data' }).click();
    await page.getByRole('heading', { name: 'The registry is empty' }).waitFor();
    await expect(page.locator('app-demo-banner aside').count()).resolves.toBe(0);
    await expect(api<{ loaded: boolean; registryEmpty: boolean }>(server, 'GET', '/api/v1/demo')).resolves.toMatchObject({ loaded: false, registryEmpty: true });
    // An administrator now exists: the page offers the demo data again.
    await page.getByRole('button', { name: 'Load demo data' }).waitFor();
  });
});
