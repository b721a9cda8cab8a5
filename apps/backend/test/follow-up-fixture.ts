import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { signedIn, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';

/** An app whose clock the test moves (TEST_CLOCK=file:…, honoured with NODE_ENV=test) and whose DATA_DIR is its own. */
export interface FollowUpApp {
  readonly t: TestApp;
  readonly dataDir: string;
  setToday(date: string): void;
  anonymous(): TestAgent;
  close(): Promise<void>;
}

export async function createFollowUpApp(today: string, env: Record<string, string> = {}): Promise<FollowUpApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'follow-up-'));
  const clockFile = join(dataDir, 'clock');
  writeFileSync(clockFile, today);
  const t = await createTestApp({ NODE_ENV: 'test', TEST_CLOCK: `file:${clockFile}`, DATA_DIR: dataDir, OVERDUE_DIGEST_CRON: 'off', ...env });
  return {
    t,
    dataDir,
    setToday: (date) => writeFileSync(clockFile, date),
    anonymous: () => request(t.app.getHttpServer()),
    close: async () => {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The people of a follow-up test: OHCHR, the focal points of Slovenia and Croatia, an NGO and an NHRI monitor. */
export interface Cast {
  readonly officer: SignedIn;
  readonly focalSVN: SignedIn;
  readonly focalHRV: SignedIn;
  readonly ngo: SignedIn;
  readonly nhri: SignedIn;
  readonly ngoId: number;
  readonly nhriId: number;
}

export async function cast(app: FollowUpApp): Promise<Cast> {
  const officer = await signedIn(app.t, { role: 'ohchr_officer' });
  const ngoId = (await officer.http.post('/api/v1/stakeholders').send({ name: 'Witness Watch', kind: 'ngo', stateIso3: 'SVN' })).body.id as number;
  const nhriId = (await officer.http.post('/api/v1/stakeholders').send({ name: 'Human Rights Ombudsman', kind: 'nhri', stateIso3: 'SVN' })).body.id as number;
  return {
    officer,
    focalSVN: await signedIn(app.t, { role: 'state_focal_point', stateIso3: 'SVN' }),
    focalHRV: await signedIn(app.t, { role: 'state_focal_point', stateIso3: 'HRV' }),
    ngo: await signedIn(app.t, { role: 'ngo_monitor', organisationId: ngoId }),
    nhri: await signedIn(app.t, { role: 'ngo_monitor', organisationId: nhriId }),
    ngoId,
    nhriId,
  };
}

/** A recommendation recorded by OHCHR; returns its id. */
export async function recommendation(officer: SignedIn, fields: Record<string, unknown>): Promise<number> {
  const res = await officer.http.post('/api/v1/recommendations').send({ text: `Recommendation ${Math.random().toString(36).slice(2)}`, ...fields });
  if (res.status !== 201) throw new Error(`recommendation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}

/** A report drafted by a focal point; returns the created report body. */
export async function draftReport(focal: SignedIn, items: { recommendationId: number; status: string }[], fields: Record<string, unknown> = {}): Promise<{ id: number; version: number; status: string }> {
  const res = await focal.http.post('/api/v1/reports').send({
    title: 'Mid-term implementation report',
    narrative: 'The Police Act was amended.',
    measuresTaken: 'New complaints procedure.',
    periodFrom: '2023-01-01',
    periodTo: '2025-03-31',
    items,
    ...fields,
  });
  if (res.status !== 201) throw new Error(`draftReport: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Moves a report through the workflow; returns the report after the last step. */
export async function step(who: SignedIn, report: { id: number; version: number }, action: string, comments?: string): Promise<{ id: number; version: number; status: string }> {
  const res = await who.http.post(`/api/v1/reports/${report.id}/transitions`).send({ action, version: report.version, ...(comments === undefined ? {} : { comments }) });
  if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
