import type { ImportDto, ImportFormat, ImportStatus, IssueSeverity } from '../../api/models';

/** While queued or running, the page keeps asking how far the import got. */
export function isActive(run: Pick<ImportDto, 'status'>): boolean {
  switch (run.status) {
    case 'queued':
    case 'running':
      return true;
    case 'completed':
    case 'failed':
      return false;
  }
}

export const STATUS_LABELS: Readonly<Record<ImportStatus, string>> = {
  queued: $localize`:Status of an import waiting for a worker@@imports.status.queued:Waiting`,
  running: $localize`:Status of an import being written@@imports.status.running:Importing`,
  completed: $localize`:Status of a finished import@@imports.status.completed:Completed`,
  failed: $localize`:Status of an import that stopped@@imports.status.failed:Failed`,
};

export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  upr_info: $localize`:Import format@@imports.format.uprInfo:UPR Info database export`,
  ohchr_matrix: $localize`:Import format@@imports.format.ohchrMatrix:OHCHR matrix / thematic list`,
  uhri: $localize`:Import format@@imports.format.uhri:Universal Human Rights Index export`,
};

export const SEVERITY_LABELS: Readonly<Record<IssueSeverity, string>> = {
  error: $localize`:Severity of a report line that rejects its row@@imports.severity.error:Error`,
  warning: $localize`:Severity of a report line that keeps its row@@imports.severity.warning:Warning`,
};

/** "2,731 of 6,094 rows · 2,412 rows/s · 1 error" (the total is left out while unknown). */
export function progressText(run: Pick<ImportDto, 'progress'>, locale: string): string {
  const n = new Intl.NumberFormat(locale);
  const { rowsDone, rowsTotal, rowsPerSecond, errors } = run.progress;
  const rows =
    rowsTotal === null
      ? $localize`:Rows imported so far, total not yet known@@imports.progress.rowsSoFar:${n.format(rowsDone)}:done: rows`
      : $localize`:Rows imported out of the rows in the file@@imports.progress.rows:${n.format(rowsDone)}:done: of ${n.format(rowsTotal)}:total: rows`;
  const speed = $localize`:Import speed@@imports.progress.speed:${n.format(rowsPerSecond)}:speed: rows/s`;
  const problems =
    errors === 1
      ? $localize`:One report line that rejects a row@@imports.progress.oneError:1 error`
      : $localize`:Report lines that reject a row@@imports.progress.errors:${n.format(errors)}:errors: errors`;
  return `${rows} · ${speed} · ${problems}`;
}
