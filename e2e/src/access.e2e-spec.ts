import type { Browser, Page } from 'playwright-core';
import { createAdministrator, invite, signIn, signInWithBrowser, type Account, type ApiSession } from './support/accounts';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { totpCode } from './support/totp';

interface Created {
  id: number;
}

const CONFIDENTIAL_NARRATIVE = 'Detainee K. described beatings in the Ljubljana station';
const SOURCE_NAME = 'Ana Witness';

describe('Accounts and access in Chromium: a State focal point with a second factor', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let focalA: Account;
  let adminAccount: Account;
  let admin: ApiSession;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // The production build with its default settings: Secure, httpOnly, SameSite=Strict cookies.
    server = await startServer();
    adminAccount = await createAdministrator(server, 'admin@ohchr.example', 'geneva palais wilson 2026');
    admin = await signIn(server, adminAccount);
    const org = await admin.call<Created>('POST', '/api/v1/stakeholders', { name: 'Witness Watch', kind: 'ngo', stateIso3: 'SVN' });
    ids['recA'] = (await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'CAT', stateIso3: 'SVN', text: 'Investigate ill-treatment in police custody' })).id;
    ids['recB'] = (await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'CAT', stateIso3: 'HRV', text: 'Establish an independent police complaints body' })).id;

    focalA = await invite(admin, { email: 'focal@gov.si.example', role: 'state_focal_point', stateIso3: 'SVN' }, 'slovenia reports on time 2027', 'Maja Focal');
    const focalB = await invite(admin, { email: 'focal@gov.hr.example', role: 'state_focal_point', stateIso3: 'HRV' }, 'croatia reports on time 2027', 'Ivo Focal');
    const monitor = await invite(admin, { email: 'monitor@witness.example', role: 'ngo_monitor', organisationId: org.id }, 'independent monitoring matters', SOURCE_NAME);

    const ngo = await signIn(server, monitor);
    ids['confidential'] = (
      await ngo.call<Created>('POST', '/api/v1/assessments', { recommendationId: ids['recA'], status: 'not_implemented', narrative: CONFIDENTIAL_NARRATIVE, confidential: true })
    ).id;
    ids['public'] = (await ngo.call<Created>('POST', '/api/v1/assessments', { recommendationId: ids['recA'], status: 'partially_implemented', narrative: 'A new inspection unit visits stations monthly' })).id;
    await admin.call('POST', `/api/v1/assessments/${ids['confidential']}/publish`, {});
    await admin.call('POST', `/api/v1/assessments/${ids['public']}/publish`, {});
    ids['reportB'] = (await (await signIn(server, focalB)).call<Created>('POST', '/api/v1/assessments', { recommendationId: ids['recB'], status: 'partially_implemented', narrative: 'Draft report of Croatia' })).id;

    // The focal point sets up an authenticator app (its role does not require one, it chose to).
    const own = await signIn(server, focalA);
    const enrolment = await own.call<{ secret: string }>('POST', '/api/v1/auth/second-factor/enrolment', {});
    focalA.totpSecret = enrolment.secret;
    await own.call('POST', '/api/v1/auth/second-factor/enrolment/confirm', { code: totpCode(enrolment.secret) });
    await own.call('POST', '/api/v1/auth/logout', {});

    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has an accessible sign-in page', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'access-login');
  });

  it('signs in with the password, then the code of the authenticator app', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('E-mail address').fill(focalA.email);
    await page.getByLabel('Password').fill('a wrong password, surely');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('The e-mail address or the password is wrong.');

    await page.getByLabel('Password').fill(focalA.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('6-digit code from your authenticator app');
    await code.waitFor();
    // The code field takes the focus when it appears.
    await expect(code.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await code.fill(totpCode(focalA.totpSecret ?? '', 1));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('navigation', { name: 'Account' }).getByText('Maja Focal').waitFor();
    await expect(page.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.secure, c.sameSite])).toEqual([['__Host-tracker_session', true, true, 'Strict']]);
  });

  it("is refused another State's report", async () => {
    await page.goto(`${server.baseUrl}/assessments/${ids['reportB']}`);
    await page.getByRole('heading', { name: 'Access refused' }).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('You do not have access to this report');
    await expect(page.content()).resolves.not.toContain('Draft report of Croatia');
    await screenshot(page, 'access-refused-report');
  });

  it('cannot see a confidential assessment, its content or its source, anywhere', async () => {
    await page.goto(`${server.baseUrl}/assessments/${ids['confidential']}`);
    await page.getByRole('heading', { name: 'Assessment not found' }).waitFor();

    await page.goto(`${server.baseUrl}/recommendations/${ids['recA']}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Implementation assessments' }) });
    await section.getByRole('link', { name: `Civil-society assessment ${ids['public']}` }).waitFor();
    await expect(section.getByRole('listitem').count()).resolves.toBe(1);
    const html = await page.content();
    expect(html).not.toContain(CONFIDENTIAL_NARRATIVE);
    expect(html).not.toContain('Witness Watch');
    expect(html).not.toContain(SOURCE_NAME);
    // Its own State: the focal point may report; no History tab (the audit log is OHCHR's).
    await expect(page.getByRole('heading', { name: 'Report on this recommendation' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'History' }).count()).resolves.toBe(0);

    await page.goto(`${server.baseUrl}/assessments/${ids['public']}`);
    await page.getByText('A new inspection unit visits stations monthly').waitFor();
    await expect(page.getByRole('button', { name: /Show who filed it/ }).count()).resolves.toBe(0);
    await screenshot(page, 'access-public-assessment');
  });

  it('signs out on the server', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json() as Promise<{ stage: string }>);
    expect(me.stage).toBe('anonymous');
  });

  it('lets an administrator reset the lost second factor of an officer, with a reason; the officer enrols again', async () => {
    const officer = await invite(admin, { email: 'officer@ohchr.example', role: 'ohchr_officer' }, 'geneva follow-up desk 2027', 'Olga Officer');
    await signIn(server, officer); // enrols a second factor
    const adminPage = await (await browser.newContext()).newPage();
    await signInWithBrowser(adminPage, server, adminAccount);

    await adminPage.goto(`${server.baseUrl}/en/admin/users`);
    await adminPage.getByRole('button', { name: 'Reset second factor of Olga Officer' }).click();
    await adminPage.getByLabel('Why reset the second factor of Olga Officer?').fill('Lost phone; identity confirmed by video call');
    await expect(seriousViolations(adminPage)).resolves.toEqual([]);
    await adminPage.getByRole('button', { name: 'Reset the second factor' }).click();
    await adminPage.getByText('The second factor of Olga Officer was reset').waitFor();
    await screenshot(adminPage, 'access-second-factor-reset');
    // No reset is offered for an account without a second factor any more.
    await expect(adminPage.getByRole('button', { name: 'Reset second factor of Olga Officer' }).count()).resolves.toBe(0);

    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: officer.email, password: officer.password }),
    });
    await expect(login.json()).resolves.toMatchObject({ stage: 'enrol_second_factor' });
    const history = await admin.call<{ items: { action: string; changes: Record<string, { after: unknown }> }[] }>('GET', '/api/v1/audit?action=second_factor_reset');
    expect(history.items.map((i) => i.changes['reason']?.after)).toEqual(['Lost phone; identity confirmed by video call']);
  });
});
