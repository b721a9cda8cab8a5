import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobRunner } from './job-registry';
import { isJobName, JOB_NAMES, JOB_POLICIES, QUEUE_NAMES, type JobName, type JobPayload, type QueueName } from './jobs';
import type { QueueConnection, WorkerHandle } from './queue-connection';

/** How long a shutdown waits for running jobs before closing anyway (they resume from their checkpoint). */
const GRACEFUL_CLOSE_MS = 10_000;

function concurrencyOf(queue: QueueName): number {
  return Math.max(1, ...JOB_NAMES.filter((name) => JOB_POLICIES[name].queue === queue).map((name) => JOB_POLICIES[name].concurrency));
}

/**
 * One BullMQ worker per queue, dispatching each job to its handler. Started only in processes whose
 * role runs workers (PROCESS_ROLE=all or worker).
 */
export class JobWorkers {
  private readonly logger = new Logger('JobWorkers');
  private workers: WorkerHandle[] = [];

  constructor(
    private readonly connection: QueueConnection,
    private readonly runner: JobRunner,
  ) {}

  get running(): boolean {
    return this.workers.length > 0;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.workers = QUEUE_NAMES.map((queue) => {
      const worker = this.connection.createWorker(queue, (job) => this.process(job), concurrencyOf(queue));
      worker.on('error', (error) => this.logger.error(`Queue ${queue}: ${error.message}`));
      worker.on('failed', (job, error) =>
        this.logger.warn(`Job ${job?.id ?? '?'} (${job?.name ?? '?'}) failed on attempt ${job?.attemptsMade ?? '?'}: ${error.message}`),
      );
      return worker;
    });
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    this.logger.log(`Workers started on ${this.connection.kind} for queues: ${QUEUE_NAMES.join(', ')}`);
  }

  async stop(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(
      workers.map(async (worker) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), GRACEFUL_CLOSE_MS)));
        const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timedOut]);
        clearTimeout(timer);
        if (outcome === 'timeout') await worker.close(true);
      }),
    );
  }

  private async process(job: Job): Promise<void> {
    if (!isJobName(job.name)) throw new UnrecoverableError(`Unknown job "${job.name}"`);
    await this.dispatch(job.name, job);
  }

  private async dispatch<N extends JobName>(name: N, job: Job): Promise<void> {
    // Payloads are written only by QueueService.enqueue, typed by job name.
    const payload = job.data as JobPayload<N>;
    await this.runner.run(name, payload, { jobId: job.id ?? '', attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 });
  }
}
