import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

const UNIQUE_VIOLATION = '23505';
/** Foreign key, check, invalid text representation, numeric out of range, datetime format and field overflow. */
const BAD_INPUT = new Set(['23503', '23514', '22P02', '22003', '22007', '22008']);

/**
 * Maps database errors that come from bad input to 4xx answers, so that a request that
 * slipped past validation never becomes a 500. Anything else is logged and answered as 500.
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DatabaseErrorFilter.name);

  catch(exception: QueryFailedError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const pg = exception.driverError as PgError;
    if (pg.code === UNIQUE_VIOLATION) {
      res.status(HttpStatus.CONFLICT).json({ statusCode: 409, error: 'Conflict', message: `Duplicate value (${pg.constraint ?? 'unique constraint'})` });
    } else if (pg.code !== undefined && BAD_INPUT.has(pg.code)) {
      res.status(HttpStatus.BAD_REQUEST).json({ statusCode: 400, error: 'Bad Request', message: pg.detail ?? exception.message });
    } else {
      this.logger.error(exception.message, exception.stack);
      res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, error: 'Internal Server Error', message: 'Unexpected database error' });
    }
  }
}
