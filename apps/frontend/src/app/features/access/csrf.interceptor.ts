import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { AuthStore } from './auth.store';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Adds the session's CSRF token to every request that changes something on our own API. */
export const csrfInterceptor: HttpInterceptorFn = (req, next) => {
  const token = inject(AuthStore).csrfToken();
  if (token === null || SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/')) return next(req);
  return next(req.clone({ setHeaders: { 'X-CSRF-Token': token } }));
};
