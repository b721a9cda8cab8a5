import { ConflictException, HttpException, HttpStatus, Inject, Injectable, Logger, NotFoundException, type OnApplicationBootstrap, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  NO_FAILURES,
  permissionsOf,
  requiresSecondFactor,
  sessionExpiresAt,
  sessionStatus,
  throttleAfterFailure,
  throttleCheck,
  type Actor,
  type Role,
  type SessionSettings,
  type ThrottleSettings,
  type TokenScope,
  type UserActor,
} from '@tracker/domain';
import type { AuthConfig } from '../../config/app-config';
import { badRequest } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { AUTH_CONFIG } from './auth-config';
import type { LoginDto, MeDto, SessionDto, SessionStateDto, TotpEnrolmentDto } from './dto/auth.dto';
import { verifyAgainstNothing, verifyPassword } from './passwords';
import type { RequestAuth, RequestSession } from './request-auth';
import { loadSecretsKey, SecretBox, totpContext, type SecretsKeySource } from './secret-box';
import { csrfTokenFor, randomSecret, sha256Hex } from './secrets';
import type { SessionStage } from './session.entity';
import { newTotpSecret, totpUri, verifyTotp } from './totp';

/** A user row as the authentication queries read it. */
interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: Role;
  state_iso3: string | null;
  organisation_id: number | null;
  institution_ids: number[];
  totp_secret: string | null;
  pending_totp_secret: string | null;
  totp_last_step: string | null;
}

interface SessionRow extends UserRow {
  session_id: string;
  stage: SessionStage;
  created_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  deactivated_at: Date | null;
}

export interface ClientInfo {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** The outcome of a sign-in step: the answer, and the new cookie secret when a session was created or rotated. */
export interface SignInResult {
  readonly state: SessionStateDto;
  readonly token: string | null;
}

/** Sign-in steps that are not complete expire after this long. */
const PENDING_SESSION: SessionSettings = { idleMinutes: 10, absoluteHours: 10 / 60 };
/** last_seen_at is written at most this often per session. */
const TOUCH_INTERVAL_MS = 60_000;
const USER_COLUMNS = `u.id, u.email, u.display_name, u.password_hash, u.role, u.state_iso3, u.organisation_id, u.institution_ids,
  u.totp_secret, u.pending_totp_secret, u.totp_last_step`;

export function actorOf(user: Pick<UserRow, 'id' | 'role' | 'state_iso3' | 'organisation_id' | 'institution_ids'>, tokenScopes: readonly TokenScope[] | null): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    role: user.role,
    stateIso3: user.state_iso3 === null ? null : user.state_iso3.trim(),
    organisationId: user.organisation_id,
    institutionIds: user.institution_ids,
    tokenScopes,
  };
}

class TooManyAttemptsException extends HttpException {
  constructor(message: string, retryAfterSeconds: number) {
    super({ statusCode: 429, error: 'Too Many Requests', message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AuthService');
  private readonly sessionSettings: SessionSettings;
  private readonly throttle: ThrottleSettings;
  private readonly secretsKey: SecretsKeySource;
  private readonly sealAtStart: boolean;
  private box: SecretBox | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(AUTH_CONFIG) config: AuthConfig,
  ) {
    this.sessionSettings = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
    this.throttle = { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes };
    this.secretsKey = config.secretsKey;
    this.sealAtStart = config.sealSecondFactorsAtStart;
  }

  /** API processes encrypt the TOTP secrets stored in clear by earlier versions, once, as they start. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.sealAtStart) return;
    const rows: { id: string; totp_secret: string | null; pending_totp_secret: string | null }[] = await this.dataSource.query(
      `SELECT id, totp_secret, pending_totp_secret FROM user_account
       WHERE (totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1:%') OR (pending_totp_secret IS NOT NULL AND pending_totp_secret NOT LIKE 'v1:%')`,
    );
    for (const row of rows) {
      const seal = (value: string | null): string | null => (value === null || SecretBox.isSealed(value) ? value : this.secrets().seal(value, totpContext(row.id)));
      // Only if the row is still as read: another replica starting at the same time may have sealed it.
      await this.dataSource.query(
        `UPDATE user_account SET totp_secret = $2, pending_totp_secret = $3
         WHERE id = $1 AND totp_secret IS NOT DISTINCT FROM $4 AND pending_totp_secret IS NOT DISTINCT FROM $5`,
        [row.id, seal(row.totp_secret), seal(row.pending_totp_secret), row.totp_secret, row.pending_totp_secret],
      );
    }
    if (rows.length > 0) this.logger.log(`Encrypted the second-factor secrets of ${rows.length} account(s) stored in clear.`);
  }

  private secrets(): SecretBox {
    this.box ??= new SecretBox(loadSecretsKey(this.secretsKey));
    return this.box;
  }

  /** The TOTP secret in clear, from its sealed value (or from a value an earlier version stored in clear). */
  private totpSecret(userId: string, stored: string): string {
    if (!SecretBox.isSealed(stored)) return stored;
    try {
      return this.secrets().open(stored, totpContext(userId));
    } catch {
      this.logger.error(`The second-factor secret of account ${userId} does not open: SECRETS_KEY (or DATA_DIR/secrets.key) is not the key it was encrypted with.`);
      throw new ServiceUnavailableException('Second factors cannot be checked at the moment: the server is not configured with the key they were stored with.');
    }
  }

  /** Who a request comes from: its API token, else its session cookie. `null` for a token that is not valid. */
  async authenticate(sessionToken: string | null, bearer: string | null, now: Date): Promise<RequestAuth | null> {
    if (bearer !== null) return this.authenticateToken(bearer, now);
    if (sessionToken === null) return { actor: { kind: 'anonymous' }, session: null };
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.stage, s.created_at, s.last_seen_at, s.revoked_at, u.deactivated_at, ${USER_COLUMNS}
       FROM user_session s JOIN user_account u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [sha256Hex(sessionToken)],
    );
    const row = rows[0];
    if (!row) return { actor: { kind: 'anonymous' }, session: null };
    const status = row.deactivated_at !== null && row.revoked_at === null ? 'revoked' : sessionStatus(
      { createdAt: row.created_at, lastSeenAt: row.last_seen_at, revokedAt: row.revoked_at },
      now,
      row.stage === 'complete' ? this.sessionSettings : PENDING_SESSION,
    );
    if (status !== 'active') {
      if (row.revoked_at === null) {
        await this.dataSource.query(`UPDATE user_session SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL`, [
          row.session_id,
          now,
          row.deactivated_at !== null ? 'deactivated' : status,
        ]);
      }
      return { actor: { kind: 'anonymous' }, session: null };
    }
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = $2 WHERE id = $1`, [row.session_id, now]);
    }
    const session: RequestSession = { id: row.session_id, userId: row.id, stage: row.stage, token: sessionToken };
    return { actor: row.stage === 'complete' ? actorOf(row, null) : { kind: 'anonymous' }, session };
  }

  private async authenticateToken(bearer: string, now: Date): Promise<RequestAuth | null> {
    const rows: (UserRow & { token_id: string; scopes: TokenScope[]; last_used_at: Date | null })[] = await this.dataSource.query(
      `SELECT t.id AS token_id, t.scopes, t.last_used_at, ${USER_COLUMNS}
       FROM api_token t JOIN user_account u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.deactivated_at IS NULL`,
      [sha256Hex(bearer), now],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.last_used_at === null || now.getTime() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE api_token SET last_used_at = $2 WHERE id = $1`, [row.token_id, now]);
    }
    return { actor: actorOf(row, row.scopes), session: null };
  }

  /** First step: e-mail address and password. */
  async login(dto: LoginDto, client: ClientInfo, previous: RequestSession | null, now = new Date()): Promise<SignInResult> {
    const email = dto.email.trim().toLowerCase();
    const keys = [`email:${email}`, ...(client.ip ? [`ip:${client.ip}`] : [])];
    await this.refuseWhileLocked(keys, now, 'Too many failed sign-in attempts for this address.');
    const users: (UserRow & { deactivated_at: Date | null })[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS}, u.deactivated_at FROM user_account u WHERE u.email = $1`,
      [email],
    );
    const user = users.find((u) => u.deactivated_at === null);
    const valid = user ? await verifyPassword(user.password_hash, dto.password) : (await verifyAgainstNothing(dto.password), false);
    if (!user || !valid) {
      const locked = await this.failAttempt(keys, now, { actor: user?.id ?? 'anonymous', userId: user?.id ?? null, reason: 'wrong e-mail address or password', ip: client.ip });
      if (locked) throw locked;
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'The e-mail address or the password is wrong.' });
    }
    const stage: SessionStage = user.totp_secret !== null ? 'second_factor' : requiresSecondFactor(user.role) ? 'enrol_second_factor' : 'complete';
    const token = randomSecret();
    await this.dataSource.transaction(async (manager) => {
      await this.resetThrottle(manager, [`email:${email}`]);
      if (previous) await this.endSession(manager, previous.id, 'replaced', now);
      await manager.query(
        `INSERT INTO user_session (id, token_hash, user_id, stage, created_at, last_seen_at, user_agent, ip) VALUES ($1, $2, $3, $4, $5, $5, $6, $7)`,
        [randomUUID(), sha256Hex(token), user.id, stage, now, client.userAgent?.slice(0, 512) ?? null, client.ip],
      );
      if (stage === 'complete') await this.recordLogin(manager, user.id, 'password', client, now);
    });
    return { token, state: await this.stateFor({ id: '', userId: user.id, stage, token }) };
  }

  /** Second step: the TOTP code. The session secret is rotated when the sign-in completes. */
  async verifySecondFactor(session: RequestSession | null, code: string, client: ClientInfo, now = new Date()): Promise<SignInResult> {
    if (session === null || session.stage !== 'second_factor') {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'No sign-in is waiting for a second factor: sign in with your password first.' });
    }
    const key = `totp:${session.userId}`;
    await this.refuseWhileLocked([key], now, 'Too many wrong codes.');
    const user = await this.user(this.dataSource.manager, session.userId);
    const step =
      user.totp_secret === null ? null : verifyTotp(this.totpSecret(user.id, user.totp_secret), code, user.totp_last_step === null ? null : Number(user.totp_last_step), now);
    if (step === null) {
      const locked = await this.failAttempt([key], now, { actor: user.id, userId: user.id, reason: 'wrong second-factor code', ip: client.ip }, session.id);
      if (locked) throw locked;
      throw badRequest([{ field: 'code', reason: 'is not the current code of your authenticator app' }]);
    }
    return this.completeSignIn(session, now, client, async (manager) => {
      await this.resetThrottle(manager, [key]);
      await manager.query(`UPDATE user_account SET totp_last_step = $2 WHERE id = $1`, [user.id, step]);
    }, 'totp');
  }

  /** Offers a new TOTP secret: during a sign-in that needs enrolment, or to a signed-in person without one. */
  async startEnrolment(auth: RequestAuth): Promise<TotpEnrolmentDto> {
    const userId = this.enrollingUser(auth);
    const user = await this.user(this.dataSource.manager, userId);
    if (user.totp_secret !== null) throw new ConflictException('The second factor is already set up for this account.');
    const secret = newTotpSecret();
    await this.dataSource.query(`UPDATE user_account SET pending_totp_secret = $2 WHERE id = $1`, [userId, this.secrets().seal(secret, totpContext(userId))]);
    return { secret, otpauthUri: totpUri(secret, user.email) };
  }

  /** Confirms the enrolment with a first code; completes a sign-in that was waiting for it. */
  async confirmEnrolment(auth: RequestAuth, code: string, client: ClientInfo, now = new Date()): Promise<SignInResult> {
    const userId = this.enrollingUser(auth);
    const user = await this.user(this.dataSource.manager, userId);
    if (user.totp_secret !== null) throw new ConflictException('The second factor is already set up for this account.');
    if (user.pending_totp_secret === null) throw badRequest([{ field: 'code', reason: 'start the enrolment first: no secret was offered' }]);
    const step = verifyTotp(this.totpSecret(userId, user.pending_totp_secret), code, null, now);
    if (step === null) throw badRequest([{ field: 'code', reason: 'is not the current code for the secret you entered' }]);
    const enrol = async (manager: EntityManager): Promise<void> => {
      await manager.query(`UPDATE user_account SET totp_secret = pending_totp_secret, pending_totp_secret = NULL, totp_last_step = $2, updated_at = now() WHERE id = $1`, [
        userId,
        step,
      ]);
      await this.audit.record(manager, {
        actor: userId,
        action: 'second_factor_enrol',
        entityType: 'user',
        entityId: userId,
        changes: { secondFactor: { before: null, after: 'totp' } },
      });
    };
    const session = auth.session;
    if (session !== null && session.stage === 'enrol_second_factor') return this.completeSignIn(session, now, client, enrol, 'password');
    await this.dataSource.transaction(enrol);
    return { token: null, state: await this.stateFor(session, auth.actor) };
  }

  async logout(auth: RequestAuth, now = new Date()): Promise<void> {
    const session = auth.session;
    if (session === null) return;
    await this.dataSource.transaction(async (manager) => {
      await this.endSession(manager, session.id, 'logout', now);
      await this.audit.record(manager, { actor: session.userId, action: 'logout', entityType: 'user', entityId: session.userId, changes: {} });
    });
  }

  /** The caller's sign-in state, with the CSRF token of its session. */
  async stateFor(session: RequestSession | null, actor?: Actor): Promise<SessionStateDto> {
    if (session === null) {
      if (actor?.kind === 'user') return { stage: 'complete', csrfToken: null, user: await this.me(actor) };
      return { stage: 'anonymous', csrfToken: null, user: null };
    }
    if (session.stage !== 'complete') return { stage: session.stage, csrfToken: csrfTokenFor(session.token), user: null };
    const user = await this.user(this.dataSource.manager, session.userId);
    return { stage: 'complete', csrfToken: csrfTokenFor(session.token), user: await this.me(actorOf(user, null)) };
  }

  async listSessions(actor: UserActor, currentSessionId: string | null, now = new Date()): Promise<SessionDto[]> {
    const rows: { id: string; created_at: Date; last_seen_at: Date; user_agent: string | null; ip: string | null }[] = await this.dataSource.query(
      `SELECT id, created_at, last_seen_at, user_agent, ip FROM user_session
       WHERE user_id = $1 AND revoked_at IS NULL AND stage = 'complete' ORDER BY last_seen_at DESC`,
      [actor.userId],
    );
    return rows
      .filter((r) => sessionStatus({ createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: null }, now, this.sessionSettings) === 'active')
      .map((r) => ({
        id: r.id,
        createdAt: r.created_at.toISOString(),
        lastSeenAt: r.last_seen_at.toISOString(),
        expiresAt: sessionExpiresAt({ createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: null }, now, this.sessionSettings).toISOString(),
        userAgent: r.user_agent,
        ip: r.ip,
        current: r.id === currentSessionId,
      }));
  }

  /** Ends one of the caller's own sessions; another person's session is answered as not found. */
  async revokeSession(actor: UserActor, id: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found: unknown[] = await manager.query(`SELECT 1 FROM user_session WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [id, actor.userId]);
      if (found.length === 0) throw new NotFoundException(`Session ${id} not found`);
      await this.endSession(manager, id, 'revoked', now);
      await this.audit.record(manager, { action: 'session_revoke', entityType: 'user', entityId: actor.userId, changes: { session: { before: id, after: null } } });
    });
  }

  async me(actor: UserActor): Promise<MeDto> {
    const user = await this.user(this.dataSource.manager, actor.userId);
    return {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      role: user.role,
      stateIso3: actor.stateIso3,
      organisationId: user.organisation_id,
      institutionIds: user.institution_ids,
      permissions: [...permissionsOf(actor)],
      secondFactorEnabled: user.totp_secret !== null,
    };
  }

  private enrollingUser(auth: RequestAuth): string {
    if (auth.session !== null && auth.session.stage === 'enrol_second_factor') return auth.session.userId;
    if (auth.session !== null && auth.session.stage === 'complete' && auth.actor.kind === 'user') return auth.actor.userId;
    throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to set up a second factor.' });
  }

  private async completeSignIn(
    session: RequestSession,
    now: Date,
    client: ClientInfo,
    inTransaction: (manager: EntityManager) => Promise<void>,
    method: 'password' | 'totp',
  ): Promise<SignInResult> {
    const token = randomSecret();
    await this.dataSource.transaction(async (manager) => {
      await inTransaction(manager);
      // A new secret for the complete session: whoever saw the half-signed-in cookie cannot use it.
      await manager.query(`UPDATE user_session SET stage = 'complete', token_hash = $2, last_seen_at = $3 WHERE id = $1`, [session.id, sha256Hex(token), now]);
      await this.recordLogin(manager, session.userId, method, client, now);
    });
    return { token, state: await this.stateFor({ ...session, stage: 'complete', token }) };
  }

  private async recordLogin(manager: EntityManager, userId: string, method: 'password' | 'totp', client: ClientInfo, now: Date): Promise<void> {
    await manager.query(`UPDATE user_account SET last_login_at = $2 WHERE id = $1`, [userId, now]);
    await this.audit.record(manager, {
      actor: userId,
      action: 'login',
      entityType: 'user',
      entityId: userId,
      changes: { secondFactor: { before: null, after: method === 'totp' ? 'totp' : 'none' }, ip: { before: null, after: client.ip } },
    });
  }

  private async endSession(manager: EntityManager, id: string, reason: string, now: Date): Promise<void> {
    await manager.query(`UPDATE user_session SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL`, [id, now, reason]);
  }

  private async user(manager: EntityManager, id: string): Promise<UserRow> {
    const rows: UserRow[] = await manager.query(`SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = $1`, [id]);
    const user = rows[0];
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return user;
  }

  private async refuseWhileLocked(keys: readonly string[], now: Date, what: string): Promise<void> {
    const rows: { failures: number; locked_until: Date | null }[] = await this.dataSource.query(
      `SELECT failures, locked_until FROM login_throttle WHERE key = ANY($1::text[])`,
      [keys],
    );
    for (const row of rows) {
      const check = throttleCheck({ failures: row.failures, lockedUntil: row.locked_until }, now);
      if (!check.allowed) {
        throw new TooManyAttemptsException(`${what} Signing in is locked: try again in ${minutes(check.retryAfterSeconds)} minute(s).`, check.retryAfterSeconds);
      }
    }
  }

  /**
   * Counts a failed attempt for every key and audits it; when that starts a lock, audits the lockout,
   * ends the half-signed-in session and returns the notice to throw.
   */
  private async failAttempt(
    keys: readonly string[],
    now: Date,
    who: { actor: string; userId: string | null; reason: string; ip: string | null },
    pendingSessionId?: string,
  ): Promise<TooManyAttemptsException | null> {
    return this.dataSource.transaction(async (manager) => {
      let lockedUntil: Date | null = null;
      for (const key of keys) {
        const rows: { failures: number; locked_until: Date | null }[] = await manager.query(
          `SELECT failures, locked_until FROM login_throttle WHERE key = $1 FOR UPDATE`,
          [key],
        );
        const before = rows[0] ? { failures: rows[0].failures, lockedUntil: rows[0].locked_until } : NO_FAILURES;
        // A client address may fail more often than one account: many people can share it.
        const limit = key.startsWith('ip:') ? { ...this.throttle, maxFailures: this.throttle.maxFailures * 10 } : this.throttle;
        const after = throttleAfterFailure(before, now, limit);
        await manager.query(
          `INSERT INTO login_throttle (key, failures, locked_until, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key) DO UPDATE SET failures = EXCLUDED.failures, locked_until = EXCLUDED.locked_until, updated_at = EXCLUDED.updated_at`,
          [key, after.failures, after.lockedUntil, now],
        );
        if (after.lockedUntil !== null && !key.startsWith('ip:')) lockedUntil = after.lockedUntil;
      }
      const entity = { entityType: 'user', entityId: who.userId ?? 'unknown' };
      await this.audit.record(manager, {
        actor: who.actor,
        action: 'login_failed',
        ...entity,
        changes: { reason: { before: null, after: who.reason }, ip: { before: null, after: who.ip } },
      });
      if (lockedUntil === null) return null;
      await this.audit.record(manager, { actor: who.actor, action: 'lockout', ...entity, changes: { lockedUntil: { before: null, after: lockedUntil.toISOString() } } });
      if (pendingSessionId) await this.endSession(manager, pendingSessionId, 'lockout', now);
      const seconds = Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
      return new TooManyAttemptsException(`Too many failed attempts: signing in to this account is locked for ${minutes(seconds)} minute(s).`, seconds);
    });
  }

  private async resetThrottle(manager: EntityManager, keys: readonly string[]): Promise<void> {
    await manager.query(`UPDATE login_throttle SET failures = 0, locked_until = NULL WHERE key = ANY($1::text[])`, [keys]);
  }
}
