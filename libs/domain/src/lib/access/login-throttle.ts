/**
 * Login throttling: after `maxFailures` consecutive failed sign-ins for the same key (an e-mail
 * address, known or not, so the notice does not reveal which accounts exist; or a client
 * address, with a higher limit), further attempts are refused until `lockMinutes` have passed.
 */

export interface ThrottleSettings {
  readonly maxFailures: number;
  readonly lockMinutes: number;
}

export interface ThrottleState {
  readonly failures: number;
  readonly lockedUntil: Date | null;
}

export const NO_FAILURES: ThrottleState = { failures: 0, lockedUntil: null };

/** Whether an attempt may be made now; when not, how many seconds until it may. */
export function throttleCheck(state: ThrottleState, now: Date): { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number } {
  if (state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime()) {
    return { allowed: false, retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  return { allowed: true };
}

/** The state after one more failed attempt: a lock starts when the limit is reached. */
export function throttleAfterFailure(state: ThrottleState, now: Date, settings: ThrottleSettings): ThrottleState {
  const expired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const failures = (expired ? 0 : state.failures) + 1;
  if (failures >= settings.maxFailures) {
    return { failures, lockedUntil: new Date(now.getTime() + settings.lockMinutes * 60_000) };
  }
  return { failures, lockedUntil: null };
}
