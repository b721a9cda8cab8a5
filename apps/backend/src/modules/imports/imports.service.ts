import { Injectable, Logger, NotFoundException, ServiceUnavailableException, UnsupportedMediaTypeException } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { badRequest } from '../../common/validation';
import { JobName } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import type { ImportCreateDto, ImportListQueryDto } from './dto/import-create.dto';
import type { ImportDto, ImportIssuePageDto, ImportPageDto } from './dto/import-response.dto';
import { ImportsRepository, type ImportRunRow } from './imports.repository';
import { UnsupportedFileError } from './parsers/unsupported-file.error';
import { ImportNotFoundError, ImportPipeline } from './pipeline/import-pipeline';
import { detectSourceFormat, fileSource, type ImportSource } from './pipeline/import-source';
import type { DetectedFormat } from './parsers/detect-format';

const DEFAULT_LIMIT = 50;
const IMPORTERS_ONLY = 'Only OHCHR officers and administrators import files and read import reports.';
const REPORT_BATCH = 5000;

/** The run as the API shows it: progress while it runs, the summary once it is done. */
export function toImportDto(run: ImportRunRow): ImportDto {
  const done = run.status === 'completed';
  const percent = done
    ? 100
    : run.rows_total !== null && run.rows_total > 0
      ? (100 * run.rows_done) / run.rows_total
      : run.file_size > 0
        ? (100 * run.bytes_done) / run.file_size
        : 0;
  const elapsed = run.elapsed_seconds ?? 0;
  return {
    id: run.id,
    fileName: run.file_name,
    fileSize: run.file_size,
    format: run.format,
    container: run.container,
    status: run.status,
    origin: run.origin,
    createdBy: run.created_by,
    createdAt: run.created_at.toISOString(),
    startedAt: run.started_at?.toISOString() ?? null,
    finishedAt: run.finished_at?.toISOString() ?? null,
    failure: run.failure,
    progress: {
      rowsDone: run.rows_done,
      rowsTotal: run.rows_total,
      percent: Math.min(100, Math.round(percent * 10) / 10),
      rowsPerSecond: elapsed > 0 ? Math.round(run.rows_done / elapsed) : 0,
      errors: run.errors,
      warnings: run.warnings,
    },
    summary: {
      rowsRead: run.rows_done,
      created: run.created,
      updated: run.updated,
      unchanged: run.unchanged,
      recommendingStateLinks: run.recommending_state_links,
      pledges: run.pledges_created + run.pledges_updated + run.pledges_unchanged,
      pledgesCreated: run.pledges_created,
      pledgesUpdated: run.pledges_updated,
      pledgesUnchanged: run.pledges_unchanged,
      rejected: run.rejected,
      statements: run.statements,
    },
  };
}

function encodeIssueCursor(rowNumber: number, id: number): string {
  return Buffer.from(JSON.stringify({ r: rowNumber, i: id }), 'utf8').toString('base64url');
}

function decodeIssueCursor(cursor: string): { rowNumber: number; id: number } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'r' in parsed && 'i' in parsed) {
      const { r, i } = parsed as { r: unknown; i: unknown };
      if (Number.isInteger(r) && Number.isInteger(i)) return { rowNumber: r as number, id: i as number };
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest([{ field: 'cursor', reason: 'is not a cursor returned by this API' }]);
}

/** An upload as multer hands it over: a temporary file on this machine, removed once stored. */
export interface UploadedImportFile {
  readonly originalname: string;
  readonly size: number;
  readonly path: string;
}

@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly pipeline: ImportPipeline;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    private readonly queues: QueueService,
  ) {
    this.pipeline = new ImportPipeline(dataSource, repository);
  }

  /**
   * Checks the file (recognised, not damaged), keeps it in the database with a queued run, and
   * enqueues its import. Answers at once; the job does the work.
   */
  async upload(actor: Actor, file: UploadedImportFile | undefined, dto: ImportCreateDto): Promise<ImportDto> {
    try {
      enforce(requirePermission(actor, 'registry:write'), 'Not found', IMPORTERS_ONLY);
    } catch (error) {
      if (file) await rm(file.path, { force: true });
      throw error;
    }
    if (!file) throw badRequest([{ field: 'file', reason: 'is required (a multipart/form-data part named "file")' }]);
    try {
      return await this.store(actor, file, dto);
    } finally {
      await rm(file.path, { force: true });
    }
  }

  private async store(actor: Actor, file: UploadedImportFile, dto: ImportCreateDto): Promise<ImportDto> {
    if (file.size === 0) throw badRequest([{ field: 'file', reason: 'is empty' }]);
    const source = await fileSource(file.path, file.originalname);
    const detected = await this.detect(source);
    const options = { ...(dto.stateUnderReview ? { stateUnderReview: dto.stateUnderReview.trim() } : {}), ...(dto.session ? { session: dto.session } : {}) };
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.repository.create(
        { fileName: file.originalname, fileSize: file.size, origin: 'upload', ...detected, options, createdBy: actor.kind === 'user' ? actor.userId : 'anonymous' },
        manager,
      );
      await this.repository.storeFile(manager, created, source.stream());
      return created;
    });
    try {
      await this.queues.enqueue(JobName.ImportFile, { importId: id });
    } catch (error) {
      const reason = `The import could not be queued: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.error(reason);
      await this.repository.fail(id, reason);
      throw new ServiceUnavailableException(reason);
    }
    return this.get(actor, id);
  }

  /** 415 naming the reason when the file is not one of the supported exports, or is damaged. */
  private async detect(source: ImportSource): Promise<DetectedFormat> {
    try {
      return await detectSourceFormat(source);
    } catch (error) {
      if (!(error instanceof UnsupportedFileError)) throw error;
      throw new UnsupportedMediaTypeException({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: `file: ${error.message}`,
        errors: [{ field: 'file', reason: error.message }],
      });
    }
  }

  /** Runs a queued import from its stored file (the job handler's work). */
  async runQueued(importId: number): Promise<ImportRunRow> {
    const run = await this.repository.find(importId);
    if (!run) throw new ImportNotFoundError(importId);
    if (run.status === 'completed') return run;
    if (!(await this.repository.hasFile(importId))) throw new UnsupportedFileError(`The file of import ${importId} is no longer stored.`);
    const source: ImportSource = { fileName: run.file_name, size: run.file_size, stream: () => this.repository.readFile(importId) };
    return this.pipeline.run(importId, source);
  }

  async markFailed(importId: number, reason: string): Promise<void> {
    if (await this.repository.find(importId)) await this.repository.fail(importId, reason);
  }

  async get(actor: Actor, id: number): Promise<ImportDto> {
    enforce(requirePermission(actor, 'registry:write'), `Import ${id} not found`, IMPORTERS_ONLY);
    const run = await this.repository.find(id);
    if (!run) throw new NotFoundException(`Import ${id} not found`);
    return toImportDto(run);
  }

  async list(actor: Actor, query: ImportListQueryDto): Promise<ImportPageDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', IMPORTERS_ONLY);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.repository.list(query.cursor ? decodeCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(toImportDto), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }

  async issues(actor: Actor, id: number, query: ImportListQueryDto): Promise<ImportIssuePageDto> {
    await this.get(actor, id);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.repository.issues(id, query.cursor ? decodeIssueCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({ rowNumber: r.row_number, column: r.column, reason: r.reason, severity: r.severity })),
      nextCursor: rows.length > limit && last ? encodeIssueCursor(last.row_number, last.id) : null,
    };
  }

  /** The row report as CSV text, produced batch by batch (404 before the first byte when the import does not exist). */
  async reportCsv(actor: Actor, id: number): Promise<AsyncGenerator<string>> {
    await this.get(actor, id);
    const repository = this.repository;
    async function* lines(): AsyncGenerator<string> {
      yield stringify([['Row', 'Column', 'Reason', 'Severity']]);
      let after: { rowNumber: number; id: number } | null = null;
      for (;;) {
        const rows = await repository.issues(id, after, REPORT_BATCH);
        if (rows.length === 0) return;
        yield stringify(rows.map((r) => [r.row_number, r.column, r.reason, r.severity]));
        const last = rows[rows.length - 1];
        if (!last || rows.length < REPORT_BATCH) return;
        after = { rowNumber: last.row_number, id: last.id };
      }
    }
    return lines();
  }
}
