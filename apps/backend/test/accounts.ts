import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { requiresSecondFactor, type Role } from '@tracker/domain';
import type { AuthConfig } from '../src/config/app-config';
import { AUTH_CONFIG } from '../src/modules/auth/auth-config';
import { loadSecretsKey, SecretBox, totpContext } from '../src/modules/auth/secret-box';
import { newTotpSecret, totpCode, totpStep } from '../src/modules/auth/totp';
import { createAccount } from '../src/modules/users/create-account';
import type { TestApp } from './test-app';

export interface AccountSpec {
  readonly role: Role;
  readonly stateIso3?: string;
  readonly organisationId?: number;
  readonly institutionIds?: number[];
  readonly displayName?: string;
}

/** A person signed in through the real API: the agent carries the session cookie and the CSRF header. */
export interface SignedIn {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string | null;
  readonly csrfToken: string;
  readonly http: TestAgent;
}

export const TEST_PASSWORD = 'a long test passphrase 4 tracker';

/** The TOTP code of the next 30-second step (a code already used in the current step would be refused as a replay). */
export function nextTotpCode(secret: string): string {
  return totpCode(secret, totpStep(new Date()) + 1);
}

/** Creates an account of the role (with TOTP enrolled for roles that require it) directly in the database. */
export async function createTestAccount(t: TestApp, spec: AccountSpec): Promise<{ id: string; email: string; totpSecret: string | null }> {
  const dataSource = t.app.get(DataSource);
  const email = `${spec.role}.${randomBytes(4).toString('hex')}@example.org`;
  const id = await createAccount(
    dataSource,
    {
      email,
      displayName: spec.displayName ?? `Test ${spec.role}`,
      password: TEST_PASSWORD,
      scope: { role: spec.role, stateIso3: spec.stateIso3 ?? null, organisationId: spec.organisationId ?? null, institutionIds: spec.institutionIds ?? [] },
    },
    'test',
  );
  const totpSecret = requiresSecondFactor(spec.role) ? newTotpSecret() : null;
  if (totpSecret) {
    // Stored as the server stores it: sealed with its key, bound to the account.
    const box = new SecretBox(loadSecretsKey(t.app.get<AuthConfig>(AUTH_CONFIG).secretsKey));
    await dataSource.query(`UPDATE user_account SET totp_secret = $2 WHERE id = $1`, [id, box.seal(totpSecret, totpContext(id))]);
  }
  return { id, email, totpSecret };
}

/** Signs in through POST /auth/login (and the second factor when enrolled). */
export async function signIn(t: TestApp, account: { id: string; email: string; totpSecret: string | null }, password = TEST_PASSWORD): Promise<SignedIn> {
  const http = request.agent(t.app.getHttpServer());
  const login = await http.post('/api/v1/auth/login').send({ email: account.email, password });
  if (login.status !== 200) throw new Error(`login of ${account.email} answered ${login.status}: ${JSON.stringify(login.body)}`);
  let state = login.body as { stage: string; csrfToken: string };
  if (state.stage === 'second_factor' && account.totpSecret) {
    const code = nextTotpCode(account.totpSecret);
    const second = await http.post('/api/v1/auth/login/second-factor').set('X-CSRF-Token', state.csrfToken).send({ code });
    if (second.status !== 200) throw new Error(`second factor of ${account.email} answered ${second.status}: ${JSON.stringify(second.body)}`);
    state = second.body;
  }
  if (state.stage !== 'complete') throw new Error(`sign-in of ${account.email} stopped at ${state.stage}`);
  http.set('X-CSRF-Token', state.csrfToken);
  return { ...account, password, csrfToken: state.csrfToken, http };
}

/** An account of the role, signed in. */
export async function signedIn(t: TestApp, spec: AccountSpec): Promise<SignedIn> {
  return signIn(t, await createTestAccount(t, spec));
}
