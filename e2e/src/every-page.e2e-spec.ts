import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAdministrator, invite, signIn, signInWithBrowser, type Account, type ApiSession } from './support/accounts';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';

interface Created {
  id: number;
  version?: number;
}

/** Letters of the Arabic script: an Arabic page title is written in them. */
const ARABIC = /[\u0600-\u06FF]/;
const LANGUAGES = ['en', 'ar'] as const;
type Who = 'admin' | 'officer' | 'focal' | 'anonymous';

/**
 * Every page of the interface, in English and in Arabic, as the person it is for: the page has its
 * heading and a title in the page's language, no untranslated message id leaks into it, the document
 * has the language's direction, and axe finds no serious or critical violation. A screenshot of each
 * is kept in test-artifacts/.
 */
describe('Every page in Chromium, in English and Arabic, accessible', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Partial<Record<Who, Page>> = {};
  const ids: Record<string, number | string> = {};

  async function signInInBrowser(context: BrowserContext, account: Account): Promise<Page> {
    const page = await context.newPage();
    await signInWithBrowser(page, server, account);
    return page;
  }

  beforeAll(async () => {
    server = await startServer({ COOPERATION_SWEEP_CRON: 'off' });
    const adminAccount = await createAdministrator(server, 'admin@ohchr.example', 'every page in two languages 2026');
    const admin: ApiSession = await signIn(server, adminAccount);

    const recommendation = async (text: string): Promise<number> => {
      const id = (await admin.call<Created>('POST', '/api/v1/recommendations', { body: 'UPR', stateIso3: 'SVN', session: 42, text })).id;
      await admin.call('POST', `/api/v1/recommendations/${id}/responses`, { response: 'supported', respondedOn: '2023-05-01' });
      return id;
    };
    ids['rec'] = await recommendation('Investigate every allegation of ill-treatment in police custody');
    ids['rec2'] = await recommendation('Adopt a national action plan on business and human rights');
    const org = await admin.call<Created>('POST', '/api/v1/stakeholders', { name: 'Witness Watch', kind: 'ngo', stateIso3: 'SVN' });
    ids['stakeholder'] = org.id;
    await admin.call('POST', `/api/v1/stakeholders/${org.id}/assignments`, { role: 'monitor', filter: { state: ['SVN'] } });

    const focalAccount = await invite(admin, { email: 'focal@gov.si.example', role: 'state_focal_point', stateIso3: 'SVN' }, 'slovenia reports on time 2027', 'Maja Focal');
    const monitorAccount = await invite(admin, { email: 'monitor@witness.example', role: 'ngo_monitor', organisationId: org.id }, 'independent monitoring matters', 'Nina Monitor');
    const officerAccount = await invite(admin, { email: 'officer@ohchr.example', role: 'ohchr_officer' }, 'geneva follow-up desk 2027', 'Olga Officer');
    const officer = await signIn(server, officerAccount);
    const focal = await signIn(server, focalAccount);
    const monitor = await signIn(server, monitorAccount);

    const report = await focal.call<Created>('POST', '/api/v1/reports', {
      title: 'Report on custody safeguards',
      narrative: 'Police stations are inspected monthly.',
      measuresTaken: '',
      periodFrom: '2023-01-01',
      periodTo: '2025-07-31',
      items: [{ recommendationId: ids['rec'], status: 'partially_implemented' }],
    });
    ids['report'] = report.id;
    ids['fundRequest'] = (
      await focal.call<Created>('POST', '/api/v1/fund/requests', {
        stateIso3: 'SVN',
        activityType: 'national_capacity_and_expertise',
        channel: 'ohchr_regional_office',
        description: 'Training of the national preventive mechanism on places of detention',
        consentOn: '2026-01-15',
        consentBy: 'Ministry of Justice',
        requestedMinor: '5000000',
        recommendationIds: [ids['rec'], ids['rec2']],
      })
    ).id;
    ids['assessment'] = (await monitor.call<Created>('POST', '/api/v1/assessments', { recommendationId: ids['rec'], status: 'not_implemented', narrative: 'No inspection took place in 2025.' })).id;

    // A flag to open: Eritrea missed three steps of its review.
    await officer.call('POST', '/api/v1/cooperation/upr-participation', {
      stateIso3: 'ERI',
      session: 47,
      reviewDate: '2024-11-04',
      nationalReport: 'missed',
      troika: 'missed',
      interactiveDialogue: 'missed',
      responses: 'done',
      midTermReport: 'pending',
    });
    const sweep = await officer.call<Created>('POST', '/api/v1/flags/evaluate', { stateIso3: 'ERI' });
    for (let waited = 0; ; waited += 250) {
      const progress = await officer.call<{ running: boolean; done: number }>('GET', `/api/v1/flags/sweeps/${sweep.id}`);
      if (!progress.running && progress.done === 1) break;
      if (waited > 30_000) throw new Error(`the sweep did not finish: ${JSON.stringify(progress)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const flags = await officer.call<{ items: Created[] }>('GET', '/api/v1/flags?state=ERI');
    ids['flag'] = flags.items[0]?.id ?? 0;
    expect(ids['flag']).toBeGreaterThan(0);

    const invitation = await admin.call<{ acceptUrl: string }>('POST', '/api/v1/invitations', { email: 'newcomer@ohchr.example', role: 'ohchr_officer' });
    ids['invitation'] = invitation.acceptUrl.split('#token=')[1] ?? '';

    browser = await launchBrowser();
    pages.admin = await signInInBrowser(await browser.newContext(), adminAccount);
    pages.officer = await signInInBrowser(await browser.newContext(), officerAccount);
    pages.focal = await signInInBrowser(await browser.newContext(), focalAccount);
    pages.anonymous = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** [name of the screenshot, who opens it, path after /<lang>/]. */
  const PAGES: readonly (readonly [string, Who, () => string])[] = [
    ['overview', 'admin', () => 'overview'],
    ['comparisons', 'admin', () => 'comparisons'],
    ['state-profile', 'admin', () => 'states/SVN'],
    ['recommendations', 'admin', () => 'recommendations'],
    ['recommendation', 'admin', () => `recommendations/${ids['rec']}`],
    ['recommendation-history', 'admin', () => `recommendations/${ids['rec']}/history`],
    ['imports', 'admin', () => 'imports'],
    ['overdue', 'officer', () => 'overdue'],
    ['reports', 'officer', () => 'reports'],
    ['report', 'officer', () => `reports/${ids['report']}`],
    ['stakeholder', 'officer', () => `stakeholders/${ids['stakeholder']}`],
    ['worklist', 'officer', () => 'worklist'],
    ['notifications', 'officer', () => 'notifications'],
    ['flags', 'officer', () => 'flags'],
    ['flag', 'officer', () => `flags/${ids['flag']}`],
    ['cooperation-upr', 'officer', () => 'cooperation/upr-participation'],
    ['cooperation-visits', 'officer', () => 'cooperation/visit-requests'],
    ['queues', 'admin', () => 'admin/queues'],
    ['fund', 'officer', () => 'fund'],
    ['fund-request', 'officer', () => `fund/requests/${ids['fundRequest']}`],
    ['assessment', 'officer', () => `assessments/${ids['assessment']}`],
    ['sessions', 'admin', () => 'account/sessions'],
    ['users', 'admin', () => 'admin/users'],
    ['report-new', 'focal', () => 'reports/new'],
    ['report-edit', 'focal', () => `reports/${ids['report']}/edit`],
    ['fund-request-new', 'focal', () => 'fund/requests/new'],
    ['fund-request-edit', 'focal', () => `fund/requests/${ids['fundRequest']}/edit`],
    ['forbidden', 'focal', () => 'forbidden'],
    ['login', 'anonymous', () => 'login'],
    ['accept-invitation', 'anonymous', () => `accept-invitation#token=${ids['invitation']}`],
    ['not-found', 'anonymous', () => 'no-such-page'],
  ];

  for (const lang of LANGUAGES) {
    for (const [name, who, path] of PAGES) {
      it(`opens ${name} in ${lang}`, async () => {
        const page = pages[who] as Page;
        const response = await page.goto(`${server.baseUrl}/${lang}/${path()}`);
        expect(response?.status()).toBe(200);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        // Not sent elsewhere by a guard: the page asked for is the page shown.
        expect(new URL(page.url()).pathname).toBe(`/${lang}/${path().split('#')[0]}`);
        await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
        const title = await page.title();
        if (lang === 'ar') expect(title).toMatch(ARABIC);
        else expect(title).not.toMatch(ARABIC);
        // A $localize string whose metadata was not parsed shows its id; nothing of it may reach the page.
        await expect(page.locator('body').innerText()).resolves.not.toMatch(/@@[\w.]+:/);
        await screenshot(page, `page-${lang}-${name}`);
        await expect(seriousViolations(page)).resolves.toEqual([]);
      });
    }
  }
});
