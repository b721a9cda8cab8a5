import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { STATES } from '@tracker/domain';
import { SweepService } from '../src/modules/flags/sweep.service';
import { JobName, QueueName } from '../src/queue/jobs';
import { QueueService } from '../src/queue/queue.service';
import { signedIn, type SignedIn } from './accounts';
import { flagMap, flagSnapshot, sweepAndWait, waitForSweep } from './cooperation-sweep';
import { TEST_REDIS_URL } from './queues';
import { createTestApp, type TestApp } from './test-app';

const MEMBERS = STATES.filter((s) => s.unMember).map((s) => s.iso3);
const AS_OF = '2026-11-15';

/** Eritrea: absent from its review, three steps missed, named in two consecutive reprisals reports. */
const ERITREA = {
  review: { stateIso3: 'ERI', session: 47, reviewDate: '2024-11-04', nationalReport: 'missed', troika: 'missed', interactiveDialogue: 'missed', responses: 'missed', midTermReport: 'pending' },
  reprisals: [2025, 2026],
};

/** Croatia: a visit request unanswered after a reminder, a report overdue for 11 years, two D rounds, an E, responses missing at adoption. */
async function enterCroatia(officer: SignedIn): Promise<Record<string, number>> {
  const ok = async (path: string, body: object): Promise<number> => {
    const res = await officer.http.post(`/api/v1/cooperation/${path}`).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  const ids: Record<string, number> = {};
  ids['invitation'] = await ok('standing-invitations', { stateIso3: 'HRV', extendedOn: '2003-05-01' });
  ids['visit'] = await ok('visit-requests', { stateIso3: 'HRV', mandate: 'SR on torture', history: [{ status: 'requested', on: '2021-01-10' }, { status: 'reminder', on: '2022-01-10' }] });
  ids['report'] = await ok('treaty-reports', { stateIso3: 'HRV', body: 'CCPR', reportType: 'periodic', dueOn: '2015-09-01' });
  ids['d1'] = await ok('follow-up-grades', { stateIso3: 'HRV', body: 'CCPR', assessedOn: '2022-07-20', paragraph: '10', scale: 'ccpr_2013', grade: 'D' });
  ids['d2'] = await ok('follow-up-grades', { stateIso3: 'HRV', body: 'CCPR', assessedOn: '2025-03-28', paragraph: '10', scale: 'ccpr_2013', grade: 'D' });
  ids['e'] = await ok('follow-up-grades', { stateIso3: 'HRV', body: 'CAT', assessedOn: '2025-05-10', paragraph: '14', scale: 'ccpr_2013', grade: 'E' });
  // Adopted without response counts: the sweep counts the registry's UPR recommendations of the session.
  ids['review'] = await ok('upr-participation', { stateIso3: 'HRV', session: 44, reviewDate: '2023-11-08', nationalReport: 'done', troika: 'done', interactiveDialogue: 'done', responses: 'done', midTermReport: 'pending', adoptedOn: '2024-03-28' });
  // An earlier review, adopted with every recommendation unanswered: the rule reads the latest adopted review only.
  ids['olderReview'] = await ok('upr-participation', { stateIso3: 'HRV', session: 30, reviewDate: '2018-05-14', nationalReport: 'done', troika: 'done', interactiveDialogue: 'done', responses: 'done', midTermReport: 'done', adoptedOn: '2018-09-20' });
  const older = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'HRV', session: 30, text: 'Strengthen the equality body' });
  if (older.status !== 201) throw new Error(`recommendation: ${older.status} ${JSON.stringify(older.body)}`);
  for (const [text, response] of [['Ratify OP-CAT fully', { response: 'supported', respondedOn: '2024-03-01' }], ['Adopt a law on the ombudsperson', null]] as const) {
    const rec = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'HRV', session: 44, text, ...(response ? { response } : {}) });
    if (rec.status !== 201) throw new Error(`recommendation: ${rec.status} ${JSON.stringify(rec.body)}`);
  }
  return ids;
}

describe.each(['redis', 'postgres'] as const)('Non-cooperation sweep through the real queue on %s', (backend) => {
  const prefix = `test-coop-${randomBytes(4).toString('hex')}`;
  let t: TestApp;
  let officer: SignedIn;
  let follower: SignedIn;
  let monitor: SignedIn;
  let eritreaIds: { review: number; reprisals: number[] };
  let croatia: Record<string, number>;

  beforeAll(async () => {
    t = await createTestApp({ COOPERATION_SWEEP_CRON: 'off', ...(backend === 'redis' ? { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix } : {}) });
    expect(t.app.get(QueueService).backend).toBe(backend);
    officer = await signedIn(t, { role: 'ohchr_officer' });
    follower = await signedIn(t, { role: 'ohchr_officer', displayName: 'Follows Eritrea' });
    monitor = await signedIn(t, { role: 'state_focal_point', stateIso3: 'ERI' });
    const review = await officer.http.post('/api/v1/cooperation/upr-participation').send(ERITREA.review);
    const reprisals = await Promise.all(ERITREA.reprisals.map((y) => officer.http.post('/api/v1/cooperation/reprisals-mentions').send({ stateIso3: 'ERI', reportYear: y, symbol: `A/HRC/${y - 1966}/1` })));
    // Created concurrently: their ids are in no particular order; the evidence query sorts them.
    eritreaIds = { review: review.body.id, reprisals: reprisals.map((r) => r.body.id as number).sort((a, b) => a - b) };
    croatia = await enterCroatia(officer);
    // Slovenia cooperates on every count.
    await officer.http.post('/api/v1/cooperation/upr-participation').send({ stateIso3: 'SVN', session: 48, reviewDate: '2025-01-28', nationalReport: 'done', troika: 'done', interactiveDialogue: 'done', responses: 'done', midTermReport: 'pending', adoptedOn: '2025-07-03', recommendationsCount: 254, withoutResponseCount: 0 });
    await officer.http.post('/api/v1/cooperation/standing-invitations').send({ stateIso3: 'SVN', extendedOn: '2003-01-01' });
    await officer.http.post('/api/v1/cooperation/communications').send({ stateIso3: 'SVN', reference: 'AL SVN 1/2025', type: 'allegation_letter', sentOn: '2025-04-01', repliedOn: '2025-05-20' });
    // Timor-Leste has a standing invitation and only asked the Voluntary Fund for assistance.
    await officer.http.post('/api/v1/cooperation/standing-invitations').send({ stateIso3: 'TLS', extendedOn: '2009-01-01' });
    await t.app.get(DataSource).query(
      `INSERT INTO assistance_request (state_iso3, activity_type, channel, status, submitted_on, created_by, version)
       VALUES ('TLS', 'national_capacity_and_expertise', 'ohchr_regional_office', 'submitted', '2026-06-01', $1, 1), ('TLS', 'good_practice_exchange', 'resident_coordinator', 'draft', NULL, $1, 1)`,
      [officer.id],
    );
    const db = t.app.get(DataSource);
    for (const person of [follower, monitor]) await db.query(`INSERT INTO subscription (user_id, kind, target) VALUES ($1, 'state', 'ERI')`, [person.id]);
  }, 120_000);

  afterAll(async () => {
    await t.close();
    if (backend === 'redis') {
      const redis = new IORedis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  it('evaluates all 193 Member States and raises exactly the expected flags with their evidence', async () => {
    const sweep = await sweepAndWait(officer, { asOf: AS_OF });
    expect(sweep).toMatchObject({ total: 193, done: 193, failed: 0, running: false, windowKey: '2026-Q4' });

    const expected: Record<string, string> = {};
    // Without a standing invitation in force, every State gets the (low) flag: all but Croatia, Slovenia, Timor-Leste.
    for (const iso3 of MEMBERS.filter((s) => !['HRV', 'SVN', 'TLS'].includes(s))) expected[`${iso3} sp_no_standing_invitation`] = 'low';
    Object.assign(expected, {
      'ERI upr_steps_missed': 'high',
      'ERI upr_absent_from_review': 'high',
      'ERI reprisals_named_consecutively': 'high',
      'HRV sp_visit_requests_unanswered': 'medium',
      'HRV treaty_reports_overdue': 'high',
      'HRV treaty_grade_d': 'high',
      'HRV treaty_grade_e': 'medium',
      'HRV upr_recommendations_without_response': 'medium',
    });
    expect(await flagMap(t.app)).toEqual(expected);

    const evidence: { state_iso3: string; rule_id: string; kinds: string[]; ids: number[] }[] = await t.app.get(DataSource).query(
      `SELECT f.state_iso3, f.rule_id, array_agg(e.record_kind ORDER BY e.record_id) AS kinds, array_agg(e.record_id ORDER BY e.record_id) AS ids
         FROM cooperation_flag f JOIN cooperation_flag_window w ON w.flag_id = f.id JOIN cooperation_flag_evidence e ON e.flag_window_id = w.id
        WHERE f.state_iso3 IN ('ERI', 'HRV') GROUP BY f.state_iso3, f.rule_id ORDER BY f.state_iso3, f.rule_id`,
    );
    expect(evidence).toEqual([
      { state_iso3: 'ERI', rule_id: 'reprisals_named_consecutively', kinds: ['reprisals_mention', 'reprisals_mention'], ids: eritreaIds.reprisals },
      { state_iso3: 'ERI', rule_id: 'upr_absent_from_review', kinds: ['upr_review'], ids: [eritreaIds.review] },
      { state_iso3: 'ERI', rule_id: 'upr_steps_missed', kinds: ['upr_review'], ids: [eritreaIds.review] },
      { state_iso3: 'HRV', rule_id: 'sp_visit_requests_unanswered', kinds: ['visit_request'], ids: [croatia['visit']] },
      { state_iso3: 'HRV', rule_id: 'treaty_grade_d', kinds: ['follow_up_grade', 'follow_up_grade'], ids: [croatia['d1'], croatia['d2']] },
      { state_iso3: 'HRV', rule_id: 'treaty_grade_e', kinds: ['follow_up_grade'], ids: [croatia['e']] },
      { state_iso3: 'HRV', rule_id: 'treaty_reports_overdue', kinds: ['treaty_report'], ids: [croatia['report']] },
      { state_iso3: 'HRV', rule_id: 'upr_recommendations_without_response', kinds: ['upr_review'], ids: [croatia['review']] },
    ]);

    const flag = await officer.http.get('/api/v1/flags').query({ state: 'HRV', rule: 'upr_recommendations_without_response' });
    const detail = await officer.http.get(`/api/v1/flags/${flag.body.items[0].id}`);
    expect(detail.body.windows[0].explanation).toMatch(/^1 of 2 recommendations \(50\.0%\) without a response at the adoption on 2024-03-28/);
    expect(detail.body.windows[0].evidence).toEqual([
      { kind: 'upr_review', id: croatia['review'], label: 'UPR review of 2023-11-08 (cycle 4, session 44): no step missed; adopted 2024-03-28', date: '2023-11-08', archived: false },
    ]);
    expect(detail.body.events).toEqual([expect.objectContaining({ actor: 'Rule sweep', action: 'raised', fromStatus: null, toStatus: 'open', windowKey: '2026-Q4' })]);
  });

  it('tells the OHCHR officers who follow a State, once per flag raised, and nobody else', async () => {
    const notices: { user_id: string; title: string; payload: { ruleId: string } }[] = await t.app
      .get(DataSource)
      .query(`SELECT user_id, title, payload FROM notification WHERE kind = 'cooperation_flag' ORDER BY payload->>'ruleId'`);
    expect(notices.map((n) => [n.user_id, n.payload.ruleId])).toEqual([
      [follower.id, 'reprisals_named_consecutively'],
      [follower.id, 'sp_no_standing_invitation'],
      [follower.id, 'upr_absent_from_review'],
      [follower.id, 'upr_steps_missed'],
    ]);
    expect(notices[0]?.title).toBe('Eritrea: new non-cooperation flag for review');
  });

  it('changes nothing when the same window is evaluated again', async () => {
    const before = await flagSnapshot(t.app);
    const again = await sweepAndWait(officer, { asOf: AS_OF });
    expect(again).toMatchObject({ done: 193, failed: 0 });
    expect(await flagSnapshot(t.app)).toEqual(before);
  });

  it('makes a flag persistent when the rule fires in K = 2 consecutive windows', async () => {
    await sweepAndWait(officer, { asOf: '2026-08-15', stateIso3: 'ERI' });
    await sweepAndWait(officer, { asOf: AS_OF, stateIso3: 'ERI' });
    const flags = await officer.http.get('/api/v1/flags').query({ state: 'ERI', persistent: 'true' });
    expect(flags.body.items.map((f: { ruleId: string; firstSeenWindow: string; lastSeenWindow: string }) => [f.ruleId, f.firstSeenWindow, f.lastSeenWindow]).sort()).toEqual([
      ['reprisals_named_consecutively', '2026-Q3', '2026-Q4'],
      ['sp_no_standing_invitation', '2026-Q3', '2026-Q4'],
      ['upr_absent_from_review', '2026-Q3', '2026-Q4'],
      ['upr_steps_missed', '2026-Q3', '2026-Q4'],
    ]);
    expect((await officer.http.get('/api/v1/flags').query({ state: 'HRV', persistent: 'true' })).body.items).toEqual([]);
  });

  it('withdraws this window’s firing when the records are corrected, and deletes a flag nobody reviewed', async () => {
    await officer.http.patch(`/api/v1/cooperation/visit-requests/${croatia['visit']}`).send({
      version: 1,
      history: [{ status: 'requested', on: '2021-01-10' }, { status: 'reminder', on: '2022-01-10' }, { status: 'accepted', on: '2022-03-01' }],
    });
    await sweepAndWait(officer, { asOf: AS_OF, stateIso3: 'HRV' });
    expect(Object.keys(await flagMap(t.app)).filter((k) => k.startsWith('HRV'))).not.toContain('HRV sp_visit_requests_unanswered');
  });

  it('lets an officer take a flag under review and confirm it, or dismiss it with a reason; a re-run keeps the decision', async () => {
    const list = await officer.http.get('/api/v1/flags').query({ state: 'HRV' });
    const byRule = new Map<string, { id: number; version: number }>(list.body.items.map((f: { ruleId: string; id: number; version: number }) => [f.ruleId, f]));
    const grade = byRule.get('treaty_grade_d');
    const report = byRule.get('treaty_reports_overdue');
    if (!grade || !report) throw new Error('flags missing');

    const started = await officer.http.post(`/api/v1/flags/${grade.id}/review`).send({ action: 'start_review', version: grade.version });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'under_review', actions: ['confirm', 'dismiss'] });
    const confirmed = await officer.http.post(`/api/v1/flags/${grade.id}/review`).send({ action: 'confirm', version: started.body.version });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', actions: [] });

    const reviewing = await officer.http.post(`/api/v1/flags/${report.id}/review`).send({ action: 'start_review', version: report.version });
    const noReason = await officer.http.post(`/api/v1/flags/${report.id}/review`).send({ action: 'dismiss', version: reviewing.body.version, reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', reason: 'is required to dismiss a flag' }]);
    const stale = await officer.http.post(`/api/v1/flags/${report.id}/review`).send({ action: 'dismiss', version: report.version, reason: 'x' });
    expect(stale.status).toBe(409);
    const dismissed = await officer.http.post(`/api/v1/flags/${report.id}/review`).send({ action: 'dismiss', version: reviewing.body.version, reason: 'Report submitted in 2026, registration pending' });
    expect(dismissed.body).toMatchObject({ status: 'dismissed', reviewReason: 'Report submitted in 2026, registration pending' });
    expect(dismissed.body.events.map((e: { action: string }) => e.action)).toEqual(['raised', 'start_review', 'dismiss']);
    const outOfOrder = await officer.http.post(`/api/v1/flags/${report.id}/review`).send({ action: 'confirm', version: dismissed.body.version });
    expect(outOfOrder.status).toBe(409);

    const admin = await signedIn(t, { role: 'administrator' });
    expect((await admin.http.post(`/api/v1/flags/${report.id}/review`).send({ action: 'start_review', version: dismissed.body.version })).status).toBe(403);
    expect((await admin.http.get(`/api/v1/flags/${report.id}`)).body.actions).toEqual([]);
    expect((await monitor.http.get(`/api/v1/flags/${report.id}`)).status).toBe(403);

    // The sweep of the same window leaves both decisions as they are (a later window would reopen the dismissed one).
    await sweepAndWait(officer, { asOf: AS_OF, stateIso3: 'HRV' });
    expect((await officer.http.get(`/api/v1/flags/${grade.id}`)).body.status).toBe('confirmed');
    expect((await officer.http.get(`/api/v1/flags/${report.id}`)).body.status).toBe('dismissed');
    const audit: { action: string }[] = await t.app.get(DataSource).query(`SELECT action FROM audit_log WHERE entity_type = 'cooperation_flag' AND entity_id = $1 ORDER BY id`, [String(report.id)]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('opens the scheduled sweep once per job, however often the fan-out job runs', async () => {
    const sweeps = t.app.get(SweepService);
    const first = await sweeps.fanOut(null, `repeat:cooperation-sweep:${backend}`);
    const retry = await sweeps.fanOut(null, `repeat:cooperation-sweep:${backend}`);
    expect(retry).toEqual(first);
    expect(first.states).toBe(193);
    const done = await waitForSweep(officer, first.sweepId);
    expect(done).toMatchObject({ total: 193, done: 193 });
    expect((await t.app.get(QueueService).counts(QueueName.Cooperation)).failed).toBe(0);
  });

  it('refuses bad requests for an evaluation with 4xx naming the field', async () => {
    const future = await officer.http.post('/api/v1/flags/evaluate').send({ asOf: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'asOf' });
    const unknown = await officer.http.post('/api/v1/flags/evaluate').send({ stateIso3: 'XXX' });
    expect(unknown.body.errors).toEqual([{ field: 'stateIso3', reason: 'unknown State XXX' }]);
    const bad = await officer.http.post('/api/v1/flags/evaluate').send({ asOf: '2026-02-30' });
    expect(bad.body.errors).toEqual([{ field: 'asOf', reason: 'must be a calendar date written YYYY-MM-DD' }]);
    expect((await follower.http.get('/api/v1/flags').query({ status: 'closed' })).status).toBe(400);
    expect((await monitor.http.post('/api/v1/flags/evaluate').send({})).status).toBe(403);
  });
});

describe('The scheduled sweep and the queue dashboard (real Redis)', () => {
  const prefix = `test-coop-sched-${randomBytes(4).toString('hex')}`;
  const apps: TestApp[] = [];
  const env = { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix };

  afterAll(async () => {
    for (const t of apps) await t.close();
    const redis = new IORedis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('registers the sweep once with a job scheduler, however many processes start; a new cron replaces it; off removes it', async () => {
    const first = await createTestApp({ ...env, COOPERATION_SWEEP_CRON: '0 3 * * *' });
    apps.push(first);
    apps.push(await createTestApp({ ...env, COOPERATION_SWEEP_CRON: '0 3 * * *' }));
    const schedulers = (): Promise<{ id: string; cron: string | null }[]> => first.app.get(QueueService).schedulers(QueueName.Cooperation);
    expect((await schedulers()).map((s) => [s.id, s.cron])).toEqual([['cooperation-sweep', '0 3 * * *']]);
    apps.push(await createTestApp({ ...env, COOPERATION_SWEEP_CRON: '30 2 * * 1' }));
    expect((await schedulers()).map((s) => [s.id, s.cron])).toEqual([['cooperation-sweep', '30 2 * * 1']]);
    // An API-only replica leaves the schedule to the workers.
    apps.push(await createTestApp({ ...env, PROCESS_ROLE: 'api', COOPERATION_SWEEP_CRON: 'off' }));
    expect(await schedulers()).toHaveLength(1);
    apps.push(await createTestApp({ ...env, COOPERATION_SWEEP_CRON: 'off' }));
    expect(await schedulers()).toEqual([]);
  });

  it('fails a job that can never succeed at once, without retries, and shows it on the administrators’ dashboard', async () => {
    const t = apps[0];
    if (!t) throw new Error('no app');
    const queues = t.app.get(QueueService);
    await queues.enqueue(JobName.EvaluateState, { sweepId: 999_999, stateIso3: 'SVN', windowKey: '2026-Q4' });
    const deadline = Date.now() + 30_000;
    while ((await queues.counts(QueueName.Cooperation)).failed === 0) {
      if (Date.now() > deadline) throw new Error('the job did not fail');
      await new Promise((r) => setTimeout(r, 100));
    }
    const admin = await signedIn(t, { role: 'administrator' });
    const dashboard = await admin.http.get('/api/v1/admin/queues');
    expect(dashboard.status).toBe(200);
    const cooperation = dashboard.body.queues.find((q: { name: string }) => q.name === 'cooperation');
    expect(cooperation.recentFailures).toEqual([
      expect.objectContaining({ id: 'evaluate-SVN-2026-Q4-sweep-999999', name: 'cooperation-evaluate-state', reason: 'Sweep 999999 does not exist', attempts: 1 }),
    ]);
    expect(dashboard.body.backend).toBe('redis');
  });
});
