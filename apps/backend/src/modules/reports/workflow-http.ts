import { BadRequestException, ConflictException, ForbiddenException, type HttpException, UnauthorizedException } from '@nestjs/common';
import type { WorkflowRefusal } from '@tracker/domain';

/** The HTTP answer to a refused workflow step: the reason from libs/domain, with its status. */
export function refusalToHttp(refusal: WorkflowRefusal): HttpException {
  const body = (statusCode: number, error: string): object => ({ statusCode, error, code: refusal.code, message: refusal.reason });
  switch (refusal.code) {
    case 'unauthenticated':
      return new UnauthorizedException(body(401, 'Unauthorized'));
    case 'role_not_allowed':
    case 'missing_permission':
    case 'not_own_state':
      return new ForbiddenException(body(403, 'Forbidden'));
    case 'invalid_transition':
      return new ConflictException(body(409, 'Conflict'));
    case 'reason_required':
      return new BadRequestException({ ...body(400, 'Bad Request'), errors: [{ field: 'comments', reason: refusal.reason }] });
  }
}
