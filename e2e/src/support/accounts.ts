import { spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import type { RunningServer } from './server';
import { totpCode } from './totp';

const ROOT = resolve(__dirname, '../../..');
const CREATE_ADMIN = resolve(ROOT, 'dist/backend/apps/backend/src/cli/create-admin.js');

/** A signed-in API client: keeps the session cookie and sends the CSRF token with writes. */
export class ApiSession {
  private cookie: string | null = null;
  private csrf: string | null = null;

  constructor(readonly server: RunningServer) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers['cookie'] = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.server.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${await res.text()}`);
    const text = await res.text();
    const parsed = (text === '' ? undefined : JSON.parse(text)) as T;
    const csrf = (parsed as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof csrf === 'string') this.csrf = csrf;
    return parsed;
  }
}

export interface Account {
  readonly email: string;
  readonly password: string;
  /** The TOTP secret once a second factor is enrolled. */
  totpSecret: string | null;
}

/** `npm run create-admin` as an operator would run it, the password on standard input. */
export async function createAdministrator(server: RunningServer, email: string, password: string): Promise<Account> {
  const child = spawn(process.execPath, [CREATE_ADMIN, '--email', email, '--name', 'First Administrator'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: server.databaseUrl },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  child.stdin.end(`${password}\n`);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`create-admin exited with ${code}: ${output}`);
  return { email, password, totpSecret: null };
}

interface SessionState {
  stage: string;
}

/**
 * Signs in through the API; enrols the second factor when the role requires it (and keeps the
 * secret on the account). Codes are taken one step ahead, as a code is accepted only once.
 */
export async function signIn(server: RunningServer, account: Account): Promise<ApiSession> {
  const session = new ApiSession(server);
  let state = await session.call<SessionState>('POST', '/api/v1/auth/login', { email: account.email, password: account.password });
  if (state.stage === 'enrol_second_factor') {
    const enrolment = await session.call<{ secret: string }>('POST', '/api/v1/auth/second-factor/enrolment', {});
    account.totpSecret = enrolment.secret;
    state = await session.call<SessionState>('POST', '/api/v1/auth/second-factor/enrolment/confirm', { code: totpCode(enrolment.secret) });
  } else if (state.stage === 'second_factor' && account.totpSecret) {
    state = await session.call<SessionState>('POST', '/api/v1/auth/login/second-factor', { code: totpCode(account.totpSecret, 1) });
  }
  if (state.stage !== 'complete') throw new Error(`sign-in of ${account.email} stopped at ${state.stage}`);
  return session;
}

/** An administrator invites; the person accepts with the link's token and a password. */
export async function invite(
  admin: ApiSession,
  scope: { email: string; role: string; stateIso3?: string; organisationId?: number },
  password: string,
  displayName: string,
): Promise<Account> {
  const created = await admin.call<{ acceptUrl: string }>('POST', '/api/v1/invitations', scope);
  const token = created.acceptUrl.split('#token=')[1];
  await new ApiSession(admin.server).call('POST', '/api/v1/invitations/accept', { token, displayName, password });
  return { email: scope.email, password, totpSecret: null };
}

const administrators = new WeakMap<RunningServer, Promise<ApiSession>>();

/** The server's first administrator (created once with create-admin), signed in. */
export function administratorOf(server: RunningServer): Promise<ApiSession> {
  let session = administrators.get(server);
  if (!session) {
    session = createAdministrator(server, 'first.admin@example.org', 'first administrator passphrase 2026').then((account) => signIn(server, account));
    administrators.set(server, session);
  }
  return session;
}

/**
 * Signs a person in through the sign-in page of `page`, as a person would: e-mail address and
 * password, then the code of the authenticator app when the account has a second factor; waits
 * until the page shows them signed in.
 */
export async function signInWithBrowser(page: Page, server: RunningServer, account: Account, lang = 'en'): Promise<void> {
  await page.goto(`${server.baseUrl}/${lang}/login`);
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (account.totpSecret) {
    const code = page.getByLabel('6-digit code from your authenticator app');
    await code.waitFor();
    await code.fill(totpCode(account.totpSecret, 1));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
  }
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
