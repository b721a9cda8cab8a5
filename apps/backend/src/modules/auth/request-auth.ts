import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import { ANONYMOUS, type Actor } from '@tracker/domain';
import type { SessionStage } from './session.entity';

/** The session a request arrived with, whatever its stage. */
export interface RequestSession {
  readonly id: string;
  readonly userId: string;
  readonly stage: SessionStage;
  /** The secret from the cookie, to derive the CSRF token. */
  readonly token: string;
}

/** Who is calling: the actor the policies judge, and the session (also while the sign-in is unfinished). */
export interface RequestAuth {
  readonly actor: Actor;
  readonly session: RequestSession | null;
}

const UNAUTHENTICATED: RequestAuth = { actor: ANONYMOUS, session: null };
const auths = new WeakMap<Request, RequestAuth>();

export function setRequestAuth(req: Request, auth: RequestAuth): void {
  auths.set(req, auth);
}

export function requestAuth(req: Request): RequestAuth {
  return auths.get(req) ?? UNAUTHENTICATED;
}

/** The calling actor (anonymous when not signed in). */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => requestAuth(ctx.switchToHttp().getRequest<Request>()).actor);

/** The caller's actor and session. */
export const CurrentAuth = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestAuth => requestAuth(ctx.switchToHttp().getRequest<Request>()));

export const ALLOW_ANONYMOUS = 'tracker:allow-anonymous';

/**
 * Marks a POST/PUT/PATCH/DELETE handler that anonymous callers may reach (signing in, accepting an
 * invitation). Every other write is refused with 401 before it reaches the controller.
 */
export const AllowAnonymous = (): MethodDecorator => SetMetadata(ALLOW_ANONYMOUS, true);
