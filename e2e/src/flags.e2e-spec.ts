import type { Browser, Page } from 'playwright-core';
import { administratorOf, invite, signIn, type Account, type ApiSession } from './support/accounts';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { startServer, type RunningServer } from './support/server';
import { totpCode } from './support/totp';

interface FlagSummary {
  id: number;
  ruleId: string;
  status: string;
  reviewReason?: string | null;
}

const DISMISS_REASON = 'The review took place on the rescheduled date, as the Council decided.';

describe('Non-cooperation board in Chromium: an OHCHR officer reviews flags', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let officerAccount: Account;
  let officer: ApiSession;

  beforeAll(async () => {
    server = await startServer({ COOPERATION_SWEEP_CRON: 'off' });
    const admin = await administratorOf(server);
    officerAccount = await invite(admin, { email: 'officer@ohchr.example', role: 'ohchr_officer' }, 'palais wilson officer 2026', 'Olga Officer');
    officer = await signIn(server, officerAccount);
    // Eritrea missed three steps of its review, the dialogue among them; Slovenia cooperates.
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
    await officer.call('POST', '/api/v1/cooperation/standing-invitations', { stateIso3: 'ERI', extendedOn: '2012-03-01' });
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const flagsOfEritrea = async (): Promise<FlagSummary[]> => (await officer.call<{ items: FlagSummary[] }>('GET', '/api/v1/flags?state=ERI')).items;

  it('signs the officer in with the second factor', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('E-mail address').fill(officerAccount.email);
    await page.getByLabel('Password').fill(officerAccount.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('6-digit code from your authenticator app').fill(totpCode(officerAccount.totpSecret ?? '', 1));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('navigation', { name: 'Account' }).getByText('Olga Officer').waitFor();
  });

  it('evaluates Eritrea now, following the progress, and lists its flags on an accessible board', async () => {
    await page.getByRole('link', { name: 'Flags' }).click();
    await page.getByRole('heading', { name: 'Non-cooperation flags', level: 1 }).waitFor();
    await page.getByLabel('State (ISO code; empty for all States)').fill('ERI');
    await page.getByRole('button', { name: 'Evaluate now' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText('Evaluation finished: 1 of 1 States evaluated.').waitFor();
    const table = page.getByRole('table', { name: 'Flags, most severe first' });
    await table.getByRole('link', { name: 'UPR steps missed in a cycle' }).waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(3);
    await expect(table.getByRole('link', { name: 'Absent from its UPR review' }).count()).resolves.toBe(1);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'flags-board');
  });

  it('confirms one flag after taking it under review', async () => {
    await page.getByRole('link', { name: 'UPR steps missed in a cycle' }).click();
    await page.getByRole('heading', { name: 'UPR steps missed in a cycle — Eritrea', level: 1 }).waitFor();
    await page.getByText('UPR review of 2024-11-04 (cycle 4, session 47): missed national report, troika, interactive dialogue').waitFor();
    await page.getByRole('button', { name: 'Take under review' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('The flag is now: Confirmed.').waitFor();
    await expect(page.getByRole('button', { name: 'Dismiss' }).count()).resolves.toBe(0);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'flags-confirmed');
  });

  it('dismisses another flag, with the reviewer’s reason', async () => {
    await page.getByRole('link', { name: 'All flags' }).click();
    await page.getByRole('link', { name: 'Absent from its UPR review' }).click();
    await page.getByRole('button', { name: 'Take under review' }).click();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Give the reason for dismissing this flag.').waitFor();
    await page.getByLabel('Reason (required to dismiss)').fill(DISMISS_REASON);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('The flag is now: Dismissed.').waitFor();
    await page.getByText(DISMISS_REASON).first().waitFor();

    const flags = await flagsOfEritrea();
    expect(flags.map((f) => [f.ruleId, f.status]).sort()).toEqual([
      ['upr_absent_from_review', 'dismissed'],
      ['upr_steps_missed', 'confirmed'],
    ]);
  });
});
