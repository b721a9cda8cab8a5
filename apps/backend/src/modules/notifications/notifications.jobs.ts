import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { FollowUpConfig, ProcessRole } from '../../config/app-config';
import { HandlesJob, type JobHandler } from '../../queue/job-handler';
import { JobName, QueueName, type JobPayload } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import { FOLLOW_UP_CONFIG, FOLLOW_UP_PROCESS_ROLE } from '../deadlines/follow-up-config';
import { DigestService } from './digest.service';
import { Mailer } from './mailer';

export const DIGEST_SCHEDULER_ID = 'overdue-digest';

@HandlesJob(JobName.OverdueDigest)
@Injectable()
export class OverdueDigestHandler implements JobHandler<JobName.OverdueDigest> {
  constructor(private readonly digest: DigestService) {}

  async handle(): Promise<void> {
    await this.digest.run();
  }
}

/**
 * Sends one notification by e-mail; retried with backoff while the SMTP server fails. Sent at most
 * once: `emailed_at` is set after sending, and a notification already sent is skipped.
 */
@HandlesJob(JobName.SendNotificationEmail)
@Injectable()
export class SendNotificationEmailHandler implements JobHandler<JobName.SendNotificationEmail> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async handle(payload: JobPayload<JobName.SendNotificationEmail>): Promise<void> {
    const rows: { title: string; body: string; email: string; emailed_at: Date | null }[] = await this.dataSource.query(
      `SELECT n.title, n.body, n.emailed_at, u.email FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.id = $1 AND u.deactivated_at IS NULL`,
      [payload.notificationId],
    );
    const row = rows[0];
    if (!row) throw new UnrecoverableError(`Notification ${payload.notificationId} has no active recipient`);
    if (row.emailed_at !== null) return;
    if (!this.mailer.enabled) throw new UnrecoverableError('SMTP_URL is not configured');
    await this.mailer.send({ to: row.email, subject: row.title, text: row.body });
    await this.dataSource.query(`UPDATE notification SET emailed_at = now() WHERE id = $1`, [payload.notificationId]);
  }
}

/** Registers the daily digest once (upsert by a fixed id) in processes that run workers; OVERDUE_DIGEST_CRON=off removes it. */
@Injectable()
export class OverdueDigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(OverdueDigestScheduler.name);

  constructor(
    private readonly queues: QueueService,
    @Inject(FOLLOW_UP_CONFIG) private readonly config: FollowUpConfig,
    @Inject(FOLLOW_UP_PROCESS_ROLE) private readonly role: ProcessRole,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.role === 'api') return;
    if (this.config.digestCron === null) {
      await this.queues.unschedule(QueueName.FollowUp, DIGEST_SCHEDULER_ID);
      return;
    }
    await this.queues.schedule(JobName.OverdueDigest, DIGEST_SCHEDULER_ID, this.config.digestCron, { runKey: 'scheduled' });
    this.logger.log(`Overdue digest: "${this.config.digestCron}" (UTC)${this.config.smtpUrl === null ? ', in the application only (no SMTP_URL)' : ', in the application and by e-mail'}`);
  }
}
