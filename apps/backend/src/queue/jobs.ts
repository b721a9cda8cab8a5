/**
 * Every queue and job of the application, and the payload each job carries. Adding a job means
 * adding its name here, its payload type, its queue and retry policy; the registry then refuses to
 * boot until exactly one handler is declared for it (see job-registry.ts).
 */

export enum QueueName {
  Imports = 'imports',
  Cooperation = 'cooperation',
  FollowUp = 'follow-up',
}

export enum JobName {
  /** Parse, resolve, group and write one uploaded file (see modules/imports). */
  ImportFile = 'import-file',
  /** Start a sweep of the non-cooperation rules: one EvaluateState job per State (see modules/flags). */
  CooperationSweep = 'cooperation-sweep',
  /** Evaluate the rules for one State in one window and write its flags and evidence (see modules/flags). */
  EvaluateState = 'cooperation-evaluate-state',
  /** Recompute the deadlines that changed inputs made stale (see modules/deadlines). */
  RecomputeDeadlines = 'recompute-deadlines',
  /** Notify each subscription of the recommendations newly overdue in its State or theme (see modules/notifications). */
  OverdueDigest = 'overdue-digest',
  /** Send the e-mail of one notification through SMTP (see modules/notifications). */
  SendNotificationEmail = 'send-notification-email',
}

export interface JobPayloads {
  [JobName.ImportFile]: { importId: number };
  /** null: the scheduled sweep, whose handler opens the sweep for today; else a sweep asked for ("evaluate now"). */
  [JobName.CooperationSweep]: { sweepId: number | null };
  [JobName.EvaluateState]: { sweepId: number; stateIso3: string; windowKey: string };
  /** 'scheduled' for the recurring run, else what asked for it. */
  [JobName.RecomputeDeadlines]: { runKey: string };
  /** 'scheduled' for the daily run, else the request that asked for it. */
  [JobName.OverdueDigest]: { runKey: string };
  [JobName.SendNotificationEmail]: { notificationId: number };
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
  [JobName.CooperationSweep]: {
    queue: QueueName.Cooperation,
    attempts: 5,
    backoffMs: 2_000,
    concurrency: 1,
    // Scheduled sweeps get the job scheduler's own ids; a sweep asked for is keyed by its row.
    jobId: (payload) => `cooperation-sweep-${payload.sweepId ?? 'scheduled'}`,
  },
  [JobName.EvaluateState]: {
    queue: QueueName.Cooperation,
    attempts: 5,
    backoffMs: 1_000,
    concurrency: 4,
    // State + window (+ the sweep, so a later sweep in the same window evaluates again).
    jobId: (payload) => `evaluate-${payload.stateIso3}-${payload.windowKey}-sweep-${payload.sweepId}`,
  },
  [JobName.RecomputeDeadlines]: {
    queue: QueueName.FollowUp,
    attempts: 3,
    backoffMs: 5_000,
    concurrency: 1,
    jobId: (payload) => `recompute-deadlines-${payload.runKey}`,
  },
  [JobName.OverdueDigest]: {
    queue: QueueName.FollowUp,
    attempts: 3,
    backoffMs: 5_000,
    concurrency: 1,
    jobId: (payload) => `overdue-digest-${payload.runKey}`,
  },
  [JobName.SendNotificationEmail]: {
    queue: QueueName.FollowUp,
    // An SMTP server that is down for a while: 6 attempts over about a minute.
    attempts: 6,
    backoffMs: 2_000,
    concurrency: 2,
    jobId: (payload) => `notification-email-${payload.notificationId}`,
  },
};

export const JOB_NAMES: readonly JobName[] = Object.values(JobName);
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}

/**
 * The id BullMQ stores for a job: the policy's deterministic id with ':' (the separator of BullMQ's
 * keys, refused in custom ids) replaced, so a payload value such as a timestamp cannot break enqueueing.
 */
export function queueJobId<N extends JobName>(name: N, payload: JobPayload<N>): string {
  return JOB_POLICIES[name].jobId(payload).replace(/:/g, '-');
}
