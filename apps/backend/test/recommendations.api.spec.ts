import { Client } from 'pg';
import { signedIn, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';

interface Summary {
  id: number;
  text: string;
  stateIso3: string;
  response: string;
  cycle: number | null;
  recommendingStates: { iso3: string; name: string }[];
}

describe('Recommendations API (real PostgreSQL)', () => {
  let t: TestApp;
  /** Registry changes need an OHCHR officer (or administrator). */
  let officer: SignedIn;

  const create = async (body: Record<string, unknown>): Promise<{ id: number; version: number } & Record<string, unknown>> => {
    const res = await officer.http.post('/api/v1/recommendations').send(body);
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t, { role: 'ohchr_officer' });
    await create({
      body: 'UPR',
      stateIso3: 'CHN',
      session: 17,
      documentSymbol: 'A/HRC/25/5',
      paragraph: '186.20',
      text: 'Ratify the International Covenant on Civil and Political Rights as soon as possible',
      recommendingStates: ['FRA', 'DEU'],
      themes: [],
      response: { response: 'supported', respondedOn: '2014-03-20', sourceDocument: 'A/HRC/25/5/Add.1' },
    });
    await create({
      body: 'UPR',
      stateIso3: 'SVN',
      session: 34,
      text: 'Continue efforts to combat discrimination against Roma, including in access to housing',
      recommendingStates: ['FRA'],
      response: { response: 'noted' },
    });
    await create({
      body: 'CCPR',
      stateIso3: 'SVN',
      text: 'Abolish the death penalty and ratify the Second Optional Protocol',
      status: 'partially_implemented',
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('creates a recommendation with its recommending States, derived cycle and first response', async () => {
    const list = await t.http.get('/api/v1/recommendations').query({ state: 'CHN' });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    const item: Summary = list.body.items[0];
    expect(item.cycle).toBe(2);
    expect(item.response).toBe('supported');
    expect(item.recommendingStates.map((s) => s.iso3).sort()).toEqual(['DEU', 'FRA']);
    const detail = await t.http.get(`/api/v1/recommendations/${item.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.mechanism).toBe('upr');
    expect(detail.body.responses).toEqual([
      expect.objectContaining({ response: 'supported', respondedOn: '2014-03-20', sourceDocument: 'A/HRC/25/5/Add.1' }),
    ]);
  });

  it('filters by State, mechanism, response and recommending State, ANDing dimensions and ORing values', async () => {
    const bySvn = await t.http.get('/api/v1/recommendations?state=SVN');
    expect(bySvn.body.total).toBe(2);
    const svnUpr = await t.http.get('/api/v1/recommendations?state=SVN&mechanism=upr');
    expect(svnUpr.body.items.map((i: Summary) => i.text)).toEqual([expect.stringContaining('Roma')]);
    const either = await t.http.get('/api/v1/recommendations?state=SVN&state=CHN&response=noted&response=supported');
    expect(either.body.total).toBe(2);
    const byFrance = await t.http.get('/api/v1/recommendations?recommendingState=FRA');
    expect(byFrance.body.total).toBe(2);
    const byStatus = await t.http.get('/api/v1/recommendations?status=partially_implemented');
    expect(byStatus.body.items.map((i: Summary) => i.stateIso3)).toEqual(['SVN']);
  });

  it('searches the text with stemming and boolean operators', async () => {
    const stem = await t.http.get('/api/v1/recommendations').query({ q: 'ratifying covenants' });
    expect(stem.body.items.map((i: Summary) => i.stateIso3)).toEqual(['CHN']);
    const or = await t.http.get('/api/v1/recommendations').query({ q: 'roma or "death penalty"' });
    expect(or.body.total).toBe(2);
    const not = await t.http.get('/api/v1/recommendations').query({ q: 'ratify -penalty' });
    expect(not.body.items.map((i: Summary) => i.stateIso3)).toEqual(['CHN']);
  });

  it('pages with a keyset cursor without skipping or repeating rows', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Summary[]; nextCursor: string | null; total: number } } = await t.http
        .get('/api/v1/recommendations')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('counts facets with the other filters applied', async () => {
    const res = await t.http.get('/api/v1/recommendations/facets?state=SVN');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const facet = (d: string): { value: string; label: string; count: number }[] =>
      res.body.facets.find((f: { dimension: string }) => f.dimension === d).values;
    // The State facet ignores the State filter itself, so other States stay selectable.
    expect(facet('state')).toEqual(
      expect.arrayContaining([
        { value: 'SVN', label: 'Slovenia', count: 2 },
        { value: 'CHN', label: 'China', count: 1 },
      ]),
    );
    expect(facet('body')).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'CCPR', count: 1 })]));
    expect(facet('response')).toEqual(expect.arrayContaining([{ value: 'noted', label: 'Noted', count: 1 }]));
  });

  it('rejects bad input with 400 naming the field, and unknown ids with 404', async () => {
    const blank = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'CHN', text: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual(expect.arrayContaining([{ field: 'text', reason: 'must not be blank' }]));

    const unknownState = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'XYZ', text: 'Do something', recommendingStates: ['QQQ'] });
    expect(unknownState.status).toBe(400);
    expect(unknownState.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'stateIso3', reason: 'unknown code(s): XYZ' },
        { field: 'recommendingStates', reason: 'unknown code(s): QQQ' },
      ]),
    );

    const extra = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'CHN', text: 'x', owner: 'me' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual(expect.arrayContaining([{ field: 'owner', reason: 'should not exist' }]));

    const wrongCycle = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'CHN', text: 'x', session: 17, cycle: 3 });
    expect(wrongCycle.status).toBe(400);
    expect(wrongCycle.body.errors).toEqual([{ field: 'cycle', reason: 'is 3 but UPR session 17 belongs to cycle 2' }]);

    const badLimit = await t.http.get('/api/v1/recommendations?limit=1000');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors[0].field).toBe('limit');

    const badCursor = await t.http.get('/api/v1/recommendations?cursor=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([{ field: 'cursor', reason: 'is not a cursor returned by this API' }]);

    expect((await t.http.get('/api/v1/recommendations/999999')).status).toBe(404);
    expect((await t.http.get('/api/v1/recommendations/abc')).status).toBe(400);
    const before = await t.http.get('/api/v1/recommendations');
    expect(before.body.total).toBe(3);
  });

  it('keeps the response history and the current response', async () => {
    const rec = await create({ body: 'UPR', stateIso3: 'SVN', session: 48, text: 'Accede to the Optional Protocol', response: { response: 'noted', respondedOn: '2025-03-01' } });
    const changed = await officer.http
      .post(`/api/v1/recommendations/${rec.id}/responses`)
      .send({ response: 'supported', respondedOn: '2027-01-15', note: 'Accepted in the mid-term report' });
    expect(changed.status).toBe(201);
    expect(changed.body.response).toBe('supported');
    expect(changed.body.responses.map((r: { response: string }) => r.response)).toEqual(['noted', 'supported']);
  });

  it('lets one of two concurrent updates win and answers the other with 409 and the current version', async () => {
    const rec = await create({ body: 'UPR', stateIso3: 'CHN', session: 31, text: 'Strengthen the independence of lawyers' });
    const [a, b] = await Promise.all([
      officer.http.patch(`/api/v1/recommendations/${rec.id}`).send({ version: rec.version, paragraph: '28.1' }),
      officer.http.patch(`/api/v1/recommendations/${rec.id}`).send({ version: rec.version, paragraph: '28.2' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.body.current.version).toBe(rec.version + 1);
    expect(loser.body.current.paragraph).toBe(winner.body.paragraph);
    const stored = await t.http.get(`/api/v1/recommendations/${rec.id}`);
    expect(stored.body.paragraph).toBe(winner.body.paragraph);
    expect(stored.body.version).toBe(rec.version + 1);
  });

  it('records a status set on the registry as an OHCHR status event and derives the current status from events', async () => {
    const rec = await create({ body: 'CAT', stateIso3: 'CHN', text: 'Establish an independent complaints mechanism', status: 'not_implemented' });
    const patched = await officer.http.patch(`/api/v1/recommendations/${rec.id}`).send({ version: rec.version, status: 'partially_implemented' });
    expect(patched.status).toBe(200);
    expect(patched.body.status).toBe('partially_implemented');
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      const events = (await client.query(`SELECT party, status, source, public FROM status_event WHERE recommendation_id = $1 ORDER BY id`, [rec.id])).rows;
      expect(events).toEqual([
        { party: 'ohchr', status: 'not_implemented', source: 'ohchr', public: true },
        { party: 'ohchr', status: 'partially_implemented', source: 'ohchr', public: true },
      ]);
    } finally {
      await client.end();
    }
    const filtered = await t.http.get('/api/v1/recommendations').query({ status: 'partially_implemented', state: 'CHN' });
    expect(filtered.body.items.map((i: Summary) => i.id)).toEqual([rec.id]);
  });

  it('writes an audit row per change with field-level before/after, and PostgreSQL refuses to alter it', async () => {
    const rec = await create({ body: 'UPR', stateIso3: 'CHN', session: 31, text: 'Abolish re-education through labour' });
    const patched = await officer.http.patch(`/api/v1/recommendations/${rec.id}`).set('X-Request-Id', 'req-audit-1').send({ version: rec.version, paragraph: '186.7' });
    expect(patched.status).toBe(200);
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      const rows = (
        await client.query(`SELECT action, actor, changes, request_id FROM audit_log WHERE entity_type = 'recommendation' AND entity_id = $1 ORDER BY id`, [String(rec.id)])
      ).rows;
      expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
      expect(rows[1].changes).toEqual({ paragraph: { before: null, after: '186.7' } });
      expect(rows[1].request_id).toBe('req-audit-1');
      expect(rows.map((r) => r.actor)).toEqual([officer.id, officer.id]);
      await expect(client.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
