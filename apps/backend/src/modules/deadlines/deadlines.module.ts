import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { FollowUpConfig, ProcessRole } from '../../config/app-config';
import { DeadlinesController } from './deadlines.controller';
import { RecomputeDeadlinesHandler, RecomputeDeadlinesScheduler } from './deadlines.jobs';
import { DeadlinesQueryService } from './deadlines-query.service';
import { DeadlinesRepository } from './deadlines.repository';
import { DeadlinesService } from './deadlines.service';
import { FOLLOW_UP_CONFIG, FOLLOW_UP_PROCESS_ROLE } from './follow-up-config';
import { OverdueRepository } from './overdue.repository';
import { OverdueService } from './overdue.service';

/**
 * Deadlines of recommendations and the overdue monitor. Global: the follow-up features that change
 * a deadline input recompute it in their own transaction through DeadlinesService.
 */
@Global()
@Module({})
export class DeadlinesModule {
  static register(config: FollowUpConfig, role: ProcessRole): DynamicModule {
    return {
      module: DeadlinesModule,
      controllers: [DeadlinesController],
      providers: [
        { provide: FOLLOW_UP_CONFIG, useValue: config },
        { provide: FOLLOW_UP_PROCESS_ROLE, useValue: role },
        DeadlinesRepository,
        DeadlinesService,
        DeadlinesQueryService,
        OverdueRepository,
        OverdueService,
        RecomputeDeadlinesHandler,
        RecomputeDeadlinesScheduler,
      ],
      exports: [FOLLOW_UP_CONFIG, FOLLOW_UP_PROCESS_ROLE, DeadlinesService, OverdueRepository],
    };
  }
}
