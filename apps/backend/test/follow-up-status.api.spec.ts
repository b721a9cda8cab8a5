import { DataSource } from 'typeorm';
import { StatusEventsService } from '../src/modules/status-events/status-events.service';
import { cast, createFollowUpApp, draftReport, recommendation, step, type Cast, type FollowUpApp } from './follow-up-fixture';

interface Overview {
  asOf: string;
  parties: { party: string; status: string; effectiveOn: string; source: string; public: boolean }[];
  disagreement: { stateStatus: string | null; disagree: boolean; maxGap: number; items: { party: string; partyStatus: string; gap: number; direction: string }[] };
  timeline: { party: string; status: string; public: boolean }[];
  grades: { scale: string; grade: string; meaning: string; assessedOn: string }[];
}

describe('Status as of a date, disagreements and confidentiality of claims (real PostgreSQL)', () => {
  let app: FollowUpApp;
  let c: Cast;
  let rec: number;

  beforeAll(async () => {
    app = await createFollowUpApp('2025-06-02');
    c = await cast(app);
    rec = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 42 });
    // The State reports "fully implemented" for the period to 2025-03-31; OHCHR publishes it.
    let report = await draftReport(c.focalSVN, [{ recommendationId: rec, status: 'fully_implemented' }], { periodTo: '2025-03-31' });
    report = await step(c.focalSVN, report, 'submit');
    report = await step(c.officer, report, 'validate');
    await step(c.officer, report, 'publish');
    // The NGO disagrees in public (published 2025-06-02)…
    app.setToday('2025-05-15');
    const ngo = await c.ngo.http.post('/api/v1/assessments').send({ recommendationId: rec, status: 'not_implemented', narrative: 'Complaints still go unanswered.' });
    app.setToday('2025-06-02');
    await c.officer.http.post(`/api/v1/assessments/${ngo.body.id}/publish`).send({});
    // …and the NHRI in confidence.
    const nhri = await c.nhri.http.post('/api/v1/assessments').send({ recommendationId: rec, status: 'partially_implemented', narrative: 'Source at the ministry says the budget is missing.', confidential: true });
    await c.officer.http.post(`/api/v1/assessments/${nhri.body.id}/publish`).send({});
  });

  afterAll(async () => {
    await app.close();
  });

  const overview = async (agent: { get: (path: string) => { query: (q: object) => PromiseLike<{ status: number; body: Overview }> } }, asOf?: string): Promise<Overview> => {
    const res = await agent.get(`/api/v1/recommendations/${rec}/status`).query(asOf === undefined ? {} : { asOf });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('answers the status per asserting party as of any date', async () => {
    const beforeAnything = await overview(app.anonymous(), '2025-01-01');
    expect(beforeAnything.parties).toEqual([]);
    const afterReport = await overview(app.anonymous(), '2025-04-01');
    expect(afterReport.parties.map((p) => [p.party, p.status, p.effectiveOn, p.source])).toEqual([['state', 'fully_implemented', '2025-03-31', 'state_report']]);
    const today = await overview(app.anonymous());
    expect(today.asOf).toBe('2025-06-02');
    expect(today.parties.map((p) => [p.party, p.status, p.effectiveOn])).toEqual([
      ['state', 'fully_implemented', '2025-03-31'],
      ['ngo', 'not_implemented', '2025-05-15'],
    ]);
  });

  it('shows where independent assessments disagree with the State', async () => {
    const today = await overview(app.anonymous());
    expect(today.disagreement).toEqual({
      stateStatus: 'fully_implemented',
      disagree: true,
      maxGap: 2,
      items: [expect.objectContaining({ party: 'ngo', partyStatus: 'not_implemented', gap: 2, direction: 'state_claims_more' })],
    });
  });

  it('never shows nor counts a confidential claim for State users and the public, but does for OHCHR and its filer', async () => {
    for (const view of [await overview(app.anonymous()), await overview(c.focalSVN.http)]) {
      expect(view.parties.map((p) => p.party)).not.toContain('nhri');
      expect(view.timeline.map((e) => e.party)).not.toContain('nhri');
      expect(view.disagreement.items.map((i) => i.party)).toEqual(['ngo']);
    }
    const officer = await overview(c.officer.http);
    expect(officer.parties.map((p) => [p.party, p.status, p.public])).toEqual([
      ['state', 'fully_implemented', true],
      ['nhri', 'partially_implemented', false],
      ['ngo', 'not_implemented', true],
    ]);
    expect(officer.disagreement.items.map((i) => [i.party, i.gap])).toEqual([['nhri', 1], ['ngo', 2]]);
    const filer = await overview(c.nhri.http);
    expect(filer.parties.map((p) => p.party)).toContain('nhri');
    const otherOrganisation = await overview(c.ngo.http);
    expect(otherOrganisation.parties.map((p) => p.party)).not.toContain('nhri');
  });

  it('keeps unpublished claims to OHCHR and their filer', async () => {
    const draft = await c.ngo.http.post('/api/v1/assessments').send({ recommendationId: rec, status: 'partially_implemented', narrative: 'Some progress since May.' });
    expect(draft.status).toBe(201);
    expect((await overview(app.anonymous())).parties.find((p) => p.party === 'ngo')?.status).toBe('not_implemented');
    expect((await overview(c.ngo.http)).parties.find((p) => p.party === 'ngo')?.status).toBe('partially_implemented');
    expect((await overview(c.officer.http)).parties.find((p) => p.party === 'ngo')?.status).toBe('partially_implemented');
  });

  it('keeps the registry’s current status to claims in force on the application’s today, not the database server’s', async () => {
    const db = app.t.app.get(DataSource);
    const current = async (): Promise<string> => (await db.query(`SELECT current_status FROM recommendation WHERE id = $1`, [rec]))[0].current_status;
    expect(await current()).toBe('fully_implemented');
    // OHCHR's claim dated 2025-09-30: past for the database server, future for the application (2025-06-02).
    const other = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 42 });
    const claim = { recommendationId: other, party: 'ohchr' as const, status: 'partially_implemented' as const, effectiveOn: '2025-09-30', source: 'ohchr' as const, sourceId: null, public: true };
    await db.transaction((manager) => app.t.app.get(StatusEventsService).record(manager, claim));
    const statusOf = async (id: number): Promise<string> => (await db.query(`SELECT current_status FROM recommendation WHERE id = $1`, [id]))[0].current_status;
    expect(await statusOf(other)).toBe('no_information');
    app.setToday('2025-10-01');
    try {
      await db.transaction((manager) => app.t.app.get(StatusEventsService).refreshCurrentStatus(manager, [other]));
      expect(await statusOf(other)).toBe('partially_implemented');
    } finally {
      app.setToday('2025-06-02');
    }
  });

  it('refuses a date that is not one, naming the field', async () => {
    const res = await app.anonymous().get(`/api/v1/recommendations/${rec}/status`).query({ asOf: '2025-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'asOf', reason: 'must be a real calendar date' }]);
    expect((await app.anonymous().get('/api/v1/recommendations/999999/status')).status).toBe(404);
  });

  describe('treaty-body grades', () => {
    let cat: number;

    beforeAll(async () => {
      cat = await recommendation(c.officer, { body: 'CCPR', stateIso3: 'SVN', issuedOn: '2016-04-20' });
    });

    it('records grades of either CCPR scale with their meaning, by OHCHR only', async () => {
      const current = await c.officer.http.post(`/api/v1/recommendations/${cat}/grades`).send({ scale: 'ccpr_2013', grade: 'B', assessedOn: '2018-03-01', sourceDocument: 'CCPR/C/122/3' });
      expect(current.status).toBe(201);
      expect(current.body).toMatchObject({ scale: 'ccpr_2013', grade: 'B', meaning: expect.stringContaining('partially satisfactory') });
      const legacy = await c.officer.http.post(`/api/v1/recommendations/${cat}/grades`).send({ scale: 'ccpr_legacy', grade: 'b1', assessedOn: '2012-03-01' });
      expect(legacy.body).toMatchObject({ scale: 'ccpr_legacy', grade: 'B1' });
      const status = (await app.anonymous().get(`/api/v1/recommendations/${cat}/status`)).body as Overview;
      expect(status.grades.map((g) => [g.scale, g.grade, g.assessedOn])).toEqual([['ccpr_legacy', 'B1', '2012-03-01'], ['ccpr_2013', 'B', '2018-03-01']]);
      expect((await c.focalSVN.http.post(`/api/v1/recommendations/${cat}/grades`).send({ scale: 'ccpr_2013', grade: 'A', assessedOn: '2018-03-01' })).status).toBe(403);
    });

    it('refuses a grade of another scale, and grades of UPR recommendations, naming the field', async () => {
      const wrong = await c.officer.http.post(`/api/v1/recommendations/${cat}/grades`).send({ scale: 'ccpr_2013', grade: 'B1', assessedOn: '2018-03-01' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ field: 'grade', reason: '"B1" is not a grade of the ccpr_2013 scale' }]);
      const upr = await c.officer.http.post(`/api/v1/recommendations/${rec}/grades`).send({ scale: 'ccpr_2013', grade: 'A', assessedOn: '2018-03-01' });
      expect(upr.status).toBe(400);
      expect(upr.body.errors[0].field).toBe('scale');
    });
  });
});
