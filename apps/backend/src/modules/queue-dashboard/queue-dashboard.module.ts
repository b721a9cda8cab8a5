import { Module } from '@nestjs/common';
import { QueueDashboardController } from './queue-dashboard.controller';
import { QueueDashboardService } from './queue-dashboard.service';

/** The administrators' view of the job queues (an equivalent of bull-board that also works on PostgreSQL). */
@Module({ controllers: [QueueDashboardController], providers: [QueueDashboardService] })
export class QueueDashboardModule {}
