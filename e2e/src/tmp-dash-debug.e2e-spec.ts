import { launchBrowser } from './support/browser';
import { api, startServer, type RunningServer } from './support/server';

describe('debug', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DASHBOARD_CACHE_MIN_MS: '3600000' });
  });
  afterAll(async () => {
    await server?.stop();
  });
  it('downloads', async () => {
    await api(server, 'POST', '/api/v1/demo', { recommendations: 200 });
    const b = await launchBrowser();
    const ctx = await b.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    page.on('console', (m) => console.log('console', m.type(), m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(`${server.baseUrl}/en/overview`);
    await page.locator('app-chart-panel path.area').first().waitFor();
    const headers = (await page.goto(`${server.baseUrl}/en/overview`))?.headers();
    console.log('csp', headers?.['content-security-policy']);
    await page.locator('app-chart-panel path.area').first().waitFor();
    const done = page.waitForEvent('download', { timeout: 8000 }).then((d) => d.suggestedFilename(), (e) => `none: ${String(e).slice(0, 80)}`);
    await page.getByRole('button', { name: 'Download CSV: Implementation over time, according to the States' }).click();
    console.log('result', await done);
    await b.close();
  });
});
