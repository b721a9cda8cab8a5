import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ProcessRole } from '../../config/app-config';
import { HandlesJob, type JobHandler } from '../../queue/job-handler';
import { JobName } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import { DeadlinesService } from './deadlines.service';
import { FOLLOW_UP_PROCESS_ROLE } from './follow-up-config';

export const RECOMPUTE_SCHEDULER_ID = 'recompute-deadlines';
/** Every five minutes: picks up what imports and other bulk changes made stale. */
const RECOMPUTE_CRON = '*/5 * * * *';

@HandlesJob(JobName.RecomputeDeadlines)
@Injectable()
export class RecomputeDeadlinesHandler implements JobHandler<JobName.RecomputeDeadlines> {
  private readonly logger = new Logger(RecomputeDeadlinesHandler.name);

  constructor(private readonly deadlines: DeadlinesService) {}

  async handle(): Promise<void> {
    const done = await this.deadlines.refreshAllStale();
    if (done > 0) this.logger.log(`Recomputed the deadlines of ${done} recommendations`);
  }
}

/** Registers the recurring recomputation once (upsert by a fixed id), in processes that run workers. */
@Injectable()
export class RecomputeDeadlinesScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    @Inject(FOLLOW_UP_PROCESS_ROLE) private readonly role: ProcessRole,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.role === 'api') return;
    await this.queues.schedule(JobName.RecomputeDeadlines, RECOMPUTE_SCHEDULER_ID, RECOMPUTE_CRON, { runKey: 'scheduled' });
  }
}
