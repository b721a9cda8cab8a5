import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as iconv from 'iconv-lite';
import { Client } from 'pg';
import { createAdministrator, type Account } from './support/accounts';
import { startServer, type RunningServer } from './support/server';
import { totpCode } from './support/totp';

const ROOT = resolve(__dirname, '../..');
const IMPORT_CLI = resolve(ROOT, 'dist/backend/apps/backend/src/cli/import.js');
const WORKER = resolve(ROOT, 'dist/backend/apps/backend/src/worker.js');
const SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A small UPR Info export (MacRoman, CR-only): a joint recommendation, a pledge and a bad State on line 5. */
function uprInfoCsv(): Buffer {
  const rows = [
    ['To', 'To-Rgrp', 'To-Org', 'Text', 'From', 'From-Rgrp', 'From-Org', 'Response', 'Action', 'Issue', 'Session'],
    ['Sénégal', 'Africa', 'AU', 'Adopt a law on domestic violence', 'France', 'WEOG', 'EU', 'Accepted', '5', "Women's rights", '4'],
    ['Senegal', 'Africa', 'AU', 'Adopt a law on  domestic violence', 'Spain', 'WEOG', 'EU', 'Accepted', '5', "Women's rights", '4'],
    ['Chile', 'GRULAC', 'OAS', 'The Government will present a mid-term report', 'Chile', 'GRULAC', 'OAS', 'Voluntary Pledge', '2', 'UPR process', '5'],
    ['Atlantis', 'Africa', 'AU', 'Hold free elections', 'France', 'WEOG', 'EU', 'Noted', '4', 'Elections', '4'],
  ];
  return iconv.encode(rows.map((r) => r.join(',')).join('\r'), 'macintosh');
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function run(args: string[], env: Record<string, string>): Promise<RunResult> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
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

describe('Imports outside the browser: the CLI, and an API process with a separate worker process (production build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tracker-import-'));
  const file = join(dir, 'upr-info-small.csv');
  writeFileSync(file, uprInfoCsv());

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('`npm run import` imports a file, prints the summary as one JSON line, and a second run changes nothing', async () => {
    const name = `tracker_cli_${randomBytes(5).toString('hex')}`;
    await onServer(`CREATE DATABASE ${name}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString() };
    try {
      const first = await run([IMPORT_CLI, file, '--json'], env);
      expect(first.code).toBe(0);
      expect(first.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(first.stdout)).toEqual(
        expect.objectContaining({
          file: 'upr-info-small.csv',
          status: 'completed',
          format: 'upr_info',
          rowsRead: 4,
          created: 1,
          updated: 0,
          unchanged: 0,
          recommendingStateLinks: 2,
          pledges: 1,
          rejected: 1,
          errors: 1,
        }),
      );
      expect(first.stderr).toMatch(/100%\s+4 \/ 4 rows\s+[\d,]+ rows\/s\s+1 errors/);

      const second = await run([IMPORT_CLI, file], env);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/recommendations created\s+0\n/);
      expect(second.stdout).toMatch(/recommendations unchanged\s+1\n/);
      expect(second.stdout).toMatch(/rows rejected\s+1\n/);

      const missing = await run([IMPORT_CLI, join(dir, 'nothing.csv'), '--json'], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('No such file');
    } finally {
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  describe('PROCESS_ROLE=api with a PROCESS_ROLE=worker process, queues on Redis', () => {
    const prefix = `e2e-${randomBytes(4).toString('hex')}`;
    let server: RunningServer;
    let worker: ChildProcess | null = null;
    let workerLog = '';
    let account: Account;

    beforeAll(async () => {
      server = await startServer({ PROCESS_ROLE: 'api', REDIS_URL, QUEUE_PREFIX: prefix, SECRETS_KEY: randomBytes(32).toString('hex') });
      account = await createAdministrator(server, 'worker.test@ohchr.example', 'imports run in the worker process');
    });

    afterAll(async () => {
      if (worker && worker.exitCode === null) {
        worker.kill('SIGTERM');
        await once(worker, 'exit');
      }
      await server?.stop();
    });

    it('queues the upload in the API process and imports it in the worker process', async () => {
      // Sign in (enrolling the second factor the role requires), keeping the session cookie and CSRF token.
      let cookie = '';
      let csrf = '';
      const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
        const headers = new Headers(init.headers);
        if (cookie) headers.set('cookie', cookie);
        if (csrf && init.method && init.method !== 'GET') headers.set('x-csrf-token', csrf);
        const res = await fetch(`${server.baseUrl}${path}`, { ...init, headers });
        const set = res.headers.get('set-cookie');
        if (set) cookie = set.split(';')[0] ?? '';
        return res;
      };
      const json = async <T>(path: string, body: unknown): Promise<T> => {
        const res = await call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${path} → ${res.status}: ${await res.text()}`);
        const parsed = (await res.json()) as T & { csrfToken?: string };
        if (parsed.csrfToken) csrf = parsed.csrfToken;
        return parsed;
      };
      await json('/api/v1/auth/login', { email: account.email, password: account.password });
      const { secret } = await json<{ secret: string }>('/api/v1/auth/second-factor/enrolment', {});
      expect((await json<{ stage: string }>('/api/v1/auth/second-factor/enrolment/confirm', { code: totpCode(secret) })).stage).toBe('complete');

      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(uprInfoCsv())]), 'upr-info-small.csv');
      const uploaded = await call('/api/v1/imports', { method: 'POST', body: form });
      expect(uploaded.status).toBe(202);
      const { id } = (await uploaded.json()) as { id: number };

      // The API process runs no worker: the import waits.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(((await (await call(`/api/v1/imports/${id}`)).json()) as { status: string }).status).toBe('queued');

      worker = spawn(process.execPath, [WORKER], {
        cwd: ROOT,
        env: { ...process.env, PROCESS_ROLE: 'worker', DATABASE_URL: server.databaseUrl, DATA_DIR: server.dataDir, REDIS_URL, QUEUE_PREFIX: prefix },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      worker.stdout?.on('data', (d: Buffer) => (workerLog += d.toString()));
      worker.stderr?.on('data', (d: Buffer) => (workerLog += d.toString()));
      const deadline = Date.now() + 60_000;
      let status = 'queued';
      let summary: Record<string, number> = {};
      while (status !== 'completed' && status !== 'failed') {
        if (Date.now() > deadline) throw new Error(`import still ${status}; worker log:\n${workerLog}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const body = (await (await call(`/api/v1/imports/${id}`)).json()) as { status: string; summary: Record<string, number> };
        status = body.status;
        summary = body.summary;
      }
      expect(status).toBe('completed');
      expect(summary).toEqual(expect.objectContaining({ rowsRead: 4, created: 1, recommendingStateLinks: 2, pledges: 1, rejected: 1 }));
      expect(workerLog).toContain('Workers running on Redis queues');

      // The server refuses the worker role, and the worker process any other role.
      const refused = await run([WORKER], { PROCESS_ROLE: 'api', DATABASE_URL: server.databaseUrl, SECRETS_KEY: randomBytes(32).toString('hex') });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('PROCESS_ROLE must be "worker" for the worker process');
    });
  });
});
