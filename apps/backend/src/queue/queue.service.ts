import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { JOB_POLICIES, QUEUE_NAMES, queueJobId, type JobName, type JobPayload, type JobPolicy, type QueueName } from './jobs';
import type { QueueConnection, QueueHandle } from './queue-connection';

export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** Jobs kept after they end, so a deterministic job id stays taken for a while (idempotent enqueue). */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 30 * 24 * 3600 };

export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
}

export interface QueueScheduler {
  readonly id: string;
  readonly job: string;
  readonly cron: string | null;
  readonly next: string | null;
}

export interface FailedJob {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
  readonly attempts: number;
  readonly failedAt: string | null;
}

/** Retries with exponential backoff, and how long ended jobs are kept. */
function jobOptions<N extends JobName>(policy: JobPolicy<N>): Omit<JobsOptions, 'jobId'> {
  return { attempts: policy.attempts, backoff: { type: 'exponential', delay: policy.backoffMs }, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED };
}

/** Enqueues typed jobs. Queues connect on first use, so a process that never enqueues opens nothing. */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, QueueHandle>();

  constructor(@Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection) {}

  get backend(): QueueConnection['kind'] {
    return this.connection.kind;
  }

  /** Adds a job with its deterministic id; adding the same payload again while the job is kept is a no-op. */
  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<string> {
    const policy: JobPolicy<N> = JOB_POLICIES[name];
    const jobId = queueJobId(name, payload);
    await this.queue(policy.queue).add(name, payload, { jobId, ...jobOptions(policy) });
    return jobId;
  }

  /** Adds several jobs of one name in one round trip; each keeps its deterministic id. */
  async enqueueBulk<N extends JobName>(name: N, payloads: readonly JobPayload<N>[]): Promise<string[]> {
    const policy: JobPolicy<N> = JOB_POLICIES[name];
    const jobs = payloads.map((payload) => ({ name, data: payload, opts: { jobId: queueJobId(name, payload), ...jobOptions(policy) } }));
    if (jobs.length > 0) await this.queue(policy.queue).addBulk(jobs);
    return jobs.map((j) => j.opts.jobId);
  }

  /**
   * Registers (or updates) the recurring job `schedulerId` with BullMQ's job scheduler: one
   * scheduler per id in the queue's store, however many processes call this.
   */
  async schedule<N extends JobName>(name: N, schedulerId: string, cron: string, payload: JobPayload<N>): Promise<void> {
    const policy: JobPolicy<N> = JOB_POLICIES[name];
    await this.queue(policy.queue).upsertJobScheduler(schedulerId, { pattern: cron, tz: 'UTC' }, { name, data: payload, opts: jobOptions(policy) });
  }

  async unschedule(queue: QueueName, schedulerId: string): Promise<void> {
    await this.queue(queue).removeJobScheduler(schedulerId);
  }

  async schedulers(queue: QueueName): Promise<QueueScheduler[]> {
    const list = await this.queue(queue).getJobSchedulers();
    return list.map((s) => ({ id: s.key, job: s.name, cron: s.pattern ?? null, next: s.next ? new Date(s.next).toISOString() : null }));
  }

  /** The most recent failed jobs of a queue (kept for 30 days), newest first. */
  async failedJobs(queue: QueueName, limit: number): Promise<FailedJob[]> {
    const jobs = await this.queue(queue).getJobs(['failed'], 0, limit - 1, false);
    return jobs.map((job) => ({
      id: job.id ?? '',
      name: job.name,
      reason: job.failedReason ?? '',
      attempts: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
  }

  async counts(name: QueueName): Promise<QueueCounts> {
    const c = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    return {
      waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0),
      active: c['active'] ?? 0,
      delayed: c['delayed'] ?? 0,
      completed: c['completed'] ?? 0,
      failed: c['failed'] ?? 0,
    };
  }

  /** True when no queue has a job waiting, running or waiting for a retry (a job scheduler’s next run does not count). */
  async idle(): Promise<boolean> {
    for (const name of QUEUE_NAMES) {
      const c = await this.counts(name);
      if (c.waiting + c.active > 0) return false;
      // A job scheduler always holds its next run as a delayed job: that is not work in progress.
      if (c.delayed > 0 && (await this.queue(name).getJobs(['delayed'])).some((job) => !job.repeatJobKey)) return false;
    }
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((q) => q.close()));
  }

  private queue(name: QueueName): QueueHandle {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.connection.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
