import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';
import { OpenDataController } from './open-data.controller';

/**
 * CSV / XLSX exports and the open-data API over the registry. Its routes under /recommendations
 * ("export.csv") must be registered before the registry's "/recommendations/:id": AppModule imports
 * this module first.
 */
@Module({
  controllers: [ExportsController, OpenDataController],
  providers: [ExportsRepository, ExportsService],
})
export class ExportsModule {}
