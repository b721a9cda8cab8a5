import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { ApiTokensModule } from '../modules/api-tokens/api-tokens.module';
import { AssessmentsModule } from '../modules/assessments/assessments.module';
import { AuditModule } from '../modules/audit/audit.module';
import { ExportsModule } from '../modules/exports/exports.module';
import { AuthModule } from '../modules/auth/auth.module';
import { CooperationModule } from '../modules/cooperation/cooperation.module';
import { FlagsModule } from '../modules/flags/flags.module';
import { FundModule } from '../modules/fund/fund.module';
import { HealthModule } from '../modules/health/health.module';
import { ImportsModule } from '../modules/imports/imports.module';
import { RecommendationsModule } from '../modules/recommendations/recommendations.module';
import { ReferenceModule } from '../modules/reference/reference.module';
import { StakeholdersModule } from '../modules/stakeholders/stakeholders.module';
import { StatesModule } from '../modules/states/states.module';
import { StatusEventsModule } from '../modules/status-events/status-events.module';
import { UsersModule } from '../modules/users/users.module';
import { QueueDashboardModule } from '../modules/queue-dashboard/queue-dashboard.module';
import { QueueModule } from '../queue/queue.module';
import { ClockModule } from '../modules/clock/clock.module';
import { DeadlinesModule } from '../modules/deadlines/deadlines.module';
import { FollowUpModule } from '../modules/follow-up/follow-up.module';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { WorklistsModule } from '../modules/worklists/worklists.module';
import { DashboardModule } from '../modules/dashboard/dashboard.module';
import { DemoModule } from '../modules/demo/demo.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.database.poolSize)),
        ClockModule.register(config.followUp.clock),
        // First: its /recommendations/export.* routes must be registered before /recommendations/:id.
        ExportsModule,
        AuditModule,
        StatusEventsModule,
        AuthModule.register(config.auth),
        UsersModule,
        ApiTokensModule,
        AssessmentsModule,
        QueueModule.register({ role: config.role, redisUrl: config.redisUrl, databaseUrl, prefix: config.queuePrefix }),
        HealthModule,
        ReferenceModule,
        StatesModule,
        StakeholdersModule,
        RecommendationsModule,
        ImportsModule.register({ maxUploadBytes: config.imports.maxUploadBytes }),
        CooperationModule,
        FlagsModule.register(config.cooperation, config.role),
        QueueDashboardModule,
        FundModule.register({ dir: config.fund.documentsDir, maxBytes: config.fund.documentMaxBytes }),
        DeadlinesModule.register(config.followUp, config.role),
        ReportsModule.register({ evidenceMaxBytes: config.followUp.evidenceMaxBytes }),
        FollowUpModule,
        WorklistsModule,
        NotificationsModule,
        DashboardModule.register(config.dashboard),
        DemoModule,
      ],
    };
  }
}
