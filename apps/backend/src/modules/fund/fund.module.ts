import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import { FundController } from './fund.controller';
import { FundDocumentLimitFilter } from './fund-document-limit.filter';
import { FUND_DOCUMENTS, type FundDocumentsOptions } from './fund-documents';
import { FundRepository } from './fund.repository';
import { FundService } from './fund.service';

/** Voluntary Fund assistance requests (issue 6; docs/fund.md). */
@Module({})
export class FundModule {
  static register(options: FundDocumentsOptions): DynamicModule {
    return {
      module: FundModule,
      imports: [
        MulterModule.register({
          // Uploads go to a temporary file, then privately under DATA_DIR; never whole into memory.
          dest: tmpdir(),
          defParamCharset: 'utf8',
          limits: { fileSize: options.maxBytes, files: 1, fields: 10 },
        }),
      ],
      controllers: [FundController],
      providers: [{ provide: FUND_DOCUMENTS, useValue: options }, FundDocumentLimitFilter, FundRepository, FundService],
    };
  }
}
