import * as iconv from 'iconv-lite';
import { parseCsvText, streamCsvText } from './csv-rows';
import { excelSerialToIsoDate } from './excel-date';
import { HEADER_SEARCH_ROWS, NO_HEADER_MESSAGE, uhriColumnMap } from './headers';
import type { UhriColumnMap, UhriField } from './headers';
import type { CellValue } from './spreadsheet';
import { cellText, readSheet } from './spreadsheet';
import { byteOrderMark, decodeText, detectTextEncoding } from './text-encoding';
import type { ColumnLabels, ParseResult, RawRecommendationRow, RowIssue } from './types';
import { DEFAULT_COLUMN_LABELS } from './types';
import { UnsupportedFileError } from './unsupported-file.error';

/** One parsed source row of a UHRI export: its raw rows (one per country concerned) and issues. */
export interface UhriRecord {
  rowNumber: number;
  rows: RawRecommendationRow[];
  issues: RowIssue[];
  /** The file's column names (the same object for every record of a file), for `normaliseRows`. */
  columnLabels: ColumnLabels;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A UHRI multi-value cell: one value per line, each with a "- " prefix. */
export function splitMultiValue(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim().replace(/^[-–—•]\s*/u, '').trim())
    .filter((line) => line !== '');
}

function readDate(value: CellValue | undefined, date1904: boolean): { iso: string | null; unreadable: boolean } {
  if (value === null || value === undefined) return { iso: null, unreadable: false };
  if (value instanceof Date) return { iso: Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10), unreadable: false };
  const text = String(value).trim();
  if (text === '') return { iso: null, unreadable: false };
  const serial = typeof value === 'number' ? value : /^\d+(?:\.\d+)?$/u.test(text) ? Number(text) : NaN;
  if (!Number.isNaN(serial)) {
    const iso = excelSerialToIsoDate(serial, date1904);
    return { iso, unreadable: iso === null };
  }
  const isoLike = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (isoLike && !Number.isNaN(Date.parse(`${isoLike[1]}-${isoLike[2]}-${isoLike[3]}T00:00:00Z`))) {
    return { iso: `${isoLike[1]}-${isoLike[2]}-${isoLike[3]}`, unreadable: false };
  }
  return { iso: null, unreadable: true };
}

/**
 * Turns UHRI rows into raw rows. Built from the header row: OHCHR's misspelt headers
 * ("Reccomending Body") and the correct spellings are both accepted, in any order.
 */
class UhriRowReader {
  private readonly labels: Partial<Record<UhriField, string>> = {};
  /** The file's own column names, for issues raised after parsing. */
  readonly fileColumnLabels: ColumnLabels;

  constructor(
    private readonly columns: UhriColumnMap,
    headerCells: readonly string[],
    private readonly date1904 = false,
  ) {
    for (const [field, index] of Object.entries(columns) as [UhriField, number][]) {
      this.labels[field] = headerCells[index]?.trim() ?? field;
    }
    this.fileColumnLabels = this.buildColumnLabels();
  }

  private buildColumnLabels(): ColumnLabels {
    const l = (field: UhriField, fallback: string): string => this.labels[field] ?? fallback;
    return {
      ...DEFAULT_COLUMN_LABELS,
      stateUnderReview: l('countriesConcerned', 'Countries Concerned'),
      recommendingStates: l('recommendingStates', 'UPR Recommending States'),
      text: l('text', 'Text'),
      response: l('position', 'UPR Position'),
      themes: l('themes', 'Themes'),
      affectedPersons: l('affectedPersons', 'Affected Persons'),
      sdgs: l('sdgs', 'Sdgs'),
      session: l('session', 'UPR Session'),
      body: l('body', 'Recommending Body'),
      documentSymbol: l('documentSymbol', 'Document Symbol'),
      publicationDate: l('publicationDate', 'Document Publication Date'),
    };
  }

  /** The reader for a header row, or null when the row is not a UHRI header. */
  static forHeader(headerCells: readonly string[], date1904 = false): UhriRowReader | null {
    const columns = uhriColumnMap(headerCells);
    return columns ? new UhriRowReader(columns, headerCells, date1904) : null;
  }

  read(rowNumber: number, cells: readonly CellValue[]): UhriRecord {
    const issues: RowIssue[] = [];
    const raw = (field: UhriField): CellValue | undefined => {
      const index = this.columns[field];
      return index === undefined ? undefined : cells[index];
    };
    const text = (field: UhriField): string => cellText(raw(field));
    const list = (field: UhriField): string[] => splitMultiValue(text(field));
    const label = (field: UhriField): string => this.labels[field] ?? field;
    /** A single-valued field written as a multi-value cell: first value, warning on conflicts. */
    const single = (field: UhriField): string | null => {
      const values = [...new Set(list(field))];
      if (values.length > 1) {
        issues.push({
          rowNumber,
          column: label(field),
          reason: `several values (${values.map((v) => `'${v}'`).join(', ')}); the first is used`,
          severity: 'warning',
        });
      }
      return values[0] ?? null;
    };

    const session = single('session');
    const cycle = session === null ? null : (/\bcycle\s*(\d+)/iu.exec(session)?.[1] ?? null);
    const date = readDate(raw('publicationDate'), this.date1904);
    if (date.unreadable) {
      issues.push({
        rowNumber,
        column: label('publicationDate'),
        reason: `'${text('publicationDate')}' is not a date (expected an Excel date serial number)`,
        severity: 'warning',
      });
    }
    const externalId = text('annotationId') || null;
    if (externalId !== null && !UUID.test(externalId)) {
      issues.push({
        rowNumber,
        column: label('annotationId'),
        reason: `'${externalId}' is not a UUID`,
        severity: 'warning',
      });
    }
    const base: Omit<RawRecommendationRow, 'stateUnderReview'> = {
      kind: 'recommendation',
      rowNumber,
      recommendingStates: list('recommendingStates'),
      text: text('text'),
      response: single('position'),
      actionCategory: null,
      themes: list('themes'),
      affectedPersons: list('affectedPersons'),
      sdgs: list('sdgs'),
      session,
      cycle,
      documentSymbol: single('documentSymbol'),
      paragraph: null,
      sourceOfPosition: null,
      body: single('body'),
      publicationDate: date.iso,
      externalId,
    };
    // A recommendation addressed to several States is followed up by each: one row per State.
    const countries = [...new Set(list('countriesConcerned'))];
    const rows = (countries.length > 0 ? countries : ['']).map((stateUnderReview) => ({ ...base, stateUnderReview }));
    return { rowNumber, rows, issues, columnLabels: this.fileColumnLabels };
  }
}

function headerNotFound(): UnsupportedFileError {
  return new UnsupportedFileError(`${NO_HEADER_MESSAGE} (UHRI columns "Text" and "Countries Concerned").`);
}

/** Finds the header among the leading rows, then reads every row after it. */
function readAll(
  rows: readonly { rowNumber: number; cells: readonly CellValue[] }[],
  container: 'csv' | 'xls' | 'xlsx',
  date1904: boolean,
): ParseResult {
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => uhriColumnMap(row.cells.map(cellText)));
  const reader = headerIndex < 0 ? null : UhriRowReader.forHeader(rows[headerIndex].cells.map(cellText), date1904);
  if (!reader) throw headerNotFound();
  const result: ParseResult = { format: 'uhri', container, rows: [], issues: [], columnLabels: reader.fileColumnLabels };
  for (const { rowNumber, cells } of rows.slice(headerIndex + 1)) {
    const record = reader.read(rowNumber, cells);
    result.rows.push(...record.rows);
    result.issues.push(...record.issues);
  }
  return result;
}

/** Parses a UHRI "Export to Excel" workbook (.xlsx, or .xls) held in memory. */
export function parseUhriWorkbook(buf: Buffer, container: 'xls' | 'xlsx'): ParseResult {
  const sheet = readSheet(buf);
  return readAll(sheet.rows, container, sheet.date1904);
}

/** Parses a whole UHRI CSV held in memory (see parseUhriCsv for large files). */
export function parseUhriCsvBuffer(buf: Buffer): ParseResult {
  return readAll(parseCsvText(decodeText(buf).text), 'csv', false);
}

const SAMPLE_BYTES = 64 * 1024;

/** Decodes a byte stream, choosing the encoding from its first 64 KiB (BOM, UTF-8, else 8-bit). */
async function* decodeStream(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  let decoder: iconv.DecoderStream | null = null;
  const start = (sample: Buffer, isTruncated: boolean): iconv.DecoderStream => {
    const encoding = detectTextEncoding(sample, isTruncated);
    return iconv.getDecoder(encoding, { stripBOM: byteOrderMark(sample) !== null });
  };
  for await (const chunk of source) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (decoder) {
      const text = decoder.write(buf);
      if (text !== '') yield text;
      continue;
    }
    pending.push(buf);
    pendingBytes += buf.length;
    if (pendingBytes >= SAMPLE_BYTES) {
      const sample = Buffer.concat(pending);
      decoder = start(sample, true);
      const text = decoder.write(sample);
      if (text !== '') yield text;
    }
  }
  if (!decoder) {
    const sample = Buffer.concat(pending);
    decoder = start(sample, false);
    const text = decoder.write(sample);
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/**
 * Streams a UHRI CSV export (about 267,500 records): yields one record per source row as it is
 * read, so the file is never held in memory. `source` is any async iterable of bytes, such as a
 * `fs.createReadStream(path)` or an upload stream.
 */
export async function* parseUhriCsv(source: AsyncIterable<Uint8Array>): AsyncGenerator<UhriRecord> {
  let reader: UhriRowReader | null = null;
  let seen = 0;
  for await (const row of streamCsvText(decodeStream(source))) {
    if (reader) {
      yield reader.read(row.rowNumber, row.cells);
      continue;
    }
    reader = UhriRowReader.forHeader(row.cells);
    if (!reader && ++seen >= HEADER_SEARCH_ROWS) break;
  }
  if (!reader) throw headerNotFound();
}
