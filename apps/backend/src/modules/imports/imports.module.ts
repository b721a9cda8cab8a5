import { type DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import { ImportsController } from './imports.controller';
import { ImportFileJob } from './imports.jobs';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { IMPORT_UPLOAD_LIMIT, UploadLimitFilter } from './upload-limit.filter';

export interface ImportsModuleOptions {
  readonly maxUploadBytes: number;
}

/** Imports of UPR Info, OHCHR matrix and UHRI exports: upload, background job, progress and row report. */
@Module({})
export class ImportsModule {
  static register(options: ImportsModuleOptions): DynamicModule {
    return {
      module: ImportsModule,
      imports: [
        MulterModule.register({
          // Uploads go to a temporary file (never whole into memory), then into the database as a stream.
          dest: tmpdir(),
          // Browsers send file names as UTF-8.
          defParamCharset: 'utf8',
          limits: { fileSize: options.maxUploadBytes, files: 1, fields: 10 },
        }),
      ],
      controllers: [ImportsController],
      providers: [{ provide: IMPORT_UPLOAD_LIMIT, useValue: options.maxUploadBytes }, UploadLimitFilter, ImportsRepository, ImportsService, ImportFileJob],
      exports: [ImportsRepository],
    };
  }
}
