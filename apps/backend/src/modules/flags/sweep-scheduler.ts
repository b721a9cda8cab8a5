import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { CooperationConfig, ProcessRole } from '../../config/app-config';
import { JobName, QueueName } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import { COOPERATION_CONFIG } from './sweep.service';

export const SWEEP_SCHEDULER_ID = 'cooperation-sweep';
export const PROCESS_ROLE = Symbol('PROCESS_ROLE');

/**
 * Registers the scheduled sweep with BullMQ's job scheduler under one fixed id, so the queue holds
 * exactly one scheduler however many processes start (upsert, not add). Done by the processes that
 * run workers; COOPERATION_SWEEP_CRON=off removes it.
 */
@Injectable()
export class SweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SweepScheduler.name);

  constructor(
    private readonly queues: QueueService,
    @Inject(COOPERATION_CONFIG) private readonly config: CooperationConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.role === 'api') return;
    if (this.config.sweepCron === null) {
      await this.queues.unschedule(QueueName.Cooperation, SWEEP_SCHEDULER_ID);
      this.logger.log('Scheduled sweep of the non-cooperation rules: off');
      return;
    }
    await this.queues.schedule(JobName.CooperationSweep, SWEEP_SCHEDULER_ID, this.config.sweepCron, { sweepId: null });
    this.logger.log(`Scheduled sweep of the non-cooperation rules: "${this.config.sweepCron}" (UTC)`);
  }
}
