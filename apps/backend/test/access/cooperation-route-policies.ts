import { DataSource } from 'typeorm';
import { STATES, TREATY_CODES } from '@tracker/domain';
import type { AccessFixture } from './access-fixture';
import { STATE_A } from './access-fixture';
import type { Expected, PolicyCase } from './route-policies';

/**
 * Access policy of cooperation records, non-cooperation flags, sweeps and the queue dashboard
 * (spread into ROUTE_POLICIES). Records and flags are OHCHR's working material: OHCHR officers and
 * administrators read them and change records; only OHCHR officers review flags and ask for an
 * evaluation; only administrators see the job queues.
 */
const registryWriters = (status: number): Expected => ({ admin: status, officer: status, focalA: 403, ngoX: 403, anonymous: 401 });
const officersOnly = (status: number): Expected => ({ admin: 403, officer: status, focalA: 403, ngoX: 403, anonymous: 401 });
const adminsOnly = (status: number): Expected => ({ admin: status, officer: 403, focalA: 403, ngoX: 403, anonymous: 401 });

const POOL = STATES.filter((s) => s.unMember).map((s) => s.iso3);
let counter = 0;
const next = (): number => (counter += 1);
const day = (n: number): string => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** A body with a natural key no other call has used, per kind of record. */
const BODIES: Readonly<Record<string, (n: number) => object>> = {
  'upr-participation': (n) => ({ stateIso3: POOL[Math.floor(n / 54) % POOL.length], session: 1 + (n % 54), reviewDate: '2020-01-01', nationalReport: 'done', troika: 'done', interactiveDialogue: 'done', responses: 'done', midTermReport: 'pending' }),
  'treaty-ratifications': (n) => ({ stateIso3: POOL[Math.floor(n / TREATY_CODES.length) % POOL.length], treaty: TREATY_CODES[n % TREATY_CODES.length], ratifiedYear: 1999 }),
  'treaty-reports': (n) => ({ stateIso3: STATE_A, body: 'CAT', reportType: 'periodic', dueOn: day(n) }),
  'follow-up-grades': (n) => ({ stateIso3: STATE_A, body: 'CCPR', assessedOn: '2024-01-01', paragraph: `p${n}`, scale: 'ccpr_2013', grade: 'B' }),
  'standing-invitations': (n) => ({ stateIso3: STATE_A, extendedOn: day(n) }),
  'visit-requests': (n) => ({ stateIso3: STATE_A, mandate: `Mandate ${n}`, history: [{ status: 'requested', on: '2024-01-01' }] }),
  communications: (n) => ({ stateIso3: STATE_A, reference: `REF ${n}`, type: 'other_letter', sentOn: '2024-01-01' }),
  'reprisals-mentions': (n) => ({ stateIso3: POOL[Math.floor(n / 90) % POOL.length], reportYear: 2010 + (n % 90) }),
};

async function record(f: AccessFixture, path: string): Promise<number> {
  return (await f.ok<{ id: number }>(f.users.officer.http.post(`/api/v1/cooperation/${path}`).send(BODIES[path]?.(next()) ?? {}))).id;
}

/** An open flag of a State no other call used, written as the sweep would. */
async function openFlag(f: AccessFixture): Promise<number> {
  const iso3 = POOL[next() % POOL.length];
  const db = f.t.app.get(DataSource);
  const [flag] = await db.query<{ id: number }[]>(
    `INSERT INTO cooperation_flag (state_iso3, rule_id, category, status, severity, persistent, first_seen_window, last_seen_window, version)
     VALUES ($1, 'sp_visits_declined', 'non_cooperation', 'open', 'low', false, '2026-Q4', '2026-Q4', 1)
     ON CONFLICT (state_iso3, rule_id) DO UPDATE SET status = 'open', version = 1 RETURNING id`,
    [iso3],
  );
  const id = flag?.id ?? 0;
  await db.query(
    `INSERT INTO cooperation_flag_window (flag_id, state_iso3, rule_id, window_key, severity, persistent, explanation, evaluated_on)
     VALUES ($1, $2, 'sp_visits_declined', '2026-Q4', 'low', false, 'test', '2026-11-15') ON CONFLICT DO NOTHING`,
    [id, iso3],
  );
  return id;
}

function kindPolicies(path: string): Record<string, readonly PolicyCase[]> {
  const base = `/api/v1/cooperation/${path}`;
  return {
    [`GET ${base}`]: [{ object: 'all', request: async () => ({ path: base }), expect: registryWriters(200) }],
    [`GET ${base}/:id`]: [{ object: 'a record', request: async (f) => ({ path: `${base}/${await record(f, path)}` }), expect: registryWriters(200) }],
    [`POST ${base}`]: [{ object: 'new', request: async () => ({ path: base, body: BODIES[path]?.(next()) ?? {} }), expect: registryWriters(201) }],
    [`PATCH ${base}/:id`]: [{ object: 'a record', request: async (f) => ({ path: `${base}/${await record(f, path)}`, body: { version: 1, source: 'Checked again' } }), expect: registryWriters(200) }],
    [`DELETE ${base}/:id`]: [{ object: 'a record', request: async (f) => ({ path: `${base}/${await record(f, path)}` }), expect: registryWriters(204) }],
    [`POST ${base}/import`]: [{ object: 'no file', request: async () => ({ path: `${base}/import`, body: {} }), expect: registryWriters(400) }],
  };
}

export const COOPERATION_ROUTE_POLICIES: Readonly<Record<string, readonly PolicyCase[]>> = {
  ...Object.assign({}, ...Object.keys(BODIES).map(kindPolicies)),
  'GET /api/v1/flags': [{ object: 'all', request: async () => ({ path: '/api/v1/flags' }), expect: registryWriters(200) }],
  'GET /api/v1/flags/rules': [{ object: 'rules', request: async () => ({ path: '/api/v1/flags/rules' }), expect: registryWriters(200) }],
  'GET /api/v1/flags/:id': [{ object: 'an open flag', request: async (f) => ({ path: `/api/v1/flags/${await openFlag(f)}` }), expect: registryWriters(200) }],
  'POST /api/v1/flags/:id/review': [
    { object: 'an open flag, taken under review', request: async (f) => ({ path: `/api/v1/flags/${await openFlag(f)}/review`, body: { action: 'start_review', version: 1 } }), expect: officersOnly(200) },
  ],
  'POST /api/v1/flags/evaluate': [{ object: 'State A', request: async () => ({ path: '/api/v1/flags/evaluate', body: { stateIso3: STATE_A, asOf: '2026-01-15' } }), expect: officersOnly(202) }],
  'GET /api/v1/flags/sweeps': [{ object: 'latest', request: async () => ({ path: '/api/v1/flags/sweeps' }), expect: registryWriters(200) }],
  'GET /api/v1/flags/sweeps/:id': [{ object: 'unknown', request: async () => ({ path: '/api/v1/flags/sweeps/999999' }), expect: registryWriters(404) }],
  'GET /api/v1/admin/queues': [{ object: 'dashboard', request: async () => ({ path: '/api/v1/admin/queues' }), expect: adminsOnly(200) }],
};
