import { tryResolveState, VISIT_STATUSES } from '@tracker/domain';
import type { CsvCell } from '../cooperation-kinds';
import type { CsvTable } from './read-csv';
import type { TableIssue, TableRow } from './ratification-table';

/** "requested 2021-01-10; reminder 2022-01-10" → [{ status, on }, …]; undefined when not in that shape. */
export function parseVisitHistory(cell: string): { status: string; on: string }[] | undefined {
  const events = cell
    .split(/[;\n|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => /^([a-z_ ]+?)\s*[:\s]\s*(\d{4}-\d{2}-\d{2})$/i.exec(part));
  if (events.length === 0 || events.some((m) => m === null)) return undefined;
  return events.map((m) => ({ status: (m?.[1] ?? '').trim().toLowerCase().replace(/\s+/g, '_'), on: m?.[2] ?? '' }));
}

function cellValue(raw: string, type: CsvCell): { value: unknown } | { problem: string } {
  switch (type) {
    case 'text':
      return { value: raw };
    case 'integer':
      return /^-?\d+$/.test(raw) ? { value: Number(raw) } : { problem: `'${raw}' is not a whole number` };
    case 'visitHistory': {
      const history = parseVisitHistory(raw);
      return history === undefined
        ? { problem: `'${raw}' is not a history like "requested 2021-01-10; reminder 2022-01-10" (statuses: ${VISIT_STATUSES.join(', ')})` }
        : { value: history };
    }
  }
}

/**
 * A CSV whose header names the record's fields (as in the API) → one input object per row. Empty
 * cells are "not given"; the stateIso3 column also takes a State's name or ISO alpha-2 code.
 * `columns` are the kind's CSV columns, with the header names already checked against them.
 */
export function readRecordRows(table: CsvTable, columns: Readonly<Record<string, CsvCell>>): { rows: TableRow[]; issues: TableIssue[] } {
  const byLower = new Map(Object.keys(columns).map((c) => [c.toLowerCase(), c]));
  const fields = table.header.map((h) => byLower.get(h.toLowerCase()));
  const issues: TableIssue[] = [];
  const rows = table.rows.map(({ line, cells }): TableRow => {
    const input: Record<string, unknown> = {};
    let rejected = false;
    fields.forEach((field, i) => {
      const raw = (cells[i] ?? '').trim();
      if (field === undefined || raw === '') return;
      if (field === 'stateIso3' && !/^[A-Z]{3}$/.test(raw)) {
        const state = tryResolveState(raw);
        if (state === undefined) {
          issues.push({ row: line, field, reason: `'${raw}' is not a known State (use its ISO 3166-1 alpha-3 code)`, severity: 'error' });
          rejected = true;
          return;
        }
        input[field] = state.iso3;
        return;
      }
      const parsed = cellValue(raw, columns[field] ?? 'text');
      if ('problem' in parsed) {
        issues.push({ row: line, field, reason: parsed.problem, severity: 'error' });
        rejected = true;
      } else {
        input[field] = parsed.value;
      }
    });
    return rejected ? { line, outcome: 'rejected' } : { line, outcome: 'record', input };
  });
  return { rows, issues };
}
