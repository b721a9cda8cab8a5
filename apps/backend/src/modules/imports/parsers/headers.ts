import type { ImportFormat } from './types';

/** Lower case, single spaces, no BOM: how header cells are compared. */
export function normaliseHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many leading rows are searched for the header (exports sometimes put a title row above it). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * UPR Info exports: the CSV says `To, To-Rgrp, To-Org, Text, From, …`, the .xls `SuR, Rgrp, Org,
 * Recommendation, RS, Rgrp, Org, …` (duplicate names), so columns are taken by position.
 */
export const UPR_INFO_COLUMNS = {
  stateUnderReview: 0,
  text: 3,
  recommendingState: 4,
  response: 7,
  action: 8,
  issue: 9,
  session: 10,
} as const;

function isUprInfoHeader(cells: readonly string[]): boolean {
  const h = cells.map(normaliseHeader);
  return (
    ['to', 'sur'].includes(h[UPR_INFO_COLUMNS.stateUnderReview] ?? '') &&
    ['text', 'recommendation'].includes(h[UPR_INFO_COLUMNS.text] ?? '') &&
    ['from', 'rs'].includes(h[UPR_INFO_COLUMNS.recommendingState] ?? '') &&
    h[UPR_INFO_COLUMNS.response] === 'response' &&
    h[UPR_INFO_COLUMNS.session] === 'session'
  );
}

export type UhriField =
  | 'text'
  | 'countriesConcerned'
  | 'body'
  | 'session'
  | 'documentSymbol'
  | 'recommendingStates'
  | 'position'
  | 'themes'
  | 'affectedPersons'
  | 'sdgs'
  | 'publicationDate'
  | 'annotationId';

/** UHRI "Export to Excel" headers, with OHCHR's misspellings ("Reccomending") and the correct ones. */
const UHRI_HEADERS: Readonly<Record<UhriField, readonly string[]>> = {
  text: ['text', 'recommendation', 'recommendation text'],
  countriesConcerned: ['countries concerned', 'country concerned', 'countries', 'country'],
  body: ['reccomending body', 'recommending body', 'recomending body', 'body', 'mechanism'],
  session: ['upr session', 'session'],
  documentSymbol: ['document symbol', 'symbol'],
  recommendingStates: [
    'upr reccomending states',
    'upr recommending states',
    'upr recomending states',
    'recommending states',
    'upr recommending state',
  ],
  position: ['upr position', 'position', 'response'],
  themes: ['themes', 'theme'],
  affectedPersons: ['affected persons', 'groups of persons', 'affected groups'],
  sdgs: ['sdgs', 'sdg', 'sustainable development goals'],
  publicationDate: ['document publication date', 'publication date', 'date'],
  annotationId: ['ohchr annotation id', 'annotation id', 'id'],
};

export type UhriColumnMap = Partial<Record<UhriField, number>>;

/** Maps UHRI header cells to fields; null unless the two columns a record needs are present. */
export function uhriColumnMap(cells: readonly string[]): UhriColumnMap | null {
  const h = cells.map(normaliseHeader);
  const map: UhriColumnMap = {};
  for (const field of Object.keys(UHRI_HEADERS) as UhriField[]) {
    const index = h.findIndex((cell) => UHRI_HEADERS[field].includes(cell));
    if (index >= 0) map[field] = index;
  }
  return map.text !== undefined && map.countriesConcerned !== undefined ? map : null;
}

/** The format announced by a header row of a table file, if any. */
function formatOfHeader(cells: readonly string[]): Exclude<ImportFormat, 'ohchr_matrix'> | null {
  if (isUprInfoHeader(cells)) return 'upr_info';
  if (uhriColumnMap(cells)) return 'uhri';
  return null;
}

/** Index of the first of the leading rows that is a recognised header, and its format. */
export function findHeader(
  rows: readonly (readonly string[])[],
): { index: number; format: Exclude<ImportFormat, 'ohchr_matrix'> } | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const format = formatOfHeader(rows[index]);
    if (format) return { index, format };
  }
  return null;
}

export const NO_HEADER_MESSAGE =
  'The file is not a UPR Info, OHCHR matrix or UHRI export: no recognised header';
