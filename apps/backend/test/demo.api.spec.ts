import request from 'supertest';
import { DataSource } from 'typeorm';
import { DashboardService } from '../src/modules/dashboard/dashboard.service';
import { signedIn, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';

interface DemoStatus {
  loaded: boolean;
  recommendations: number;
  registryEmpty: boolean;
  administratorExists: boolean;
}

describe('Demo dataset of the first run: load, label, remove (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp({ DASHBOARD_CACHE_MIN_MS: '0' });
  });

  afterAll(async () => {
    await t.close();
  });

  const status = async (): Promise<DemoStatus> => {
    const res = await request(t.app.getHttpServer()).get('/api/v1/demo');
    expect(res.status).toBe(200);
    return res.body as DemoStatus;
  };
  const db = (): DataSource => t.app.get(DataSource);

  it('computes the unfiltered overview and comparisons as the server starts (kept: DASHBOARD_CACHE_MIN_MS=0)', async () => {
    const cache = t.app.get(DashboardService).cache;
    for (let tries = 0; cache.size < 4 && tries < 100; tries++) await new Promise((r) => setTimeout(r, 50));
    expect(cache.size).toBe(4);
  });

  it('says the registry is empty on the first run, and whether an administrator exists yet', async () => {
    await expect(status()).resolves.toEqual({ loaded: false, recommendations: 0, registryEmpty: true, administratorExists: false });
    officer = await signedIn(t, { role: 'ohchr_officer' });
    await expect(status()).resolves.toMatchObject({ administratorExists: false });
    await signedIn(t, { role: 'administrator' });
    await expect(status()).resolves.toMatchObject({ administratorExists: true });
  });

  it('refuses the public and State focal points, and a size out of range naming the field', async () => {
    const anonymous = await request(t.app.getHttpServer()).post('/api/v1/demo').send({});
    expect(anonymous.status).toBe(401);
    const focal = await signedIn(t, { role: 'state_focal_point', stateIso3: 'SVN' });
    expect((await focal.http.post('/api/v1/demo').send({})).status).toBe(403);
    expect((await focal.http.delete('/api/v1/demo')).status).toBe(403);
    const tooSmall = await officer.http.post('/api/v1/demo').send({ recommendations: 5 });
    expect(tooSmall.status).toBe(400);
    expect((tooSmall.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['recommendations']);
  });

  it('loads synthetic recommendations with status histories, labelled "demo", audited, and the dashboard shows them at once', async () => {
    // Computed while the registry is empty: with DASHBOARD_CACHE_MIN_MS=0 it is kept, and loading must clear it.
    const before = await officer.http.get('/api/v1/dashboard/headline');
    expect(before.body.figures[0]).toMatchObject({ key: 'recommendations', value: 0 });

    const res = await officer.http.post('/api/v1/demo').send({ recommendations: 300 });
    expect(res.status).toBe(201);
    const loaded = res.body as { recommendations: number; statusEvents: number; responses: number };
    // 300 synthetic rows, about 2 % of which concern two States (one record per State).
    expect(loaded.recommendations).toBeGreaterThanOrEqual(300);
    expect(loaded.recommendations).toBeLessThan(315);
    expect(loaded.statusEvents).toBeGreaterThan(loaded.recommendations);
    expect(loaded.responses).toBeGreaterThan(150);

    await expect(status()).resolves.toEqual({ loaded: true, recommendations: loaded.recommendations, registryEmpty: false, administratorExists: true });
    const sources: { source: string; n: number }[] = await db().query(`SELECT source, count(*)::int AS n FROM recommendation GROUP BY source`);
    expect(sources).toEqual([{ source: 'demo', n: loaded.recommendations }]);
    const [{ n: events }] = (await db().query(`SELECT count(*)::int AS n FROM status_event WHERE public AND source_id = 'demo'`)) as [{ n: number }];
    expect(events).toBe(loaded.statusEvents);
    const audit: { actor: string; action: string }[] = await db().query(`SELECT actor, action FROM audit_log WHERE entity_type = 'demo_dataset'`);
    expect(audit).toEqual([{ actor: officer.id, action: 'create' }]);

    const headline = await officer.http.get('/api/v1/dashboard/headline');
    expect(headline.body.figures[0]).toMatchObject({ key: 'recommendations', value: loaded.recommendations });
    const progress = await request(t.app.getHttpServer()).get('/api/v1/dashboard/progress');
    const last = (progress.body as { points: { party: string; total: number; fullyImplemented: number }[] }).points.filter((p) => p.party === 'state').at(-1);
    expect(last?.total).toBe(loaded.recommendations);
    expect(last?.fullyImplemented).toBeGreaterThan(0);
  });

  it('refuses to load twice, or into a registry holding real records', async () => {
    const again = await officer.http.post('/api/v1/demo').send({});
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/only into an empty registry/);
  });

  it('removes the demo in one action, archiving what people have written on, and the registry is empty again', async () => {
    const [{ id }] = (await db().query(`SELECT id FROM recommendation WHERE source = 'demo' AND state_iso3 = 'SVN' ORDER BY id LIMIT 1`)) as [{ id: number }];
    const orgId = (await officer.http.post('/api/v1/stakeholders').send({ name: 'Demo Watch', kind: 'ngo', stateIso3: 'SVN' })).body.id as number;
    const ngo = await signedIn(t, { role: 'ngo_monitor', organisationId: orgId });
    expect((await ngo.http.post('/api/v1/assessments').send({ recommendationId: id, status: 'not_implemented', narrative: 'Written on demo data.' })).status).toBe(201);
    const { recommendations } = await status();

    const res = await officer.http.delete('/api/v1/demo');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: recommendations - 1, archived: 1 });
    await expect(status()).resolves.toEqual({ loaded: false, recommendations: 0, registryEmpty: true, administratorExists: true });
    const left: { id: number; archived: boolean }[] = await db().query(`SELECT id, archived_at IS NOT NULL AS archived FROM recommendation`);
    expect(left).toEqual([{ id, archived: true }]);
    const audit: { action: string }[] = await db().query(`SELECT action FROM audit_log WHERE entity_type = 'demo_dataset' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    const headline = await request(t.app.getHttpServer()).get('/api/v1/dashboard/headline');
    expect(headline.body.figures[0]).toMatchObject({ key: 'recommendations', value: 0 });

    const nothingLeft = await officer.http.delete('/api/v1/demo');
    expect(nothingLeft.body).toEqual({ deleted: 0, archived: 0 });
  });
});
