import { type DynamicModule, Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DASHBOARD_OPTIONS, DashboardService, type DashboardOptions } from './dashboard.service';

/**
 * Aggregates for the dashboard pages: progress over time, headline figures, comparisons, State
 * profiles. Global: features that change the data in bulk (the demo dataset) clear its cache.
 */
@Module({})
export class DashboardModule {
  static register(options: DashboardOptions): DynamicModule {
    return {
      module: DashboardModule,
      global: true,
      controllers: [DashboardController],
      providers: [{ provide: DASHBOARD_OPTIONS, useValue: options }, DashboardRepository, DashboardService],
      exports: [DashboardService],
    };
  }
}
