import type { CookieOptions } from 'express';
import type { AuthConfig } from '../../config/app-config';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

/** The session cookie: httpOnly, SameSite=Strict, Secure with the __Host- prefix unless turned off for http://localhost. */
export function sessionCookie(config: AuthConfig): { readonly name: string; readonly options: CookieOptions } {
  return {
    name: config.cookieSecure ? '__Host-tracker_session' : 'tracker_session',
    options: { httpOnly: true, secure: config.cookieSecure, sameSite: 'strict', path: '/' },
  };
}

export const CSRF_HEADER = 'x-csrf-token';
