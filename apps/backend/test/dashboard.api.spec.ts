import { DataSource } from 'typeorm';
import { StatusEventsService } from '../src/modules/status-events/status-events.service';
import { signedIn, type SignedIn } from './accounts';
import { createFollowUpApp, recommendation, type FollowUpApp } from './follow-up-fixture';

interface Point {
  month: string;
  party: 'state' | 'independent';
  total: number;
  noInformation: number;
  notImplemented: number;
  partiallyImplemented: number;
  fullyImplemented: number;
}
interface Figure {
  key: string;
  kind: string;
  value: number;
  previous: number | null;
  count: number;
  base: number;
}
interface Row {
  key: string;
  label: string;
  m49: string | null;
  total: number;
  noInformation: number;
  notImplemented: number;
  partiallyImplemented: number;
  fullyImplemented: number;
  responded: number;
  supported: number;
}

/**
 * A registry small enough to count by hand, on a fixed day (2026-06-15; 12 months earlier:
 * 2025-06-15). Four recommendations (one more archived), public and non-public status claims:
 *
 *   R1 UPR SVN s.41 issued 2023-01-15 supported · State: not (recorded 11 Feb) and partially (recorded
 *      12 Feb) both effective 2024-02-10 → partially; fully from 2025-08-01 · NGO: not from 2024-05-05
 *   R2 UPR SVN s.41 issued 2023-01-15 noted · State: not 2024-02-10, corrected to fully 2024-02-20
 *   R3 CAT HRV issued 2024-03-10 · OHCHR: partially 2025-01-31 · State: fully 2030-01-01 (future)
 *   R4 UPR KEN s.44 issued 2023-11-20 supported on 2025-09-01 · State: fully 2024-07-01 NOT public
 *      (unpublished report) · NGO: a confidential assessment, published (not public)
 *   R5 UPR SVN archived · State: fully 2024-01-01 — never counted
 */
describe('Dashboard aggregates on a known registry (real PostgreSQL)', () => {
  let app: FollowUpApp;
  let officer: SignedIn;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    app = await createFollowUpApp('2026-06-15', { DASHBOARD_CACHE_MIN_MS: '3600000' });
    officer = await signedIn(app.t, { role: 'ohchr_officer' });
    id['R1'] = await recommendation(officer, {
      body: 'UPR',
      stateIso3: 'SVN',
      session: 41,
      issuedOn: '2023-01-15',
      themes: ['acceptance-of-international-norms'],
      response: { response: 'supported', respondedOn: '2023-04-01' },
    });
    id['R2'] = await recommendation(officer, {
      body: 'UPR',
      stateIso3: 'SVN',
      session: 41,
      issuedOn: '2023-01-15',
      themes: ['acceptance-of-international-norms', 'reservations'],
      response: { response: 'noted', respondedOn: '2023-04-01' },
    });
    id['R3'] = await recommendation(officer, { body: 'CAT', stateIso3: 'HRV', issuedOn: '2024-03-10' });
    id['R4'] = await recommendation(officer, { body: 'UPR', stateIso3: 'KEN', session: 44, issuedOn: '2023-11-20', response: { response: 'supported', respondedOn: '2025-09-01' } });
    id['R5'] = await recommendation(officer, { body: 'UPR', stateIso3: 'SVN', session: 41, issuedOn: '2023-01-15' });

    const db = app.t.app.get(DataSource);
    const claim = (rec: string, party: string, status: string, effectiveOn: string, recordedAt: string, pub = true): Promise<unknown> =>
      db.query(
        `INSERT INTO status_event (recommendation_id, party, status, effective_on, recorded_at, source, public)
         VALUES ($1, $2::text, $3, $4, $5, CASE WHEN $2::text = 'state' THEN 'state_report' WHEN $2::text = 'ohchr' THEN 'ohchr' ELSE 'assessment' END, $6)`,
        [id[rec], party, status, effectiveOn, recordedAt, pub],
      );
    await claim('R1', 'state', 'not_implemented', '2024-02-10', '2024-02-11T09:00:00Z');
    await claim('R1', 'state', 'partially_implemented', '2024-02-10', '2024-02-12T09:00:00Z');
    await claim('R1', 'state', 'fully_implemented', '2025-08-01', '2025-08-02T09:00:00Z');
    await claim('R1', 'ngo', 'not_implemented', '2024-05-05', '2024-05-06T09:00:00Z');
    await claim('R2', 'state', 'not_implemented', '2024-02-10', '2024-02-10T09:00:00Z');
    await claim('R2', 'state', 'fully_implemented', '2024-02-20', '2024-02-20T09:00:00Z');
    await claim('R3', 'ohchr', 'partially_implemented', '2025-01-31', '2025-01-31T09:00:00Z');
    await claim('R3', 'state', 'fully_implemented', '2030-01-01', '2026-06-01T09:00:00Z');
    await claim('R4', 'state', 'fully_implemented', '2024-07-01', '2024-07-01T09:00:00Z', false);
    await claim('R5', 'state', 'fully_implemented', '2024-01-01', '2024-01-01T09:00:00Z');
    await db.transaction((manager) => app.t.app.get(StatusEventsService).refreshCurrentStatus(manager, Object.values(id)));
    await db.query(`UPDATE recommendation SET archived_at = now() WHERE id = $1`, [id['R5']]);

    // A confidential civil-society assessment, published: recorded as a claim that is not public.
    const ngoId = (await officer.http.post('/api/v1/stakeholders').send({ name: 'Watch Kenya', kind: 'ngo', stateIso3: 'KEN' })).body.id as number;
    const ngo = await signedIn(app.t, { role: 'ngo_monitor', organisationId: ngoId });
    const assessment = await ngo.http.post('/api/v1/assessments').send({ recommendationId: id['R4'], status: 'not_implemented', narrative: 'Confidential source.', confidential: true });
    expect(assessment.status).toBe(201);
    expect((await officer.http.post(`/api/v1/assessments/${assessment.body.id}/publish`).send({})).status).toBe(200);

    // OHCHR's cooperation records and flags.
    const flag = async (state: string, status: string, events: [string, string, string][]): Promise<void> => {
      const [{ id: flagId }] = (await db.query(
        `INSERT INTO cooperation_flag (state_iso3, rule_id, category, status, severity, persistent, first_seen_window, last_seen_window, version)
         VALUES ($1, 'upr_steps_missed', 'non_cooperation', $2, 'high', false, '2024-Q1', '2026-Q2', 1) RETURNING id`,
        [state, status],
      )) as [{ id: number }];
      for (const [at, action, to] of events) {
        await db.query(`INSERT INTO cooperation_flag_event (flag_id, occurred_at, actor, action, to_status) VALUES ($1, $2, 'system', $3, $4)`, [flagId, at, action, to]);
      }
    };
    await flag('SVN', 'open', [['2024-01-10T03:00:00Z', 'raised', 'open']]);
    await flag('HRV', 'dismissed', [['2025-01-01T03:00:00Z', 'raised', 'open'], ['2025-03-01T10:00:00Z', 'dismiss', 'dismissed']]);
    await flag('KEN', 'open', [['2025-09-01T03:00:00Z', 'raised', 'open']]);
    await db.query(`INSERT INTO treaty_ratification (state_iso3, treaty, body_code, ratified_year, version) VALUES ('SVN', 'ICCPR', 'CCPR', 1992, 1)`);
    await db.query(`INSERT INTO treaty_report (state_iso3, body_code, report_type, due_on, version) VALUES ('SVN', 'CAT', 'periodic', '2025-01-01', 1)`);
    // Voluntary Fund: an approved, published request (public) and a draft (OHCHR and the State only).
    await db.query(
      `INSERT INTO assistance_request (state_iso3, activity_type, channel, status, published_at, created_by, version)
       VALUES ('SVN', 'national_capacity_and_expertise', 'ohchr_field_office', 'approved', now(), $1, 1),
              ('SVN', 'good_practice_exchange', 'ohchr_field_office', 'draft', NULL, $1, 1)`,
      [officer.id],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  const get = async <T>(path: string, who?: SignedIn): Promise<T> => {
    const res = await (who ? who.http : app.anonymous()).get(path);
    expect(res.status).toBe(200);
    return res.body as T;
  };
  const at = (points: Point[], party: string, month: string): Omit<Point, 'month' | 'party'> => {
    const point = points.find((p) => p.party === party && p.month === month);
    if (!point) throw new Error(`no ${party} point for ${month}`);
    const { month: _m, party: _p, ...counts } = point;
    return counts;
  };

  describe('progress month by month, per asserting party', () => {
    it('counts the latest public claim of each party group at every month end, from the first recommendation to this month', async () => {
      const { asOf, points } = await get<{ asOf: string; points: Point[] }>('/api/v1/dashboard/progress');
      expect(asOf).toBe('2026-06-15');
      // 2023-01 … 2026-06 = 42 months, State series first.
      expect(points).toHaveLength(84);
      expect(points[0]).toMatchObject({ month: '2023-01', party: 'state' });
      expect(points[83]).toMatchObject({ month: '2026-06', party: 'independent' });

      expect(at(points, 'state', '2023-01')).toEqual({ total: 2, noInformation: 2, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 0 });
      expect(at(points, 'state', '2024-01')).toEqual({ total: 3, noInformation: 3, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 0 });
      // Same day: the later record (partially) corrects the earlier one; same month: fully replaces not.
      expect(at(points, 'state', '2024-02')).toEqual({ total: 3, noInformation: 1, notImplemented: 0, partiallyImplemented: 1, fullyImplemented: 1 });
      expect(at(points, 'state', '2024-03')).toEqual({ total: 4, noInformation: 2, notImplemented: 0, partiallyImplemented: 1, fullyImplemented: 1 });
      // R4's unpublished State claim (2024-07) never counts.
      expect(at(points, 'state', '2024-07')).toEqual({ total: 4, noInformation: 2, notImplemented: 0, partiallyImplemented: 1, fullyImplemented: 1 });
      expect(at(points, 'state', '2025-08')).toEqual({ total: 4, noInformation: 2, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 2 });
      // The State's claim effective in 2030 is not in force today.
      expect(at(points, 'state', '2026-06')).toEqual({ total: 4, noInformation: 2, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 2 });

      expect(at(points, 'independent', '2024-04')).toEqual({ total: 4, noInformation: 4, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 0 });
      expect(at(points, 'independent', '2024-05')).toEqual({ total: 4, noInformation: 3, notImplemented: 1, partiallyImplemented: 0, fullyImplemented: 0 });
      // The published but confidential NGO assessment of R4 is not public: never counted.
      expect(at(points, 'independent', '2026-06')).toEqual({ total: 4, noInformation: 2, notImplemented: 1, partiallyImplemented: 1, fullyImplemented: 0 });
    });

    it('applies the filters: mechanism, body, cycle, regional group, M49 region, theme, response', async () => {
      const last = async (query: string): Promise<Omit<Point, 'month' | 'party'>> => at((await get<{ points: Point[] }>(`/api/v1/dashboard/progress?${query}`)).points, 'state', '2026-06');
      await expect(last('mechanism=treaty_body')).resolves.toEqual({ total: 1, noInformation: 1, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 0 });
      await expect(last('body=UPR&cycle=4')).resolves.toEqual({ total: 3, noInformation: 1, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 2 });
      await expect(last('regionalGroup=AFRICAN')).resolves.toEqual({ total: 1, noInformation: 1, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 0 });
      await expect(last('region=Europe')).resolves.toEqual({ total: 3, noInformation: 1, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 2 });
      await expect(last('theme=reservations')).resolves.toEqual({ total: 1, noInformation: 0, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 1 });
      await expect(last('response=supported')).resolves.toEqual({ total: 2, noInformation: 1, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 1 });
      // No recommendation is linked to an SDG: no month to show.
      await expect(get<{ points: Point[] }>('/api/v1/dashboard/progress?sdg=16')).resolves.toMatchObject({ points: [] });
    });
  });

  describe('headline figures and their trend', () => {
    it('gives the public figures now and 12 months earlier, without flags for the public', async () => {
      const body = await get<{ asOf: string; comparedWith: string; figures: Figure[] }>('/api/v1/dashboard/headline');
      expect(body).toMatchObject({ asOf: '2026-06-15', comparedWith: '2025-06-15' });
      const figure = (key: string): Figure | undefined => body.figures.find((f) => f.key === key);
      expect(body.figures.map((f) => f.key)).toEqual(['recommendations', 'supported_share', 'implemented_share', 'overdue']);
      expect(figure('recommendations')).toEqual({ key: 'recommendations', kind: 'count', value: 4, previous: 4, count: 4, base: 4 });
      // Now: R1 and R4 supported, R2 noted. On 2025-06-15 R4 had no response yet.
      expect(figure('supported_share')).toEqual({ key: 'supported_share', kind: 'share', value: 2 / 3, previous: 1 / 2, count: 2, base: 3 });
      // Registry status (State or OHCHR): R1 and R2 fully today; only R2 on 2025-06-15 (R1 was partially).
      expect(figure('implemented_share')).toEqual({ key: 'implemented_share', kind: 'share', value: 2 / 4, previous: 1 / 4, count: 2, base: 4 });
    });

    it('counts overdue deadlines as the overdue monitor lists them', async () => {
      const headline = await get<{ figures: Figure[] }>('/api/v1/dashboard/headline');
      const overdue = await get<{ total: number }>('/api/v1/overdue?limit=1');
      // R1, R2, R4: UPR mid-term reports (due 2025-05-07, 2025-05-07, 2026-05-06); R3: CAT follow-up report (2025-03-10).
      expect(overdue.total).toBe(4);
      expect(headline.figures.find((f) => f.key === 'overdue')).toMatchObject({ value: 4 });
      const upr = await get<{ figures: Figure[] }>('/api/v1/dashboard/headline?mechanism=upr');
      expect(upr.figures.find((f) => f.key === 'overdue')?.value).toBe((await get<{ total: number }>('/api/v1/overdue?limit=1&mechanism=upr')).total);
    });

    it('adds the flags awaiting review for OHCHR, now and then', async () => {
      const body = await get<{ figures: Figure[] }>('/api/v1/dashboard/headline', officer);
      // SVN open since 2024; KEN raised after 2025-06-15; HRV dismissed before it.
      expect(body.figures.find((f) => f.key === 'open_flags')).toEqual({ key: 'open_flags', kind: 'count', value: 2, previous: 1, count: 2, base: 2 });
      const europe = await get<{ figures: Figure[] }>('/api/v1/dashboard/headline?regionalGroup=EASTERN_EUROPEAN', officer);
      expect(europe.figures.find((f) => f.key === 'open_flags')).toMatchObject({ value: 1, previous: 1 });
    });
  });

  describe('comparisons', () => {
    it('compares regional groups on the registry status and the UPR responses', async () => {
      const body = await get<{ dimension: string; rows: Row[] }>('/api/v1/dashboard/comparisons');
      expect(body.dimension).toBe('regional_group');
      expect(body.rows).toEqual([
        { key: 'AFRICAN', label: 'AFRICAN', m49: null, total: 1, noInformation: 1, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 0, responded: 1, supported: 1 },
        { key: 'EASTERN_EUROPEAN', label: 'EASTERN_EUROPEAN', m49: null, total: 3, noInformation: 0, notImplemented: 0, partiallyImplemented: 1, fullyImplemented: 2, responded: 2, supported: 1 },
      ]);
    });

    it('gives each State with its M49 code for the map, and groups by theme and cycle', async () => {
      const states = await get<{ rows: Row[] }>('/api/v1/dashboard/comparisons?dimension=state');
      expect(states.rows.map((r) => [r.key, r.label, r.m49, r.total, r.fullyImplemented])).toEqual([
        ['HRV', 'Croatia', '191', 1, 0],
        ['KEN', 'Kenya', '404', 1, 0],
        ['SVN', 'Slovenia', '705', 2, 2],
      ]);
      const themes = await get<{ rows: Row[] }>('/api/v1/dashboard/comparisons?dimension=theme');
      expect(themes.rows.map((r) => [r.key, r.total, r.fullyImplemented])).toEqual([
        ['acceptance-of-international-norms', 2, 2],
        ['reservations', 1, 1],
      ]);
      const cycles = await get<{ rows: Row[] }>('/api/v1/dashboard/comparisons?dimension=cycle&state=SVN');
      expect(cycles.rows.map((r) => [r.key, r.total])).toEqual([['4', 2]]);
    });
  });

  describe('State profile', () => {
    it('shows the public profile and withholds OHCHR working material from the public', async () => {
      const body = await get<Record<string, unknown>>('/api/v1/dashboard/states/SVN');
      expect(body).toMatchObject({
        asOf: '2026-06-15',
        state: { iso3: 'SVN', iso2: 'SI', m49: '705', name: 'Slovenia', regionalGroup: 'EASTERN_EUROPEAN', m49Region: 'Europe' },
        status: { total: 2, noInformation: 0, notImplemented: 0, partiallyImplemented: 0, fullyImplemented: 2 },
        byMechanism: [{ mechanism: 'upr', total: 2, fullyImplemented: 2 }],
        responses: { supported: 1, supportedInPart: 0, noted: 1, noResponse: 0 },
        reviews: [{ kind: 'upr', body: 'UPR', session: 41, cycle: 4, date: '2022-11-07', approximate: false, recommendations: 2 }],
        overdueReports: null,
        flags: null,
        ratifications: null,
        assistanceRequests: [{ status: 'approved', requests: 1 }],
        withheld: ['overdue_reports', 'flags', 'ratifications'],
      });
      expect(body['deadlines']).toEqual([
        { kind: 'upr_response', body: 'UPR', dueOn: '2023-03-07', recommendations: 2, met: 2, overdue: 0 },
        { kind: 'upr_mid_term_report', body: 'UPR', dueOn: '2025-05-07', recommendations: 2, met: 0, overdue: 2 },
        { kind: 'upr_next_review', body: 'UPR', dueOn: '2027-05-07', recommendations: 2, met: 0, overdue: 0 },
      ]);
    });

    it('adds flags, ratifications, overdue treaty reports and unpublished assistance requests for OHCHR', async () => {
      const body = await get<Record<string, unknown>>('/api/v1/dashboard/states/SVN', officer);
      expect(body).toMatchObject({
        withheld: [],
        flags: [{ ruleId: 'upr_steps_missed', status: 'open', severity: 'high', persistent: false, lastSeenWindow: '2026-Q2' }],
        ratifications: [{ treaty: 'ICCPR', body: 'CCPR', year: 1992 }],
        overdueReports: [{ body: 'CAT', reportType: 'periodic', dueOn: '2025-01-01', daysLate: 530 }],
        assistanceRequests: [
          { status: 'approved', requests: 1 },
          { status: 'draft', requests: 1 },
        ],
      });
    });
  });

  describe('bad input', () => {
    it.each([
      ['/api/v1/dashboard/progress?regionalGroup=MARS', 'regionalGroup'],
      ['/api/v1/dashboard/headline?region=Atlantis', 'region'],
      ['/api/v1/dashboard/comparisons?dimension=planet', 'dimension'],
      ['/api/v1/dashboard/progress?cycle=9', 'cycle'],
      ['/api/v1/dashboard/states/svn', 'iso3'],
    ])('%s answers 400 naming %s', async (path, field) => {
      const res = await app.anonymous().get(path);
      expect(res.status).toBe(400);
      expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
    });

    it('answers 404 for a State that does not exist', async () => {
      const res = await app.anonymous().get('/api/v1/dashboard/states/ZZZ');
      expect(res.status).toBe(404);
    });
  });
});
