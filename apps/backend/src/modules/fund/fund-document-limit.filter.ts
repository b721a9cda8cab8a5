import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, PayloadTooLargeException } from '@nestjs/common';
import type { Response } from 'express';
import { FUND_DOCUMENTS, type FundDocumentsOptions } from './fund-documents';

/** Multer stops reading at the size limit; answer 413 naming the field and the limit. */
@Catch(PayloadTooLargeException)
export class FundDocumentLimitFilter implements ExceptionFilter {
  constructor(@Inject(FUND_DOCUMENTS) private readonly options: FundDocumentsOptions) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const reason = `is larger than the limit of ${Math.round(this.options.maxBytes / (1024 * 1024))} MB (FUND_DOCUMENT_MAX_MB)`;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: `file: ${reason}`, errors: [{ field: 'file', reason }] });
  }
}
