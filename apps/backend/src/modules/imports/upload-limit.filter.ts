import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';

export const IMPORT_UPLOAD_LIMIT = Symbol('IMPORT_UPLOAD_LIMIT');

/** Multer stops reading at the size limit; answer 413 naming the field and the limit. */
@Catch(PayloadTooLargeException)
export class UploadLimitFilter implements ExceptionFilter {
  constructor(@Inject(IMPORT_UPLOAD_LIMIT) private readonly maxBytes: number) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const reason = `is larger than the upload limit of ${Math.round(this.maxBytes / (1024 * 1024))} MB`;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: `file: ${reason}`, errors: [{ field: 'file', reason }] });
  }
}
