/**
 * Text normalisation shared by importers and the domain model.
 *
 * Pure functions, no I/O.
 */

/**
 * Every Unicode White_Space character. JavaScript's `\s` already covers the
 * Zs category (NBSP U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, …), the
 * line terminators and U+FEFF; NEXT LINE (U+0085) is Unicode whitespace but
 * not matched by `\s`, so it is added explicitly (it appears in text decoded
 * from legacy single-byte encodings).
 */
const WHITESPACE_RUN = /[\s\u0085]+/gu;

/**
 * Trims and collapses every run of Unicode whitespace (spaces, tabs, line
 * breaks, NBSP, thin spaces, …) to a single ASCII space.
 */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

export interface RecommendationGroupKeyInput {
  /** ISO 3166-1 alpha-3 code of the State under review. */
  readonly stateIso3: string;
  /** UPR Working Group session number; null for mechanisms without sessions. */
  readonly session: number | null;
  /** Recommendation text as it arrived in the source row. */
  readonly text: string;
}

/**
 * Key used to merge joint recommendations: UPR Info exports (and others) repeat
 * a recommendation once per recommending State, with the same State under
 * review, session and text (modulo whitespace and case). Rows sharing this key
 * are one recommendation with several recommending States.
 */
export function recommendationGroupKey(input: RecommendationGroupKeyInput): string {
  return `${input.stateIso3}|${input.session ?? ''}|${collapseWhitespace(input.text).toLowerCase()}`;
}

/**
 * Normalises a UN document symbol for comparison and storage:
 * `' a/hrc/28/7 '` → `'A/HRC/28/7'`. Trims, collapses internal whitespace to a
 * single space and upper-cases (symbols are case-insensitive).
 */
export function normaliseDocumentSymbol(s: string): string {
  return collapseWhitespace(s).toUpperCase();
}
