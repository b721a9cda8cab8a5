import type { DataSource } from 'typeorm';
import { runWithContext } from '../../../common/request-context';
import type { ImportRunRow, ImportsRepository } from '../imports.repository';
import { parseImportFile } from '../parsers/parse-import-file';
import { parseUhriCsv } from '../parsers/uhri.parser';
import { UnsupportedFileError } from '../parsers/unsupported-file.error';
import { planImport, recordKey, unitsOfUhriRecord, type ImportUnit } from './import-units';
import { detectSourceFormat, readAll, type ImportSource } from './import-source';
import { ImportWriter } from './import-writer';

/** Units written per transaction: large enough for set-based SQL, small enough for steady progress. */
const DEFAULT_BATCH_SIZE = 2500;

/** The import does not exist (a job for a deleted run): nothing to retry. */
export class ImportNotFoundError extends Error {
  constructor(id: number) {
    super(`Import ${id} does not exist`);
    this.name = 'ImportNotFoundError';
  }
}

/**
 * Cuts the units into batches of `size`, starting a new batch early when a unit's record key is
 * already in the current one (the second then updates what the first created).
 */
export async function* batchesOf(units: AsyncIterable<ImportUnit> | Iterable<ImportUnit>, size: number): AsyncGenerator<ImportUnit[]> {
  let batch: ImportUnit[] = [];
  let keys = new Set<string>();
  for await (const unit of units) {
    const key = unit.record === null ? null : recordKey(unit.record);
    if (batch.length >= size || (key !== null && keys.has(key))) {
      yield batch;
      batch = [];
      keys = new Set();
    }
    batch.push(unit);
    if (key !== null) keys.add(key);
  }
  if (batch.length > 0) yield batch;
}

/**
 * Reads one batch ahead: while a batch is being written (PostgreSQL working), the next one is
 * parsed and resolved (Node working), so the two overlap on separate cores.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const current = await next;
      if (current.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      // A failure of the read-ahead surfaces when it is awaited, after the current batch.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    // Stopped early (a batch failed): let the read-ahead settle, then close the source (its file).
    if (!finished) {
      await next.catch(() => undefined);
      await iterator.return?.(undefined);
    }
  }
}

/** Counts the bytes a stream has delivered so far. */
class CountingStream {
  bytes = 0;

  constructor(private readonly source: ImportSource) {}

  async *stream(): AsyncGenerator<Buffer> {
    for await (const piece of this.source.stream()) {
      this.bytes += piece.length;
      yield piece;
    }
  }
}

async function* streamedUhriUnits(counter: CountingStream): AsyncGenerator<ImportUnit> {
  for await (const record of parseUhriCsv(counter.stream())) yield* unitsOfUhriRecord(record);
}

/**
 * Imports one file: detects its format, parses it (a UHRI CSV as a stream, so memory stays flat
 * whatever its size; other formats whole), resolves and groups the rows, and writes them in batches,
 * each in its own transaction together with its report lines and the run's counters. A batch is
 * written whole or not at all, and a rerun resumes after the last committed batch.
 */
export class ImportPipeline {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: ImportsRepository,
    private readonly batchSize = DEFAULT_BATCH_SIZE,
  ) {}

  /** Runs the import as actor `import:<id>`; `onProgress` sees the run after each committed batch. */
  async run(importId: number, source: ImportSource, onProgress?: (run: ImportRunRow) => void): Promise<ImportRunRow> {
    return runWithContext({ requestId: `import-${importId}`, actor: `import:${importId}` }, () => this.runInContext(importId, source, onProgress));
  }

  private async runInContext(importId: number, source: ImportSource, onProgress?: (run: ImportRunRow) => void): Promise<ImportRunRow> {
    const run = await this.runs.find(importId);
    if (!run) throw new ImportNotFoundError(importId);
    if (run.status === 'completed') return run;
    await this.runs.start(importId);
    const { format, container } = await detectSourceFormat(source);
    const counter = new CountingStream(source);
    let units: AsyncIterable<ImportUnit> | Iterable<ImportUnit>;
    let rowsTotal: number | null;
    if (format === 'uhri' && container === 'csv') {
      units = streamedUhriUnits(counter);
      rowsTotal = null;
    } else {
      const buf = await readAll(source);
      counter.bytes = buf.length;
      const plan = planImport(parseImportFile(source.fileName, buf, run.options));
      units = plan.units;
      rowsTotal = plan.rowsTotal;
    }
    if (run.format !== null && run.format !== format) {
      throw new UnsupportedFileError(`The file was recorded as a ${run.format} export but reads as ${format}.`);
    }
    if (rowsTotal !== null) await this.runs.setRowsTotal(importId, rowsTotal);
    const writer = new ImportWriter(importId, format);
    let index = 0;
    for await (const batch of readAhead(batchesOf(units, this.batchSize))) {
      // Batches committed by an earlier attempt are skipped: their rows are already written and counted.
      if (index++ < run.batches_done) continue;
      const progress = await this.dataSource.transaction(async (manager) => {
        const outcome = await writer.writeBatch(manager, batch);
        return this.runs.addBatch(manager, importId, outcome, counter.bytes);
      });
      onProgress?.(progress);
    }
    await this.runs.complete(importId);
    const done = await this.runs.find(importId);
    if (!done) throw new ImportNotFoundError(importId);
    onProgress?.(done);
    return done;
  }
}
