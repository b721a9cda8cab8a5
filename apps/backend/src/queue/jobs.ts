/**
 * Every queue and job of the application, and the payload each job carries. Adding a job means
 * adding its name here, its payload type, its queue and retry policy; the registry then refuses to
 * boot until exactly one handler is declared for it (see job-registry.ts).
 */

export enum QueueName {
  Imports = 'imports',
}

export enum JobName {
  /** Parse, resolve, group and write one uploaded file (see modules/imports). */
  ImportFile = 'import-file',
}

export interface JobPayloads {
  [JobName.ImportFile]: { importId: number };
}

export type JobPayload<N extends JobName> = JobPayloads[N];

export interface JobPolicy<N extends JobName> {
  readonly queue: QueueName;
  /** Total attempts, the first included. */
  readonly attempts: number;
  /** First retry delay; each further retry waits twice as long (exponential backoff). */
  readonly backoffMs: number;
  /** Jobs running at once per worker process. */
  readonly concurrency: number;
  /** Deterministic job id: enqueuing the same payload again while its job is kept adds nothing. */
  jobId(payload: JobPayload<N>): string;
}

export const JOB_POLICIES: { readonly [N in JobName]: JobPolicy<N> } = {
  [JobName.ImportFile]: {
    queue: QueueName.Imports,
    attempts: 5,
    backoffMs: 2_000,
    concurrency: 1,
    jobId: (payload) => `import-${payload.importId}`,
  },
};

export const JOB_NAMES: readonly JobName[] = Object.values(JobName);
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}
