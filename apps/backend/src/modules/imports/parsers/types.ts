/**
 * Shapes shared by the import parsers. Parsers return RAW strings exactly as the source spells
 * them (State names, positions, theme labels), plus the row number a person sees in Excel or a
 * text editor; `normalise.ts` resolves them to codes.
 */

export type ImportFormat = 'upr_info' | 'ohchr_matrix' | 'uhri';

export type ImportContainer = 'csv' | 'xls' | 'xlsx' | 'docx';

/**
 * What a source row is:
 * - `recommendation`: a recommendation made to the State under review;
 * - `pledge`: a voluntary pledge of the State itself (UPR Info Response "Voluntary Pledge");
 * - `statement`: a UPR Info row whose recommending State is "(Unknown)" — a statement of the
 *   Working Group, not a recommendation (the parser also reports it as a warning).
 */
export type RawRowKind = 'recommendation' | 'pledge' | 'statement';

export interface RawRecommendationRow {
  kind: RawRowKind;
  /** 1-based line (CSV) or row (spreadsheet, Word table) in the source file as a person sees it. */
  rowNumber: number;
  stateUnderReview: string;
  recommendingStates: string[];
  text: string;
  response: string | null;
  actionCategory: string | null;
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  /** UPR Working Group session as written ("5", "28th Session - Cycle 2"); never an HRC session. */
  session: string | null;
  cycle: string | null;
  /** Symbol of the document that contains the recommendation (e.g. the Working Group report). */
  documentSymbol: string | null;
  paragraph: string | null;
  /** Symbol of the document where the State gave its position (e.g. "A/HRC/25/5/Add.1"). */
  sourceOfPosition: string | null;
  /** Issuing mechanism as written (UHRI "Reccomending Body"); null means the UPR. */
  body: string | null;
  /** ISO date (yyyy-mm-dd). */
  publicationDate: string | null;
  externalId: string | null;
}

export type IssueSeverity = 'error' | 'warning';

export interface RowIssue {
  /** 0 when the issue concerns the whole file. */
  rowNumber: number;
  column: string;
  reason: string;
  severity: IssueSeverity;
}

/** Fields whose problems are reported against a source column. */
export type LabelledField =
  | 'stateUnderReview'
  | 'recommendingStates'
  | 'text'
  | 'response'
  | 'actionCategory'
  | 'themes'
  | 'affectedPersons'
  | 'sdgs'
  | 'session'
  | 'body'
  | 'documentSymbol'
  | 'publicationDate';

/** The column (as the file names it) each field was read from, so issues point at it. */
export type ColumnLabels = Record<LabelledField, string>;

export const DEFAULT_COLUMN_LABELS: ColumnLabels = {
  stateUnderReview: 'State under review',
  recommendingStates: 'Recommending States',
  text: 'Text',
  response: 'Response',
  actionCategory: 'Action',
  themes: 'Themes',
  affectedPersons: 'Affected persons',
  sdgs: 'SDGs',
  session: 'Session',
  body: 'Body',
  documentSymbol: 'Document symbol',
  publicationDate: 'Publication date',
};

export interface ParseResult {
  format: ImportFormat;
  container: ImportContainer;
  rows: RawRecommendationRow[];
  /** Problems found while reading (file-level ones have rowNumber 0). */
  issues: RowIssue[];
  columnLabels: ColumnLabels;
}

/** Caller-provided facts for documents that may not state them (OHCHR matrices). */
export interface ParseOptions {
  stateUnderReview?: string;
  session?: number;
}
