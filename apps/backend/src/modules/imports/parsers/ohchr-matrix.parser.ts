import { extractAttributions } from './attributions';
import type { DocxCell, DocxTable } from './docx';
import { readDocx } from './docx';
import { normaliseHeader } from './headers';
import { domainStateNameMatcher } from './state-names';
import type { StateNameMatcher } from './state-names';
import type { ColumnLabels, ParseOptions, ParseResult, RawRecommendationRow, RowIssue } from './types';
import { DEFAULT_COLUMN_LABELS } from './types';
import { UnsupportedFileError } from './unsupported-file.error';

/**
 * The OHCHR layouts seen so far:
 * - 2014: coded themes ("A12 Acceptance of international norms");
 * - 2015: a separate "Recommending state/s" column, names run together;
 * - 2019: "- " bullets with "SDGs:" and "Affected persons:" blocks in the themes column;
 * - 2025: "Recommendation and recommending State / Position of the State under review / Human
 *   rights themes and groups of persons / Relevant SDGs".
 */
export type MatrixLayout = '2014' | '2015' | '2019' | '2025';

export interface MatrixColumns {
  recommendation: number;
  position: number;
  recommendingStates?: number;
  themes?: number;
  sdgs?: number;
}

export interface MatrixTable {
  table: DocxTable;
  columns: MatrixColumns;
  layout: Exclude<MatrixLayout, '2014' | '2019'> | 'bulleted';
}

export interface MatrixDocumentInfo {
  /** As the document (or, failing that, the caller) names it. */
  stateUnderReview: string | null;
  /** UPR Working Group session, from the page header ("UPR of China (2nd Cycle – 17th session)"). */
  session: number | null;
  cycle: number | null;
  layout: MatrixLayout;
  /** Single merged-cell rows naming a theme ("Theme: A12 Acceptance of international norms"). */
  themeHeaderRows: number;
}

export interface OhchrMatrixResult extends ParseResult {
  document: MatrixDocumentInfo;
}

export interface OhchrMatrixOptions extends ParseOptions {
  /** Recognises State names in attributions and run-together cells (default: the domain's names). */
  stateNames?: StateNameMatcher;
}

function cellText(cell: DocxCell | undefined): string {
  return (cell?.paragraphs ?? []).join(' ').replace(/\s+/g, ' ').trim();
}

/** Column positions from a header row; null unless it has a recommendation and a position column. */
function matrixColumns(headerCells: readonly string[]): { columns: MatrixColumns; is2025: boolean } | null {
  const h = headerCells.map(normaliseHeader);
  const find = (test: (cell: string) => boolean): number | undefined => {
    const index = h.findIndex(test);
    return index >= 0 ? index : undefined;
  };
  const recommendation = find((c) => c.startsWith('recommendation'));
  const position = find((c) => c.includes('position'));
  if (recommendation === undefined || position === undefined) return null;
  const columns: MatrixColumns = { recommendation, position };
  const recommendingStates = find((c) => /^recommending state/u.test(c));
  if (recommendingStates !== undefined) columns.recommendingStates = recommendingStates;
  const themes = find((c) => c.includes('theme'));
  if (themes !== undefined) columns.themes = themes;
  const sdgs = find((c) => /\bsdgs?\b/u.test(c));
  if (sdgs !== undefined) columns.sdgs = sdgs;
  return { columns, is2025: h[recommendation].includes('recommending state') };
}

/** The first table whose first row is an OHCHR matrix header. */
export function findMatrixTable(tables: readonly DocxTable[]): MatrixTable | null {
  for (const table of tables) {
    const header = table.rows[0];
    if (!header) continue;
    const found = matrixColumns(header.cells.map(cellText));
    if (!found) continue;
    const { columns, is2025 } = found;
    const layout = is2025 ? '2025' : columns.recommendingStates !== undefined ? '2015' : 'bulleted';
    return { table, columns, layout };
  }
  return null;
}

const ORDINAL = '(\\d+)\\s*(?:st|nd|rd|th)?';
const REVIEW_TITLE = new RegExp(
  `UPR\\s+of\\s+(.+?)\\s*\\(\\s*(?:${ORDINAL}\\s+cycle\\s*[-–—,]?\\s*)?${ORDINAL}\\s+session\\s*\\)`,
  'iu',
);

interface ReviewTitle {
  stateUnderReview: string;
  cycle: number | null;
  session: number;
}

/** "UPR of China (2nd Cycle – 17th session)" in the page header (or body), wherever it is. */
function findReviewTitle(paragraphs: readonly string[]): ReviewTitle | null {
  for (const paragraph of paragraphs) {
    const m = REVIEW_TITLE.exec(paragraph.replace(/\s+/g, ' '));
    if (m) {
      return {
        stateUnderReview: m[1].trim(),
        cycle: m[2] === undefined ? null : Number(m[2]),
        session: Number(m[3]),
      };
    }
  }
  return null;
}

const PARAGRAPH_NUMBER = /^(\d{1,3}(?:\.\d{1,4})+)\.?(?=\s|$)/u;
const SOURCE_OF_POSITION = /source\s+of\s+position\s*:?\s*/iu;
const AFFECTED_HEADING = /^(?:affected\s+persons|groups\s+of\s+persons|affected\s+groups)\s*:?\s*/iu;
const SDG_HEADING = /^(?:relevant\s+)?sdgs?\s*:?\s*/iu;
const BULLET = /^[-–—•]\s*/u;

/** "A/HRC/25/5/Add.1 - Para. 186.28." → "A/HRC/25/5/Add.1". */
function symbolOf(source: string): string | null {
  const token = source.trim().split(/\s+/u)[0] ?? '';
  const symbol = token.replace(/[.,;:]+$/u, '');
  return symbol.includes('/') ? symbol : null;
}

/** The report that contains the recommendation: the position's source without "/Add.N". */
function reportSymbolOf(sourceSymbol: string): string {
  return sourceSymbol.replace(/\/Add\.\s*\d+$/iu, '');
}

interface ThemeBlocks {
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
}

/**
 * The themes column: theme lines (coded "A12 …" or "- …" bullets), then optional "SDGs:" and
 * "Affected persons:" / "Groups of Persons:" blocks.
 */
function parseThemeBlocks(paragraphs: readonly string[]): ThemeBlocks {
  const out: ThemeBlocks = { themes: [], affectedPersons: [], sdgs: [] };
  let target = out.themes;
  for (const line of paragraphs.flatMap((p) => p.split('\n'))) {
    let text = line.replace(/\s+/g, ' ').trim();
    if (AFFECTED_HEADING.test(text)) {
      target = out.affectedPersons;
      text = text.replace(AFFECTED_HEADING, '');
    } else if (SDG_HEADING.test(text) && !/^sdgs?\s+\d/iu.test(text)) {
      target = out.sdgs;
      text = text.replace(SDG_HEADING, '');
    }
    const item = text.replace(BULLET, '').trim();
    if (item !== '') target.push(item);
  }
  return out;
}

function bulletItems(paragraphs: readonly string[]): string[] {
  return paragraphs
    .flatMap((p) => p.split('\n'))
    .map((p) => p.replace(/\s+/g, ' ').trim().replace(BULLET, '').trim())
    .filter((p) => p !== '');
}

interface RecommendationCell {
  paragraph: string | null;
  body: string;
  sourceOfPosition: string | null;
}

/** Paragraph number, text and "Source of position" of the recommendation cell. */
function readRecommendationCell(cell: DocxCell | undefined): RecommendationCell {
  const textParts: string[] = [];
  let source: string | null = null;
  for (const p of cell?.paragraphs ?? []) {
    const m = SOURCE_OF_POSITION.exec(p);
    if (m) {
      const before = p.slice(0, m.index).trim();
      if (before !== '') textParts.push(before);
      source = p.slice(m.index + m[0].length).trim();
    } else {
      textParts.push(p);
    }
  }
  let body = textParts.join(' ').replace(/\s+/g, ' ').trim();
  let paragraph: string | null = null;
  const number = PARAGRAPH_NUMBER.exec(body);
  if (number) {
    paragraph = number[1];
    body = body.slice(number[0].length).trim();
  }
  return { paragraph, body, sourceOfPosition: source === null ? null : symbolOf(source) };
}

/** 2015 layout: one or more paragraphs of names, possibly run together ("FranceGermany"). */
function readStatesCell(cell: DocxCell | undefined, matcher: StateNameMatcher): string[] {
  const names: string[] = [];
  for (const p of cell?.paragraphs ?? []) {
    const text = p.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const whole = matcher.match(text);
    names.push(...(whole !== null ? [whole] : (matcher.splitRunTogether(text) ?? [text])));
  }
  return [...new Set(names)];
}

function isThemeHeaderRow(cells: readonly DocxCell[], columnCount: number): boolean {
  const filled = cells.filter((c) => cellText(c) !== '');
  return cells.length === 1 || (filled.length === 1 && cells[0].gridSpan >= columnCount);
}

/**
 * Parses an OHCHR UPR matrix / thematic list (.docx): one raw row per recommendation row of the
 * table, with its row number in the table (the header row is row 1). The State under review and
 * the UPR session come from the page header ("UPR of China (2nd Cycle – 17th session)"), else from
 * the options; never from a document symbol (the 25 of A/HRC/25/5 is a Council session).
 */
export function parseOhchrMatrix(buf: Buffer, options: OhchrMatrixOptions = {}): OhchrMatrixResult {
  const stateNames = options.stateNames ?? domainStateNameMatcher();
  const docx = readDocx(buf);
  const found = findMatrixTable(docx.tables);
  if (!found) {
    throw new UnsupportedFileError(
      'The Word document has no OHCHR recommendations table (a header row starting with "Recommendation" and a "Position" column).',
    );
  }
  const { table, columns } = found;
  const issues: RowIssue[] = [];
  const title = findReviewTitle([...docx.headerParagraphs, ...docx.bodyParagraphs]);

  const stateUnderReview = title?.stateUnderReview ?? options.stateUnderReview ?? null;
  const session = title?.session ?? options.session ?? null;
  const cycle = title?.cycle ?? null;
  if (title && options.stateUnderReview !== undefined && options.stateUnderReview.trim() !== title.stateUnderReview) {
    issues.push({
      rowNumber: 0,
      column: 'State under review',
      reason: `the document reviews "${title.stateUnderReview}", not "${options.stateUnderReview}" as given; using the document`,
      severity: 'warning',
    });
  }
  if (title && options.session !== undefined && options.session !== title.session) {
    issues.push({
      rowNumber: 0,
      column: 'Session',
      reason: `the document is for UPR session ${title.session}, not ${options.session} as given; using the document`,
      severity: 'warning',
    });
  }
  if (stateUnderReview === null) {
    issues.push({
      rowNumber: 0,
      column: 'State under review',
      reason: 'the document does not name the State under review ("UPR of …"); give it when importing',
      severity: 'error',
    });
  }
  if (session === null) {
    issues.push({
      rowNumber: 0,
      column: 'Session',
      reason: 'the document does not give the UPR Working Group session; give it when importing',
      severity: 'error',
    });
  }

  const columnCount = Math.max(...table.rows.map((r) => r.cells.reduce((n, c) => n + c.gridSpan, 0)));
  const headerTexts = table.rows[0].cells.map(cellText);
  const rows: RawRecommendationRow[] = [];
  let themeHeaderRows = 0;
  let codedThemes = false;

  table.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    if (index === 0) return;
    const texts = row.cells.map(cellText);
    if (texts.every((t) => t === '')) return;
    if (texts.length === headerTexts.length && texts.every((t, i) => t === headerTexts[i])) return; // repeated header
    if (isThemeHeaderRow(row.cells, columnCount)) {
      themeHeaderRows++;
      return;
    }
    const rec = readRecommendationCell(row.cells[columns.recommendation]);
    const statesColumn = columns.recommendingStates;
    const attributed = extractAttributions(rec.body, stateNames, { unknownFinalGroupIsState: statesColumn === undefined });
    const recommendingStates =
      statesColumn === undefined ? attributed.states : readStatesCell(row.cells[statesColumn], stateNames);
    const blocks = parseThemeBlocks(columns.themes === undefined ? [] : (row.cells[columns.themes]?.paragraphs ?? []));
    const sdgs = columns.sdgs === undefined ? blocks.sdgs : [...blocks.sdgs, ...bulletItems(row.cells[columns.sdgs]?.paragraphs ?? [])];
    if (blocks.themes.some((t) => /^[A-H]\d{1,2}\s/u.test(t))) codedThemes = true;
    const position = texts[columns.position] ?? '';
    rows.push({
      kind: 'recommendation',
      rowNumber,
      stateUnderReview: stateUnderReview ?? '',
      recommendingStates,
      text: attributed.text,
      response: position === '' ? null : position,
      actionCategory: null,
      themes: blocks.themes,
      affectedPersons: blocks.affectedPersons,
      sdgs,
      session: session === null ? null : String(session),
      cycle: cycle === null ? null : String(cycle),
      documentSymbol: rec.sourceOfPosition === null ? null : reportSymbolOf(rec.sourceOfPosition),
      paragraph: rec.paragraph,
      sourceOfPosition: rec.sourceOfPosition,
      body: null,
      publicationDate: null,
      externalId: null,
    });
  });

  const layout: MatrixLayout = found.layout === 'bulleted' ? (codedThemes ? '2014' : '2019') : found.layout;
  const heading = (index: number | undefined, fallback: string): string =>
    index === undefined ? fallback : headerTexts[index] || fallback;
  const recommendationLabel = heading(columns.recommendation, 'Recommendation');
  const themesLabel = heading(columns.themes, DEFAULT_COLUMN_LABELS.themes);
  const titleLabel = 'page header ("UPR of …")';
  const columnLabels: ColumnLabels = {
    ...DEFAULT_COLUMN_LABELS,
    stateUnderReview: titleLabel,
    session: titleLabel,
    text: recommendationLabel,
    documentSymbol: recommendationLabel,
    recommendingStates: heading(columns.recommendingStates, recommendationLabel),
    response: heading(columns.position, 'Position'),
    themes: themesLabel,
    affectedPersons: themesLabel,
    sdgs: heading(columns.sdgs, themesLabel),
  };
  return {
    format: 'ohchr_matrix',
    container: 'docx',
    rows,
    issues,
    columnLabels,
    document: {
      stateUnderReview,
      session,
      cycle,
      layout,
      themeHeaderRows,
    },
  };
}
