import { sessionExpiresAt, sessionStatus } from './sessions';

const settings = { idleMinutes: 30, absoluteHours: 12 };
const t = (hours: number, minutes = 0): Date => new Date(Date.UTC(2026, 10, 29, hours, minutes));

describe('session lifetime', () => {
  it('stays active while used within the idle timeout', () => {
    expect(sessionStatus({ createdAt: t(8), lastSeenAt: t(10), revokedAt: null }, t(10, 29), settings)).toBe('active');
  });

  it('ends after the idle timeout without use', () => {
    expect(sessionStatus({ createdAt: t(8), lastSeenAt: t(10), revokedAt: null }, t(10, 30), settings)).toBe('idle_timeout');
  });

  it('ends at the absolute timeout even when in constant use', () => {
    expect(sessionStatus({ createdAt: t(8), lastSeenAt: t(19, 59), revokedAt: null }, t(20), settings)).toBe('absolute_timeout');
    expect(sessionExpiresAt({ createdAt: t(8), lastSeenAt: t(19, 50), revokedAt: null }, t(19, 50), settings)).toEqual(t(20));
  });

  it('is over once revoked (logout, revoke, deactivation)', () => {
    expect(sessionStatus({ createdAt: t(8), lastSeenAt: t(8), revokedAt: t(8, 1) }, t(8, 2), settings)).toBe('revoked');
  });
});
