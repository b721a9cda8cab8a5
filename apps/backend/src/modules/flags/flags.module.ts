import { type DynamicModule, Module } from '@nestjs/common';
import type { CooperationConfig, ProcessRole } from '../../config/app-config';
import { CooperationModule } from '../cooperation/cooperation.module';
import { FlagsController } from './flags.controller';
import { CooperationSweepJob, EvaluateStateJob } from './flags.jobs';
import { FlagsRepository } from './flags.repository';
import { FlagsService } from './flags.service';
import { PROCESS_ROLE, SweepScheduler } from './sweep-scheduler';
import { COOPERATION_CONFIG, SweepService } from './sweep.service';

/** Non-cooperation flags: the queued rule sweep, the flags with their evidence, human review, notices to followers. */
@Module({})
export class FlagsModule {
  static register(config: CooperationConfig, role: ProcessRole): DynamicModule {
    return {
      module: FlagsModule,
      imports: [CooperationModule],
      controllers: [FlagsController],
      providers: [
        { provide: COOPERATION_CONFIG, useValue: config },
        { provide: PROCESS_ROLE, useValue: role },
        FlagsRepository,
        FlagsService,
        SweepService,
        SweepScheduler,
        CooperationSweepJob,
        EvaluateStateJob,
      ],
    };
  }
}
