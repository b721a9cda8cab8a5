import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';

export const EVIDENCE_MAX_BYTES = Symbol('EVIDENCE_MAX_BYTES');

/** Multer stops reading an evidence file at the size limit (EVIDENCE_MAX_FILE_MB): 413 naming the field and the limit. */
@Catch(PayloadTooLargeException)
export class EvidenceLimitFilter implements ExceptionFilter {
  constructor(@Inject(EVIDENCE_MAX_BYTES) private readonly maxBytes: number) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const reason = `is larger than the evidence limit of ${Math.round(this.maxBytes / (1024 * 1024))} MB`;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: `file: ${reason}`, errors: [{ field: 'file', reason }] });
  }
}
