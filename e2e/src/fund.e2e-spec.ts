import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createAdministrator, invite, signIn, signInWithBrowser, type Account, type ApiSession } from './support/accounts';
import { launchBrowser, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

interface Created {
  id: number;
}

interface Money {
  amountMinor: string;
  currency: string;
  formatted: string;
}

interface Aggregates {
  total: number;
  byStatus: { key: string | null; count: number }[];
  byRegion: { key: string | null; count: number }[];
  amountsOverTime: { period: string; currency: string; requested: Money; approved: Money; disbursed: Money }[];
}

const TODAY = new Date().toISOString().slice(0, 10);
const STATUS_LABELS: Readonly<Record<string, string>> = { draft: 'Draft', submitted: 'Submitted', under_review: 'Under review', approved: 'Approved', in_implementation: 'In implementation' };

/** axe-core on the page content (the shared header and footer are checked by their own specs). */
async function seriousViolationsInMain(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('#main-content').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The rows of a table as cell texts, header row first. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table.locator('tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

function panel(page: Page, heading: string): Locator {
  return page.locator('section.panel', { has: page.getByRole('heading', { name: heading, exact: true }) });
}

describe('Voluntary Fund in Chromium: a State asks, OHCHR approves and disburses, the Fund page shows it', () => {
  let server: RunningServer;
  let dataDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiSession;
  let focal: Account;
  let officer: Account;
  let officerApi: ApiSession;
  let requestId = 0;
  const recommendations: number[] = [];

  async function statusIs(label: string): Promise<void> {
    await page.locator('[data-testid="request-status"]', { hasText: label }).waitFor();
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fund-e2e-'));
    server = await startServer({ DATA_DIR: dataDir });
    admin = await signIn(server, await createAdministrator(server, 'admin@ohchr.example', 'the fund helps states implement'));
    for (const text of ['Strengthen the national preventive mechanism against torture', 'Train prison staff on the Nelson Mandela Rules']) {
      recommendations.push((await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'CAT', stateIso3: 'FJI', text })).id);
    }
    await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'CAT', stateIso3: 'TON', text: 'Strengthen the national preventive mechanism of Tonga' });
    focal = await invite(admin, { email: 'focal@gov.fj.example', role: 'state_focal_point', stateIso3: 'FJI' }, 'fiji asks the fund for help', 'Sera Focal');
    officer = await invite(admin, { email: 'officer@ohchr.example', role: 'ohchr_officer' }, 'the board of trustees decided', 'Olga Officer');
    // The first sign-in through the API enrols the officer's second factor; the browser uses it below.
    officerApi = await signIn(server, officer);
    browser = await launchBrowser();
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the State focal point draft a request, link its recommendations and submit it', async () => {
    await signInWithBrowser(page, server, focal);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fund' }).click();
    await page.getByRole('heading', { name: 'Voluntary Fund for Financial and Technical Assistance' }).waitFor();
    await page.getByRole('link', { name: 'New assistance request' }).click();
    await page.getByRole('heading', { name: 'New assistance request' }).waitFor();
    await page.locator('.field__value', { hasText: 'Fiji' }).waitFor();
    await page.getByLabel('Activity type').selectOption({ label: 'National capacity and expertise' });
    await page.getByLabel('Channel').selectOption({ label: 'OHCHR regional office' });
    await page.getByLabel('What the assistance is for').fill('Training of the national preventive mechanism on monitoring places of detention');
    await page.getByLabel('Date of consent').fill('2026-02-01');
    await page.getByLabel('Given by (office or person)').fill('Ministry of Justice');
    await page.getByLabel('Amount requested').fill('50,000.00');
    await page.getByLabel('Search the State’s recommendations').fill('preventive mechanism');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('listitem').first().waitFor();
    // Only Fiji's own recommendations are offered, never Tonga's.
    await expect(results.innerText()).resolves.not.toContain('Tonga');
    await results.getByRole('button', { name: /^Link/ }).first().click();
    await page.getByLabel('Search the State’s recommendations').fill('Mandela');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await results.getByText('Nelson Mandela Rules').waitFor();
    await results.getByRole('button', { name: /^Link/ }).click();
    const linked = page.getByRole('list', { name: 'Linked recommendations' });
    await linked.getByText('Nelson Mandela Rules').waitFor();
    await expect(linked.getByRole('listitem').count()).resolves.toBe(2);
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);
    await screenshot(page, 'fund-request-form');

    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { name: /^Assistance request \d+: Fiji$/ }).waitFor();
    requestId = Number(/\/fund\/requests\/(\d+)$/.exec(page.url())?.[1]);
    expect(requestId).toBeGreaterThan(0);
    await statusIs('Draft');
    await expect(page.getByTestId('amount-requested').innerText()).resolves.toBe('USD 50,000.00');
    // The linked recommendations and their status timeline load beside the request.
    await page.locator('.request__recommendation').nth(1).waitFor();
    await expect(page.locator('.request__recommendation').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Submit to the Fund' }).click();
    await statusIs('Submitted');
    await expect(page.getByRole('status').first().innerText()).resolves.toBe('Done: the request is now “Submitted”.');
    // Nothing more for the State to do: OHCHR's steps are not offered to it.
    await expect(page.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('lets the OHCHR officer review it; a refusal without a reason and an amount above the request get 4xx with the reason shown', async () => {
    await signInWithBrowser(page, server, officer);
    await page.goto(`${server.baseUrl}/fund/requests/${requestId}`);
    await statusIs('Submitted');
    await page.getByRole('button', { name: 'Start the review' }).click();
    await statusIs('Under review');

    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('alert').filter({ hasText: 'reason: to decline an assistance request, give the reason' }).waitFor();
    await expect(page.locator('#step-reason-error').innerText()).resolves.toBe('to decline an assistance request, give the reason');

    await page.getByLabel('Amount approved (USD)').fill('60,000.00');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('alert').filter({ hasText: 'approvedMinor: USD 60,000.00 approved exceeds USD 50,000.00 requested; an OHCHR officer must record why' }).waitFor();
    await statusIs('Under review');
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);
    await screenshot(page, 'fund-request-refused-amount');
  });

  it('approves with an amount and records a disbursement; more than approved is refused with the reason', async () => {
    await page.getByLabel('Amount approved (USD)').fill('45,000.00');
    await page.getByRole('button', { name: 'Approve' }).click();
    await statusIs('Approved');
    await expect(page.getByTestId('amount-approved').innerText()).resolves.toBe('USD 45,000.00');

    await page.getByLabel('Amount paid (USD)').fill('20,000.00');
    await page.getByLabel('Date paid').fill(TODAY);
    await page.getByRole('button', { name: 'Record the disbursement' }).click();
    await page.getByTestId('amount-disbursed').filter({ hasText: 'USD 20,000.00' }).waitFor();
    const disbursements = page.locator('table', { has: page.getByText('Disbursements of the request') });
    await expect(rowsOf(disbursements)).resolves.toEqual([
      ['Date', 'Amount', 'Note', 'Corrections'],
      [expect.any(String), 'USD 20,000.00', '', expect.stringMatching(/^Void the disbursement of USD 20,000\.00 on /)],
    ]);

    await page.getByLabel('Amount paid (USD)').fill('30,000.00');
    await page.getByLabel('Date paid').fill(TODAY);
    await page.getByRole('button', { name: 'Record the disbursement' }).click();
    await page.locator('#disbursed-amount-error').waitFor();
    await expect(page.locator('#disbursed-amount-error').innerText()).resolves.toBe('USD 50,000.00 disbursed exceeds USD 45,000.00 approved');
    await expect(page.getByTestId('amount-disbursed').innerText()).resolves.toBe('USD 20,000.00');
  });

  it('voids a disbursement entered by mistake, with a reason: it stays on record, struck out, and no longer counts', async () => {
    await page.getByLabel('Amount paid (USD)').fill('5,000.00');
    await page.getByLabel('Date paid').fill(TODAY);
    await page.getByLabel('Note (optional)').fill('Typed twice');
    await page.getByRole('button', { name: 'Record the disbursement' }).click();
    await page.getByTestId('amount-disbursed').filter({ hasText: 'USD 25,000.00' }).waitFor();

    await page.getByRole('button', { name: /^Void the disbursement of USD 5,000\.00 on / }).click();
    await page.getByLabel('Why is it voided?').fill('Entered twice; the bank statement shows one payment');
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Void the disbursement', exact: true }).click();
    await page.getByText('The disbursement is voided: it no longer counts.').waitFor();
    await expect(page.getByTestId('amount-disbursed').innerText()).resolves.toBe('USD 20,000.00');
    const rows = await rowsOf(page.locator('table', { has: page.getByText('Disbursements of the request') }));
    expect(rows[2]).toEqual([expect.any(String), 'Voided: USD 5,000.00', expect.stringMatching(/^Typed twice Voided on .+: Entered twice; the bank statement shows one payment$/), '']);
    await screenshot(page, 'fund-request-voided-disbursement');
  });

  it('refuses a step that no longer applies (another officer moved the request on) with 409 and the reason shown', async () => {
    await officerApi.call('POST', `/api/v1/fund/requests/${requestId}/transitions`, { action: 'start_implementation' });
    // This page still shows the request as approved: the step it offers is out of date.
    await page.getByRole('button', { name: 'Start the implementation' }).click();
    await page.getByRole('alert').filter({ hasText: 'cannot start implementing an assistance request that is in implementation' }).waitFor();
    await page.reload();
    await statusIs('In implementation');
    await page.getByRole('button', { name: 'Publish the request' }).click();
    await page.getByText('The request is published: everyone can see it now.').waitFor();
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);
    await screenshot(page, 'fund-request-page');
  });

  it('shows it on the Fund page: every table matches the API aggregate, and every chart is drawn', async () => {
    await page.goto(`${server.baseUrl}/fund`);
    await page.getByRole('status').filter({ hasText: 'request matches.' }).waitFor();
    const figures = await officerApi.call<Aggregates>('GET', '/api/v1/fund/aggregates');
    expect(figures.total).toBe(1);
    await expect(rowsOf(panel(page, 'Requests by status').locator('table'))).resolves.toEqual([
      ['Status', 'Requests'],
      ...figures.byStatus.map((c) => [STATUS_LABELS[c.key ?? ''] ?? '', String(c.count)]),
    ]);
    await expect(rowsOf(panel(page, 'Requests by region').locator('table'))).resolves.toEqual([['Region', 'Requests'], ...figures.byRegion.map((c) => [c.key ?? '', String(c.count)])]);
    expect(figures.byRegion).toEqual([{ key: 'Oceania', count: 1 }]);
    const year = TODAY.slice(0, 4);
    await expect(rowsOf(panel(page, 'Requests by reporting year').locator('table'))).resolves.toEqual([
      ['Reporting year', 'Requests'],
      [year, '1'],
    ]);
    await expect(rowsOf(panel(page, 'Requests by activity type').locator('table'))).resolves.toEqual([
      ['Activity type', 'Requests'],
      ['National capacity and expertise', '1'],
    ]);
    const amounts = panel(page, 'Amounts over time, USD');
    await expect(rowsOf(amounts.locator('table'))).resolves.toEqual([
      ['Year', 'Requested', 'Approved', 'Disbursed'],
      ...figures.amountsOverTime.map((p) => [p.period, p.requested.formatted, p.approved.formatted, p.disbursed.formatted]),
    ]);
    expect(figures.amountsOverTime).toEqual([
      expect.objectContaining({ period: year, currency: 'USD', requested: expect.objectContaining({ amountMinor: '5000000' }), approved: expect.objectContaining({ amountMinor: '4500000' }), disbursed: expect.objectContaining({ amountMinor: '2000000' }) }),
    ]);

    // The charts load when they come into view; each is described for screen readers, its figures in the table.
    for (const heading of ['Requests by status', 'Requests by reporting year', 'Requests by region', 'Requests by activity type', 'Amounts over time, USD']) {
      const chart = panel(page, heading).locator('.panel__chart');
      await chart.scrollIntoViewIfNeeded();
      await chart.locator('svg').first().waitFor();
    }
    await expect(amounts.locator('.panel__chart path.bar').count()).resolves.toBe(3);
    // ngx-charts fades each chart in: check what people see once it has settled.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.ngx-charts-outer')).every((e) => getComputedStyle(e).opacity === '1'));
    await expect(panel(page, 'Requests by status').locator('.panel__chart').getAttribute('role')).resolves.toBe('img');

    const [download] = await Promise.all([page.waitForEvent('download'), amounts.getByRole('button', { name: 'Download CSV — Amounts over time, USD' }).click()]);
    expect(download.suggestedFilename()).toBe('amounts-over-time-usd.csv');
    const csv = (await readFile(await download.path())).toString('utf8');
    expect(csv).toBe(`\uFEFFYear,Requested,Approved,Disbursed\r\n${year},"USD 50,000.00","USD 45,000.00","USD 20,000.00"\r\n`);

    await expect(rowsOf(page.locator('section', { has: page.getByRole('heading', { name: 'Requests', exact: true }) }).locator('table'))).resolves.toEqual([
      ['Request', 'State', 'Activity type', 'Status', 'Reporting year', 'Requested', 'Approved', 'Disbursed'],
      [`Request ${requestId}`, 'Fiji', 'National capacity and expertise', 'In implementation', year, 'USD 50,000.00', 'USD 45,000.00', 'USD 20,000.00'],
    ]);
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);
    await screenshot(page, 'fund-page');
  });

  it('filters the Fund page through the address', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Declined' });
    await page.waitForURL(/\/fund\?status=declined$/);
    await page.getByRole('status').filter({ hasText: 'No request matches.' }).waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByRole('status').filter({ hasText: '1 request matches.' }).waitFor();
  });

  it('shows the public the published request, without any step to take', async () => {
    const visitor = await browser.newContext();
    try {
      const publicPage = await visitor.newPage();
      await publicPage.goto(`${server.baseUrl}/fund`);
      await publicPage.getByRole('status').filter({ hasText: '1 request matches.' }).waitFor();
      await publicPage.getByRole('link', { name: `Request ${requestId}` }).click();
      await publicPage.locator('[data-testid="request-status"]', { hasText: 'In implementation' }).waitFor();
      await expect(publicPage.getByRole('button').filter({ hasText: /Approve|Publish|Record/ }).count()).resolves.toBe(0);
      await expect(publicPage.getByRole('link', { name: 'New assistance request' }).count()).resolves.toBe(0);
    } finally {
      await visitor.close();
    }
  });
});
