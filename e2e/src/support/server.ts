import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { administratorOf } from './accounts';

const ROOT = resolve(__dirname, '../../..');
const MAIN = resolve(ROOT, 'dist/backend/apps/backend/src/main.js');
const FRONTEND = resolve(ROOT, 'dist/frontend/browser');
const SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A TCP port nobody listens on at the moment, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => done(port));
    });
  });
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface RunningServer {
  readonly baseUrl: string;
  readonly databaseUrl: string;
  /** The server's DATA_DIR (evidence, Fund documents): a temporary folder unless the test gives one. */
  readonly dataDir: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the production build exactly as `npm start` runs it, but on a fresh database
 * of the test server, a free port and a temporary DATA_DIR, and waits until it is ready.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(MAIN) || !existsSync(resolve(FRONTEND, 'en', 'index.html'))) {
    throw new Error('The build is missing: run `npm run build` first (npm test does it).');
  }
  const name = `tracker_e2e_${randomBytes(5).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const port = await freePort();
  const ownDataDir = env['DATA_DIR'] === undefined;
  const dataDir = env['DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'tracker-e2e-'));
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', FRONTEND_DIR: FRONTEND, ...env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server not ready after 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    databaseUrl,
    dataDir,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * JSON API calls for arranging test data. Reads go out anonymously; changes are made as the
 * server's first administrator (created with `create-admin`, signed in with its second factor).
 */
export async function api<T>(server: RunningServer, method: string, path: string, body?: unknown): Promise<T> {
  if (method !== 'GET') return (await administratorOf(server)).call<T>(method, path, body);
  const res = await fetch(`${server.baseUrl}${path}`);
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
