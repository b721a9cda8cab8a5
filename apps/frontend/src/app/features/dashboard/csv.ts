/**
 * A table exactly as a chart's table alternative shows it: column headings and, per row, the
 * cells as shown and the values behind them (numbers unformatted, dates ISO) for the CSV file.
 */
export interface TableCell {
  readonly text: string;
  readonly value: string | number;
}

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

export function cell(text: string, value: string | number = text): TableCell {
  return { text, value };
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV (RFC 4180: CRLF line ends, quoted fields): the headings, then the values of every row. */
export function tableCsv(table: ChartTable): string {
  return [table.columns.map(csvField).join(','), ...table.rows.map((row) => row.map((c) => csvField(c.value)).join(','))].map((line) => `${line}\r\n`).join('');
}

/** A file name from a title: letters and digits of any script kept, the rest turned into single dashes. */
export function csvFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'table'}.csv`;
}
