import { Module } from '@nestjs/common';
import { DigestService } from './digest.service';
import { Mailer } from './mailer';
import { NotificationsController } from './notifications.controller';
import { OverdueDigestHandler, OverdueDigestScheduler, SendNotificationEmailHandler } from './notifications.jobs';
import { NotificationsService } from './notifications.service';

/**
 * Subscriptions (following a State or a theme) and notifications (in the application, and by e-mail
 * through SMTP_URL as a queued job with retries). The `subscription` and `notification` tables are
 * shared: other features notify followers through them (kind names the feature).
 */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, DigestService, Mailer, OverdueDigestHandler, SendNotificationEmailHandler, OverdueDigestScheduler],
})
export class NotificationsModule {}
