import { parse } from 'csv-parse/sync';
import * as iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { createAdministrator, signIn, signInWithBrowser, type Account } from './support/accounts';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, screenshot } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const HEADER = ['To', 'To-Rgrp', 'To-Org', 'Text', 'From', 'From-Rgrp', 'From-Org', 'Response', 'Action', 'Issue', 'Session'];
const ROWS = [
  ["Côte d'Ivoire", 'Africa', 'AU', 'Ratify the Optional Protocol to the Convention against Torture', 'France', 'WEOG', 'EU', 'Accepted', '5', 'Detention', '12'],
  ["Côte d'Ivoire", 'Africa', 'AU', 'Ratify the Optional Protocol to the Convention against Torture', 'Germany', 'WEOG', 'EU', 'Accepted', '5', 'Detention', '12'],
  ["Côte d'Ivoire", 'Africa', 'AU', 'Abolish the death penalty', 'Spain', 'WEOG', 'EU', 'Noted', '5', 'Death penalty', '12'],
  ['Narnia', 'Africa', 'AU', 'Hold free elections', 'France', 'WEOG', 'EU', 'Accepted', '4', 'Elections', '12'],
  ['Chile', 'GRULAC', 'OAS', 'Adopt a law against discrimination', 'Peru', 'GRULAC', 'OAS', 'Accepted', '4', 'Racial discrimination', '5'],
];

/** A small UPR Info export as UPR Info writes it: MacRoman, classic-Mac CR line ends, with a bad State name on line 5. */
function uprInfoCsv(): Buffer {
  const line = (cells: string[]): string => cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  return iconv.encode([HEADER, ...ROWS].map(line).join('\r'), 'macintosh');
}

/** axe-core on the page content (the shared header and footer are checked by their own specs). */
async function seriousViolationsInMain(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('#main-content').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return (await readFile(path)).toString('utf8');
}

describe('Importing a file and exporting what was filtered, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let officer: Account;

  beforeAll(async () => {
    server = await startServer();
    officer = await createAdministrator(server, 'importer@ohchr.example', 'imports are checked row by row');
    // The first sign-in through the API enrols the second factor; the browser signs in with it below.
    await signIn(server, officer);
    browser = await launchBrowser();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signInWithBrowser(page, server, officer);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads a UPR Info CSV through the page, shows the progress to completion and the row report', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);

    await page.getByLabel('File to import').setInputFiles({ name: 'upr-info-small.csv', mimeType: 'text/csv', buffer: uprInfoCsv() });
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    await page.locator('[role="progressbar"][aria-valuenow="100"]').waitFor();
    await expect(bar.getAttribute('aria-valuetext')).resolves.toMatch(/^100% — 5 of 5 rows · [\d,]+ rows\/s · 1 error$/);
    await page.getByRole('status').filter({ hasText: 'Import of upr-info-small.csv completed.' }).waitFor();

    const summary = await page.locator('.summary').innerText();
    expect(summary).toMatch(/Rows read\s+5/);
    expect(summary).toMatch(/Recommendations created\s+3/);
    expect(summary).toMatch(/Recommending-State links\s+4/);
    expect(summary).toMatch(/Rows rejected\s+1/);

    const report = page.getByRole('table', { name: 'Row report' });
    await report.waitFor();
    const cells = await report.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells).toEqual(['5', 'To', "unknown State name 'Narnia'", 'Error']);
    await screenshot(page, 'imports-completed');
    await expect(seriousViolationsInMain(page)).resolves.toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^import-\d+-report\.csv$/);
    expect(parse(await downloaded(download))).toEqual([
      ['Row', 'Column', 'Reason', 'Severity'],
      ['5', 'To', "unknown State name 'Narnia'", 'error'],
    ]);

    const list = page.getByRole('table', { name: 'Recent imports' });
    await expect(list.locator('tbody tr').first().innerText()).resolves.toContain('upr-info-small.csv');
  });

  it('filters the explorer and downloads exactly the filtered recommendations as CSV', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explorer' }).click();
    await page.getByRole('status').filter({ hasText: '3 recommendations found' }).waitFor();
    await page.getByRole('checkbox', { name: /Côte d.Ivoire/ }).first().check();
    await page.getByRole('status').filter({ hasText: '2 recommendations found' }).waitFor();

    const csvLink = page.getByRole('link', { name: 'CSV', exact: true });
    await expect(csvLink.getAttribute('href')).resolves.toBe('/api/v1/recommendations/export.csv?state=CIV');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    const text = await downloaded(download);
    const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['Countries Concerned'], r['Text'], r['UPR Position'], r['UPR Recommending States']]).sort()).toEqual([
      ["Côte d'Ivoire", 'Abolish the death penalty', 'Noted', 'Spain'],
      ["Côte d'Ivoire", 'Ratify the Optional Protocol to the Convention against Torture', 'Supported', 'France\nGermany'],
    ]);
    expect(rows.every((r) => r['Response History']?.includes('UPR Info database export'))).toBe(true);

    const xlsxLink = page.getByRole('link', { name: 'Excel (XLSX)' });
    const [workbook] = await Promise.all([page.waitForEvent('download'), xlsxLink.click()]);
    expect(workbook.suggestedFilename()).toMatch(/^recommendations-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect((await readFile(await workbook.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
