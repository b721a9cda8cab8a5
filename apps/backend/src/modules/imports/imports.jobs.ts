import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { HandlesJob, isLastAttempt, type JobContext, type JobHandler } from '../../queue/job-handler';
import { JobName, type JobPayload } from '../../queue/jobs';
import { ImportsService } from './imports.service';
import { UnsupportedFileError } from './parsers/unsupported-file.error';
import { ImportNotFoundError } from './pipeline/import-pipeline';

/** A failure no retry can fix: the file cannot be read, or the import is gone. */
function isPermanent(error: unknown): error is Error {
  return error instanceof UnsupportedFileError || error instanceof ImportNotFoundError;
}

/**
 * Imports one uploaded file. Transient failures (database unavailable…) are retried with
 * exponential backoff and resume after the last committed batch; a file that cannot be read fails
 * at once, and the run records why.
 */
@Injectable()
@HandlesJob(JobName.ImportFile)
export class ImportFileJob implements JobHandler<JobName.ImportFile> {
  private readonly logger = new Logger(ImportFileJob.name);

  constructor(private readonly imports: ImportsService) {}

  async handle({ importId }: JobPayload<JobName.ImportFile>, context: JobContext): Promise<void> {
    try {
      const run = await this.imports.runQueued(importId);
      this.logger.log(`Import ${importId} (${run.file_name}): ${run.rows_done} rows, ${run.created} created, ${run.updated} updated, ${run.unchanged} unchanged`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (isPermanent(error) || isLastAttempt(context)) await this.imports.markFailed(importId, reason);
      if (isPermanent(error)) throw new UnrecoverableError(reason);
      throw error;
    }
  }
}
