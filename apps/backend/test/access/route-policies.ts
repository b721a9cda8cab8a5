import type TestAgent from 'supertest/lib/agent';
import type { AccessFixture, Caller } from './access-fixture';
import { STATE_A } from './access-fixture';
import { COOPERATION_ROUTE_POLICIES } from './cooperation-route-policies';
import { FOLLOW_UP_ROUTE_POLICIES } from './follow-up-policies';
import { FUND_ROUTE_POLICIES } from './fund-route-policies';

/**
 * THE ACCESS POLICY TABLE: every HTTP route of the API, with the status each caller must get,
 * per kind of object (own, foreign, confidential, …). The access matrix test runs every case as
 * every caller, and fails for a route that is missing here. When you add a route, add its entry:
 * key "<METHOD> <path as Express registers it>", e.g. "GET /api/v1/imports/:id".
 */
export type Expected = Readonly<Record<Caller, number>>;

export interface CaseRequest {
  readonly path: string;
  readonly body?: object;
  /** Send as this agent instead of the caller's usual one (e.g. a throw-away session to log out). */
  readonly agent?: TestAgent;
}

export interface PolicyCase {
  /** Which object the case is about: "public", "own", "foreign", "confidential of X", … */
  readonly object: string;
  readonly request: (f: AccessFixture, caller: Caller) => Promise<CaseRequest>;
  readonly expect: Expected;
}

const everyone = (status: number): Expected => ({ admin: status, officer: status, focalA: status, ngoX: status, anonymous: status });
const signedIn = (status: number): Expected => ({ admin: status, officer: status, focalA: status, ngoX: status, anonymous: 401 });
const registryWriters = (status: number): Expected => ({ admin: status, officer: status, focalA: 403, ngoX: 403, anonymous: 401 });
const adminsOnly = (status: number): Expected => ({ admin: status, officer: 403, focalA: 403, ngoX: 403, anonymous: 401 });
const get = (path: string) => async (): Promise<CaseRequest> => ({ path });
const usersOf = (caller: Caller): Exclude<Caller, 'anonymous'> => (caller === 'anonymous' ? 'admin' : caller);

export const ROUTE_POLICIES: Readonly<Record<string, readonly PolicyCase[]>> = {
  // Health and public registry reads: anonymous public.
  'GET /api/health/live': [{ object: 'none', request: get('/api/health/live'), expect: everyone(200) }],
  'GET /api/health/ready': [{ object: 'none', request: get('/api/health/ready'), expect: everyone(200) }],
  'GET /api/v1/reference': [{ object: 'public', request: get('/api/v1/reference'), expect: everyone(200) }],
  'GET /api/v1/states': [{ object: 'public', request: get('/api/v1/states'), expect: everyone(200) }],
  'GET /api/v1/states/:iso3': [{ object: 'public', request: get(`/api/v1/states/${STATE_A}`), expect: everyone(200) }],
  'GET /api/v1/stakeholders': [{ object: 'public', request: get('/api/v1/stakeholders'), expect: everyone(200) }],
  'GET /api/v1/stakeholders/:id': [{ object: 'public', request: async (f) => ({ path: `/api/v1/stakeholders/${f.orgX}` }), expect: everyone(200) }],
  'GET /api/v1/recommendations': [{ object: 'public', request: get('/api/v1/recommendations'), expect: everyone(200) }],
  'GET /api/v1/recommendations/facets': [{ object: 'public', request: get('/api/v1/recommendations/facets'), expect: everyone(200) }],
  'GET /api/v1/recommendations/:id': [{ object: 'public', request: async (f) => ({ path: `/api/v1/recommendations/${f.recA}` }), expect: everyone(200) }],

  // Public exports of the registry (published data only).
  'GET /api/v1/recommendations/export.csv': [{ object: 'public', request: get('/api/v1/recommendations/export.csv'), expect: everyone(200) }],
  'GET /api/v1/recommendations/export.xlsx': [{ object: 'public', request: get('/api/v1/recommendations/export.xlsx'), expect: everyone(200) }],
  'GET /api/v1/open-data/recommendations': [{ object: 'public', request: get('/api/v1/open-data/recommendations'), expect: everyone(200) }],

  // Imports feed the registry: OHCHR officers and administrators.
  'POST /api/v1/imports': [{ object: 'no file', request: async () => ({ path: '/api/v1/imports', body: {} }), expect: registryWriters(400) }],
  'GET /api/v1/imports': [{ object: 'all', request: get('/api/v1/imports'), expect: registryWriters(200) }],
  'GET /api/v1/imports/:id': [{ object: 'unknown', request: get('/api/v1/imports/999999'), expect: registryWriters(404) }],
  'GET /api/v1/imports/:id/issues': [{ object: 'unknown', request: get('/api/v1/imports/999999/issues'), expect: registryWriters(404) }],
  'GET /api/v1/imports/:id/report.csv': [{ object: 'unknown', request: get('/api/v1/imports/999999/report.csv'), expect: registryWriters(404) }],

  // Registry writes: OHCHR officers and administrators.
  'POST /api/v1/recommendations': [
    { object: 'new', request: async () => ({ path: '/api/v1/recommendations', body: { body: 'CCPR', stateIso3: STATE_A, text: 'Adopt a law on the NHRI' } }), expect: registryWriters(201) },
  ],
  'PATCH /api/v1/recommendations/:id': [
    {
      object: 'of State A (the focal point own State: still not theirs to edit)',
      request: async (f) => {
        const rec = await f.recommendation(STATE_A);
        return { path: `/api/v1/recommendations/${rec.id}`, body: { version: rec.version, paragraph: '12.3' } };
      },
      expect: registryWriters(200),
    },
  ],
  'POST /api/v1/recommendations/:id/responses': [
    {
      object: 'of State A',
      request: async (f) => ({ path: `/api/v1/recommendations/${(await f.recommendation(STATE_A)).id}/responses`, body: { response: 'supported' } }),
      expect: registryWriters(201),
    },
  ],
  'POST /api/v1/states': [{ object: 'new', request: async (f) => ({ path: '/api/v1/states', body: f.newStateBody() }), expect: registryWriters(201) }],
  'PATCH /api/v1/states/:iso3': [{ object: 'test State', request: async (f) => ({ path: `/api/v1/states/${await f.state()}`, body: { lldc: true } }), expect: registryWriters(200) }],
  'POST /api/v1/stakeholders': [{ object: 'new', request: async (f) => ({ path: '/api/v1/stakeholders', body: { name: `New ${f.unique()}`, kind: 'ngo' } }), expect: registryWriters(201) }],
  'PATCH /api/v1/stakeholders/:id': [
    {
      object: 'any',
      request: async (f) => {
        const s = await f.stakeholder();
        return { path: `/api/v1/stakeholders/${s.id}`, body: { version: s.version, acronym: 'NEW' } };
      },
      expect: registryWriters(200),
    },
  ],
  'PUT /api/v1/stakeholders/:id/recommendations/:recommendationId': [
    {
      object: 'organisation X (the monitor own organisation: still not theirs to link)',
      request: async (f) => ({ path: `/api/v1/stakeholders/${f.orgX}/recommendations/${(await f.recommendation(STATE_A)).id}`, body: { role: 'monitor' } }),
      expect: registryWriters(200),
    },
  ],

  // Sign-in and one's own sessions.
  'GET /api/v1/auth/me': [{ object: 'self', request: get('/api/v1/auth/me'), expect: everyone(200) }],
  'POST /api/v1/auth/login': [
    { object: 'unknown account', request: async (f) => ({ path: '/api/v1/auth/login', body: { email: `nobody.${f.unique()}@example.org`, password: 'not the password at all' } }), expect: everyone(401) },
  ],
  'POST /api/v1/auth/login/second-factor': [{ object: 'no pending sign-in', request: async () => ({ path: '/api/v1/auth/login/second-factor', body: { code: '123456' } }), expect: everyone(401) }],
  'POST /api/v1/auth/second-factor/enrolment': [
    // Administrators and officers have a second factor already; the others may set one up.
    { object: 'self', request: async () => ({ path: '/api/v1/auth/second-factor/enrolment', body: {} }), expect: { admin: 409, officer: 409, focalA: 200, ngoX: 200, anonymous: 401 } },
  ],
  'POST /api/v1/auth/second-factor/enrolment/confirm': [
    { object: 'self', request: async () => ({ path: '/api/v1/auth/second-factor/enrolment/confirm', body: { code: '000000' } }), expect: { admin: 409, officer: 409, focalA: 400, ngoX: 400, anonymous: 401 } },
  ],
  'POST /api/v1/auth/logout': [
    {
      object: 'a throw-away session of the caller',
      request: async (f, caller) => ({ path: '/api/v1/auth/logout', body: {}, ...(caller === 'anonymous' ? {} : { agent: (await f.extraSession(f.userId(caller))).agent }) }),
      expect: everyone(204),
    },
  ],
  'GET /api/v1/auth/sessions': [{ object: 'own', request: get('/api/v1/auth/sessions'), expect: signedIn(200) }],
  'DELETE /api/v1/auth/sessions/:id': [
    { object: 'own', request: async (f, caller) => ({ path: `/api/v1/auth/sessions/${(await f.extraSession(f.userId(usersOf(caller)))).id}` }), expect: signedIn(204) },
    { object: 'another person', request: async (f) => ({ path: `/api/v1/auth/sessions/${(await f.extraSession(f.userId('ngoY'))).id}` }), expect: signedIn(404) },
  ],

  // Accounts and invitations: administrators.
  'GET /api/v1/users': [{ object: 'all', request: get('/api/v1/users'), expect: adminsOnly(200) }],
  'PATCH /api/v1/users/:id': [
    {
      object: 'a monitor account',
      request: async (f) => {
        const account = await f.account();
        return { path: `/api/v1/users/${account.id}`, body: { version: account.version, role: 'ngo_monitor', organisationId: f.orgY } };
      },
      expect: adminsOnly(200),
    },
  ],
  'POST /api/v1/users/:id/second-factor/reset': [
    {
      object: 'an officer account with a second factor',
      request: async (f) => {
        const account = await f.officerAccount();
        return { path: `/api/v1/users/${account.id}/second-factor/reset`, body: { version: account.version, reason: 'Lost phone, identity confirmed by the Chief of Section' } };
      },
      expect: adminsOnly(200),
    },
  ],
  'GET /api/v1/invitations': [{ object: 'all', request: get('/api/v1/invitations'), expect: adminsOnly(200) }],
  'POST /api/v1/invitations': [
    { object: 'new', request: async (f) => ({ path: '/api/v1/invitations', body: { email: `new.${f.unique()}@example.org`, role: 'ohchr_officer' } }), expect: adminsOnly(201) },
  ],
  'DELETE /api/v1/invitations/:id': [{ object: 'open', request: async (f) => ({ path: `/api/v1/invitations/${(await f.invitation()).id}` }), expect: adminsOnly(204) }],
  'POST /api/v1/invitations/preview': [{ object: 'holder of the link', request: async (f) => ({ path: '/api/v1/invitations/preview', body: { token: (await f.invitation()).token } }), expect: everyone(200) }],
  'POST /api/v1/invitations/accept': [
    {
      object: 'holder of the link',
      request: async (f) => ({ path: '/api/v1/invitations/accept', body: { token: (await f.invitation()).token, displayName: 'Invited person', password: 'a fine long passphrase 2026' } }),
      expect: everyone(201),
    },
  ],

  // API tokens: one's own.
  'GET /api/v1/tokens': [{ object: 'own', request: get('/api/v1/tokens'), expect: signedIn(200) }],
  'POST /api/v1/tokens': [
    {
      object: 'own, within the role',
      request: async (_f, caller) => ({
        path: '/api/v1/tokens',
        body: { name: 'Machine client', scopes: caller === 'admin' || caller === 'officer' ? ['registry:write'] : ['assessments:submit'] },
      }),
      expect: signedIn(201),
    },
    { object: 'beyond the role', request: async () => ({ path: '/api/v1/tokens', body: { name: 'Too much', scopes: ['registry:write', 'assessments:review'] } }), expect: { admin: 201, officer: 201, focalA: 400, ngoX: 400, anonymous: 401 } },
  ],
  'DELETE /api/v1/tokens/:id': [
    { object: 'own', request: async (f, caller) => ({ path: `/api/v1/tokens/${await f.apiToken(usersOf(caller))}` }), expect: signedIn(204) },
    { object: 'another person', request: async (f, caller) => ({ path: `/api/v1/tokens/${await f.apiToken(caller === 'admin' ? 'officer' : 'admin')}` }), expect: signedIn(404) },
  ],

  // Audit: OHCHR officers and administrators.
  'GET /api/v1/audit': [{ object: 'all', request: get('/api/v1/audit?entityType=assessment'), expect: registryWriters(200) }],
  'GET /api/v1/audit/:entityType/:entityId': [{ object: 'a recommendation', request: async (f) => ({ path: `/api/v1/audit/recommendation/${f.recA}` }), expect: registryWriters(200) }],

  // Assessments and their sources.
  'GET /api/v1/assessments': [{ object: 'list (confidential ones left out for State users and the public)', request: get('/api/v1/assessments'), expect: everyone(200) }],
  'GET /api/v1/assessments/export': [{ object: 'CSV (sources only for OHCHR)', request: get('/api/v1/assessments/export'), expect: everyone(200) }],
  'GET /api/v1/assessments/:id': [
    { object: 'published, by organisation Y', request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoY', { published: true })}` }), expect: everyone(200) },
    {
      object: 'confidential, by organisation X',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoX', { confidential: true, published: true })}` }),
      expect: { admin: 200, officer: 200, focalA: 404, ngoX: 200, anonymous: 404 },
    },
    {
      object: 'confidential, by organisation Y',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoY', { confidential: true })}` }),
      expect: { admin: 200, officer: 200, focalA: 404, ngoX: 404, anonymous: 404 },
    },
    { object: 'own State report (draft)', request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('focalA')}` }), expect: { admin: 200, officer: 200, focalA: 200, ngoX: 403, anonymous: 401 } },
    { object: 'another State report (draft)', request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('focalB')}` }), expect: { admin: 200, officer: 200, focalA: 403, ngoX: 403, anonymous: 401 } },
  ],
  'POST /api/v1/assessments': [
    {
      object: 'on a recommendation to State A',
      request: async (f) => ({ path: '/api/v1/assessments', body: { recommendationId: f.recA, status: 'not_implemented', narrative: 'Nothing was done.' } }),
      expect: { admin: 403, officer: 403, focalA: 201, ngoX: 201, anonymous: 401 },
    },
    {
      object: 'on a recommendation to State B',
      request: async (f) => ({ path: '/api/v1/assessments', body: { recommendationId: f.recB, status: 'not_implemented', narrative: 'Nothing was done.' } }),
      expect: { admin: 403, officer: 403, focalA: 403, ngoX: 201, anonymous: 401 },
    },
  ],
  'PATCH /api/v1/assessments/:id': [
    {
      object: 'confidential draft of organisation X',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoX', { confidential: true })}`, body: { version: 1, status: 'fully_implemented' } }),
      expect: { admin: 403, officer: 403, focalA: 404, ngoX: 200, anonymous: 401 },
    },
    {
      object: 'own State report (draft)',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('focalA')}`, body: { version: 1, narrative: 'Updated.' } }),
      expect: { admin: 403, officer: 403, focalA: 200, ngoX: 403, anonymous: 401 },
    },
    {
      object: 'another State report (draft)',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('focalB')}`, body: { version: 1, narrative: 'Updated.' } }),
      expect: { admin: 403, officer: 403, focalA: 403, ngoX: 403, anonymous: 401 },
    },
    {
      object: 'published assessment of organisation X (no longer editable)',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoX', { published: true })}`, body: { version: 2, status: 'fully_implemented' } }),
      expect: { admin: 403, officer: 403, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],
  'POST /api/v1/assessments/:id/publish': [
    {
      object: 'confidential draft of organisation X',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoX', { confidential: true })}/publish`, body: {} }),
      expect: { admin: 200, officer: 200, focalA: 404, ngoX: 403, anonymous: 401 },
    },
    {
      object: 'own State report (draft)',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('focalA')}/publish`, body: {} }),
      expect: { admin: 200, officer: 200, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],
  'GET /api/v1/assessments/:id/source': [
    {
      object: 'confidential, by organisation X',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoX', { confidential: true, published: true })}/source` }),
      expect: { admin: 200, officer: 200, focalA: 404, ngoX: 200, anonymous: 404 },
    },
    {
      object: 'published, by organisation Y',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('ngoY', { published: true })}/source` }),
      expect: { admin: 200, officer: 200, focalA: 403, ngoX: 403, anonymous: 401 },
    },
    {
      object: 'another State report (draft)',
      request: async (f) => ({ path: `/api/v1/assessments/${await f.assessment('focalB')}/source` }),
      expect: { admin: 200, officer: 200, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],

  // Voluntary Fund assistance requests (fund-route-policies.ts).
  ...FUND_ROUTE_POLICIES,
  ...FOLLOW_UP_ROUTE_POLICIES,
  // Cooperation records, non-cooperation flags, sweeps, the queue dashboard (cooperation-route-policies.ts).
  ...COOPERATION_ROUTE_POLICIES,

  // Dashboard aggregates: public data only, for everyone (cooperation sections of a profile only for OHCHR, checked in dashboard.api.spec.ts).
  'GET /api/v1/dashboard/progress': [{ object: 'public', request: get('/api/v1/dashboard/progress'), expect: everyone(200) }],
  'GET /api/v1/dashboard/headline': [{ object: 'public', request: get('/api/v1/dashboard/headline'), expect: everyone(200) }],
  'GET /api/v1/dashboard/comparisons': [{ object: 'public', request: get('/api/v1/dashboard/comparisons?dimension=state'), expect: everyone(200) }],
  'GET /api/v1/dashboard/states/:iso3': [{ object: 'State A', request: get(`/api/v1/dashboard/states/${STATE_A}`), expect: everyone(200) }],

  // Demo dataset of the first run: its status is public; loading and removing are OHCHR's.
  'GET /api/v1/demo': [{ object: 'status', request: get('/api/v1/demo'), expect: everyone(200) }],
  'POST /api/v1/demo': [{ object: 'registry not empty', request: async () => ({ path: '/api/v1/demo', body: { recommendations: 100 } }), expect: registryWriters(409) }],
  'DELETE /api/v1/demo': [{ object: 'no demo data', request: get('/api/v1/demo'), expect: registryWriters(200) }],
};
