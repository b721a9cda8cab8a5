import { NO_FAILURES, throttleAfterFailure, throttleCheck } from './login-throttle';

const settings = { maxFailures: 3, lockMinutes: 15 };
const at = (minute: number): Date => new Date(Date.UTC(2026, 10, 29, 10, minute));

describe('login throttling', () => {
  it('locks after the maximum of consecutive failures and tells how long to wait', () => {
    let state = throttleAfterFailure(NO_FAILURES, at(0), settings);
    state = throttleAfterFailure(state, at(1), settings);
    expect(throttleCheck(state, at(1))).toEqual({ allowed: true });
    state = throttleAfterFailure(state, at(2), settings);
    expect(state.lockedUntil).toEqual(at(17));
    expect(throttleCheck(state, at(7))).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it('allows attempts again once the lock has passed, starting a new count', () => {
    const locked = { failures: 3, lockedUntil: at(17) };
    expect(throttleCheck(locked, at(17))).toEqual({ allowed: true });
    expect(throttleAfterFailure(locked, at(18), settings)).toEqual({ failures: 1, lockedUntil: null });
  });
});
