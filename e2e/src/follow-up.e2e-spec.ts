import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { administratorOf, invite, signIn, signInWithBrowser, type Account, type ApiSession } from './support/accounts';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';

interface Created {
  id: number;
  version: number;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * The follow-up cycle in Chromium, on the production build with a clock the test moves (TEST_CLOCK,
 * a file the server reads at every request): a State focal point files a report with evidence, an
 * OHCHR officer returns it, then validates and publishes it, an NGO files a disagreeing assessment,
 * the recommendation page shows both side by side, and the overdue monitor shows, then drops, an
 * item as its deadline passes and a report arrives.
 */
describe('Follow-up in Chromium: report, validation, disagreement and the overdue monitor', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'follow-up-e2e-'));
  const clock = join(dataDir, 'clock');
  const setToday = (date: string): void => writeFileSync(clock, date);
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiSession;
  let officerApi: ApiSession;
  let officerPage: Page | null = null;
  let focal: Account;
  let officer: Account;
  let monitor: Account;
  let orgId: number;
  let reported: number;
  let late: number;
  let reportId: number;
  const contexts: BrowserContext[] = [];

  async function pageFor(account: Account | null): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    if (account !== null) await signInWithBrowser(page, server, account);
    return page;
  }

  async function officerBrowser(): Promise<Page> {
    officerPage ??= await pageFor(officer);
    return officerPage;
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await screenshot(page, `follow-up-${name}`);
  }

  beforeAll(async () => {
    setToday('2025-06-02');
    server = await startServer({ NODE_ENV: 'test', TEST_CLOCK: `file:${clock}`, DATA_DIR: dataDir, OVERDUE_DIGEST_CRON: 'off' });
    admin = await administratorOf(server);
    orgId = (await admin.call<Created>('POST', '/api/v1/stakeholders', { name: 'Witness Watch', kind: 'ngo', stateIso3: 'SVN' })).id;
    // Two recommendations from Slovenia's 4th-cycle review (Working Group session 42, 23 January 2023), both answered.
    reported = (await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'UPR', stateIso3: 'SVN', session: 42, text: 'Investigate every allegation of ill-treatment in police custody' })).id;
    late = (await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'UPR', stateIso3: 'SVN', session: 42, text: 'Adopt a national action plan on business and human rights' })).id;
    for (const id of [reported, late]) await admin.call('POST', `/api/v1/recommendations/${id}/responses`, { response: 'supported', respondedOn: '2023-05-01' });
    await admin.call('POST', `/api/v1/stakeholders/${orgId}/assignments`, { role: 'monitor', filter: { state: ['SVN'] } });

    focal = await invite(admin, { email: 'focal@gov.si.example', role: 'state_focal_point', stateIso3: 'SVN' }, 'slovenia reports on time 2027', 'Maja Focal');
    officer = await invite(admin, { email: 'officer@ohchr.example', role: 'ohchr_officer' }, 'geneva follow-up desk 2027', 'Olga Officer');
    monitor = await invite(admin, { email: 'monitor@witness.example', role: 'ngo_monitor', organisationId: orgId }, 'independent monitoring matters', 'Nina Monitor');
    // The officer's first sign-in sets up the authenticator app (kept on the account for the browser). A
    // code is accepted once: the officer signs in once more only, in the browser (see officerBrowser).
    officerApi = await signIn(server, officer);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the State focal point draft a report with evidence and submit it', async () => {
    const page = await pageFor(focal);
    await page.goto(`${server.baseUrl}/recommendations/${reported}`);
    await page.getByRole('link', { name: 'File an implementation report on this recommendation' }).click();
    await page.getByRole('heading', { name: 'New implementation report' }).waitFor();
    await expect(page.getByLabel('Recommendation number').inputValue()).resolves.toBe(String(reported));
    await expectAccessible(page, 'report-form');
    await page.getByLabel('Title', { exact: true }).fill('Mid-term report on policing');
    await page.getByLabel('From', { exact: true }).fill('2023-01-01');
    await page.getByLabel('to', { exact: true }).fill('2025-03-31');
    await page.getByLabel('Status', { exact: true }).selectOption('fully_implemented');
    await page.getByLabel('What was done, and what it changed').fill('The Police Act was amended and an independent complaints body set up.');
    await page.getByRole('button', { name: 'Save the draft' }).click();

    await page.getByRole('heading', { name: 'Mid-term report on policing' }).waitFor();
    reportId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByLabel('Title', { exact: true }).fill('Amended Police Act');
    await page.getByLabel('File (PDF, image, text or office document)').setInputFiles({ name: 'police-act.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Attach the file' }).click();
    await page.getByRole('link', { name: 'Amended Police Act' }).waitFor();
    await expectAccessible(page, 'report-draft');
    await page.getByRole('button', { name: 'Submit to OHCHR' }).click();
    await page.getByText('The report was submitted to OHCHR.').waitFor();
    await expect(page.locator('[data-report-status]').innerText()).resolves.toBe('Submitted');
  });

  it('lets OHCHR return it with comments; the State edits and resubmits; OHCHR validates and publishes', async () => {
    const officerPage = await officerBrowser();
    await officerPage.goto(`${server.baseUrl}/reports/${reportId}`);
    await officerPage.getByLabel('Comments for the State (what to change)').fill('Give the date the complaints body started work.');
    await officerPage.getByRole('button', { name: 'Return with comments' }).click();
    await officerPage.getByText('The report was returned to the State with your comments.').waitFor();
    await expect(officerPage.locator('[data-report-status]').innerText()).resolves.toBe('Returned with comments');

    const focalPage = await pageFor(focal);
    await focalPage.goto(`${server.baseUrl}/reports/${reportId}`);
    await expect(focalPage.getByRole('note').innerText()).resolves.toContain('Give the date the complaints body started work.');
    await focalPage.getByRole('link', { name: 'Edit the report' }).click();
    // The form shows the report as stored before it can be changed.
    await focalPage.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#report-narrative')?.value.includes('Police Act') === true);
    await focalPage.getByLabel('What was done, and what it changed').fill('The Police Act was amended; the complaints body has worked since 1 March 2025.');
    await focalPage.getByRole('button', { name: 'Save the draft' }).click();
    await focalPage.getByRole('heading', { name: 'Mid-term report on policing' }).waitFor();
    await focalPage.getByRole('button', { name: 'Submit to OHCHR' }).click();
    await focalPage.getByText('The report was submitted to OHCHR.').waitFor();

    await officerPage.reload();
    await officerPage.getByRole('button', { name: 'Validate' }).click();
    await officerPage.getByText('The report was validated.').waitFor();
    await officerPage.getByRole('button', { name: 'Publish' }).click();
    await officerPage.getByText('The report was published; its claimed statuses are now public.').waitFor();
    await expect(officerPage.locator('[data-report-status]').innerText()).resolves.toBe('Published');
    await expectAccessible(officerPage, 'report-published');
  });

  it('lets an NGO file a disagreeing assessment, published by OHCHR', async () => {
    const page = await pageFor(monitor);
    await page.goto(`${server.baseUrl}/recommendations/${reported}`);
    await page.getByLabel('Implementation status', { exact: true }).selectOption('not_implemented');
    await page.getByLabel('What was done, and the evidence').fill('Complaints still go unanswered; two detainees described beatings in May.');
    await page.getByRole('button', { name: 'File the assessment' }).click();
    await page.getByText('Your assessment was filed as a draft').waitFor();

    const assessments = await officerApi.call<{ items: { id: number }[] }>('GET', `/api/v1/assessments?recommendationId=${reported}`);
    const officerPage = await officerBrowser();
    await officerPage.goto(`${server.baseUrl}/assessments/${assessments.items[0]?.id}`);
    await officerPage.getByRole('button', { name: 'Publish' }).click();
    await officerPage.getByRole('button', { name: 'Publish' }).waitFor({ state: 'detached' });
  });

  it('shows the public both claims side by side, with the disagreement', async () => {
    const page = await pageFor(null);
    await page.goto(`${server.baseUrl}/recommendations/${reported}`);
    const state = page.locator('.status-card[data-party="state"]');
    const ngo = page.locator('.status-card[data-party="ngo"]');
    await ngo.waitFor();
    await expect(state.innerText()).resolves.toContain('Fully implemented');
    await expect(ngo.innerText()).resolves.toContain('Not implemented');
    await expect(ngo.innerText()).resolves.toContain('Disagrees with the State');
    await expect(page.getByRole('note').innerText()).resolves.toContain('NGO says Not implemented; the State says Fully implemented.');
    await expect(page.locator('.timeline li').count()).resolves.toBe(2);
    await expectAccessible(page, 'recommendation-status');
  });

  it('shows, then drops, an item on the overdue monitor as the deadline passes and a report arrives', async () => {
    const page = await pageFor(monitor);
    const overdueFor = async (): Promise<string> => {
      await page.goto(`${server.baseUrl}/overdue`);
      await page.getByLabel('State', { exact: true }).selectOption('SVN');
      await page.getByRole('button', { name: 'Show' }).click();
      const count = page.locator('p[role="status"]').filter({ hasText: /as of/ });
      await count.waitFor();
      return count.innerText();
    };

    // 2 June 2025: the voluntary mid-term report is due on 23 July 2025.
    await expect(overdueFor()).resolves.toContain('No overdue recommendation as of June 2, 2025');
    await page.getByRole('button', { name: 'Follow this State' }).click();
    await page.getByText('You now follow Slovenia').waitFor();

    setToday('2025-08-01');
    await expect(overdueFor()).resolves.toContain('1 overdue deadline as of August 1, 2025');
    const row = page.locator('tbody tr');
    await expect(row.innerText()).resolves.toContain('Adopt a national action plan on business and human rights');
    await expect(row.locator('.overdue-days').innerText()).resolves.toBe('9');
    await expect(page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')).resolves.toBe('/api/v1/overdue/export.csv?state=SVN&sort=most_late');
    await expectAccessible(page, 'overdue');

    // The digest tells the follower, in the application.
    await expect(officerApi.call<{ notifications: number }>('POST', '/api/v1/notifications/overdue-digest', {})).resolves.toMatchObject({ notifications: 1 });
    await page.goto(`${server.baseUrl}/notifications`);
    await page.getByRole('heading', { name: /1 recommendation newly overdue \(2025-08-01\)/ }).waitFor();
    await expect(page.locator('article li').innerText()).resolves.toContain('UPR mid-term report due Jul 23, 2025, 9 days late');
    await expectAccessible(page, 'notifications');

    // The State reports on it: the item drops off.
    const focalApi = await signIn(server, focal);
    const report = await focalApi.call<Created>('POST', '/api/v1/reports', {
      title: 'Report on business and human rights',
      narrative: 'A draft national action plan is in consultation.',
      measuresTaken: '',
      periodFrom: '2023-01-01',
      periodTo: '2025-07-31',
      items: [{ recommendationId: late, status: 'partially_implemented' }],
    });
    await focalApi.call('POST', `/api/v1/reports/${report.id}/transitions`, { action: 'submit', version: report.version });
    await expect(overdueFor()).resolves.toContain('No overdue recommendation as of August 1, 2025');
  });

  it('lists the monitoring organisation’s recommendations on its stakeholder page and worklist', async () => {
    const page = await pageFor(monitor);
    await page.goto(`${server.baseUrl}/worklist`);
    await page.getByRole('heading', { name: 'My worklist' }).waitFor();
    await page.getByText('2 recommendations').waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(2);
    await page.goto(`${server.baseUrl}/stakeholders/${orgId}`);
    await page.getByRole('heading', { name: 'Witness Watch' }).waitFor();
    await page.getByText('2 recommendations').waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(2);
    await expectAccessible(page, 'stakeholder');
  });

  it('lets an OHCHR officer record a treaty body’s follow-up grade on the recommendation page', async () => {
    const ccpr = (await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'CCPR', stateIso3: 'SVN', text: 'Establish an independent body to investigate complaints against the police' })).id;
    const page = await officerBrowser();
    await page.goto(`${server.baseUrl}/recommendations/${ccpr}`);
    await page.getByRole('heading', { name: 'Record a treaty-body follow-up grade' }).waitFor();
    await page.getByLabel('Scale').selectOption({ label: 'Human Rights Committee, since 2013 (A–E)' });
    await page.getByLabel('Grade', { exact: true }).selectOption('D');
    await page.getByLabel('Assessed on').fill('2024-11-08');
    await page.getByLabel('Follow-up report (document symbol, optional)').fill('CCPR/C/142/2');
    await expectAccessible(page, 'grade-form');
    await page.getByRole('button', { name: 'Record the grade' }).click();
    await page.getByText('Grade D recorded.').waitFor();
    await page.getByRole('listitem').filter({ hasText: /^D \(Human Rights Committee, since 2013 \(A–E\), Nov 8, 2024\) — No cooperation with the Committee/ }).waitFor();
    const status = await admin.call<{ grades: { grade: string; sourceDocument: string | null }[] }>('GET', `/api/v1/recommendations/${ccpr}/status`);
    expect(status.grades).toEqual([expect.objectContaining({ grade: 'D', sourceDocument: 'CCPR/C/142/2' })]);
  });

  it('lets an OHCHR officer assign every recommendation of a search to a stakeholder, counted first', async () => {
    const total = (await admin.call<{ total: number }>('GET', '/api/v1/recommendations?state=SVN&limit=1')).total;
    const page = await officerBrowser();
    await page.goto(`${server.baseUrl}/recommendations?state=SVN`);
    await page.getByText('Assign these recommendations to a stakeholder').click();
    await page.getByLabel('Stakeholder').selectOption({ label: 'Witness Watch' });
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Lead' });
    await page.getByRole('button', { name: 'Count the recommendations' }).click();
    await page.getByText(`${total} recommendations match the search.`).waitFor();
    await expectAccessible(page, 'bulk-assign');
    await page.getByRole('button', { name: `Assign ${total} recommendations` }).click();
    await page.getByText(`${total} recommendations assigned.`).waitFor();
    const worklist = await admin.call<{ total: number }>('GET', `/api/v1/stakeholders/${orgId}/worklist?role=lead`);
    expect(worklist.total).toBe(total);
  });
});
