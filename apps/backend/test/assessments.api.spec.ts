import request from 'supertest';
import { DataSource } from 'typeorm';
import { signedIn, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';

describe('Assessments: confidential civil-society material (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: SignedIn;
  let focalA: SignedIn;
  let ngoX: SignedIn;
  let recommendationId: number;
  let confidentialId: number;
  let publicId: number;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t, { role: 'ohchr_officer' });
    const org = (await officer.http.post('/api/v1/stakeholders').send({ name: 'Witness Watch', kind: 'ngo', stateIso3: 'SVN' })).body.id as number;
    focalA = await signedIn(t, { role: 'state_focal_point', stateIso3: 'SVN' });
    ngoX = await signedIn(t, { role: 'ngo_monitor', organisationId: org, displayName: 'Ana Source' });
    recommendationId = (await officer.http.post('/api/v1/recommendations').send({ body: 'CAT', stateIso3: 'SVN', text: 'Investigate ill-treatment in police custody' })).body.id;
    const confidential = await ngoX.http.post('/api/v1/assessments').send({ recommendationId, status: 'not_implemented', narrative: 'Detainee K. told us about beatings', confidential: true });
    expect(confidential.status).toBe(201);
    confidentialId = confidential.body.id;
    publicId = (await ngoX.http.post('/api/v1/assessments').send({ recommendationId, status: 'partially_implemented', narrative: 'A new inspection unit exists' })).body.id;
    await officer.http.post(`/api/v1/assessments/${publicId}/publish`).send({});
    await officer.http.post(`/api/v1/assessments/${confidentialId}/publish`).send({});
  });

  afterAll(async () => {
    await t.close();
  });

  it('stores the source apart from the content', async () => {
    const db = t.app.get(DataSource);
    const content: Record<string, unknown>[] = await db.query(`SELECT * FROM assessment WHERE id = $1`, [confidentialId]);
    expect(Object.keys(content[0] ?? {})).not.toEqual(expect.arrayContaining(['organisation_id', 'author_user_id', 'author_name']));
    const source: { author_user_id: string; author_name: string }[] = await db.query(`SELECT author_user_id, author_name FROM assessment_source WHERE assessment_id = $1`, [confidentialId]);
    expect(source[0]).toEqual({ author_user_id: ngoX.id, author_name: 'Ana Source' });
  });

  it('does not count a confidential assessment for a State user or the public', async () => {
    const forFocal = await focalA.http.get('/api/v1/assessments').query({ recommendationId });
    expect(forFocal.body.total).toBe(1);
    expect(forFocal.body.items.map((a: { id: number }) => a.id)).toEqual([publicId]);
    const forPublic = await request(t.app.getHttpServer()).get('/api/v1/assessments').query({ recommendationId });
    expect(forPublic.body.total).toBe(1);
    const forOfficer = await officer.http.get('/api/v1/assessments').query({ recommendationId });
    expect(forOfficer.body.total).toBe(2);
  });

  it('answers a hidden assessment exactly as one that does not exist', async () => {
    const hidden = await focalA.http.get(`/api/v1/assessments/${confidentialId}`);
    const missing = await focalA.http.get(`/api/v1/assessments/999999`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ ...missing.body, message: `Assessment ${confidentialId} not found` });
    expect(missing.body.message).toBe('Assessment 999999 not found');
  });

  it('exports without sources or confidential rows for State users, and with both for OHCHR, audited', async () => {
    const forFocal = await focalA.http.get('/api/v1/assessments/export');
    expect(forFocal.status).toBe(200);
    expect(forFocal.headers['content-type']).toMatch(/text\/csv/);
    expect(forFocal.text).toContain('A new inspection unit exists');
    expect(forFocal.text).not.toContain('Detainee K.');
    expect(forFocal.text).not.toContain('Witness Watch');
    expect(forFocal.text.split('\n')[0]).toBe('id,recommendation_id,state,origin,status,confidential,published_at,narrative');
    const forOfficer = await officer.http.get('/api/v1/assessments/export').query({ recommendationId });
    expect(forOfficer.text).toContain('Detainee K.');
    expect(forOfficer.text).toContain('Witness Watch,Ana Source');
    const rows: { actor: string; changes: Record<string, { after: unknown }> }[] = await t.app
      .get(DataSource)
      .query(`SELECT actor, changes FROM audit_log WHERE action = 'export' AND entity_type = 'assessment'`);
    expect(rows).toEqual([{ actor: officer.id, changes: expect.objectContaining({ rows: { before: null, after: 2 }, confidentialRows: { before: null, after: 1 } }) }]);
  });

  it('writes an audit row for every read of a source', async () => {
    const first = await officer.http.get(`/api/v1/assessments/${confidentialId}/source`);
    expect(first.body).toEqual(expect.objectContaining({ organisationName: 'Witness Watch', authorName: 'Ana Source', authorUserId: ngoX.id }));
    await officer.http.get(`/api/v1/assessments/${confidentialId}/source`);
    await ngoX.http.get(`/api/v1/assessments/${confidentialId}/source`);
    const rows: { actor: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT actor FROM audit_log WHERE action = 'read_source' AND entity_id = $1 ORDER BY id`, [String(confidentialId)]);
    expect(rows.map((r) => r.actor)).toEqual([officer.id, officer.id, ngoX.id]);
    expect((await focalA.http.get(`/api/v1/assessments/${confidentialId}/source`)).status).toBe(404);
  });

  it('validates input with 400 naming the field', async () => {
    const bad = await ngoX.http.post('/api/v1/assessments').send({ recommendationId: 'x', status: 'done', narrative: '  ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['narrative', 'recommendationId', 'recommendationId', 'status'].sort());
    expect((await ngoX.http.post('/api/v1/assessments').send({ recommendationId: 999999, status: 'no_information', narrative: 'x' })).status).toBe(404);
    expect((await ngoX.http.get('/api/v1/assessments').query({ limit: 0 })).body.errors[0].field).toBe('limit');
  });
});
