import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { AuditModule } from '../modules/audit/audit.module';
import { HealthModule } from '../modules/health/health.module';
import { RecommendationsModule } from '../modules/recommendations/recommendations.module';
import { ReferenceModule } from '../modules/reference/reference.module';
import { StakeholdersModule } from '../modules/stakeholders/stakeholders.module';
import { StatesModule } from '../modules/states/states.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    const serveFrontend =
      config.frontendDir !== null && existsSync(join(config.frontendDir, 'index.html'))
        ? [ServeStaticModule.forRoot({ rootPath: config.frontendDir, exclude: ['/api/{*path}'] })]
        : [];
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.database.poolSize)),
        AuditModule,
        HealthModule,
        ReferenceModule,
        StatesModule,
        StakeholdersModule,
        RecommendationsModule,
        ...serveFrontend,
      ],
    };
  }
}
