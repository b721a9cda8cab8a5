import type { AccessFixture } from './access-fixture';
import { STATE_A, STATE_B } from './access-fixture';
import { fundDocument, fundRequest, type FundStage } from './fund-fixture';
import type { Expected, PolicyCase } from './route-policies';

/**
 * Access policy of the Voluntary Fund routes (spread into ROUTE_POLICIES). Requests nobody may read
 * answer 404 as if missing (a State's request is not public before it is approved and published);
 * administrators read everything but take no part in the Fund's workflow.
 */
const everyone = (status: number): Expected => ({ admin: status, officer: status, focalA: status, ngoX: status, anonymous: status });
const path = (id: number, rest = ''): string => `/api/v1/fund/requests/${id}${rest}`;

/** One document per fixture and request kind, created once and shared by the callers of a read-only case. */
const sharedDocuments = new WeakMap<AccessFixture, Promise<{ requestId: number; documentId: number }>>();
function sharedFileOfStateA(f: AccessFixture): Promise<{ requestId: number; documentId: number }> {
  let shared = sharedDocuments.get(f);
  if (!shared) {
    shared = fundRequest(f, 'A', 'draft').then(async (requestId) => ({ requestId, documentId: await fundDocument(f, requestId, 'file') }));
    sharedDocuments.set(f, shared);
  }
  return shared;
}

const fresh = (state: 'A' | 'B', stage: FundStage) => (f: AccessFixture) => fundRequest(f, state, stage);

export const FUND_ROUTE_POLICIES: Readonly<Record<string, readonly PolicyCase[]>> = {
  'GET /api/v1/fund/requests': [{ object: 'list (unpublished ones left out for monitors and the public)', request: async () => ({ path: '/api/v1/fund/requests' }), expect: everyone(200) }],
  'GET /api/v1/fund/aggregates': [{ object: 'figures of the Fund page', request: async () => ({ path: '/api/v1/fund/aggregates?granularity=month' }), expect: everyone(200) }],
  'POST /api/v1/fund/requests': [
    {
      object: 'for State A',
      request: async (f) => ({ path: '/api/v1/fund/requests', body: { stateIso3: STATE_A, activityType: 'good_practice_exchange', channel: 'ohchr_headquarters', recommendationIds: [f.recA] } }),
      expect: { admin: 403, officer: 201, focalA: 201, ngoX: 403, anonymous: 401 },
    },
    {
      object: 'for State B',
      request: async (f) => ({ path: '/api/v1/fund/requests', body: { stateIso3: STATE_B, activityType: 'good_practice_exchange', channel: 'ohchr_headquarters', recommendationIds: [f.recB] } }),
      expect: { admin: 403, officer: 201, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],
  'GET /api/v1/fund/requests/:id': [
    { object: 'draft of State A', request: async (f) => ({ path: path(await fresh('A', 'draft')(f)) }), expect: { admin: 200, officer: 200, focalA: 200, ngoX: 404, anonymous: 404 } },
    { object: 'approved, unpublished, of State B', request: async (f) => ({ path: path(await fresh('B', 'approved')(f)) }), expect: { admin: 200, officer: 200, focalA: 404, ngoX: 404, anonymous: 404 } },
    { object: 'approved and published, of State B', request: async (f) => ({ path: path(await fresh('B', 'published')(f)) }), expect: everyone(200) },
  ],
  'PATCH /api/v1/fund/requests/:id': [
    {
      object: 'draft of State A',
      request: async (f) => ({ path: path(await fresh('A', 'draft')(f)), body: { version: 1, description: 'Changed' } }),
      expect: { admin: 403, officer: 200, focalA: 200, ngoX: 404, anonymous: 401 },
    },
    {
      object: 'draft of State B',
      request: async (f) => ({ path: path(await fresh('B', 'draft')(f)), body: { version: 1, description: 'Changed' } }),
      expect: { admin: 403, officer: 200, focalA: 404, ngoX: 404, anonymous: 401 },
    },
    {
      object: 'submitted, of State A (no longer a draft)',
      request: async (f) => ({ path: path(await fresh('A', 'submitted')(f)), body: { version: 2, description: 'Changed' } }),
      expect: { admin: 403, officer: 409, focalA: 409, ngoX: 404, anonymous: 401 },
    },
  ],
  'POST /api/v1/fund/requests/:id/transitions': [
    {
      object: 'submit a draft of State A',
      request: async (f) => ({ path: path(await fresh('A', 'draft')(f), '/transitions'), body: { action: 'submit' } }),
      expect: { admin: 403, officer: 403, focalA: 200, ngoX: 404, anonymous: 401 },
    },
    {
      object: 'start reviewing a submitted request of State A',
      request: async (f) => ({ path: path(await fresh('A', 'submitted')(f), '/transitions'), body: { action: 'start_review' } }),
      expect: { admin: 403, officer: 200, focalA: 403, ngoX: 404, anonymous: 401 },
    },
    {
      object: 'complete a published, approved request of State B (out of order)',
      request: async (f) => ({ path: path(await fresh('B', 'published')(f), '/transitions'), body: { action: 'complete' } }),
      expect: { admin: 403, officer: 409, focalA: 403, ngoX: 403, anonymous: 401 },
    },
  ],
  'POST /api/v1/fund/requests/:id/disbursements': [
    {
      object: 'approved request of State A',
      request: async (f) => ({ path: path(await fresh('A', 'approved')(f), '/disbursements'), body: { amountMinor: '100000', disbursedOn: new Date().toISOString().slice(0, 10) } }),
      expect: { admin: 403, officer: 201, focalA: 403, ngoX: 404, anonymous: 401 },
    },
  ],
  'POST /api/v1/fund/requests/:id/disbursements/:disbursementId/void': [
    {
      object: 'a disbursement of an approved request of State A',
      request: async (f) => {
        const id = await fresh('A', 'approved')(f);
        const paid = await f.ok<{ disbursements: { id: number }[] }>(
          f.users.officer.http.post(path(id, '/disbursements')).send({ amountMinor: '100000', disbursedOn: new Date().toISOString().slice(0, 10) }),
        );
        return { path: path(id, `/disbursements/${paid.disbursements[0]?.id ?? 0}/void`), body: { reason: 'Entered twice' } };
      },
      expect: { admin: 403, officer: 200, focalA: 403, ngoX: 404, anonymous: 401 },
    },
  ],
  'POST /api/v1/fund/requests/:id/publish': [
    { object: 'approved request of State A', request: async (f) => ({ path: path(await fresh('A', 'approved')(f), '/publish'), body: {} }), expect: { admin: 403, officer: 200, focalA: 403, ngoX: 404, anonymous: 401 } },
  ],
  'POST /api/v1/fund/requests/:id/archive': [
    { object: 'draft of State A', request: async (f) => ({ path: path(await fresh('A', 'draft')(f), '/archive'), body: { reason: 'Entered twice' } }), expect: { admin: 403, officer: 204, focalA: 204, ngoX: 404, anonymous: 401 } },
  ],
  'GET /api/v1/fund/requests/:id/recommendations': [
    { object: 'draft of State A', request: async (f) => ({ path: path(await fresh('A', 'draft')(f), '/recommendations') }), expect: { admin: 200, officer: 200, focalA: 200, ngoX: 404, anonymous: 404 } },
    { object: 'approved and published, of State B', request: async (f) => ({ path: path(await fresh('B', 'published')(f), '/recommendations') }), expect: everyone(200) },
  ],
  'POST /api/v1/fund/requests/:id/documents': [
    {
      object: 'a link on a draft of State A',
      request: async (f) => ({ path: path(await fresh('A', 'draft')(f), '/documents'), body: { title: 'Project page', url: 'https://www.ohchr.org/' } }),
      expect: { admin: 403, officer: 201, focalA: 201, ngoX: 404, anonymous: 401 },
    },
  ],
  'GET /api/v1/fund/requests/:id/documents/:documentId': [
    {
      object: 'a file of a draft of State A',
      request: async (f) => {
        const { requestId, documentId } = await sharedFileOfStateA(f);
        return { path: path(requestId, `/documents/${documentId}`) };
      },
      expect: { admin: 200, officer: 200, focalA: 200, ngoX: 404, anonymous: 404 },
    },
  ],
  'POST /api/v1/fund/requests/:id/documents/:documentId/archive': [
    {
      object: 'a link of a draft of State A',
      request: async (f) => {
        const requestId = await fresh('A', 'draft')(f);
        return { path: path(requestId, `/documents/${await fundDocument(f, requestId, 'link')}/archive`), body: { reason: 'Wrong page' } };
      },
      expect: { admin: 403, officer: 200, focalA: 200, ngoX: 404, anonymous: 401 },
    },
  ],
};
