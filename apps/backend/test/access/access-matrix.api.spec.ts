import { relative } from 'node:path';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../test-app';
import { AccessFixture, AUTHOR_OF_X, AUTHOR_OF_Y, CALLERS, SECRET_OF_X, SECRET_OF_Y, type Caller } from './access-fixture';
import { ROUTE_POLICIES } from './route-policies';

const POLICY_FILE = relative(process.cwd(), `${__dirname}/route-policies.ts`);

/** What each caller must never receive, in any body: confidential narratives of others, and authors' names. */
const FORBIDDEN_TEXT: Readonly<Record<Caller, readonly string[]>> = {
  admin: [],
  officer: [],
  focalA: [SECRET_OF_X, SECRET_OF_Y, AUTHOR_OF_X, AUTHOR_OF_Y],
  ngoX: [SECRET_OF_Y, AUTHOR_OF_Y],
  anonymous: [SECRET_OF_X, SECRET_OF_Y, AUTHOR_OF_X, AUTHOR_OF_Y],
};

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every API endpoint as Express serves it ("GET /api/v1/…"); documentation routes and middleware mounts aside. */
function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack
    .flatMap((layer) => {
      const route = layer.route;
      const methods = route ? Object.keys(route.methods).filter((m) => route.methods[m]) : [];
      // Nest mounts middleware as routes answering every method; an endpoint answers one.
      if (!route || methods.length !== 1) return [];
      return [`${String(methods[0]).toUpperCase()} ${route.path}`];
    })
    .filter((key) => / \/api\/(v\d+|health)\//.test(key));
}

describe('Access matrix: every route × every caller × own / foreign / confidential object (real PostgreSQL)', () => {
  let t: TestApp;
  let f: AccessFixture;

  beforeAll(async () => {
    t = await createTestApp();
    f = await AccessFixture.create(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a policy for every route the application serves, and no policy for a route that is gone', () => {
    const routes = registeredRoutes(t);
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter((route) => !(route in ROUTE_POLICIES));
    const stale = Object.keys(ROUTE_POLICIES).filter((key) => !routes.includes(key));
    const problems = [
      ...missing.map((route) => `Route "${route}" has no access policy: add an entry "${route}" to ROUTE_POLICIES in ${POLICY_FILE} with the status every caller (admin, officer, focalA, ngoX, anonymous) must get.`),
      ...stale.map((route) => `ROUTE_POLICIES in ${POLICY_FILE} has an entry "${route}" for a route the application no longer serves: remove or rename it.`),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  const cases = Object.entries(ROUTE_POLICIES).flatMap(([route, list]) => list.map((c) => ({ route, ...c })));

  it.each(cases.map((c) => [c.route, c.object, c] as const))('%s (%s)', async (route, _object, policy) => {
    const [method, template] = route.split(' ') as [string, string];
    const outcomes: string[] = [];
    for (const caller of CALLERS) {
      const req = await policy.request(f, caller);
      expect(req.path.startsWith((template.split('/:')[0] ?? template))).toBe(true);
      const agent = req.agent ?? f.agent(caller);
      const call = agent[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](req.path);
      const res: Response = await (req.body === undefined ? call : call.send(req.body));
      const text = res.text ?? '';
      const leaks = FORBIDDEN_TEXT[caller].filter((secret) => text.includes(secret));
      if (res.status !== policy.expect[caller] || leaks.length > 0) {
        outcomes.push(`${caller}: expected ${policy.expect[caller]}, got ${res.status}${leaks.length ? ` and the body LEAKS ${leaks.join(', ')}` : ''} — ${text.slice(0, 200)}`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});
