import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { EVIDENCE_MAX_BYTES, EvidenceLimitFilter } from './evidence-limit.filter';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** Implementation reports by States, their OHCHR validation workflow and their evidence. */
@Module({})
export class ReportsModule {
  static register(options: { readonly evidenceMaxBytes: number }): DynamicModule {
    return {
      module: ReportsModule,
      imports: [
        MulterModule.register({
          // No `dest`: multer keeps the file in memory (evidence is small, EVIDENCE_MAX_FILE_MB) to check its type and checksum before storing it.
          defParamCharset: 'utf8',
          limits: { fileSize: options.evidenceMaxBytes, files: 1, fields: 5 },
        }),
      ],
      controllers: [ReportsController],
      providers: [{ provide: EVIDENCE_MAX_BYTES, useValue: options.evidenceMaxBytes }, EvidenceLimitFilter, ReportsRepository, ReportsService],
    };
  }
}
