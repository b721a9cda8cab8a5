import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { isUiLocale, negotiateLocale } from './locale-negotiation';

export const LOCALE_COOKIE = 'tracker_lang';

/**
 * Serves the Angular build, one folder per interface language (`/en/…`, `/ar/…`):
 * static files with long caching, the language's index.html for client-side routes,
 * and a redirect from unprefixed paths to the negotiated language (keeping the path).
 */
export function frontendMiddleware(frontendDir: string): RequestHandler {
  const locales = readdirSync(frontendDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && isUiLocale(d.name) && existsSync(join(frontendDir, d.name, 'index.html')))
    .map((d) => d.name);
  const statics = new Map(locales.map((l) => [l, express.static(join(frontendDir, l), { index: false, maxAge: '1y', immutable: true })]));

  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) {
      next();
      return;
    }
    const [, first = '', ...rest] = req.path.split('/');
    const serveStatic = statics.get(first);
    if (!serveStatic) {
      const cookie = /(?:^|;\s*)tracker_lang=([a-z]{2})/.exec(req.header('cookie') ?? '')?.[1];
      const locale = negotiateLocale(locales, req.header('accept-language'), cookie);
      const query = req.originalUrl.slice(req.path.length);
      res.setHeader('Vary', 'Accept-Language, Cookie');
      res.redirect(302, `/${locale}${req.path === '/' ? '/' : req.path}${query}`);
      return;
    }
    const fileUrl = `/${rest.join('/')}`;
    const original = req.url;
    req.url = fileUrl + req.originalUrl.slice(req.path.length);
    serveStatic(req, res, () => {
      req.url = original;
      // Client-side route: the language's index.html, never cached so new releases show at once.
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(frontendDir, first, 'index.html'));
    });
  };
}
