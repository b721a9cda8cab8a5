import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ALLOW_ANONYMOUS, requestAuth } from './request-auth';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Defence in depth for routes added later: anonymous callers never change anything unless the
 * handler says so. Object-level checks stay in the services.
 */
@Injectable()
export class AnonymousWritesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method) || requestAuth(req).actor.kind !== 'anonymous') return true;
    if (this.reflector.getAllAndOverride<boolean>(ALLOW_ANONYMOUS, [context.getHandler(), context.getClass()])) return true;
    throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to do this.' });
  }
}
