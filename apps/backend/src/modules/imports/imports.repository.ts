import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ImportOrigin, ImportStatus } from './import-run.entity';
import type { ImportContainer, ImportFormat, IssueSeverity } from './parsers/types';
import type { BatchOutcome } from './pipeline/import-writer';

/** import_run as the SQL below returns it (bigint columns as numbers). */
export interface ImportRunRow {
  id: number;
  file_name: string;
  file_size: number;
  format: ImportFormat | null;
  container: ImportContainer | null;
  status: ImportStatus;
  origin: ImportOrigin;
  options: { stateUnderReview?: string; session?: number };
  created_by: string;
  rows_total: number | null;
  rows_done: number;
  bytes_done: number;
  batches_done: number;
  created: number;
  updated: number;
  unchanged: number;
  pledges_created: number;
  pledges_updated: number;
  pledges_unchanged: number;
  recommending_state_links: number;
  rejected: number;
  statements: number;
  errors: number;
  warnings: number;
  failure: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  /** Seconds between the start and the end (or now, while running); null before the start. */
  elapsed_seconds: number | null;
}

export interface ImportIssueRow {
  id: number;
  row_number: number;
  column: string;
  reason: string;
  severity: IssueSeverity;
}

export interface NewImportRun {
  fileName: string;
  fileSize: number;
  origin: ImportOrigin;
  format: ImportFormat;
  container: ImportContainer;
  options: { stateUnderReview?: string; session?: number };
  createdBy: string;
}

const SELECT_RUN = `
  SELECT id, file_name, file_size::float8 AS file_size, format, container, status, origin, options, created_by, rows_total, rows_done,
         bytes_done::float8 AS bytes_done, batches_done, created, updated, unchanged, pledges_created, pledges_updated, pledges_unchanged,
         recommending_state_links, rejected, statements, errors, warnings, failure, created_at, started_at, finished_at,
         EXTRACT(EPOCH FROM (COALESCE(finished_at, now()) - started_at))::float8 AS elapsed_seconds
  FROM import_run`;

/** Pieces an uploaded file is stored in (and read back as a stream). */
const CHUNK_BYTES = 1024 * 1024;

/** Named SQL for import runs, their row reports and their stored files. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(run: NewImportRun, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows: { id: number }[] = await manager.query(
      `INSERT INTO import_run (file_name, file_size, origin, format, container, options, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING id`,
      [run.fileName, run.fileSize, run.origin, run.format, run.container, JSON.stringify(run.options), run.createdBy],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('INSERT INTO import_run returned no id');
    return id;
  }

  /** Stores a file in 1 MiB pieces, reading it as a stream (the caller's transaction makes it all or nothing). */
  async storeFile(manager: EntityManager, importId: number, content: AsyncIterable<Buffer>): Promise<void> {
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      if (pendingBytes === 0) return;
      await manager.query(`INSERT INTO import_file_chunk (import_id, seq, data) VALUES ($1, $2, $3)`, [importId, seq++, Buffer.concat(pending)]);
      pending = [];
      pendingBytes = 0;
    };
    for await (const chunk of content) {
      let rest = chunk;
      while (rest.length > 0) {
        const take = rest.subarray(0, CHUNK_BYTES - pendingBytes);
        pending.push(take);
        pendingBytes += take.length;
        rest = rest.subarray(take.length);
        if (pendingBytes === CHUNK_BYTES) await flush();
      }
    }
    await flush();
  }

  /** The stored file, one piece at a time. */
  async *readFile(importId: number): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer }[] = await this.dataSource.query(`SELECT data FROM import_file_chunk WHERE import_id = $1 AND seq = $2`, [importId, seq]);
      const data = rows[0]?.data;
      if (data === undefined) return;
      yield data;
    }
  }

  async hasFile(importId: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM import_file_chunk WHERE import_id = $1 LIMIT 1`, [importId]);
    return rows.length > 0;
  }

  async deleteFile(importId: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM import_file_chunk WHERE import_id = $1`, [importId]);
  }

  async find(id: number): Promise<ImportRunRow | undefined> {
    const rows: ImportRunRow[] = await this.dataSource.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Newest first, keyset on id. */
  async list(beforeId: number | null, limit: number): Promise<ImportRunRow[]> {
    return beforeId === null
      ? this.dataSource.query(`${SELECT_RUN} ORDER BY id DESC LIMIT $1`, [limit])
      : this.dataSource.query(`${SELECT_RUN} WHERE id < $1 ORDER BY id DESC LIMIT $2`, [beforeId, limit]);
  }

  async start(id: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_run SET status = 'running', started_at = COALESCE(started_at, now()), failure = NULL, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  async setRowsTotal(id: number, rowsTotal: number): Promise<void> {
    await this.dataSource.query(`UPDATE import_run SET rows_total = $2, updated_at = now() WHERE id = $1`, [id, rowsTotal]);
  }

  /** Adds a committed batch to the counters, in the batch's own transaction; returns the run as it now stands. */
  async addBatch(manager: EntityManager, id: number, outcome: BatchOutcome, bytesDone: number): Promise<ImportRunRow> {
    await manager.query(
      `UPDATE import_run SET batches_done = batches_done + 1, rows_done = rows_done + $2, bytes_done = GREATEST(bytes_done, $3),
         created = created + $4, updated = updated + $5, unchanged = unchanged + $6, pledges_created = pledges_created + $7,
         pledges_updated = pledges_updated + $8, pledges_unchanged = pledges_unchanged + $9,
         recommending_state_links = recommending_state_links + $10, rejected = rejected + $11, statements = statements + $12,
         errors = errors + $13, warnings = warnings + $14, updated_at = now()
       WHERE id = $1`,
      [
        id,
        outcome.rowsDone,
        bytesDone,
        outcome.created,
        outcome.updated,
        outcome.unchanged,
        outcome.pledgesCreated,
        outcome.pledgesUpdated,
        outcome.pledgesUnchanged,
        outcome.recommendingStateLinks,
        outcome.rejected,
        outcome.statements,
        outcome.errors,
        outcome.warnings,
      ],
    );
    const rows: ImportRunRow[] = await manager.query(`${SELECT_RUN} WHERE id = $1`, [id]);
    const run = rows[0];
    if (!run) throw new Error(`import ${id} vanished during its import`);
    return run;
  }

  async complete(id: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_run SET status = 'completed', finished_at = now(), rows_total = COALESCE(rows_total, rows_done),
         bytes_done = file_size, updated_at = now() WHERE id = $1`,
      [id],
    );
    await this.deleteFile(id);
  }

  /** A permanent failure: the reason is kept on the run and opens its report (row 0). */
  async fail(id: number, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE import_run SET status = 'failed', failure = $2, finished_at = now(), updated_at = now() WHERE id = $1`, [id, reason]);
      await manager.query(`INSERT INTO import_issue (import_id, row_number, "column", reason, severity) VALUES ($1, 0, 'File', $2, 'error')`, [id, reason]);
      await manager.query(`DELETE FROM import_file_chunk WHERE import_id = $1`, [id]);
    });
  }

  /** Report lines in file order (by row, then as found), keyset on (row, id). */
  async issues(importId: number, after: { rowNumber: number; id: number } | null, limit: number): Promise<ImportIssueRow[]> {
    return after === null
      ? this.dataSource.query(
          `SELECT id::int AS id, row_number, "column", reason, severity FROM import_issue
           WHERE import_id = $1 ORDER BY row_number, id LIMIT $2`,
          [importId, limit],
        )
      : this.dataSource.query(
          `SELECT id::int AS id, row_number, "column", reason, severity FROM import_issue
           WHERE import_id = $1 AND (row_number, id) > ($2, $3) ORDER BY row_number, id LIMIT $4`,
          [importId, after.rowNumber, after.id, limit],
        );
  }
}
