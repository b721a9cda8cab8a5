import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { csrfTokenFor, randomSecret, sha256Hex } from '../../src/modules/auth/secrets';
import { signIn, createTestAccount, type SignedIn } from '../accounts';
import type { TestApp } from '../test-app';

/** The callers of the access matrix. */
export const CALLERS = ['admin', 'officer', 'focalA', 'ngoX', 'anonymous'] as const;
export type Caller = (typeof CALLERS)[number];

export const STATE_A = 'SVN';
export const STATE_B = 'HRV';
/** Text that only OHCHR and organisation X may ever receive (confidential narratives of X). */
export const SECRET_OF_X = 'CONFIDENTIAL-X-';
/** Text only OHCHR and organisation Y may ever receive. */
export const SECRET_OF_Y = 'CONFIDENTIAL-Y-';
/** Part of the names of the monitors of X and Y: sources are read only through the audited source endpoint. */
export const AUTHOR_OF_X = 'SECRET-AUTHOR-X';
export const AUTHOR_OF_Y = 'SECRET-AUTHOR-Y';

type Owner = 'ngoX' | 'ngoY' | 'focalA' | 'focalB';

/**
 * The people and records the matrix runs against: State A (focal point A's own) and State B,
 * organisations X (monitor X's own) and Y, and factories for fresh objects so that a write by
 * one caller never changes what the next caller sees.
 */
export class AccessFixture {
  readonly users = {} as Record<Exclude<Caller, 'anonymous'> | 'focalB' | 'ngoY', SignedIn>;
  orgX = 0;
  orgY = 0;
  recA = 0;
  recB = 0;
  private counter = 0;

  constructor(readonly t: TestApp) {}

  static async create(t: TestApp): Promise<AccessFixture> {
    const f = new AccessFixture(t);
    const admin = await signIn(t, await createTestAccount(t, { role: 'administrator', displayName: 'Admin' }));
    f.users.admin = admin;
    f.orgX = (await f.ok(admin.http.post('/api/v1/stakeholders').send({ name: 'Organisation X', kind: 'ngo', stateIso3: STATE_A }))).id;
    f.orgY = (await f.ok(admin.http.post('/api/v1/stakeholders').send({ name: 'Organisation Y', kind: 'nhri', stateIso3: STATE_B }))).id;
    f.users.officer = await signIn(t, await createTestAccount(t, { role: 'ohchr_officer', displayName: 'Officer' }));
    f.users.focalA = await signIn(t, await createTestAccount(t, { role: 'state_focal_point', stateIso3: STATE_A, displayName: 'Focal point A' }));
    f.users.focalB = await signIn(t, await createTestAccount(t, { role: 'state_focal_point', stateIso3: STATE_B, displayName: 'Focal point B' }));
    f.users.ngoX = await signIn(t, await createTestAccount(t, { role: 'ngo_monitor', organisationId: f.orgX, displayName: `Monitor ${AUTHOR_OF_X}` }));
    f.users.ngoY = await signIn(t, await createTestAccount(t, { role: 'ngo_monitor', organisationId: f.orgY, displayName: `Monitor ${AUTHOR_OF_Y}` }));
    f.recA = (await f.recommendation(STATE_A)).id;
    f.recB = (await f.recommendation(STATE_B)).id;
    return f;
  }

  /** The agent a caller sends its requests with. */
  agent(caller: Caller): TestAgent {
    return caller === 'anonymous' ? request(this.t.app.getHttpServer()) : this.users[caller].http;
  }

  userId(caller: Exclude<Caller, 'anonymous'> | 'focalB' | 'ngoY'): string {
    return this.users[caller].id;
  }

  unique(): string {
    this.counter += 1;
    return `${this.counter}${randomBytes(3).toString('hex')}`;
  }

  async recommendation(stateIso3: string): Promise<{ id: number; version: number }> {
    return this.ok(this.users.officer.http.post('/api/v1/recommendations').send({ body: 'CCPR', stateIso3, text: `Recommendation ${this.unique()} to ${stateIso3}` }));
  }

  async stakeholder(): Promise<{ id: number; version: number }> {
    return this.ok(this.users.officer.http.post('/api/v1/stakeholders').send({ name: `Stakeholder ${this.unique()}`, kind: 'ngo' }));
  }

  /** The body of a new State with unique codes, outside the seeded ISO and M49 ranges. */
  newStateBody(): Record<string, unknown> {
    this.counter += 1;
    const n = this.counter;
    const letter = (k: number): string => String.fromCharCode(65 + (k % 26));
    // Q plus two letters from the end of the alphabet: no seeded State (Qatar is QAT) uses them.
    const iso3 = `Q${letter(25 - Math.floor(n / 26))}${letter(n)}`;
    return {
      iso3,
      iso2: `X${letter(n)}`,
      m49: String(900 + (n % 100)),
      name: `Test State ${iso3}`,
      unMember: false,
      observer: false,
      m49Region: 'Test',
      m49SubRegion: 'Test',
      ldc: false,
      lldc: false,
      sids: false,
    };
  }

  /** A State that exists only for this case. */
  async state(): Promise<string> {
    const body = this.newStateBody();
    await this.ok(this.users.officer.http.post('/api/v1/states').send(body));
    return String(body['iso3']);
  }

  /** An assessment filed by `by`, optionally confidential and/or published. Returns its id. */
  async assessment(by: Owner, options: { recommendationId?: number; confidential?: boolean; published?: boolean } = {}): Promise<number> {
    const secret = by === 'ngoX' ? SECRET_OF_X : by === 'ngoY' ? SECRET_OF_Y : 'REPORT-';
    const recommendationId = options.recommendationId ?? (by === 'focalB' ? this.recB : this.recA);
    const created = await this.ok<{ id: number }>(
      this.users[by].http.post('/api/v1/assessments').send({
        recommendationId,
        status: 'partially_implemented',
        narrative: options.confidential ? `${secret}${this.unique()} what the source saw` : `Public assessment ${this.unique()}`,
        confidential: options.confidential ?? false,
      }),
    );
    if (options.published) await this.ok(this.users.officer.http.post(`/api/v1/assessments/${created.id}/publish`).send({}));
    return created.id;
  }

  /** A complete session of the user, made directly, so that revoking or logging out does not end the matrix's own sessions. */
  async extraSession(userId: string): Promise<{ id: string; agent: TestAgent }> {
    const token = randomSecret();
    const id = randomUUID();
    await this.t.app
      .get(DataSource)
      .query(`INSERT INTO user_session (id, token_hash, user_id, stage, last_seen_at) VALUES ($1, $2, $3, 'complete', now())`, [id, sha256Hex(token), userId]);
    const agent = request.agent(this.t.app.getHttpServer()).set('Cookie', `tracker_session=${token}`).set('X-CSRF-Token', csrfTokenFor(token));
    return { id, agent };
  }

  async invitation(): Promise<{ id: string; token: string }> {
    const created = await this.ok<{ id: string; acceptUrl: string }>(
      this.users.admin.http.post('/api/v1/invitations').send({ email: `invitee.${this.unique()}@example.org`, role: 'ngo_monitor', organisationId: this.orgX }),
    );
    return { id: created.id, token: created.acceptUrl.split('#token=')[1] ?? '' };
  }

  async apiToken(owner: Exclude<Caller, 'anonymous'>): Promise<string> {
    const scopes = owner === 'admin' || owner === 'officer' ? ['audit:read'] : ['assessments:submit'];
    return (await this.ok<{ id: string }>(this.users[owner].http.post('/api/v1/tokens').send({ name: `token ${this.unique()}`, scopes }))).id;
  }

  /** A fresh monitor account for role changes. */
  async account(): Promise<{ id: string; version: number }> {
    const created = await createTestAccount(this.t, { role: 'ngo_monitor', organisationId: this.orgX });
    return { id: created.id, version: 1 };
  }

  /** A fresh officer account with an enrolled second factor, for second-factor resets. */
  async officerAccount(): Promise<{ id: string; version: number }> {
    const created = await createTestAccount(this.t, { role: 'ohchr_officer' });
    return { id: created.id, version: 1 };
  }

  async ok<T = { id: number; version: number }>(pending: PromiseLike<{ status: number; body: unknown }>): Promise<T> {
    const res = await pending;
    if (res.status >= 300) throw new Error(`fixture request failed with ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as T;
  }
}
