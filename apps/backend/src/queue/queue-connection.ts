import { createPostgresBackend, Queue, withBackend, Worker, type Job, type JobsOptions, type JobType } from 'bullmq';

/** Where the queues live: Redis when REDIS_URL is set, else the application's own PostgreSQL. */
export interface QueueConnectionOptions {
  readonly redisUrl: string | null;
  readonly databaseUrl: string;
  /** Namespace of the queues' keys in Redis, so several deployments (or test runs) can share one. */
  readonly prefix: string;
}

/** The part of a BullMQ Queue the application uses, whatever its backend. */
export interface QueueHandle {
  add(name: string, data: object, opts: JobsOptions): Promise<unknown>;
  addBulk(jobs: { name: string; data: object; opts: JobsOptions }[]): Promise<unknown>;
  upsertJobScheduler(id: string, repeat: { pattern: string; tz?: string }, template: { name: string; data: object; opts: Omit<JobsOptions, 'jobId' | 'repeat'> }): Promise<unknown>;
  removeJobScheduler(id: string): Promise<boolean>;
  getJobSchedulers(): Promise<{ key: string; name: string; pattern?: string | null; next?: number | null }[]>;
  getJobs(types: JobType[], start?: number, end?: number, asc?: boolean): Promise<Job[]>;
  getJobCounts(...types: JobType[]): Promise<Record<string, number>>;
  waitUntilReady(): Promise<unknown>;
  close(): Promise<void>;
}

/** The part of a BullMQ Worker the application uses, whatever its backend. */
export interface WorkerHandle {
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'failed', listener: (job: Job | undefined, error: Error) => void): unknown;
  waitUntilReady(): Promise<unknown>;
  close(force?: boolean): Promise<void>;
}

export type JobProcessor = (job: Job) => Promise<void>;

export interface QueueConnection {
  readonly kind: 'redis' | 'postgres';
  createQueue(name: string): QueueHandle;
  createWorker(name: string, processor: JobProcessor, concurrency: number): WorkerHandle;
}

/** BullMQ's tables live in their own schema of the application database (migrated by BullMQ itself). */
export const POSTGRES_QUEUE_SCHEMA = 'bullmq';

/**
 * Chooses the BullMQ backend (see docs/adr/0004-queue-backends.md). On PostgreSQL every Queue and
 * Worker owns a small pool plus, for workers, one LISTEN connection; `migrate: true` lets BullMQ
 * create or upgrade its schema under its own advisory lock (without it, workers busy-loop).
 */
export function createQueueConnection(options: QueueConnectionOptions): QueueConnection {
  if (options.redisUrl !== null) {
    // Workers block on Redis: ioredis must retry forever instead of failing a command.
    const connection = { url: options.redisUrl, maxRetriesPerRequest: null };
    return {
      kind: 'redis',
      createQueue: (name) => new Queue(name, { connection, prefix: options.prefix }),
      createWorker: (name, processor, concurrency) =>
        new Worker(name, processor, { connection, prefix: options.prefix, concurrency, autorun: true }),
    };
  }
  const postgres = withBackend(createPostgresBackend);
  const connection = { connectionString: options.databaseUrl, schema: POSTGRES_QUEUE_SCHEMA, migrate: true, max: 2 };
  return {
    kind: 'postgres',
    createQueue: (name) => new postgres.Queue(name, { connection }),
    createWorker: (name, processor, concurrency) => new postgres.Worker(name, processor, { connection, concurrency, autorun: true }),
  };
}
