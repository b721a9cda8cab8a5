import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { isInteractive, type Actor, type UserActor } from '@tracker/domain';

/** The signed-in person; account management is refused to anonymous callers (401) and to API tokens (403). */
export function interactiveUser(actor: Actor): UserActor {
  if (actor.kind === 'anonymous') throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to do this.' });
  if (!isInteractive(actor)) throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'API tokens cannot manage accounts, sessions or tokens: sign in.' });
  return actor;
}
