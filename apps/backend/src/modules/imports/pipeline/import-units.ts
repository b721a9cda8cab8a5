import { bodyInfo, recommendationGroupKey, type BodyCode, type MechanismKind, type ResponseCode } from '@tracker/domain';
import { groupRecommendations, type GroupableRow, type RecommendationGroup } from '../parsers/group';
import { normaliseParseResult, normaliseRows, type NormalisedPledge, type NormalisedRecommendation } from '../parsers/normalise';
import type { ImportFormat, ParseResult, RawRecommendationRow, RowIssue } from '../parsers/types';
import type { UhriRecord } from '../parsers/uhri.parser';

/** A recommendation or pledge as it will be written, every name already resolved to a code. */
export interface ImportRecord {
  readonly kind: 'recommendation' | 'pledge';
  readonly source: ImportFormat;
  /** Official id: UHRI annotation id, or document symbol + paragraph; null when the source has none. */
  readonly externalId: string | null;
  /** State under review + session + collapsed lower-cased text (`recommendationGroupKey`). */
  readonly groupKey: string;
  readonly bodyCode: BodyCode;
  readonly mechanism: MechanismKind;
  readonly stateIso3: string;
  readonly cycle: number | null;
  readonly session: number | null;
  readonly documentSymbol: string | null;
  readonly paragraph: string | null;
  readonly text: string;
  readonly issuedOn: string | null;
  readonly actionCategory: number | null;
  readonly recommendingStates: readonly string[];
  readonly themes: readonly string[];
  /** null: the format does not carry this list, so what the record has is left alone. */
  readonly affectedPersons: readonly string[] | null;
  readonly sdgs: readonly string[] | null;
  readonly response: ResponseCode | null;
  /** Document the position comes from, written on the response history entry. */
  readonly responseSource: string | null;
}

export type UnitKind = 'recommendation' | 'pledge' | 'rejected' | 'statement' | 'file';

/**
 * One step of an import: a record to write (built from one or several source rows), or source rows
 * that are not written (rejected, statements) with their report lines. Every source row belongs to
 * at least one unit, so none is dropped silently.
 */
export interface ImportUnit {
  readonly kind: UnitKind;
  readonly record: ImportRecord | null;
  readonly rowNumbers: readonly number[];
  /** Source rows this unit is the first to account for (progress counts each row once). */
  readonly newRows: number;
  /** Report lines of those rows (each line belongs to the first unit of its row). */
  readonly issues: readonly RowIssue[];
}

export interface PlannedImport {
  readonly rowsTotal: number;
  readonly units: readonly ImportUnit[];
}

/** Formats that carry each optional list; a list a format never carries is left untouched. */
const CARRIES: Record<ImportFormat, { affectedPersons: boolean; sdgs: boolean }> = {
  upr_info: { affectedPersons: false, sdgs: false },
  ohchr_matrix: { affectedPersons: true, sdgs: true },
  uhri: { affectedPersons: true, sdgs: true },
};

const FORMAT_NAMES: Record<ImportFormat, string> = {
  upr_info: 'UPR Info database export',
  ohchr_matrix: 'OHCHR matrix',
  uhri: 'OHCHR Universal Human Rights Index export',
};

/** The stable key of a record: its official id, else its body and grouping key. */
export function recordKey(record: Pick<ImportRecord, 'externalId' | 'bodyCode' | 'groupKey'>): string {
  return record.externalId !== null ? `id:${record.externalId}` : `group:${record.bodyCode}|${record.groupKey}`;
}

interface UnitContext {
  readonly format: ImportFormat;
}

/**
 * The official id of a normalised row: the UHRI annotation id (with the State's code when one
 * UHRI row concerns several States, each followed up as its own record), else document symbol +
 * paragraph (OHCHR matrices), else none.
 */
function officialId(row: NormalisedRecommendation, sharedSourceRow: boolean): string | null {
  if (row.externalId !== null && row.externalId !== '') return sharedSourceRow ? `${row.externalId}/${row.stateIso3}` : row.externalId;
  if (row.documentSymbol !== null && row.paragraph !== null) return `${row.documentSymbol}#${row.paragraph}`;
  return null;
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

function recommendationRecord(rows: readonly NormalisedRecommendation[], ctx: UnitContext, externalId: string | null, states: readonly string[], response: ResponseCode | null): ImportRecord {
  const first = rows[0];
  if (first === undefined) throw new Error('a recommendation needs at least one row');
  const carries = CARRIES[ctx.format];
  return {
    kind: 'recommendation',
    source: ctx.format,
    externalId,
    groupKey: recommendationGroupKey({ stateIso3: first.stateIso3, session: first.session, text: first.text }),
    bodyCode: first.body,
    mechanism: bodyInfo(first.body).kind,
    stateIso3: first.stateIso3,
    cycle: first.cycle,
    session: first.session,
    documentSymbol: first.documentSymbol,
    paragraph: first.paragraph,
    text: first.text,
    issuedOn: first.publicationDate,
    actionCategory: rows.find((r) => r.actionCategory !== null)?.actionCategory ?? null,
    recommendingStates: states,
    themes: union(rows.map((r) => r.themeCodes)),
    affectedPersons: carries.affectedPersons ? union(rows.map((r) => r.affectedPersonCodes)) : null,
    sdgs: carries.sdgs ? union(rows.map((r) => r.sdgCodes)) : null,
    response,
    // The same export under another name (or as .xls instead of .csv) is the same source.
    responseSource: response === null ? null : (first.sourceOfPosition ?? first.documentSymbol ?? FORMAT_NAMES[ctx.format]),
  };
}

function pledgeRecord(rows: readonly NormalisedPledge[], ctx: UnitContext): ImportRecord {
  const first = rows[0];
  if (first === undefined) throw new Error('a pledge needs at least one row');
  return {
    kind: 'pledge',
    source: ctx.format,
    externalId: null,
    groupKey: recommendationGroupKey({ stateIso3: first.stateIso3, session: first.session, text: first.text }),
    bodyCode: 'PLEDGE',
    mechanism: bodyInfo('PLEDGE').kind,
    stateIso3: first.stateIso3,
    cycle: first.cycle,
    session: first.session,
    documentSymbol: null,
    paragraph: null,
    text: first.text,
    issuedOn: null,
    actionCategory: rows.find((r) => r.actionCategory !== null)?.actionCategory ?? null,
    recommendingStates: [],
    themes: union(rows.map((r) => r.themeCodes)),
    affectedPersons: null,
    sdgs: null,
    response: null,
    responseSource: null,
  };
}

interface DraftUnit {
  kind: UnitKind;
  record: ImportRecord | null;
  rowNumbers: number[];
}

/**
 * Orders drafts by their first row, then gives each row's report lines and progress to its first
 * unit. Lines about the whole file (row 0), or about rows that produced no unit, open the list.
 */
function finishUnits(drafts: readonly DraftUnit[], issues: readonly RowIssue[]): ImportUnit[] {
  const issuesByRow = new Map<number, RowIssue[]>();
  for (const issue of issues) {
    const list = issuesByRow.get(issue.rowNumber) ?? [];
    list.push(issue);
    issuesByRow.set(issue.rowNumber, list);
  }
  const ordered = [...drafts].sort((a, b) => (a.rowNumbers[0] ?? 0) - (b.rowNumbers[0] ?? 0));
  const seen = new Set<number>();
  const units: ImportUnit[] = [];
  for (const draft of ordered) {
    const fresh = draft.rowNumbers.filter((n) => !seen.has(n));
    for (const n of fresh) seen.add(n);
    units.push({ ...draft, newRows: fresh.length, issues: fresh.flatMap((n) => issuesByRow.get(n) ?? []) });
  }
  const unplaced = issues.filter((issue) => !seen.has(issue.rowNumber));
  return unplaced.length > 0 ? [{ kind: 'file', record: null, rowNumbers: [], newRows: 0, issues: unplaced }, ...units] : units;
}

function rowsPerSourceRow(rows: readonly RawRecommendationRow[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.rowNumber, (counts.get(row.rowNumber) ?? 0) + 1);
  return counts;
}

/**
 * Splits normalised recommendations into those with an official id (one record each) and the
 * others, merged by grouping key: joint recommendations that arrive as one row per recommending
 * State become one record with several recommending States.
 */
function recommendationDrafts(recommendations: readonly NormalisedRecommendation[], shared: ReadonlyMap<number, number>, ctx: UnitContext): { drafts: DraftUnit[]; issues: RowIssue[] } {
  const drafts: DraftUnit[] = [];
  const ungrouped: NormalisedRecommendation[] = [];
  for (const row of recommendations) {
    const id = officialId(row, (shared.get(row.rowNumber) ?? 1) > 1);
    if (id === null) ungrouped.push(row);
    else drafts.push({ kind: 'recommendation', record: recommendationRecord([row], ctx, id, row.recommendingStateIso3, row.response), rowNumbers: [row.rowNumber] });
  }
  const grouped = groupRecommendations(ungrouped);
  for (const group of grouped.groups) {
    drafts.push({
      kind: 'recommendation',
      record: recommendationRecord(group.rows, ctx, null, group.recommendingStateIso3, group.response),
      rowNumbers: group.rowNumbers,
    });
  }
  return { drafts, issues: grouped.issues };
}

/** Identical pledges (same State, session and text) are one pledge; the repeated rows are reported. */
function pledgeDrafts(pledges: readonly NormalisedPledge[], ctx: UnitContext): { drafts: DraftUnit[]; issues: RowIssue[] } {
  type PledgeRow = NormalisedPledge & GroupableRow;
  const rows: PledgeRow[] = pledges.map((p) => ({ ...p, recommendingStateIso3: [], response: null }));
  const { groups } = groupRecommendations(rows);
  const issues: RowIssue[] = [];
  const drafts = groups.map((group: RecommendationGroup<PledgeRow>): DraftUnit => {
    const [first, ...repeats] = group.rowNumbers;
    for (const row of repeats) {
      issues.push({ rowNumber: row, column: 'Text', reason: `same pledge as row ${first ?? '?'} (same State, session and text); recorded once`, severity: 'warning' });
    }
    return { kind: 'pledge', record: pledgeRecord(group.rows, ctx), rowNumbers: group.rowNumbers };
  });
  return { drafts, issues };
}

/** Plans the import of a file parsed whole: resolves, groups, and orders the units by source row. */
export function planImport(result: ParseResult): PlannedImport {
  const ctx: UnitContext = { format: result.format };
  const normalised = normaliseParseResult(result);
  const shared = rowsPerSourceRow(result.rows);
  const recommendations = recommendationDrafts(normalised.recommendations, shared, ctx);
  const pledges = pledgeDrafts(normalised.pledges, ctx);
  const drafts: DraftUnit[] = [
    ...recommendations.drafts,
    ...pledges.drafts,
    ...normalised.statements.map((row): DraftUnit => ({ kind: 'statement', record: null, rowNumbers: [row.rowNumber] })),
    ...normalised.rejected.map((row): DraftUnit => ({ kind: 'rejected', record: null, rowNumbers: [row.rowNumber] })),
  ];
  const issues = [...normalised.issues, ...recommendations.issues, ...pledges.issues];
  return { rowsTotal: shared.size, units: finishUnits(drafts, issues) };
}

/**
 * Units of one source row of a streamed UHRI export. UHRI records carry their annotation id, so
 * they are never merged with other rows; the row's report lines go with its first unit.
 */
export function unitsOfUhriRecord(record: UhriRecord): ImportUnit[] {
  const ctx: UnitContext = { format: 'uhri' };
  const normalised = normaliseRows(record.rows, record.columnLabels);
  const sharedSourceRow = record.rows.length > 1;
  const drafts: DraftUnit[] = [
    ...normalised.recommendations.map((row): DraftUnit => ({
      kind: 'recommendation',
      record: recommendationRecord([row], ctx, officialId(row, sharedSourceRow), row.recommendingStateIso3, row.response),
      rowNumbers: [row.rowNumber],
    })),
    ...normalised.rejected.map((row): DraftUnit => ({ kind: 'rejected', record: null, rowNumbers: [row.rowNumber] })),
  ];
  return finishUnits(drafts, [...record.issues, ...normalised.issues]);
}
