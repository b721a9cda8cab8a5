import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { STATES } from '@tracker/domain';
import { signedIn, type SignedIn } from './accounts';
import { waitForSweep, type SweepStatus } from './cooperation-sweep';
import { TEST_REDIS_URL } from './queues';
import { TcpProxy } from './tcp-proxy';
import { createTestApp, type TestApp } from './test-app';

const ROOT = resolve(__dirname, '../../..');
const MEMBERS = STATES.filter((s) => s.unMember).length;
const AS_OF = '2026-11-15';

async function clearPrefix(prefix: string): Promise<void> {
  const redis = new IORedis(TEST_REDIS_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}

/** What a duplicated or half-written evaluation would leave behind: must all be empty. */
async function duplicates(t: TestApp): Promise<unknown[]> {
  return t.app.get(DataSource).query(`
    SELECT 'flag' AS what, state_iso3, rule_id, count(*) FROM cooperation_flag GROUP BY state_iso3, rule_id HAVING count(*) > 1
    UNION ALL SELECT 'window', state_iso3, rule_id || ' ' || window_key, count(*) FROM cooperation_flag_window GROUP BY state_iso3, rule_id, window_key HAVING count(*) > 1
    UNION ALL SELECT 'raised event', f.state_iso3, f.rule_id, count(*) FROM cooperation_flag_event e JOIN cooperation_flag f ON f.id = e.flag_id WHERE e.action = 'raised' GROUP BY f.state_iso3, f.rule_id HAVING count(*) <> 1
    UNION ALL SELECT 'flag without window', f.state_iso3, f.rule_id, 0 FROM cooperation_flag f WHERE NOT EXISTS (SELECT 1 FROM cooperation_flag_window w WHERE w.flag_id = f.id)`);
}

async function seedRecords(officer: SignedIn): Promise<void> {
  const post = async (path: string, body: object): Promise<void> => {
    const res = await officer.http.post(`/api/v1/cooperation/${path}`).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await post('upr-participation', { stateIso3: 'ERI', session: 47, reviewDate: '2024-11-04', nationalReport: 'missed', troika: 'missed', interactiveDialogue: 'missed', responses: 'missed', midTermReport: 'pending' });
  await post('standing-invitations', { stateIso3: 'SVN', extendedOn: '2003-01-01' });
}

/** A worker process (`npm run worker` from the sources), killed with SIGKILL when the test says. */
function startWorker(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/backend/src/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: 'apps/backend/tsconfig.json', PROCESS_ROLE: 'worker', DATABASE_POOL_SIZE: '4', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const ready = new Promise<void>((resolveReady, reject) => {
    const onData = (d: Buffer): void => {
      log += d.toString();
      if (log.includes('Workers running on')) resolveReady();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${log}`)));
  });
  return { child, output: () => log, ready };
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

describe('Sweep faults on Redis: a worker killed mid-sweep', () => {
  const prefix = `test-coop-kill-${randomBytes(4).toString('hex')}`;
  let t: TestApp;
  let officer: SignedIn;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // The API alone: the sweep runs in separate worker processes, as in production.
    t = await createTestApp({ PROCESS_ROLE: 'api', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, COOPERATION_SWEEP_CRON: 'off' });
    officer = await signedIn(t, { role: 'ohchr_officer' });
    await seedRecords(officer);
  });

  afterAll(async () => {
    for (const w of workers) await kill(w);
    await t.close();
    await clearPrefix(prefix);
  });

  it('finishes the sweep after a new worker starts, with no duplicate and no half-written flag', async () => {
    const env = { DATABASE_URL: t.db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix, COOPERATION_SWEEP_CRON: 'off' };
    const first = startWorker(env);
    workers.push(first.child);
    await first.ready;

    const started = await officer.http.post('/api/v1/flags/evaluate').send({ asOf: AS_OF });
    expect(started.status).toBe(202);
    const id = (started.body as SweepStatus).id;
    const db = t.app.get(DataSource);
    // Kill the worker as soon as it is under way, with jobs in flight.
    for (;;) {
      const [row] = await db.query<{ done: number }[]>(`SELECT count(*) FILTER (WHERE status = 'done')::int AS done FROM cooperation_sweep_state WHERE sweep_id = $1`, [id]);
      if ((row?.done ?? 0) >= 3) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await kill(first.child);
    const halfway = await waitForSweepState(officer, id);
    expect(halfway.running).toBe(true);
    expect(halfway.done).toBeLessThan(MEMBERS);

    const second = startWorker(env);
    workers.push(second.child);
    await second.ready;
    // Jobs that were running in the killed worker come back once their lock expires (BullMQ's stalled-job check).
    const done = await waitForSweep(officer, id, 150_000);
    expect(done).toMatchObject({ total: MEMBERS, done: MEMBERS, failed: 0, running: false });
    await expect(duplicates(t)).resolves.toEqual([]);
    const [{ n }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM cooperation_flag`);
    // Every Member State but Slovenia lacks a standing invitation; Eritrea also missed its review.
    expect(n).toBe(MEMBERS - 1 + 2);
  }, 240_000);
});

async function waitForSweepState(officer: SignedIn, id: number): Promise<SweepStatus> {
  return (await officer.http.get(`/api/v1/flags/sweeps/${id}`)).body as SweepStatus;
}

describe('Sweep faults: Redis unavailable for 30 s (a TCP proxy stopped, the real Redis untouched)', () => {
  const prefix = `test-coop-outage-${randomBytes(4).toString('hex')}`;
  const redisUrl = new URL(TEST_REDIS_URL);
  const proxy = new TcpProxy(redisUrl.hostname, Number(redisUrl.port || 6379));
  let t: TestApp;
  let officer: SignedIn;

  beforeAll(async () => {
    await proxy.start();
    t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, QUEUE_PREFIX: prefix, COOPERATION_SWEEP_CRON: 'off' });
    officer = await signedIn(t, { role: 'ohchr_officer' });
    await seedRecords(officer);
  });

  afterAll(async () => {
    await t.close();
    await proxy.stop();
    await clearPrefix(prefix);
  });

  it('keeps the API serving while Redis is away, refuses new evaluations with 503, and completes the sweep afterwards', async () => {
    const started = await officer.http.post('/api/v1/flags/evaluate').send({ asOf: AS_OF });
    expect(started.status).toBe(202);
    const id = (started.body as SweepStatus).id;
    await proxy.stop();
    const outageEnds = Date.now() + 30_000;

    const during: number[][] = [];
    while (Date.now() < outageEnds - 6_000) {
      const live = await t.http.get('/api/health/live');
      const states = await t.http.get('/api/v1/states');
      const sweep = await officer.http.get(`/api/v1/flags/sweeps/${id}`);
      during.push([live.status, states.status, sweep.status]);
      await new Promise((r) => setTimeout(r, 2_000));
    }
    expect(during.length).toBeGreaterThan(5);
    expect(during.every((statuses) => statuses.every((s) => s === 200))).toBe(true);
    const refused = await officer.http.post('/api/v1/flags/evaluate').send({ asOf: AS_OF, stateIso3: 'ERI' });
    expect(refused.status).toBe(503);
    expect(refused.body.message).toMatch(/could not be queued/);

    await new Promise((r) => setTimeout(r, Math.max(0, outageEnds - Date.now())));
    await proxy.start();
    const done = await waitForSweep(officer, id, 90_000);
    expect(done).toMatchObject({ total: MEMBERS, done: MEMBERS, failed: 0 });
    await expect(duplicates(t)).resolves.toEqual([]);
  }, 180_000);
});
