/** Session lifetime: it ends after `idleMinutes` without use, and `absoluteHours` after sign-in in any case. */

export interface SessionSettings {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

export interface SessionTimes {
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly revokedAt: Date | null;
}

export type SessionStatus = 'active' | 'revoked' | 'idle_timeout' | 'absolute_timeout';

export function sessionStatus(session: SessionTimes, now: Date, settings: SessionSettings): SessionStatus {
  if (session.revokedAt !== null) return 'revoked';
  if (now.getTime() - session.createdAt.getTime() >= settings.absoluteHours * 3_600_000) return 'absolute_timeout';
  if (now.getTime() - session.lastSeenAt.getTime() >= settings.idleMinutes * 60_000) return 'idle_timeout';
  return 'active';
}

/** When the session ends at the latest if it stays in use. */
export function sessionExpiresAt(session: SessionTimes, now: Date, settings: SessionSettings): Date {
  const idle = now.getTime() + settings.idleMinutes * 60_000;
  const absolute = session.createdAt.getTime() + settings.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}
