import 'reflect-metadata';
import type { JobName, JobPayload } from './jobs';

/** What a handler knows about the run it is in. */
export interface JobContext {
  readonly jobId: string;
  /** 1 for the first run, 2 for the first retry… */
  readonly attempt: number;
  readonly maxAttempts: number;
}

export function isLastAttempt(context: JobContext): boolean {
  return context.attempt >= context.maxAttempts;
}

/**
 * Runs one job. Throw to fail the attempt (it is retried with exponential backoff);
 * throw bullmq's UnrecoverableError for a permanent failure that no retry can fix.
 */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayload<N>, context: JobContext): Promise<void>;
}

const JOB_HANDLER_METADATA = 'tracker:job-handler';

/**
 * Declares the provider that handles a job. The class must implement JobHandler for that job's
 * payload (checked by the compiler); the registry checks at boot that each job has exactly one.
 */
export function HandlesJob<N extends JobName>(name: N) {
  return <T extends abstract new (...args: never[]) => JobHandler<N>>(target: T): void => {
    Reflect.defineMetadata(JOB_HANDLER_METADATA, name, target);
  };
}

/** The job a provider class handles, if it is a job handler. */
export function handledJob(target: unknown): JobName | undefined {
  if (typeof target !== 'function') return undefined;
  const name: unknown = Reflect.getMetadata(JOB_HANDLER_METADATA, target);
  return typeof name === 'string' ? (name as JobName) : undefined;
}
