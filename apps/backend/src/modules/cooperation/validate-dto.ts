import { BadRequestException, type Type } from '@nestjs/common';
import { createValidationPipe, type FieldError } from '../../common/validation';

const pipe = createValidationPipe();

/**
 * Validates a plain object as the given DTO exactly as the API's global pipe does (whitelist,
 * forbidden extra fields, field errors), for bodies whose class the controller cannot name
 * statically and for CSV rows. Throws the same 400 BadRequestException.
 */
export async function validateDto<T extends object>(metatype: Type<T>, value: unknown): Promise<T> {
  return (await pipe.transform(value, { type: 'body', metatype })) as T;
}

/** The field errors of a 400 raised by validateDto or badRequest(). */
export function fieldErrorsOf(error: BadRequestException): FieldError[] {
  const body = error.getResponse();
  if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
    return body.errors.filter((e): e is FieldError => typeof e === 'object' && e !== null && 'field' in e && 'reason' in e);
  }
  return [{ field: 'row', reason: error.message }];
}
