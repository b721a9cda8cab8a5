import { isVoluntaryPledgeLabel } from '@tracker/domain';
import { parseCsvText } from './csv-rows';
import { findHeader, NO_HEADER_MESSAGE, UPR_INFO_COLUMNS } from './headers';
import { cellText, readSheet } from './spreadsheet';
import { decodeHtmlEntities, decodeText } from './text-encoding';
import type { ColumnLabels, ParseResult, RawRecommendationRow, RawRowKind, RowIssue } from './types';
import { DEFAULT_COLUMN_LABELS } from './types';
import { UnsupportedFileError } from './unsupported-file.error';

/** Sheet name of UPR Info's .xls export. */
export const UPR_INFO_SHEET = 'UPR Info database export';

/** UPR Info's recommending State for Working Group statements (after entity decoding). */
const UNKNOWN_STATE = '(Unknown)';

interface SourceRow {
  rowNumber: number;
  cells: string[];
}

function readRows(buf: Buffer, container: 'csv' | 'xls' | 'xlsx'): SourceRow[] {
  if (container === 'csv') return parseCsvText(decodeText(buf).text);
  return readSheet(buf, { preferredSheet: UPR_INFO_SHEET }).rows.map((row) => ({
    rowNumber: row.rowNumber,
    cells: row.cells.map(cellText),
  }));
}

function nullIfEmpty(s: string): string | null {
  return s === '' ? null : s;
}

/** "Rights of the Child,Women's rights" → ["Rights of the Child", "Women's rights"]. */
function splitIssues(cell: string): string[] {
  return cell
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Parses a UPR Info database export (.csv in MacRoman with CR-only line ends, or the .xls with
 * duplicate header names): one raw row per source row. Rows whose recommending State is
 * "(Unknown)" are Working Group statements (kind 'statement', plus a warning); Response
 * "Voluntary Pledge" rows are pledges of the State under review (kind 'pledge').
 */
export function parseUprInfo(buf: Buffer, container: 'csv' | 'xls' | 'xlsx'): ParseResult {
  const source = readRows(buf, container);
  const header = findHeader(source.slice(0, 10).map((row) => row.cells));
  if (!header || header.format !== 'upr_info') {
    throw new UnsupportedFileError(`${NO_HEADER_MESSAGE} for a UPR Info export.`);
  }
  const headerCells = source[header.index].cells;
  const label = (index: number): string => headerCells[index] ?? `column ${index + 1}`;
  const c = UPR_INFO_COLUMNS;
  const rows: RawRecommendationRow[] = [];
  const issues: RowIssue[] = [];

  for (const { rowNumber, cells } of source.slice(header.index + 1)) {
    const get = (index: number): string => decodeHtmlEntities(cells[index] ?? '').trim();
    const from = get(c.recommendingState);
    const response = get(c.response);
    let kind: RawRowKind = 'recommendation';
    if (from === UNKNOWN_STATE) {
      kind = 'statement';
      issues.push({
        rowNumber,
        column: label(c.recommendingState),
        reason: `statement, not a recommendation (recommending State "${UNKNOWN_STATE}")`,
        severity: 'warning',
      });
    } else if (isVoluntaryPledgeLabel(response)) {
      kind = 'pledge';
    }
    rows.push({
      kind,
      rowNumber,
      stateUnderReview: get(c.stateUnderReview),
      recommendingStates: from === '' || kind === 'statement' ? [] : [from],
      text: get(c.text),
      response: nullIfEmpty(response),
      actionCategory: nullIfEmpty(get(c.action)),
      themes: splitIssues(get(c.issue)),
      affectedPersons: [],
      sdgs: [],
      session: nullIfEmpty(get(c.session)),
      cycle: null,
      documentSymbol: null,
      paragraph: null,
      sourceOfPosition: null,
      body: null,
      publicationDate: null,
      externalId: null,
    });
  }
  const columnLabels: ColumnLabels = {
    ...DEFAULT_COLUMN_LABELS,
    stateUnderReview: label(c.stateUnderReview),
    text: label(c.text),
    recommendingStates: label(c.recommendingState),
    response: label(c.response),
    actionCategory: label(c.action),
    themes: label(c.issue),
    session: label(c.session),
  };
  return { format: 'upr_info', container, rows, issues, columnLabels };
}
