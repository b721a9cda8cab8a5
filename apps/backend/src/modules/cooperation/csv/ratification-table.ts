import { tryResolveState, type TreatyInfo } from '@tracker/domain';
import type { CsvTable } from './read-csv';

/**
 * The ratification tables of the UN Treaty Collection as published in
 * shared/data/treaty-ratification (hr_status_<treaty>.csv): one row per UN Member State, columns
 * iso2, member, state party, year ratification or accession, signatory, no action, status, note.
 * `status` is the reliable column (its counts match the Treaty Collection); the 0/1 `state party`
 * column disagrees with it on a few rows, which are loaded with a warning.
 */
export const RATIFICATION_TABLE_COLUMNS = ['iso2', 'member', 'state party', 'year ratification or accession', 'status'] as const;

const STATUSES = ['state party', 'signatory state', 'no action'] as const;

export interface TableIssue {
  readonly row: number;
  readonly field: string;
  readonly reason: string;
  readonly severity: 'error' | 'warning';
}

export type TableRow =
  | { readonly line: number; readonly outcome: 'record'; readonly input: Record<string, unknown> }
  | { readonly line: number; readonly outcome: 'skipped' }
  | { readonly line: number; readonly outcome: 'rejected' };

export function isRatificationTable(header: readonly string[]): boolean {
  const names = header.map((h) => h.toLowerCase());
  return RATIFICATION_TABLE_COLUMNS.every((c) => names.includes(c));
}

/** Turns the table's rows into ratification inputs (State parties only), with row-level issues. */
export function readRatificationTable(table: CsvTable, treaty: TreatyInfo, fileName: string, currentYear: number): { rows: TableRow[]; issues: TableIssue[] } {
  const index = new Map(table.header.map((h, i) => [h.toLowerCase(), i]));
  const cell = (cells: readonly string[], column: string): string => (cells[index.get(column) ?? -1] ?? '').trim();
  const issues: TableIssue[] = [];
  const rows: TableRow[] = table.rows.map(({ line, cells }): TableRow => {
    const issue = (field: string, reason: string, severity: 'error' | 'warning' = 'error'): void => void issues.push({ row: line, field, reason, severity });
    const iso2 = cell(cells, 'iso2');
    const member = cell(cells, 'member');
    const status = cell(cells, 'status').toLowerCase();
    const partyFlag = cell(cells, 'state party');
    const year = cell(cells, 'year ratification or accession');
    let rejected = false;
    if (!(STATUSES as readonly string[]).includes(status)) {
      issue('status', `'${cell(cells, 'status')}' is not one of ${STATUSES.join(', ')}`);
      rejected = true;
    }
    const state = /^[A-Za-z]{2}$/.test(iso2) ? tryResolveState(iso2) : undefined;
    if (!/^[A-Za-z]{2}$/.test(iso2)) {
      issue('iso2', `'${iso2}' (${member}) is not a two-letter ISO 3166-1 alpha-2 code`);
      rejected = true;
    } else if (state === undefined || !(state.unMember || state.observer)) {
      issue('iso2', `${iso2} (${member}) is not a UN Member State or observer State`);
      rejected = true;
    } else {
      const named = member === '' ? undefined : tryResolveState(member);
      if (named !== undefined && named.iso3 !== state.iso3) {
        issue('member', `'${member}' is ${named.iso3}, but iso2 ${iso2} is ${state.iso3}`);
        rejected = true;
      }
    }
    if (rejected) return { line, outcome: 'rejected' };
    if (status !== 'state party') {
      if (partyFlag === '1') {
        issue('state party', `is 1 but status is '${status}'`);
        return { line, outcome: 'rejected' };
      }
      return { line, outcome: 'skipped' };
    }
    const yearNumber = Number(year);
    if (!/^\d{4}$/.test(year) || yearNumber < 1945 || yearNumber > currentYear) {
      issue('year ratification or accession', year === '' ? 'is missing for a State party' : `'${year}' is not a year between 1945 and ${currentYear}`);
      return { line, outcome: 'rejected' };
    }
    if (partyFlag !== '1') {
      issue('state party', `is '${partyFlag}' while status says state party (ratified ${year}); loaded as a State party`, 'warning');
    }
    return {
      line,
      outcome: 'record',
      input: { stateIso3: state?.iso3 ?? '', treaty: treaty.code, ratifiedYear: yearNumber, source: `UN Treaty Collection (${fileName})` },
    };
  });
  return { rows, issues };
}
