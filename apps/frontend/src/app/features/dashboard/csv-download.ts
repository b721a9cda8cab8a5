import { csvFileName, tableCsv, type ChartTable } from './csv';

/** How long the file stays available to the browser's download (released afterwards). */
const RELEASE_AFTER_MS = 60_000;

/** Saves a table as a CSV file named after its title, with a byte-order mark for spreadsheet programs. */
export function saveCsv(document: Document, table: ChartTable, title: string): void {
  const blob = new Blob(['\uFEFF', tableCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(title);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Released once the browser has surely read it: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}

/** Accessible name of a "Download CSV" button: the visible words, then what the file holds. */
export function downloadCsvLabel(title: string): string {
  return $localize`:Accessible name of a button downloading a table as CSV@@dashboard.chart.downloadCsvOf:Download CSV: ${title}:title:`;
}
