import * as XLSX from '@e965/xlsx';
import { UnsupportedFileError } from './unsupported-file.error';

export type CellValue = string | number | boolean | Date | null;

/** One non-blank row of a worksheet, with its row number as Excel shows it. */
export interface SheetRow {
  rowNumber: number;
  cells: CellValue[];
}

export interface SheetContent {
  sheetName: string;
  /** True for workbooks using the 1904 date system (old Mac Excel); serials then count from 1904. */
  date1904: boolean;
  rows: SheetRow[];
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
}

/**
 * Reads the rows of a legacy .xls (BIFF) or .xlsx workbook with SheetJS. Takes the sheet named
 * `preferredSheet` when present, else the first one. `maxRows` limits the rows read (format sniffing).
 */
export function readSheet(buf: Buffer, options: { preferredSheet?: string; maxRows?: number } = {}): SheetContent {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: 'buffer', dense: true, cellDates: false, sheetRows: options.maxRows ?? 0 });
  } catch (err) {
    throw new UnsupportedFileError(
      `The spreadsheet could not be read (damaged or not an Excel workbook): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const sheetName =
    options.preferredSheet !== undefined && wb.SheetNames.includes(options.preferredSheet)
      ? options.preferredSheet
      : wb.SheetNames[0];
  const ws = sheetName === undefined ? undefined : wb.Sheets[sheetName];
  if (sheetName === undefined || ws === undefined) {
    throw new UnsupportedFileError('The workbook has no worksheet.');
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const ref = ws['!ref'];
  if (ref === undefined) return { sheetName, date1904, rows: [] };
  const firstRow = XLSX.utils.decode_range(ref).s.r;
  const matrix: unknown[][] = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
  const rows: SheetRow[] = [];
  matrix.forEach((values, i) => {
    const cells = values.map((v) => (isCellValue(v) ? v : null));
    if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ rowNumber: firstRow + i + 1, cells });
  });
  return { sheetName, date1904, rows };
}

/** A cell as trimmed text ('' when empty). Numbers keep their plain decimal form (5 → "5"). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
