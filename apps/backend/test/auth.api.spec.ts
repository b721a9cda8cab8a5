import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { totpCode, totpStep } from '../src/modules/auth/totp';
import { createTestAccount, nextTotpCode, signIn, signedIn, TEST_PASSWORD, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';

interface AuditRow {
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

describe('Accounts, sign-in, sessions, tokens, invitations and audit (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let db: DataSource;

  const audit = async (where: string, params: unknown[] = []): Promise<AuditRow[]> =>
    db.query(`SELECT actor, action, entity_type, entity_id, changes FROM audit_log WHERE ${where} ORDER BY id`, params);

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' });
    db = t.app.get(DataSource);
    admin = await signedIn(t, { role: 'administrator' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in with password then TOTP, in an httpOnly SameSite=Strict cookie, and audits the login with the user as actor', async () => {
    const account = await createTestAccount(t, { role: 'ohchr_officer' });
    const http = request.agent(t.app.getHttpServer());
    const first = await http.post('/api/v1/auth/login').send({ email: account.email.toUpperCase(), password: TEST_PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ stage: 'second_factor', csrfToken: expect.any(String), user: null });
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/tracker_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // Half signed in is not signed in.
    expect((await http.get('/api/v1/auth/sessions')).status).toBe(401);
    const wrong = await http.post('/api/v1/auth/login/second-factor').set('X-CSRF-Token', first.body.csrfToken).send({ code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'code', reason: 'is not the current code of your authenticator app' }]);
    const second = await http.post('/api/v1/auth/login/second-factor').set('X-CSRF-Token', first.body.csrfToken).send({ code: nextTotpCode(String(account.totpSecret)) });
    expect(second.status).toBe(200);
    expect(second.body.stage).toBe('complete');
    expect(second.body.user).toEqual(expect.objectContaining({ id: account.id, role: 'ohchr_officer', permissions: ['registry:write', 'audit:read', 'assessments:review'], secondFactorEnabled: true }));
    // The session secret is rotated when the sign-in completes.
    expect(String(second.headers['set-cookie'])).not.toBe(cookie);
    expect(second.body.csrfToken).not.toBe(first.body.csrfToken);
    const rows = await audit(`entity_id = $1 AND action IN ('login', 'login_failed')`, [account.id]);
    expect(rows.map((r) => [r.actor, r.action])).toEqual([
      [account.id, 'login_failed'],
      [account.id, 'login'],
    ]);
    expect(rows[1]?.changes['secondFactor']).toEqual({ before: null, after: 'totp' });
  });

  it('refuses a TOTP code that was already used (replay)', async () => {
    const account = await createTestAccount(t, { role: 'ohchr_officer' });
    const step = totpStep(new Date()) + 1;
    await db.query(`UPDATE user_account SET totp_last_step = $2 WHERE id = $1`, [account.id, step]);
    const http = request.agent(t.app.getHttpServer());
    const first = await http.post('/api/v1/auth/login').send({ email: account.email, password: TEST_PASSWORD });
    const replay = await http.post('/api/v1/auth/login/second-factor').set('X-CSRF-Token', first.body.csrfToken).send({ code: totpCode(String(account.totpSecret), step) });
    expect(replay.status).toBe(400);
  });

  it('answers a wrong password and an unknown address alike, then locks the address with a notice, and audits both', async () => {
    const account = await createTestAccount(t, { role: 'ngo_monitor', organisationId: (await admin.http.post('/api/v1/stakeholders').send({ name: 'Lock NGO', kind: 'ngo' })).body.id });
    const anon = request(t.app.getHttpServer());
    const unknown = await anon.post('/api/v1/auth/login').send({ email: 'nobody@example.org', password: 'wrong password here' });
    const wrong1 = await anon.post('/api/v1/auth/login').send({ email: account.email, password: 'wrong password here' });
    expect(unknown.status).toBe(401);
    expect(wrong1.status).toBe(401);
    expect(wrong1.body.message).toBe(unknown.body.message);
    await anon.post('/api/v1/auth/login').send({ email: account.email, password: 'wrong password here' });
    const third = await anon.post('/api/v1/auth/login').send({ email: account.email, password: 'wrong password here' });
    expect(third.status).toBe(429);
    expect(third.body.message).toMatch(/locked for 15 minute/);
    const right = await anon.post('/api/v1/auth/login').send({ email: account.email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.message).toMatch(/try again in 15 minute/);
    expect(right.body.retryAfterSeconds).toBeGreaterThan(800);
    const rows = await audit(`entity_id = $1`, [account.id]);
    expect(rows.filter((r) => r.action === 'login_failed')).toHaveLength(3);
    expect(rows.filter((r) => r.action === 'lockout').map((r) => r.actor)).toEqual([account.id]);
    // An unknown address is locked the same way: the notice does not tell which accounts exist.
    await anon.post('/api/v1/auth/login').send({ email: 'nobody@example.org', password: 'wrong password here' });
    expect((await anon.post('/api/v1/auth/login').send({ email: 'nobody@example.org', password: 'wrong password here' })).status).toBe(429);
  });

  it('asks administrators and officers without a second factor to enrol before anything else', async () => {
    const account = await createTestAccount(t, { role: 'administrator' });
    await db.query(`UPDATE user_account SET totp_secret = NULL WHERE id = $1`, [account.id]);
    const http = request.agent(t.app.getHttpServer());
    const first = await http.post('/api/v1/auth/login').send({ email: account.email, password: TEST_PASSWORD });
    expect(first.body.stage).toBe('enrol_second_factor');
    const csrf = first.body.csrfToken as string;
    expect((await http.get('/api/v1/users')).status).toBe(401);
    const enrolment = await http.post('/api/v1/auth/second-factor/enrolment').set('X-CSRF-Token', csrf).send({});
    expect(enrolment.status).toBe(200);
    expect(enrolment.body.otpauthUri).toContain(`secret=${enrolment.body.secret}`);
    const stored = async (): Promise<{ totp_secret: string | null; pending_totp_secret: string | null }> =>
      (await db.query(`SELECT totp_secret, pending_totp_secret FROM user_account WHERE id = $1`, [account.id]))[0];
    // The secret offered is kept encrypted, never in clear.
    expect((await stored()).pending_totp_secret).toMatch(/^v1:/);
    expect(JSON.stringify(await stored())).not.toContain(enrolment.body.secret);
    const bad = await http.post('/api/v1/auth/second-factor/enrolment/confirm').set('X-CSRF-Token', csrf).send({ code: '12345' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'code', reason: 'must be the 6 digits shown by your authenticator app' }]);
    const confirmed = await http.post('/api/v1/auth/second-factor/enrolment/confirm').set('X-CSRF-Token', csrf).send({ code: totpCode(enrolment.body.secret, totpStep(new Date())) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.stage).toBe('complete');
    expect((await http.get('/api/v1/users').set('X-CSRF-Token', confirmed.body.csrfToken)).status).toBe(200);
    expect((await audit(`entity_id = $1 AND action = 'second_factor_enrol'`, [account.id])).map((r) => r.actor)).toEqual([account.id]);
    const enrolled = await stored();
    expect(enrolled.totp_secret).toMatch(/^v1:/);
    expect(enrolled.pending_totp_secret).toBeNull();
    expect(JSON.stringify(enrolled)).not.toContain(enrolment.body.secret);
  });

  it('encrypts second factors an earlier version stored in clear as an API process starts; a secret copied to another account does not open', async () => {
    const legacy = await createTestAccount(t, { role: 'ohchr_officer' });
    const other = await createTestAccount(t, { role: 'ohchr_officer' });
    const secretOf = async (id: string): Promise<string> => (await db.query(`SELECT totp_secret FROM user_account WHERE id = $1`, [id]))[0].totp_secret;
    await db.query(`UPDATE user_account SET totp_secret = $2 WHERE id = $1`, [legacy.id, legacy.totpSecret]);
    // Still accepted in clear until the process starts again…
    await expect(signIn(t, legacy)).resolves.toMatchObject({ id: legacy.id });
    await t.app.get(AuthService).onApplicationBootstrap();
    const sealed = await secretOf(legacy.id);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(String(legacy.totpSecret));
    // …and afterwards, sealed (a later code: the one just used would be a replay).
    await db.query(`UPDATE user_account SET totp_last_step = NULL WHERE id = $1`, [legacy.id]);
    await expect(signIn(t, legacy)).resolves.toMatchObject({ id: legacy.id });
    // Starting again changes nothing more.
    await t.app.get(AuthService).onApplicationBootstrap();
    expect(await secretOf(legacy.id)).toBe(sealed);

    // A sealed value moved to another account is refused (the code of its real owner does not sign the other in).
    await db.query(`UPDATE user_account SET totp_secret = $2 WHERE id = $1`, [other.id, sealed]);
    const http = request.agent(t.app.getHttpServer());
    const first = await http.post('/api/v1/auth/login').send({ email: other.email, password: TEST_PASSWORD });
    const second = await http.post('/api/v1/auth/login/second-factor').set('X-CSRF-Token', first.body.csrfToken).send({ code: nextTotpCode(String(legacy.totpSecret)) });
    expect(second.status).toBe(503);
    expect(second.body.message).toMatch(/not configured with the key/);
    expect((await http.get('/api/v1/auth/sessions')).status).toBe(401);
  });

  it('resets a lost second factor: administrators only, with a reason, not their own; the person’s sessions end and they enrol again', async () => {
    const officer = await signedIn(t, { role: 'ohchr_officer' });
    const reset = (by: SignedIn, id: string, body: Record<string, unknown>) => by.http.post(`/api/v1/users/${id}/second-factor/reset`).send(body);
    expect((await reset(officer, admin.id, { version: 1, reason: 'taking over' })).status).toBe(403);
    const noReason = await reset(admin, officer.id, { version: 1, reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', reason: 'must say why the second factor is reset' }]);
    const own = await reset(admin, admin.id, { version: 1, reason: 'new phone' });
    expect(own.status).toBe(400);
    expect(own.body.errors).toEqual([{ field: 'id', reason: 'is your own account: ask another administrator to reset your second factor' }]);
    expect((await reset(admin, officer.id, { version: 7, reason: 'Lost phone' })).status).toBe(409);

    const done = await reset(admin, officer.id, { version: 1, reason: 'Lost phone; identity confirmed by video call' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: officer.id, secondFactorEnabled: false, version: 2 });
    const row = (await db.query(`SELECT totp_secret, pending_totp_secret, totp_last_step FROM user_account WHERE id = $1`, [officer.id]))[0];
    expect(row).toEqual({ totp_secret: null, pending_totp_secret: null, totp_last_step: null });
    // The session opened with the lost phone is over.
    expect((await officer.http.get('/api/v1/auth/sessions')).status).toBe(401);
    const rows = await audit(`entity_id = $1 AND action = 'second_factor_reset'`, [officer.id]);
    expect(rows.map((r) => [r.actor, r.changes])).toEqual([
      [admin.id, { secondFactor: { before: 'totp', after: null }, reason: { before: null, after: 'Lost phone; identity confirmed by video call' } }],
    ]);
    // Nothing left to reset; the officer's next sign-in asks for a new second factor.
    expect((await reset(admin, officer.id, { version: 2, reason: 'again' })).status).toBe(409);
    const next = await request.agent(t.app.getHttpServer()).post('/api/v1/auth/login').send({ email: officer.email, password: TEST_PASSWORD });
    expect(next.body.stage).toBe('enrol_second_factor');
  });

  it('refuses cookie-authenticated writes without the CSRF token of the session', async () => {
    const officer = await signedIn(t, { role: 'ohchr_officer' });
    const withoutToken = await officer.http.post('/api/v1/stakeholders').set('X-CSRF-Token', 'forged').send({ name: 'Forged', kind: 'ngo' });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.message).toMatch(/CSRF/);
    const missing = await officer.http.post('/api/v1/stakeholders').set('X-CSRF-Token', '').send({ name: 'No token', kind: 'ngo' });
    expect(missing.status).toBe(403);
    expect((await officer.http.post('/api/v1/stakeholders').send({ name: 'With token', kind: 'ngo' })).status).toBe(201);
  });

  it('ends the session on the server at logout: the old cookie opens nothing afterwards', async () => {
    const account = await createTestAccount(t, { role: 'state_focal_point', stateIso3: 'HRV' });
    const http = request(t.app.getHttpServer());
    const login = await http.post('/api/v1/auth/login').send({ email: account.email, password: TEST_PASSWORD });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = login.body.csrfToken as string;
    expect((await http.get('/api/v1/auth/me').set('Cookie', cookie)).body.stage).toBe('complete');
    expect((await http.post('/api/v1/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', csrf).send({})).status).toBe(204);
    const replayed = await http.get('/api/v1/auth/me').set('Cookie', cookie);
    expect(replayed.body.stage).toBe('anonymous');
    expect((await http.post('/api/v1/assessments').set('Cookie', cookie).set('X-CSRF-Token', csrf).send({ recommendationId: 1, status: 'no_information', narrative: 'x' })).status).toBe(401);
    expect((await audit(`actor = $1 AND action = 'logout'`, [account.id])).map((r) => r.entity_id)).toEqual([account.id]);
  });

  it('ends sessions after the idle timeout and after the absolute timeout', async () => {
    const monitorOrg = (await admin.http.post('/api/v1/stakeholders').send({ name: 'Idle NGO', kind: 'ngo' })).body.id as number;
    const idle = await signedIn(t, { role: 'ngo_monitor', organisationId: monitorOrg });
    await db.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [idle.id]);
    expect((await idle.http.get('/api/v1/auth/me')).body.stage).toBe('anonymous');
    const old = await signedIn(t, { role: 'ngo_monitor', organisationId: monitorOrg });
    await db.query(`UPDATE user_session SET created_at = now() - interval '12 hours 1 minute' WHERE user_id = $1`, [old.id]);
    expect((await old.http.get('/api/v1/auth/me')).body.stage).toBe('anonymous');
    const reasons: { revoked_reason: string }[] = await db.query(`SELECT revoked_reason FROM user_session WHERE user_id = ANY($1::uuid[]) ORDER BY user_id = $2 DESC`, [[idle.id, old.id], idle.id]);
    expect(reasons.map((r) => r.revoked_reason)).toEqual(['idle_timeout', 'absolute_timeout']);
  });

  it('lists my sessions and revokes another one of mine, but not somebody else’s', async () => {
    const account = await createTestAccount(t, { role: 'state_focal_point', stateIso3: 'SVN' });
    const laptop = await signIn(t, account);
    const phone = await signIn(t, account);
    const list = await laptop.http.get('/api/v1/auth/sessions');
    expect(list.body).toHaveLength(2);
    const phoneSession = list.body.find((s: { current: boolean }) => !s.current);
    expect((await admin.http.delete(`/api/v1/auth/sessions/${phoneSession.id}`)).status).toBe(404);
    expect((await laptop.http.delete(`/api/v1/auth/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await phone.http.get('/api/v1/auth/me')).body.stage).toBe('anonymous');
    expect((await laptop.http.get('/api/v1/auth/sessions')).body).toHaveLength(1);
    expect((await laptop.http.delete('/api/v1/auth/sessions/not-a-uuid')).status).toBe(400);
  });

  it('invites by e-mail with role and scope, shows the link once, and opens the account with an ASVS password', async () => {
    const bad = await admin.http.post('/api/v1/invitations').send({ email: 'fp@gov.example', role: 'state_focal_point' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'stateIso3', reason: 'is required for a State focal point' }]);
    const created = await admin.http.post('/api/v1/invitations').send({ email: 'FP@gov.example', role: 'state_focal_point', stateIso3: 'SVN' });
    expect(created.status).toBe(201);
    expect(created.body.acceptUrl).toMatch(/^http:\/\/localhost:3000\/accept-invitation#token=[A-Za-z0-9_-]{40,}$/);
    const token = created.body.acceptUrl.split('#token=')[1] as string;
    const stored: { token_hash: string }[] = await db.query(`SELECT token_hash FROM invitation WHERE id = $1`, [created.body.id]);
    expect(stored[0]?.token_hash).not.toContain(token);
    const anon = request(t.app.getHttpServer());
    expect((await anon.post('/api/v1/invitations/preview').send({ token })).body).toEqual(expect.objectContaining({ email: 'fp@gov.example', role: 'state_focal_point', stateName: 'Slovenia' }));
    const short = await anon.post('/api/v1/invitations/accept').send({ token, displayName: 'Focal Point', password: 'too short' });
    expect(short.body.errors).toEqual([{ field: 'password', reason: 'must be at least 12 characters long' }]);
    const common = await anon.post('/api/v1/invitations/accept').send({ token, displayName: 'Focal Point', password: 'password1234' });
    expect(common.body.errors).toEqual([{ field: 'password', reason: 'is too common: it appears in a list of frequently used passwords; choose another one' }]);
    const accepted = await anon.post('/api/v1/invitations/accept').send({ token, displayName: 'Focal Point', password: 'ljubljana spring reports 2027' });
    expect(accepted.status).toBe(201);
    expect((await anon.post('/api/v1/invitations/accept').send({ token, displayName: 'Again', password: 'ljubljana spring reports 2027' })).status).toBe(404);
    const me = await signIn(t, { id: '', email: 'fp@gov.example', totpSecret: null }, 'ljubljana spring reports 2027');
    const state = (await me.http.get('/api/v1/auth/me')).body;
    expect(state.user).toEqual(expect.objectContaining({ role: 'state_focal_point', stateIso3: 'SVN', permissions: ['assessments:submit'] }));
    const hashes: { password_hash: string }[] = await db.query(`SELECT password_hash FROM user_account WHERE email = 'fp@gov.example'`);
    expect(hashes[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect((await audit(`entity_id = $1`, [created.body.id])).map((r) => r.action)).toEqual(['invite', 'invitation_accept']);
  });

  it('changes roles with an audited permission change, ends the person’s sessions, and keeps the last administrator', async () => {
    const org = (await admin.http.post('/api/v1/stakeholders').send({ name: 'Role NGO', kind: 'ngo' })).body.id as number;
    const person = await signedIn(t, { role: 'ngo_monitor', organisationId: org });
    const users = await admin.http.get('/api/v1/users');
    const row = users.body.find((u: { id: string }) => u.id === person.id);
    const changed = await admin.http.patch(`/api/v1/users/${person.id}`).send({ version: row.version, role: 'state_focal_point', stateIso3: 'HRV' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual(expect.objectContaining({ role: 'state_focal_point', stateIso3: 'HRV', organisationId: null }));
    const rows = await audit(`entity_id = $1 AND action = 'permission_change'`, [person.id]);
    expect(rows.map((r) => r.actor)).toEqual([admin.id]);
    expect(rows[0]?.changes['role']).toEqual({ before: 'ngo_monitor', after: 'state_focal_point' });
    expect((await person.http.get('/api/v1/auth/me')).body.stage).toBe('anonymous');
    const self = (await admin.http.get('/api/v1/users')).body.find((u: { id: string }) => u.id === admin.id);
    await db.query(`UPDATE user_account SET deactivated_at = now() WHERE role = 'administrator' AND id <> $1`, [admin.id]);
    const lastAdmin = await admin.http.patch(`/api/v1/users/${admin.id}`).send({ version: self.version, role: 'ohchr_officer' });
    expect(lastAdmin.status).toBe(400);
    expect(lastAdmin.body.errors).toEqual([{ field: 'role', reason: 'the last active administrator cannot lose the role or be deactivated' }]);
    await db.query(`UPDATE user_account SET deactivated_at = NULL WHERE role = 'administrator'`);
    await expect(db.query(`DELETE FROM user_account WHERE id = $1`, [person.id])).rejects.toThrow(/never deleted/);
  });

  it('issues scoped API tokens, stores only their hash, narrows them to the scopes and revokes them', async () => {
    const officer = await signedIn(t, { role: 'ohchr_officer' });
    const created = await officer.http.post('/api/v1/tokens').send({ name: 'National system', scopes: ['audit:read'], expiresInDays: 30 });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^trk_/);
    const stored: { token_hash: string; prefix: string }[] = await db.query(`SELECT token_hash, prefix FROM api_token WHERE id = $1`, [created.body.id]);
    expect(stored[0]?.token_hash).toHaveLength(64);
    expect(stored[0]?.token_hash).not.toContain(token.slice(4));
    const machine = request(t.app.getHttpServer());
    expect((await machine.get('/api/v1/audit').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    // Outside the token's scopes, though within the officer's role; and no CSRF token is needed (no cookie).
    expect((await machine.post('/api/v1/stakeholders').set('Authorization', `Bearer ${token}`).send({ name: 'Via token', kind: 'ngo' })).status).toBe(403);
    // Tokens cannot manage accounts or mint tokens.
    expect((await machine.post('/api/v1/tokens').set('Authorization', `Bearer ${token}`).send({ name: 'x1', scopes: ['audit:read'] })).status).toBe(403);
    expect((await machine.get('/api/v1/audit').set('Authorization', 'Bearer trk_wrong')).status).toBe(401);
    expect((await officer.http.get('/api/v1/tokens')).body.map((x: { id: string }) => x.id)).toContain(created.body.id);
    expect((await officer.http.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await machine.get('/api/v1/audit').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    expect((await audit(`entity_id = $1`, [created.body.id])).map((r) => [r.action, r.actor])).toEqual([
      ['token_create', officer.id],
      ['token_revoke', officer.id],
    ]);
    const badScope = await officer.http.post('/api/v1/tokens').send({ name: 'Bad', scopes: ['users:manage'] });
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors[0].field).toBe('scopes');
  });

  it('searches the audit log by filters with keyset pages, answers per object, audits the search and validates filters', async () => {
    const officer = await signedIn(t, { role: 'ohchr_officer' });
    const rec = (await officer.http.post('/api/v1/recommendations').send({ body: 'CAT', stateIso3: 'SVN', text: 'Prevent torture in detention' })).body;
    for (const paragraph of ['1', '2', '3']) {
      const current = (await officer.http.get(`/api/v1/recommendations/${rec.id}`)).body;
      await officer.http.patch(`/api/v1/recommendations/${rec.id}`).send({ version: current.version, paragraph });
    }
    const page1 = await officer.http.get('/api/v1/audit').query({ entityType: 'recommendation', entityId: String(rec.id), limit: 3 });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((i: { action: string }) => i.action)).toEqual(['update', 'update', 'update']);
    expect(page1.body.items[0]).toEqual(expect.objectContaining({ actor: officer.id, actorName: 'Test ohchr_officer', changes: { paragraph: { before: '2', after: '3' } } }));
    const page2 = await officer.http.get('/api/v1/audit').query({ entityType: 'recommendation', entityId: String(rec.id), limit: 3, cursor: page1.body.nextCursor });
    expect(page2.body.items.map((i: { action: string }) => i.action)).toEqual(['create']);
    expect(page2.body.nextCursor).toBeNull();
    const history = await officer.http.get(`/api/v1/audit/recommendation/${rec.id}`);
    expect(history.body.items).toHaveLength(4);
    const byActor = await officer.http.get('/api/v1/audit').query({ actor: officer.id, action: 'create', from: '2000-01-01', to: '2999-01-01' });
    expect(byActor.body.items.map((i: { entityType: string }) => i.entityType)).toEqual(['recommendation']);
    const badDate = await officer.http.get('/api/v1/audit').query({ from: 'yesterday' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0]).toEqual({ field: 'from', reason: 'must be an ISO 8601 date or date-time' });
    expect((await officer.http.get('/api/v1/audit/Recommendation!/1')).status).toBe(400);
    expect((await audit(`actor = $1 AND action = 'audit_search'`, [officer.id])).length).toBeGreaterThanOrEqual(4);
  });
});
