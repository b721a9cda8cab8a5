import {
  collapseWhitespace,
  cycleOfSession,
  normaliseDocumentSymbol,
  parseActionCategory,
  parseBody,
  parseResponse,
  parseUprSession,
  resolveAffectedPerson,
  resolveSdg,
  resolveTheme,
  tryResolveState,
} from '@tracker/domain';
import type { ActionCategory, BodyCode, ResponseCode, UprCycleNumber } from '@tracker/domain';
import type { ColumnLabels, LabelledField, ParseResult, RawRecommendationRow, RowIssue } from './types';

/** A recommendation row with every name and label resolved to a code. */
export interface NormalisedRecommendation {
  rowNumber: number;
  stateIso3: string;
  recommendingStateIso3: string[];
  /** Whitespace collapsed. */
  text: string;
  /** null: no position given (yet). */
  response: ResponseCode | null;
  actionCategory: ActionCategory | null;
  themeCodes: string[];
  affectedPersonCodes: string[];
  /** SDG goal ("16") or target ("16.10") codes. */
  sdgCodes: string[];
  /** UPR Working Group session; null outside the UPR. */
  session: number | null;
  cycle: UprCycleNumber | null;
  body: BodyCode;
  documentSymbol: string | null;
  paragraph: string | null;
  sourceOfPosition: string | null;
  publicationDate: string | null;
  externalId: string | null;
}

/** A voluntary pledge of the State under review (UPR Info "Voluntary Pledge" rows). */
export interface NormalisedPledge {
  rowNumber: number;
  stateIso3: string;
  text: string;
  session: number | null;
  cycle: UprCycleNumber | null;
  actionCategory: ActionCategory | null;
  themeCodes: string[];
}

export interface NormalisedRows {
  recommendations: NormalisedRecommendation[];
  pledges: NormalisedPledge[];
  /** Rows of kind 'statement' (UPR Info "(Unknown)"): the parser reported each as a warning. */
  statements: RawRecommendationRow[];
  /** Rows left out because of an error; each has at least one error issue. */
  rejected: RawRecommendationRow[];
  issues: RowIssue[];
}

export interface NormaliseResult extends NormalisedRows {
  /** Parser issues and normalisation issues together, by row number. */
  issues: RowIssue[];
}

/** Collects the issues of one row; `failed` tells whether any is an error. */
class RowReport {
  readonly issues: RowIssue[] = [];

  constructor(
    private readonly rowNumber: number,
    private readonly labels: ColumnLabels,
  ) {}

  error(field: LabelledField, reason: string): void {
    this.issues.push({ rowNumber: this.rowNumber, column: this.labels[field], reason, severity: 'error' });
  }

  warning(field: LabelledField, reason: string): void {
    this.issues.push({ rowNumber: this.rowNumber, column: this.labels[field], reason, severity: 'warning' });
  }

  get failed(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

function resolveStateCode(raw: string, field: LabelledField, report: RowReport): string | null {
  const name = raw.trim();
  if (name === '') {
    report.error(field, 'missing State name');
    return null;
  }
  const state = tryResolveState(name);
  if (!state) {
    report.error(field, `unknown State name '${name}'`);
    return null;
  }
  return state.iso3;
}

interface SessionAndCycle {
  session: number | null;
  cycle: UprCycleNumber | null;
}

function readSession(row: RawRecommendationRow, isUpr: boolean, report: RowReport): SessionAndCycle {
  if (row.session === null || row.session.trim() === '') {
    if (isUpr) report.error('session', 'missing UPR Working Group session');
    return { session: null, cycle: null };
  }
  let session: number | undefined;
  try {
    session = parseUprSession(row.session);
  } catch (err) {
    report.error('session', err instanceof Error ? err.message : String(err));
    return { session: null, cycle: null };
  }
  if (session === undefined) {
    report.error('session', `'${row.session}' is not a UPR Working Group session`);
    return { session: null, cycle: null };
  }
  const cycle = cycleOfSession(session);
  if (row.cycle !== null && row.cycle.trim() !== '' && Number(row.cycle.trim()) !== cycle) {
    report.warning('session', `cycle '${row.cycle}' does not match session ${session}, which is in cycle ${cycle}`);
  }
  return { session, cycle };
}

/** Resolves a list of vocabulary labels; unknown ones are warnings (they do not block the row). */
function resolveCodes(
  labels: readonly string[],
  resolve: (raw: string) => { code: string } | undefined,
  field: LabelledField,
  what: string,
  report: RowReport,
): string[] {
  const codes: string[] = [];
  for (const label of labels) {
    const found = resolve(label);
    if (!found) report.warning(field, `unknown ${what} '${label}'`);
    else if (!codes.includes(found.code)) codes.push(found.code);
  }
  return codes;
}

function readActionCategory(raw: string | null, report: RowReport): ActionCategory | null {
  if (raw === null) return null;
  const category = parseActionCategory(raw);
  if (category === undefined) report.warning('actionCategory', `unknown action category '${raw}'`);
  return category ?? null;
}

function normaliseRecommendation(row: RawRecommendationRow, report: RowReport): NormalisedRecommendation | null {
  let body: BodyCode = 'UPR';
  if (row.body !== null) {
    const parsed = parseBody(row.body);
    if (parsed === undefined) report.error('body', `unknown body '${row.body}'`);
    else body = parsed;
  }
  const isUpr = body === 'UPR';
  const stateIso3 = resolveStateCode(row.stateUnderReview, 'stateUnderReview', report);
  const text = collapseWhitespace(row.text);
  if (text === '') report.error('text', 'missing recommendation text');
  const { session, cycle } = readSession(row, isUpr, report);

  const recommendingStateIso3: string[] = [];
  for (const name of row.recommendingStates) {
    const iso3 = resolveStateCode(name, 'recommendingStates', report);
    if (iso3 !== null && !recommendingStateIso3.includes(iso3)) recommendingStateIso3.push(iso3);
  }
  if (isUpr && row.recommendingStates.length === 0) report.error('recommendingStates', 'no recommending State');

  let response: ResponseCode | null = null;
  if (row.response !== null) {
    const parsed = parseResponse(row.response);
    if (parsed === undefined) report.error('response', `unknown position '${row.response}'`);
    else response = parsed;
  }

  const themeCodes = resolveCodes(row.themes, resolveTheme, 'themes', 'theme', report);
  const affectedPersonCodes = resolveCodes(row.affectedPersons, resolveAffectedPerson, 'affectedPersons', 'group of persons', report);
  const sdgCodes = resolveCodes(row.sdgs, resolveSdg, 'sdgs', 'SDG', report);
  const actionCategory = readActionCategory(row.actionCategory, report);

  if (report.failed || stateIso3 === null) return null;
  return {
    rowNumber: row.rowNumber,
    stateIso3,
    recommendingStateIso3,
    text,
    response,
    actionCategory,
    themeCodes,
    affectedPersonCodes,
    sdgCodes,
    session,
    cycle,
    body,
    documentSymbol: row.documentSymbol === null ? null : normaliseDocumentSymbol(row.documentSymbol),
    paragraph: row.paragraph,
    sourceOfPosition: row.sourceOfPosition === null ? null : normaliseDocumentSymbol(row.sourceOfPosition),
    publicationDate: row.publicationDate,
    externalId: row.externalId,
  };
}

function normalisePledge(row: RawRecommendationRow, report: RowReport): NormalisedPledge | null {
  const stateIso3 = resolveStateCode(row.stateUnderReview, 'stateUnderReview', report);
  const text = collapseWhitespace(row.text);
  if (text === '') report.error('text', 'missing pledge text');
  const { session, cycle } = readSession(row, false, report);
  const themeCodes = resolveCodes(row.themes, resolveTheme, 'themes', 'theme', report);
  const actionCategory = readActionCategory(row.actionCategory, report);
  if (report.failed || stateIso3 === null) return null;
  return { rowNumber: row.rowNumber, stateIso3, text, session, cycle, actionCategory, themeCodes };
}

/**
 * Resolves State names, positions, sessions, bodies and vocabularies of raw rows with the domain
 * rules. Never drops a row silently: each row ends up in `recommendations`, `pledges`,
 * `statements` (already reported by the parser) or `rejected` (with at least one error issue).
 * Unknown themes, groups of persons, SDGs and action categories are warnings only.
 */
export function normaliseRows(rows: readonly RawRecommendationRow[], columnLabels: ColumnLabels): NormalisedRows {
  const out: NormalisedRows = { recommendations: [], pledges: [], statements: [], rejected: [], issues: [] };
  for (const row of rows) {
    const report = new RowReport(row.rowNumber, columnLabels);
    switch (row.kind) {
      case 'statement':
        out.statements.push(row);
        break;
      case 'pledge': {
        const pledge = normalisePledge(row, report);
        if (pledge) out.pledges.push(pledge);
        else out.rejected.push(row);
        break;
      }
      case 'recommendation': {
        const recommendation = normaliseRecommendation(row, report);
        if (recommendation) out.recommendations.push(recommendation);
        else out.rejected.push(row);
        break;
      }
    }
    out.issues.push(...report.issues);
  }
  return out;
}

/** normaliseRows over a whole parse result, with the parser's issues merged in (by row number). */
export function normaliseParseResult(result: ParseResult): NormaliseResult {
  const normalised = normaliseRows(result.rows, result.columnLabels);
  const issues = [...result.issues, ...normalised.issues].sort((a, b) => a.rowNumber - b.rowNumber);
  return { ...normalised, issues };
}
