import { DataSource } from 'typeorm';
import { computeDeadlines, DEFAULT_DEADLINE_SETTINGS, overdueItems, type QualifyingReport, type RecommendationContext } from '@tracker/domain';
import { cast, createFollowUpApp, draftReport, recommendation, step, type Cast, type FollowUpApp } from './follow-up-fixture';

interface Deadline {
  kind: string;
  dueOn: string;
  milestone: boolean;
  metOn: string | null;
  overdue: boolean;
  daysLate: number | null;
  basis: string;
}

interface OverduePage {
  asOf: string;
  total: number;
  items: { recommendationId: number; stateIso3: string; deadline: string; dueOn: string; daysLate: number }[];
}

describe('Deadlines, their recomputation and the overdue monitor, with a controlled clock (real PostgreSQL)', () => {
  let app: FollowUpApp;
  let c: Cast;

  beforeAll(async () => {
    app = await createFollowUpApp('2025-06-02');
    c = await cast(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const deadlines = async (id: number): Promise<Record<string, Deadline>> => {
    const res = await app.anonymous().get(`/api/v1/recommendations/${id}/deadlines`);
    expect(res.status).toBe(200);
    return Object.fromEntries((res.body as Deadline[]).map((d) => [d.kind, d]));
  };

  describe('recomputation when an input changes', () => {
    it('computes the UPR deadlines from the session, and meets the response deadline once a response is recorded', async () => {
      const id = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 42 });
      let d = await deadlines(id);
      expect(Object.keys(d)).toEqual(['upr_response', 'upr_mid_term_report', 'upr_next_review']);
      expect(d['upr_response']).toMatchObject({ dueOn: '2023-05-23', overdue: true, daysLate: 741, metOn: null });
      expect(d['upr_next_review']).toMatchObject({ dueOn: '2027-07-23', milestone: true, overdue: false });
      expect(d['upr_response']?.basis).toContain('HRC res 5/1');

      await c.officer.http.post(`/api/v1/recommendations/${id}/responses`).send({ response: 'supported', respondedOn: '2023-05-01' });
      d = await deadlines(id);
      expect(d['upr_response']).toMatchObject({ metOn: '2023-05-01', overdue: false, daysLate: null });
    });

    it('follows a new review date and the adoption date recorded for the State’s review', async () => {
      const id = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 43 });
      const before = await deadlines(id);
      expect(before['upr_mid_term_report']?.dueOn).toBe('2025-11-01');
      await app.t.app.get(DataSource).query(
        `INSERT INTO upr_participation (state_iso3, cycle, session, review_date, adopted_on, national_report, troika, interactive_dialogue, responses, mid_term_report, version)
         VALUES ('SVN', 4, 43, '2023-05-10', '2023-09-29', 'done', 'done', 'done', 'done', 'pending', 1)`,
      );
      const after = await deadlines(id);
      expect(after['upr_response']).toMatchObject({ dueOn: '2023-09-29' });
      expect(after['upr_mid_term_report']).toMatchObject({ dueOn: '2025-11-10' });
    });

    it('follows a corrected date of the concluding observations, and a graded follow-up report meets the deadline', async () => {
      const id = await recommendation(c.officer, { body: 'CAT', stateIso3: 'SVN', issuedOn: '2024-05-10' });
      expect((await deadlines(id))['treaty_follow_up_report']).toMatchObject({ dueOn: '2025-05-10', overdue: true, daysLate: 23 });
      const current = (await c.officer.http.get(`/api/v1/recommendations/${id}`)).body as { version: number };
      expect((await c.officer.http.patch(`/api/v1/recommendations/${id}`).send({ version: current.version, issuedOn: '2024-11-22' })).status).toBe(200);
      expect((await deadlines(id))['treaty_follow_up_report']).toMatchObject({ dueOn: '2025-11-22', overdue: false });
      app.setToday('2025-12-01');
      expect((await deadlines(id))['treaty_follow_up_report']).toMatchObject({ overdue: true, daysLate: 9 });
      await c.officer.http.post(`/api/v1/recommendations/${id}/grades`).send({ scale: 'implementation', grade: 'partially_implemented', assessedOn: '2025-11-28' });
      expect((await deadlines(id))['treaty_follow_up_report']).toMatchObject({ overdue: false, metOn: '2025-11-28' });
      app.setToday('2025-06-02');
    });

    it('counts an implementation report while it is submitted, not once returned', async () => {
      const id = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 41 });
      app.setToday('2025-06-02');
      let report = await draftReport(c.focalSVN, [{ recommendationId: id, status: 'partially_implemented' }]);
      expect((await deadlines(id))['upr_mid_term_report']?.metOn).toBeNull();
      report = await step(c.focalSVN, report, 'submit');
      expect((await deadlines(id))['upr_mid_term_report']?.metOn).toBe('2025-06-02');
      await step(c.officer, report, 'return', 'Give figures.');
      expect((await deadlines(id))['upr_mid_term_report']?.metOn).toBeNull();
    });
  });

  describe('the overdue list', () => {
    let kenya: { id: number; context: RecommendationContext }[];
    let respondedOn: Map<number, string>;

    beforeAll(async () => {
      // Kenya: four UPR recommendations of session 42 (review 2023-01-23), a CAT one and a CEDAW one.
      const make = async (fields: Record<string, unknown>, context: RecommendationContext): Promise<{ id: number; context: RecommendationContext }> => ({ id: await recommendation(c.officer, { stateIso3: 'KEN', ...fields }), context });
      kenya = [
        await make({ body: 'UPR', session: 42, themes: ['follow-up-to-upr'] }, { mechanism: 'upr', reviewDate: '2023-01-23', adoptionDate: null }),
        await make({ body: 'UPR', session: 42 }, { mechanism: 'upr', reviewDate: '2023-01-23', adoptionDate: null }),
        await make({ body: 'CAT', issuedOn: '2024-05-10' }, { mechanism: 'treaty_body', body: 'CAT', concludingObservationsOn: '2024-05-10' }),
        await make({ body: 'CEDAW', issuedOn: '2023-02-20', themes: ['follow-up-to-upr'] }, { mechanism: 'treaty_body', body: 'CEDAW', concludingObservationsOn: '2023-02-20' }),
      ];
      respondedOn = new Map([[kenya[1]?.id ?? 0, '2023-05-05']]);
      await c.officer.http.post(`/api/v1/recommendations/${kenya[1]?.id}/responses`).send({ response: 'noted', respondedOn: '2023-05-05' });
    });

    const list = async (query: Record<string, unknown>): Promise<OverduePage> => {
      const res = await app.anonymous().get('/api/v1/overdue').query(query);
      expect(res.status).toBe(200);
      return res.body;
    };

    it('is exactly what the domain rules say is overdue, on each day the clock is set to', async () => {
      let listed = 0;
      for (const today of ['2023-05-23', '2023-05-24', '2024-06-01', '2025-05-11', '2025-07-24', '2026-02-21', '2027-08-01']) {
        app.setToday(today);
        const expected = overdueItems(
          kenya.flatMap(({ id, context }) => {
            const reports: QualifyingReport[] = respondedOn.has(id) ? [{ id: 'r', kind: 'upr_responses', submittedOn: respondedOn.get(id) ?? '' }] : [];
            return computeDeadlines(context, DEFAULT_DEADLINE_SETTINGS).map((deadline) => ({ ref: id, deadline, reports }));
          }),
          today,
        ).map((item) => ({ recommendationId: item.ref, deadline: item.deadline.kind, dueOn: item.deadline.dueOn, daysLate: item.daysLate }));
        const page = await list({ state: 'KEN', limit: 200 });
        expect(page.asOf).toBe(today);
        expect(page.items.map(({ recommendationId, deadline, dueOn, daysLate }) => ({ recommendationId, deadline, dueOn, daysLate }))).toEqual(expected);
        expect(page.total).toBe(expected.length);
        listed += expected.length;
      }
      // Not a comparison of empty lists: the dates span every kind of deadline falling due.
      expect(listed).toBeGreaterThanOrEqual(15);
    });

    it('is not overdue on the due day, and is the day after', async () => {
      app.setToday('2025-07-23');
      expect((await list({ state: 'KEN', deadline: 'upr_mid_term_report' })).total).toBe(0);
      app.setToday('2025-07-24');
      const page = await list({ state: 'KEN', deadline: 'upr_mid_term_report' });
      expect(page.items.map((i) => [i.recommendationId, i.daysLate])).toEqual([[kenya[0]?.id, 1], [kenya[1]?.id, 1]]);
    });

    it('filters by State, mechanism, theme and lateness, and sorts by lateness either way', async () => {
      app.setToday('2025-08-01');
      const all = await list({ state: 'KEN' });
      expect(all.items.map((i) => i.daysLate)).toEqual([...all.items.map((i) => i.daysLate)].sort((a, b) => b - a));
      const least = await list({ state: 'KEN', sort: 'least_late' });
      expect(least.items.map((i) => i.daysLate)).toEqual([...all.items.map((i) => i.daysLate)].reverse());
      expect((await list({ state: 'KEN', mechanism: 'treaty_body' })).items.every((i) => [kenya[2]?.id, kenya[3]?.id].includes(i.recommendationId))).toBe(true);
      expect(new Set((await list({ state: 'KEN', theme: 'follow-up-to-upr' })).items.map((i) => i.recommendationId))).toEqual(new Set([kenya[0]?.id, kenya[3]?.id]));
      const late = await list({ state: 'KEN', minDaysLate: 365 });
      expect(late.items.length).toBeGreaterThan(0);
      expect(late.items.every((i) => i.daysLate >= 365)).toBe(true);
      const recent = await list({ state: 'KEN', maxDaysLate: 100 });
      expect(recent.items.every((i) => i.daysLate <= 100)).toBe(true);
      expect(recent.total + late.total).toBeLessThanOrEqual(all.total);
      expect((await list({ state: 'SVN', mechanism: 'special_procedure' })).total).toBe(0);
    });

    it('refuses bad filters with 400 naming the field', async () => {
      const range = await app.anonymous().get('/api/v1/overdue').query({ minDaysLate: 10, maxDaysLate: 5 });
      expect(range.status).toBe(400);
      expect(range.body.errors).toEqual([{ field: 'maxDaysLate', reason: 'must be at least minDaysLate (10)' }]);
      const kind = await app.anonymous().get('/api/v1/overdue').query({ deadline: 'sometime' });
      expect(kind.status).toBe(400);
      expect(kind.body.errors[0].field).toBe('deadline');
    });

    it('exports the same list as CSV', async () => {
      app.setToday('2025-08-01');
      const page = await list({ state: 'KEN', limit: 200 });
      const csv = await app.anonymous().get('/api/v1/overdue/export.csv').query({ state: 'KEN' });
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="overdue-2025-08-01.csv"');
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe('recommendation_id,state,state_name,mechanism,body,document,paragraph,deadline,due_on,days_late,voluntary,status,text,basis,as_of');
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 1).concat(l.split(',').slice(7, 10)).join(','))).toEqual(
        page.items.map((i) => `${i.recommendationId},${i.deadline},${i.dueOn},${i.daysLate}`),
      );
    });
  });

  describe('stakeholders in follow-up', () => {
    let lead: number;
    let svnUpr: number[];

    beforeAll(async () => {
      app.setToday('2025-08-01');
      lead = (await c.officer.http.post('/api/v1/stakeholders').send({ name: 'Ministry of Justice', kind: 'government_institution', stateIso3: 'HRV' })).body.id;
      svnUpr = [];
      for (const session of [42, 42, 43]) svnUpr.push(await recommendation(c.officer, { body: 'UPR', stateIso3: 'HRV', session }));
      await recommendation(c.officer, { body: 'CAT', stateIso3: 'HRV', issuedOn: '2025-01-10' });
    });

    it('assigns a role on every recommendation the filter selects, once', async () => {
      const dry = await c.officer.http.post(`/api/v1/stakeholders/${lead}/assignments`).send({ role: 'lead', filter: { state: ['HRV'], body: ['UPR'] }, dryRun: true });
      expect(dry.body).toEqual({ matched: 3, assigned: 0, alreadyAssigned: 0 });
      const done = await c.officer.http.post(`/api/v1/stakeholders/${lead}/assignments`).send({ role: 'lead', filter: { state: ['HRV'], body: ['UPR'] } });
      expect(done.body).toEqual({ matched: 3, assigned: 3, alreadyAssigned: 0 });
      const again = await c.officer.http.post(`/api/v1/stakeholders/${lead}/assignments`).send({ role: 'lead', filter: { state: ['HRV'] } });
      expect(again.body).toEqual({ matched: 4, assigned: 1, alreadyAssigned: 3 });
      const links: { n: number }[] = await app.t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM recommendation_stakeholder WHERE stakeholder_id = $1`, [lead]);
      expect(links[0]?.n).toBe(4);
      const audit: { changes: { recommendations: { after: number[] } } }[] = await app.t.app.get(DataSource).query(
        `SELECT changes FROM audit_log WHERE entity_type = 'stakeholder' AND entity_id = $1 AND action = 'link' ORDER BY id`,
        [String(lead)],
      );
      expect(audit.map((a) => a.changes.recommendations.after.length)).toEqual([3, 1]);
    });

    it('is for OHCHR only, and names a bad filter field', async () => {
      expect((await c.focalHRV.http.post(`/api/v1/stakeholders/${lead}/assignments`).send({ role: 'lead', filter: { state: ['HRV'] } })).status).toBe(403);
      const bad = await c.officer.http.post(`/api/v1/stakeholders/${lead}/assignments`).send({ role: 'lead', filter: { state: ['hrv'] } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('filter.state');
      expect((await c.officer.http.post('/api/v1/stakeholders/999999/assignments').send({ role: 'lead', filter: {} })).status).toBe(404);
    });

    it('lists the stakeholder’s worklist with status and next deadline, overdue first', async () => {
      const res = await app.anonymous().get(`/api/v1/stakeholders/${lead}/worklist`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(4);
      const items = res.body.items as { recommendationId: number; role: string; status: string; nextDeadline: string; overdue: boolean; daysLate: number | null }[];
      expect(items.map((i) => i.overdue)).toEqual([true, true, true, false]);
      expect(items[0]).toMatchObject({ role: 'lead', status: 'no_information', nextDeadline: 'upr_response', overdue: true, language: 'en' });
      expect(items[3]).toMatchObject({ nextDeadline: 'treaty_follow_up_report', overdue: false, daysLate: null });
      const overdueOnly = await app.anonymous().get(`/api/v1/stakeholders/${lead}/worklist`).query({ overdue: 'true' });
      expect(overdueOnly.body.total).toBe(3);
    });

    it('gives a monitor the worklist of its own organisation', async () => {
      await c.officer.http.post(`/api/v1/stakeholders/${c.ngoId}/assignments`).send({ role: 'monitor', filter: { state: ['HRV'], body: ['CAT'] } });
      const mine = await c.ngo.http.get('/api/v1/worklist');
      expect(mine.status).toBe(200);
      expect(mine.body.stakeholderIds).toEqual([c.ngoId]);
      expect(mine.body.items.map((i: { role: string; body: string }) => [i.role, i.body])).toEqual([['monitor', 'CAT']]);
      expect((await app.anonymous().get('/api/v1/worklist')).status).toBe(401);
    });
  });
});
