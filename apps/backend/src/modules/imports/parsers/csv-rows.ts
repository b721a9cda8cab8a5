import { parse as parseSync } from 'csv-parse/sync';
import { parse as parseStream } from 'csv-parse';
import type { Options, Parser } from 'csv-parse';
import { UnsupportedFileError } from './unsupported-file.error';

/** One record of a delimited text file, with the line it starts on (1-based, as in an editor). */
export interface TextRow {
  rowNumber: number;
  cells: string[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(s: string): number {
  return s.match(LINE_BREAK)?.length ?? 0;
}

/** Comma unless the first line clearly uses semicolons or tabs (European / "Unicode text" exports). */
export function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

function firstLineOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

function csvOptions(delimiter: string): Options {
  // `raw` gives each record's source text, from which line numbers are counted (csv-parse's own
  // `info.lines` miscounts CRLF inside quoted fields). Empty lines are kept so the count stays right;
  // callers skip blank rows.
  return { delimiter, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

interface RawRecord {
  record: string[];
  raw: string;
}

/** csv-parse's typings do not reflect `raw: true`; check the shape instead of casting. */
function asRawRecord(item: unknown): RawRecord {
  if (typeof item === 'object' && item !== null && 'record' in item && 'raw' in item) {
    const { record, raw } = item;
    if (Array.isArray(record) && typeof raw === 'string') return { record: record.map(String), raw };
  }
  throw new Error('csv-parse returned an unexpected record shape');
}

/** csv-parse's own errors (CsvError) carry a code such as 'CSV_QUOTE_NOT_CLOSED'. */
function isCsvError(err: unknown): boolean {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('CSV_');
}

function malformed(err: unknown): UnsupportedFileError {
  return new UnsupportedFileError(`The CSV file is malformed: ${err instanceof Error ? err.message : String(err)}`);
}

/** Parses a whole decoded CSV (any line-end convention, including classic-Mac CR-only). */
export function parseCsvText(text: string): TextRow[] {
  let records: unknown[];
  try {
    records = parseSync(text, csvOptions(detectDelimiter(firstLineOf(text))));
  } catch (err) {
    throw isCsvError(err) ? malformed(err) : err;
  }
  const rows: TextRow[] = [];
  let line = 1;
  for (const { record, raw } of records.map(asRawRecord)) {
    if (!isBlank(record)) rows.push({ rowNumber: line, cells: record });
    line += countLineBreaks(raw);
  }
  return rows;
}

/**
 * Streams the records of a decoded CSV: memory stays flat whatever the file size. The delimiter is
 * detected from the first line.
 */
export async function* streamCsvText(chunks: AsyncIterable<string>): AsyncGenerator<TextRow> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
    if (/\r|\n/.test(head)) break;
  }
  const parser = parseStream(csvOptions(detectDelimiter(firstLineOf(head))));
  const feed = async (): Promise<void> => {
    try {
      if (head !== '') await writeChunk(parser, head);
      for (;;) {
        if (parser.destroyed) {
          await iterator.return?.();
          return;
        }
        const next = await iterator.next();
        if (next.done) break;
        await writeChunk(parser, next.value);
      }
      parser.end();
    } catch (err) {
      parser.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  };
  const feeding = feed();
  let line = 1;
  try {
    for await (const item of parser as AsyncIterable<unknown>) {
      const { record, raw } = asRawRecord(item);
      if (!isBlank(record)) yield { rowNumber: line, cells: record };
      line += countLineBreaks(raw);
    }
  } catch (err) {
    throw isCsvError(err) ? malformed(err) : err;
  }
  await feeding;
}

/** Writes with back-pressure; also settles when the consumer stopped early and the parser closed. */
function writeChunk(parser: Parser, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (parser.destroyed || parser.write(chunk)) {
      resolve();
      return;
    }
    const done = (): void => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.once('drain', done);
    parser.once('close', done);
  });
}
