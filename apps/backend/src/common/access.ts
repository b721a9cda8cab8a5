import { ForbiddenException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { AccessDecision } from '@tracker/domain';

/**
 * Turns a policy decision into the HTTP answer. `notFound` is the exact message a missing object
 * gets, so a hidden object cannot be told apart from one that does not exist.
 */
export function enforce(decision: AccessDecision, notFound: string, forbidden = 'You are not allowed to do this.'): asserts decision is 'allow' {
  switch (decision) {
    case 'allow':
      return;
    case 'unauthenticated':
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'Sign in to do this.' });
    case 'forbidden':
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: forbidden });
    case 'hidden':
      throw new NotFoundException(notFound);
  }
}
