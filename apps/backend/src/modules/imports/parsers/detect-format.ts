import * as iconv from 'iconv-lite';
import { parseCsvText } from './csv-rows';
import { readDocx } from './docx';
import { findHeader, HEADER_SEARCH_ROWS, NO_HEADER_MESSAGE } from './headers';
import { findMatrixTable } from './ohchr-matrix.parser';
import { cellText, readSheet } from './spreadsheet';
import { byteOrderMark, detectTextEncoding } from './text-encoding';
import type { ImportContainer, ImportFormat } from './types';
import { UnsupportedFileError } from './unsupported-file.error';
import { UPR_INFO_SHEET } from './upr-info.parser';
import { listZipEntries } from './zip';

export interface DetectedFormat {
  format: ImportFormat;
  container: ImportContainer;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Enough of a text file to hold its header row (and a title row above it). */
const TEXT_SAMPLE_BYTES = 64 * 1024;

function hasPrefix(buf: Uint8Array, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((byte, i) => buf[i] === byte);
}

function notRecognised(fileName: string, what: string): UnsupportedFileError {
  return new UnsupportedFileError(`${NO_HEADER_MESSAGE} (${fileName}: ${what}).`);
}

function detectSpreadsheet(fileName: string, buf: Buffer, container: 'xls' | 'xlsx'): DetectedFormat {
  const sheet = readSheet(buf, { preferredSheet: UPR_INFO_SHEET, maxRows: 20 });
  const header = findHeader(sheet.rows.map((row) => row.cells.map(cellText)));
  if (!header) throw notRecognised(fileName, `${container} workbook, sheet "${sheet.sheetName}"`);
  return { format: header.format, container };
}

function detectZip(fileName: string, buf: Buffer): DetectedFormat {
  const entries = listZipEntries(buf);
  if (entries.includes('word/document.xml')) {
    if (!findMatrixTable(readDocx(buf).tables)) {
      throw notRecognised(fileName, 'Word document without a recommendations table');
    }
    return { format: 'ohchr_matrix', container: 'docx' };
  }
  if (entries.includes('xl/workbook.xml')) return detectSpreadsheet(fileName, buf, 'xlsx');
  throw notRecognised(fileName, 'zip archive that is neither a Word document nor an Excel workbook');
}

/** Binary data that is not text: NUL bytes outside UTF-16. */
function looksBinary(sample: Uint8Array): boolean {
  const bom = byteOrderMark(sample);
  if (bom && bom.encoding !== 'utf-8') return false;
  return sample.includes(0);
}

function firstRecordOf(line: string): string[] {
  try {
    return parseCsvText(line)[0]?.cells ?? [];
  } catch {
    return [];
  }
}

function detectText(fileName: string, buf: Buffer): DetectedFormat {
  const sample = buf.subarray(0, TEXT_SAMPLE_BYTES);
  if (looksBinary(sample)) throw notRecognised(fileName, 'binary data, not a CSV, .xls, .xlsx or .docx file');
  const encoding = detectTextEncoding(sample, sample.length < buf.length);
  const bom = byteOrderMark(sample);
  const text = iconv.decode(bom ? sample.subarray(bom.length) : sample, encoding);
  // A header row sits on one line: parse the leading lines one by one, so that a quoted field cut
  // off by the end of the sample cannot hide it.
  const rows = text
    .split(/\r\n|\r|\n/)
    .slice(0, HEADER_SEARCH_ROWS)
    .map(firstRecordOf);
  const header = findHeader(rows);
  if (!header) throw notRecognised(fileName, 'text file');
  return { format: header.format, container: 'csv' };
}

/**
 * Recognises an import file by its content (magic bytes, then header row), never by its name alone:
 * OLE2 → legacy .xls; zip with word/document.xml → .docx (OHCHR matrix); zip with xl/workbook.xml →
 * .xlsx; anything else is read as CSV text (UTF-8, UTF-16 with BOM, Windows-1252 or MacRoman).
 * Throws UnsupportedFileError for anything unrecognised or damaged.
 */
export function detectFormat(fileName: string, buf: Buffer): DetectedFormat {
  if (buf.length === 0) throw new UnsupportedFileError(`The file ${fileName} is empty.`);
  if (hasPrefix(buf, OLE_MAGIC)) return detectSpreadsheet(fileName, buf, 'xls');
  if (hasPrefix(buf, ZIP_MAGIC) || hasPrefix(buf, EMPTY_ZIP_MAGIC)) return detectZip(fileName, buf);
  return detectText(fileName, buf);
}
