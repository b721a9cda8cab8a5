import { DataSource } from 'typeorm';
import type { AccessFixture, Caller } from './access-fixture';
import { STATE_A } from './access-fixture';
import type { Expected, PolicyCase } from './route-policies';

/**
 * Access policies of the follow-up routes (implementation reports, evidence, status as of a date,
 * grades, deadlines, overdue monitor, worklists, subscriptions, notifications), spread into
 * ROUTE_POLICIES. Administrators take no part in the report workflow (libs/domain report-workflow).
 */
const everyone = (status: number): Expected => ({ admin: status, officer: status, focalA: status, ngoX: status, anonymous: status });
const signedIn = (status: number): Expected => ({ admin: status, officer: status, focalA: status, ngoX: status, anonymous: 401 });
const registryWriters = (status: number): Expected => ({ admin: status, officer: status, focalA: 403, ngoX: 403, anonymous: 401 });
const focalAOnly = (status: number): Expected => ({ admin: 403, officer: 403, focalA: status, ngoX: 403, anonymous: 401 });
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

type Reporter = 'focalA' | 'focalB';

async function report(f: AccessFixture, by: Reporter, upTo: 'draft' | 'submitted' | 'published' = 'draft'): Promise<{ id: number; version: number }> {
  let current = await f.ok<{ id: number; version: number }>(
    f.users[by].http.post('/api/v1/reports').send({
      title: `Report ${f.unique()}`,
      narrative: 'Measures were taken.',
      measuresTaken: '',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      items: [{ recommendationId: by === 'focalA' ? f.recA : f.recB, status: 'partially_implemented' }],
    }),
  );
  const steps: [Reporter | 'officer', string][] = upTo === 'draft' ? [] : upTo === 'submitted' ? [[by, 'submit']] : [[by, 'submit'], ['officer', 'validate'], ['officer', 'publish']];
  for (const [who, action] of steps) {
    current = await f.ok(f.users[who].http.post(`/api/v1/reports/${current.id}/transitions`).send({ action, version: current.version }));
  }
  return current;
}

async function evidenceFile(f: AccessFixture, by: Reporter): Promise<{ reportId: number; evidenceId: number }> {
  const draft = await report(f, by);
  const file = await f.ok<{ id: number }>(f.users[by].http.post(`/api/v1/reports/${draft.id}/evidence/files`).field('title', 'Decree').attach('file', PDF, { filename: 'decree.pdf', contentType: 'application/pdf' }));
  return { reportId: draft.id, evidenceId: file.id };
}

async function notification(f: AccessFixture, owner: Exclude<Caller, 'anonymous'> | 'ngoY'): Promise<number> {
  const rows: { id: number }[] = await f.t.app
    .get(DataSource)
    .query(`INSERT INTO notification (user_id, kind, title, body, payload) VALUES ($1, 'overdue_digest', 'Test', 'Test', '{}'::jsonb) RETURNING id`, [f.userId(owner)]);
  return rows[0]?.id ?? 0;
}

const ownerOf = (caller: Caller): Exclude<Caller, 'anonymous'> => (caller === 'anonymous' ? 'admin' : caller);

export const FOLLOW_UP_ROUTE_POLICIES: Readonly<Record<string, readonly PolicyCase[]>> = {
  // Implementation reports: the State's own focal points draft and submit; OHCHR officers review and publish.
  'GET /api/v1/reports': [{ object: 'list (unpublished reports of other States left out)', request: async () => ({ path: '/api/v1/reports' }), expect: everyone(200) }],
  'GET /api/v1/reports/:id': [
    { object: 'own State draft', request: async (f) => ({ path: `/api/v1/reports/${(await report(f, 'focalA')).id}` }), expect: { admin: 200, officer: 200, focalA: 200, ngoX: 403, anonymous: 401 } },
    { object: 'another State draft', request: async (f) => ({ path: `/api/v1/reports/${(await report(f, 'focalB')).id}` }), expect: { admin: 200, officer: 200, focalA: 403, ngoX: 403, anonymous: 401 } },
    { object: 'published', request: async (f) => ({ path: `/api/v1/reports/${(await report(f, 'focalB', 'published')).id}` }), expect: everyone(200) },
  ],
  'POST /api/v1/reports': [
    {
      object: 'on a recommendation to State A',
      request: async (f) => ({
        path: '/api/v1/reports',
        body: { title: 'Report', narrative: 'Done.', measuresTaken: '', periodFrom: '2024-01-01', periodTo: '2024-12-31', items: [{ recommendationId: f.recA, status: 'not_implemented' }] },
      }),
      expect: focalAOnly(201),
    },
  ],
  'PATCH /api/v1/reports/:id': [
    {
      object: 'own State draft',
      request: async (f) => {
        const r = await report(f, 'focalA');
        return { path: `/api/v1/reports/${r.id}`, body: { version: r.version, title: 'Changed' } };
      },
      expect: focalAOnly(200),
    },
    {
      object: 'another State draft',
      request: async (f) => {
        const r = await report(f, 'focalB');
        return { path: `/api/v1/reports/${r.id}`, body: { version: r.version, title: 'Changed' } };
      },
      expect: { admin: 403, officer: 403, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],
  'POST /api/v1/reports/:id/transitions': [
    {
      object: 'submit own State draft',
      request: async (f) => {
        const r = await report(f, 'focalA');
        return { path: `/api/v1/reports/${r.id}/transitions`, body: { action: 'submit', version: r.version } };
      },
      expect: focalAOnly(200),
    },
    {
      object: 'validate a submitted report of State A',
      request: async (f) => {
        const r = await report(f, 'focalA', 'submitted');
        return { path: `/api/v1/reports/${r.id}/transitions`, body: { action: 'validate', version: r.version } };
      },
      expect: { admin: 403, officer: 200, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],
  'POST /api/v1/reports/:id/evidence/files': [
    { object: 'own State draft, no file', request: async (f) => ({ path: `/api/v1/reports/${(await report(f, 'focalA')).id}/evidence/files`, body: { title: 'Nothing' } }), expect: focalAOnly(400) },
  ],
  'POST /api/v1/reports/:id/evidence/links': [
    { object: 'own State draft', request: async (f) => ({ path: `/api/v1/reports/${(await report(f, 'focalA')).id}/evidence/links`, body: { title: 'Gazette', url: 'https://example.org/gazette' } }), expect: focalAOnly(201) },
  ],
  'DELETE /api/v1/reports/:id/evidence/:evidenceId': [
    {
      object: 'evidence of own State draft',
      request: async (f) => {
        const e = await evidenceFile(f, 'focalA');
        return { path: `/api/v1/reports/${e.reportId}/evidence/${e.evidenceId}` };
      },
      expect: focalAOnly(204),
    },
  ],
  'GET /api/v1/reports/:id/evidence/:evidenceId/file': [
    {
      object: 'file of own State draft',
      request: async (f) => {
        const e = await evidenceFile(f, 'focalA');
        return { path: `/api/v1/reports/${e.reportId}/evidence/${e.evidenceId}/file` };
      },
      expect: { admin: 200, officer: 200, focalA: 200, ngoX: 404, anonymous: 404 },
    },
    {
      object: 'file of another State draft',
      request: async (f) => {
        const e = await evidenceFile(f, 'focalB');
        return { path: `/api/v1/reports/${e.reportId}/evidence/${e.evidenceId}/file` };
      },
      expect: { admin: 200, officer: 200, focalA: 404, ngoX: 404, anonymous: 404 },
    },
  ],

  // Status per party, grades, deadlines and the overdue monitor: public reads; grades by OHCHR.
  'GET /api/v1/recommendations/:id/status': [
    { object: 'with confidential claims of X and Y', request: async (f) => ({ path: `/api/v1/recommendations/${f.recA}/status` }), expect: everyone(200) },
  ],
  'POST /api/v1/recommendations/:id/grades': [
    { object: 'a CCPR recommendation', request: async (f) => ({ path: `/api/v1/recommendations/${(await f.recommendation(STATE_A)).id}/grades`, body: { scale: 'ccpr_2013', grade: 'B', assessedOn: '2020-03-01' } }), expect: registryWriters(201) },
  ],
  'GET /api/v1/recommendations/:id/deadlines': [{ object: 'public', request: async (f) => ({ path: `/api/v1/recommendations/${f.recA}/deadlines` }), expect: everyone(200) }],
  'GET /api/v1/overdue': [{ object: 'public', request: async () => ({ path: '/api/v1/overdue' }), expect: everyone(200) }],
  'GET /api/v1/overdue/export.csv': [{ object: 'public', request: async () => ({ path: '/api/v1/overdue/export.csv' }), expect: everyone(200) }],

  // Stakeholders in follow-up.
  'POST /api/v1/stakeholders/:id/assignments': [
    { object: 'organisation X (dry run)', request: async (f) => ({ path: `/api/v1/stakeholders/${f.orgX}/assignments`, body: { role: 'monitor', filter: { state: [STATE_A] }, dryRun: true } }), expect: registryWriters(200) },
  ],
  'GET /api/v1/stakeholders/:id/worklist': [{ object: 'public', request: async (f) => ({ path: `/api/v1/stakeholders/${f.orgX}/worklist` }), expect: everyone(200) }],
  'GET /api/v1/worklist': [{ object: 'own', request: async () => ({ path: '/api/v1/worklist' }), expect: signedIn(200) }],

  // Following States and themes; one's own notifications.
  'GET /api/v1/subscriptions': [{ object: 'own', request: async () => ({ path: '/api/v1/subscriptions' }), expect: signedIn(200) }],
  'POST /api/v1/subscriptions': [{ object: 'a State', request: async () => ({ path: '/api/v1/subscriptions', body: { kind: 'state', target: STATE_A } }), expect: signedIn(201) }],
  'DELETE /api/v1/subscriptions/:id': [
    {
      object: 'own',
      request: async (f, caller) => {
        const created = await f.ok<{ id: number }>(f.users[ownerOf(caller)].http.post('/api/v1/subscriptions').send({ kind: 'theme', target: 'follow-up-to-upr' }));
        return { path: `/api/v1/subscriptions/${created.id}` };
      },
      expect: signedIn(204),
    },
    {
      object: 'another person',
      request: async (f, caller) => {
        const target = { admin: 'HRV', officer: 'KEN', focalA: 'FRA', ngoX: 'DEU', anonymous: 'ITA' }[caller];
        const created = await f.ok<{ id: number }>(f.users.ngoY.http.post('/api/v1/subscriptions').send({ kind: 'state', target }));
        return { path: `/api/v1/subscriptions/${created.id}` };
      },
      expect: signedIn(404),
    },
  ],
  'GET /api/v1/notifications': [{ object: 'own', request: async () => ({ path: '/api/v1/notifications' }), expect: signedIn(200) }],
  'POST /api/v1/notifications/:id/read': [
    { object: 'own', request: async (f, caller) => ({ path: `/api/v1/notifications/${await notification(f, ownerOf(caller))}/read`, body: {} }), expect: signedIn(200) },
    { object: 'another person', request: async (f) => ({ path: `/api/v1/notifications/${await notification(f, 'ngoY')}/read`, body: {} }), expect: signedIn(404) },
  ],
  'POST /api/v1/notifications/overdue-digest': [{ object: 'all subscriptions', request: async () => ({ path: '/api/v1/notifications/overdue-digest', body: {} }), expect: registryWriters(200) }],
};
