import { recommendationGroupKey } from '@tracker/domain';
import type { ResponseCode } from '@tracker/domain';
import type { RowIssue } from './types';

/** What grouping needs from a resolved row. */
export interface GroupableRow {
  rowNumber: number;
  stateIso3: string;
  /** UPR Working Group session; null outside the UPR (such rows are never merged). */
  session: number | null;
  text: string;
  recommendingStateIso3: readonly string[];
  response: ResponseCode | null;
}

export interface RecommendationGroup<T extends GroupableRow> {
  key: string;
  /** Source rows, in file order. */
  rows: T[];
  rowNumbers: number[];
  /** Recommending States of all rows, deduplicated, in order of appearance. */
  recommendingStateIso3: string[];
  /** The first response given; conflicting ones are reported as warnings. */
  response: ResponseCode | null;
}

export interface GroupingResult<T extends GroupableRow> {
  groups: RecommendationGroup<T>[];
  issues: RowIssue[];
}

/**
 * Merges rows into recommendations: one per (State under review, UPR session, text with whitespace
 * collapsed, case-insensitive) — `recommendationGroupKey` — because exports such as UPR Info repeat
 * a joint recommendation once per recommending State. Rows without a UPR session stay alone.
 * Conflicting responses within a group produce a warning on the later row.
 */
export function groupRecommendations<T extends GroupableRow>(rows: readonly T[]): GroupingResult<T> {
  const byKey = new Map<string, RecommendationGroup<T>>();
  const issues: RowIssue[] = [];
  rows.forEach((row, index) => {
    const key =
      row.session === null
        ? `row:${index}`
        : recommendationGroupKey({ stateIso3: row.stateIso3, session: row.session, text: row.text });
    const group = byKey.get(key);
    if (!group) {
      byKey.set(key, {
        key,
        rows: [row],
        rowNumbers: [row.rowNumber],
        recommendingStateIso3: [...new Set(row.recommendingStateIso3)],
        response: row.response,
      });
      return;
    }
    group.rows.push(row);
    if (!group.rowNumbers.includes(row.rowNumber)) group.rowNumbers.push(row.rowNumber);
    for (const iso3 of row.recommendingStateIso3) {
      if (!group.recommendingStateIso3.includes(iso3)) group.recommendingStateIso3.push(iso3);
    }
    if (group.response === null) {
      group.response = row.response;
    } else if (row.response !== null && row.response !== group.response) {
      issues.push({
        rowNumber: row.rowNumber,
        column: 'Response',
        reason: `'${row.response}' conflicts with '${group.response}' given for the same recommendation in row ${group.rowNumbers[0]}; '${group.response}' is kept`,
        severity: 'warning',
      });
    }
  });
  return { groups: [...byKey.values()], issues };
}
