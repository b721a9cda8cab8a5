import { Client } from 'pg';
import { STATES } from '@tracker/domain';
import { createDataSource } from '../src/database/data-source';
import { migrateAndSeed } from '../src/database/prepare-database';
import { signedIn, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';
import { createTestDatabase } from './test-database';

describe('Platform: schema, seeds, health, States and stakeholders (real PostgreSQL)', () => {
  let t: TestApp;
  /** Registry changes need an OHCHR officer (or administrator). */
  let officer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t, { role: 'ohchr_officer' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('has no drift between the entities and the migrations', async () => {
    const dataSource = createDataSource(t.db.url, 1);
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('seeds reference data idempotently: a second run on the same database changes nothing', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const count = async (): Promise<Record<string, number>> => {
        const r = await client.query(
          `SELECT (SELECT count(*) FROM state)::int AS states, (SELECT count(*) FROM body)::int AS bodies,
                  (SELECT count(*) FROM sdg WHERE kind = 'goal')::int AS goals, (SELECT count(*) FROM sdg WHERE kind = 'target')::int AS targets,
                  (SELECT max(updated_at) FROM state) AS touched`,
        );
        return r.rows[0];
      };
      const first = await count();
      await migrateAndSeed(db.url, () => undefined);
      const second = await count();
      expect(first).toEqual(second);
      expect(first['states']).toBe(STATES.length);
      expect(first['goals']).toBe(17);
      expect(first['targets']).toBe(169);
    } finally {
      await client.end();
      await db.drop();
    }
  });

  it('answers liveness and readiness', async () => {
    expect((await t.http.get('/api/health/live')).status).toBe(200);
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('lists, reads, creates and updates States', async () => {
    const list = await t.http.get('/api/v1/states');
    expect(list.body).toHaveLength(STATES.length);
    const svn = await t.http.get('/api/v1/states/svn');
    expect(svn.body).toEqual(expect.objectContaining({ iso3: 'SVN', iso2: 'SI', m49: '705', regionalGroup: 'EASTERN_EUROPEAN' }));
    expect((await t.http.get('/api/v1/states/XXX')).status).toBe(404);
    const created = await officer.http.post('/api/v1/states').send({
      iso3: 'XKX',
      iso2: 'XK',
      m49: '983',
      name: 'Kosovo (test territory)',
      unMember: false,
      observer: false,
      m49Region: 'Europe',
      m49SubRegion: 'Southern Europe',
      ldc: false,
      lldc: true,
      sids: false,
    });
    expect(created.status).toBe(201);
    const updated = await officer.http.patch('/api/v1/states/XKX').send({ lldc: false });
    expect(updated.body.lldc).toBe(false);
    const duplicate = await officer.http.post('/api/v1/states').send({ ...created.body });
    expect(duplicate.status).toBe(409);
    const bad = await officer.http.patch('/api/v1/states/XKX').send({ m49: '98' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'm49', reason: 'must be a three-digit M49 code' }]);
  });

  it('creates stakeholders, links them to recommendations with a role and lists their worklist', async () => {
    const ombudsman = await officer.http.post('/api/v1/stakeholders').send({ name: 'Human Rights Ombudsman', acronym: 'HRO', kind: 'nhri', stateIso3: 'SVN' });
    expect(ombudsman.status).toBe(201);
    const rec = await officer.http.post('/api/v1/recommendations').send({ body: 'UPR', stateIso3: 'SVN', session: 34, text: 'Strengthen the Ombudsman' });
    const linked = await officer.http.put(`/api/v1/stakeholders/${ombudsman.body.id}/recommendations/${rec.body.id}`).send({ role: 'monitor' });
    expect(linked.status).toBe(200);
    expect(linked.body.recommendations).toEqual([expect.objectContaining({ recommendationId: rec.body.id, role: 'monitor', stateIso3: 'SVN' })]);
    const detail = await t.http.get(`/api/v1/recommendations/${rec.body.id}`);
    expect(detail.body.stakeholders).toEqual([{ id: ombudsman.body.id, name: 'Human Rights Ombudsman', kind: 'nhri', role: 'monitor' }]);

    const byKind = await t.http.get('/api/v1/stakeholders?kind=nhri&q=ombuds');
    expect(byKind.body.map((s: { id: number }) => s.id)).toEqual([ombudsman.body.id]);

    const stale = await officer.http.patch(`/api/v1/stakeholders/${ombudsman.body.id}`).send({ version: 99, name: 'Renamed' });
    expect(stale.status).toBe(409);
    const renamed = await officer.http.patch(`/api/v1/stakeholders/${ombudsman.body.id}`).send({ version: ombudsman.body.version, name: 'Varuh človekovih pravic' });
    expect(renamed.body.name).toBe('Varuh človekovih pravic');

    const badKind = await officer.http.post('/api/v1/stakeholders').send({ name: 'X org', kind: 'club' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors[0].field).toBe('kind');
    const badState = await officer.http.post('/api/v1/stakeholders').send({ name: 'X org', kind: 'ngo', stateIso3: 'QQQ' });
    expect(badState.body.errors).toEqual([{ field: 'stateIso3', reason: 'unknown code(s): QQQ' }]);
    expect((await officer.http.put(`/api/v1/stakeholders/${ombudsman.body.id}/recommendations/999999`).send({ role: 'lead' })).status).toBe(404);
  });

  it('serves the OpenAPI document that is committed with the code', async () => {
    const res = await t.http.get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    const committed: unknown = require('../openapi.json');
    expect(res.body).toEqual(committed);
  });
});
