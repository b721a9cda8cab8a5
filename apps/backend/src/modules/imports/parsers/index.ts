/**
 * Import parsers: pure functions from an uploaded file to typed rows, no database, no NestJS.
 *
 * 1. `detectFormat` / `parseImportFile` read a file (UPR Info .csv/.xls, OHCHR matrix .docx,
 *    UHRI .xlsx/.csv) into raw rows with row numbers; `parseUhriCsv` streams a large UHRI CSV.
 * 2. `normaliseParseResult` / `normaliseRows` resolve names and labels with the domain rules and
 *    report every problem as a RowIssue.
 * 3. `groupRecommendations` merges joint recommendations repeated once per recommending State.
 */
export { detectFormat } from './detect-format';
export type { DetectedFormat } from './detect-format';
export { groupRecommendations } from './group';
export type { GroupableRow, GroupingResult, RecommendationGroup } from './group';
export { normaliseParseResult, normaliseRows } from './normalise';
export type { NormalisedPledge, NormalisedRecommendation, NormalisedRows, NormaliseResult } from './normalise';
export { parseOhchrMatrix } from './ohchr-matrix.parser';
export type { MatrixDocumentInfo, MatrixLayout, OhchrMatrixOptions, OhchrMatrixResult } from './ohchr-matrix.parser';
export { parseImportFile } from './parse-import-file';
export { domainStateNameMatcher } from './state-names';
export type { StateNameMatcher } from './state-names';
export type {
  ColumnLabels,
  ImportContainer,
  ImportFormat,
  ParseOptions,
  ParseResult,
  RawRecommendationRow,
  RawRowKind,
  RowIssue,
} from './types';
export { parseUhriCsv, parseUhriCsvBuffer, parseUhriWorkbook } from './uhri.parser';
export type { UhriRecord } from './uhri.parser';
export { UnsupportedFileError } from './unsupported-file.error';
export { parseUprInfo } from './upr-info.parser';
