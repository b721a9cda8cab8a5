import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { api, startServer, type RunningServer } from './support/server';

interface Created {
  id: number;
}

describe('Recommendations explorer in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    server = await startServer();
    const add = async (key: string, body: Record<string, unknown>): Promise<void> => {
      ids[key] = (await api<Created>(server, 'POST', '/api/v1/recommendations', body)).id;
    };
    await add('ccpr', {
      body: 'UPR',
      stateIso3: 'CHN',
      session: 17,
      documentSymbol: 'A/HRC/25/5',
      paragraph: '186.1',
      text: 'Ratify the International Covenant on Civil and Political Rights',
      recommendingStates: ['FRA', 'DEU'],
      themes: ['acceptance-of-international-norms'],
      response: { response: 'supported', respondedOn: '2014-03-20', sourceDocument: 'A/HRC/25/5/Add.1' },
    });
    await add('roma', {
      body: 'UPR',
      stateIso3: 'SVN',
      session: 34,
      text: 'Continue efforts to combat discrimination against Roma in access to housing',
      recommendingStates: ['FRA'],
      response: { response: 'noted' },
    });
    await add('torture', { body: 'CAT', stateIso3: 'SVN', text: 'Criminalise torture as a separate offence in the Criminal Code' });
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the recommendations created through the API', async () => {
    await page.goto(`${server.baseUrl}/recommendations`);
    await page.getByRole('status').filter({ hasText: '3 recommendations found' }).waitFor();
    const rows = page.locator('table tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(page.locator('table').innerText()).resolves.toContain('Criminalise torture');
    await screenshot(page, 'explorer-list-en');
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('filters by a facet and reflects the filter in the address', async () => {
    await page.goto(`${server.baseUrl}/recommendations`);
    await page.getByRole('status').filter({ hasText: '3 recommendations found' }).waitFor();
    await page.getByRole('checkbox', { name: /Slovenia/ }).first().check();
    await page.getByRole('status').filter({ hasText: '2 recommendations found' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('state')).toEqual(['SVN']);
    await expect(page.locator('table').innerText()).resolves.not.toContain('Civil and Political Rights');
  });

  it('searches the full text with stemming and opens a recommendation', async () => {
    await page.goto(`${server.baseUrl}/recommendations`);
    await page.getByLabel('Search recommendations').fill('ratifying covenants');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'One recommendation found' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('ratifying covenants');
    await page.getByRole('link', { name: /Ratify the International Covenant/ }).click();
    await page.waitForURL(new RegExp(`/recommendations/${ids['ccpr']}`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const detail = await page.locator('main').innerText();
    expect(detail).toContain('Ratify the International Covenant on Civil and Political Rights');
    expect(detail).toContain('France');
    expect(detail).toContain('Germany');
    expect(detail).toContain('A/HRC/25/5/Add.1');
    await screenshot(page, 'explorer-detail-en');
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('says so when a recommendation does not exist', async () => {
    await page.goto(`${server.baseUrl}/recommendations/999999`);
    await page.getByRole('heading', { name: 'Recommendation not found' }).waitFor();
  });
});
