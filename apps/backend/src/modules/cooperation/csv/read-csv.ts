import { parse } from 'csv-parse/sync';

export interface CsvTable {
  readonly header: readonly string[];
  /** Data rows with their line in the file (the header is line 1); blank lines left out. */
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** Raised when the file is not a CSV table at all; the message says why. */
export class CsvFileError extends Error {}

interface Parsed {
  record: string[];
  info: { lines: number };
}

function isParsed(item: unknown): item is Parsed {
  return typeof item === 'object' && item !== null && 'record' in item && Array.isArray(item.record) && 'info' in item;
}

/** Reads a UTF-8 CSV (BOM, CRLF, LF or CR line ends; commas or semicolons). */
export function readCsv(buffer: Buffer): CsvTable {
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) throw new CsvFileError('is not UTF-8 text (save the file as "CSV UTF-8")');
  const firstLine = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, ''))?.[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: unknown[];
  try {
    records = parse(text, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new CsvFileError(`is not a readable CSV file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = records.filter(isParsed);
  const [head, ...rest] = parsed;
  if (head === undefined) throw new CsvFileError('is empty: a header row is needed');
  return {
    header: head.record.map((h) => h.trim()),
    rows: rest.filter((r) => r.record.some((c) => c !== '')).map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}
