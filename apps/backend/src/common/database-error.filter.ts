import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

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
    switch (pg.code) {
      case '23505':
        res.status(HttpStatus.CONFLICT).json({ statusCode: 409, error: 'Conflict', message: `Duplicate value (${pg.constraint ?? 'unique constraint'})` });
        return;
      case '23503':
      case '23514':
      case '22P02':
      case '22003':
      case '22007':
      case '22008':
        res.status(HttpStatus.BAD_REQUEST).json({ statusCode: 400, error: 'Bad Request', message: pg.detail ?? exception.message });
        return;
      default:
        this.logger.error(exception.message, exception.stack);
        res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, error: 'Internal Server Error', message: 'Unexpected database error' });
    }
  }
}
