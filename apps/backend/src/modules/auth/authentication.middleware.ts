import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthConfig } from '../../config/app-config';
import { currentContext, runWithContext } from '../../common/request-context';
import { AUTH_CONFIG, CSRF_HEADER, sessionCookie } from './auth-config';
import { AuthService } from './auth.service';
import { setRequestAuth } from './request-auth';
import { csrfTokenFor, safeEqual } from './secrets';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearerToken(req: Request): string | null {
  const header = req.header('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? '';
}

/**
 * Resolves the caller from its API token or session cookie, refuses cookie-authenticated writes
 * without the session's CSRF token, and runs the rest of the request as that actor (audit rows
 * then name the user).
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  private readonly cookie: ReturnType<typeof sessionCookie>;

  constructor(
    private readonly auth: AuthService,
    @Inject(AUTH_CONFIG) config: AuthConfig,
  ) {
    this.cookie = sessionCookie(config);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    const sessionToken = cookies?.[this.cookie.name] ?? null;
    const bearer = bearerToken(req);
    this.auth
      .authenticate(sessionToken, bearer, new Date())
      .then((auth) => {
        if (auth === null) {
          res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: 'The API token is not valid: it is unknown, expired or revoked.' });
          return;
        }
        if (sessionToken !== null && auth.session === null) res.clearCookie(this.cookie.name, this.cookie.options);
        if (auth.session !== null && UNSAFE_METHODS.has(req.method)) {
          const sent = req.header(CSRF_HEADER);
          if (!sent || !safeEqual(sent, csrfTokenFor(auth.session.token))) {
            res.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'Missing or wrong CSRF token: send the X-CSRF-Token header given at sign-in.' });
            return;
          }
        }
        setRequestAuth(req, auth);
        const actor = auth.actor.kind === 'user' ? auth.actor.userId : 'anonymous';
        runWithContext({ requestId: currentContext().requestId, actor }, next);
      })
      .catch(next);
  }
}
