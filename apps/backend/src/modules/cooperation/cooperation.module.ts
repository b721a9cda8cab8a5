import { Module } from '@nestjs/common';
import { COOPERATION_KINDS } from './cooperation-kinds';
import { cooperationController } from './cooperation.controller';
import { CooperationImportService } from './cooperation-import.service';
import { CooperationRecordsRepository } from './cooperation-records.repository';
import { CooperationService } from './cooperation.service';

/** Cooperation records: what the non-cooperation rules read (issue 7). */
@Module({
  controllers: COOPERATION_KINDS.map(cooperationController),
  providers: [CooperationService, CooperationImportService, CooperationRecordsRepository],
  exports: [CooperationRecordsRepository],
})
export class CooperationModule {}
