import { Injectable } from '@nestjs/common';
import { queueDashboardAccess, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { QUEUE_NAMES } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import type { QueueDashboardDto } from './queue-dashboard.dto';

const RECENT_FAILURES = 20;

/**
 * What the administrators' queue page shows, on either backend: counts per queue, the latest
 * failed jobs with their reason, and the job schedulers (bull-board reads Redis only; this works
 * on BullMQ's PostgreSQL backend too, see docs/adr/0006-non-cooperation-flags.md).
 */
@Injectable()
export class QueueDashboardService {
  constructor(private readonly queues: QueueService) {}

  async dashboard(actor: Actor): Promise<QueueDashboardDto> {
    enforce(queueDashboardAccess(actor), 'Not found', 'The queue dashboard is for administrators.');
    const queues = await Promise.all(
      QUEUE_NAMES.map(async (name) => ({
        name,
        ...(await this.queues.counts(name)),
        recentFailures: await this.queues.failedJobs(name, RECENT_FAILURES),
        schedulers: await this.queues.schedulers(name),
      })),
    );
    return { backend: this.queues.backend, queues };
  }
}
