/**
 * Implementation status of a recommendation, and treaty-body follow-up grades.
 *
 * Statuses follow UPR Info mid-term assessments (fully / partially / not
 * implemented, plus no information); several States self-report "not started /
 * in progress / completed", which map onto the same scale. Stakeholders
 * disagree, so every assessment records who asserts it (`ASSERTING_PARTIES`).
 * Treaty-body grades are a separate, official assessment and always carry
 * the scale they were given on.
 */

export const IMPLEMENTATION_STATUSES = [
  'no_information',
  'not_implemented',
  'partially_implemented',
  'fully_implemented',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/**
 * Ordinal rank for sorting and comparison (higher = further implemented).
 * 0 = no information: it sorts first but is not evidence of non-implementation;
 * leave it out of averages and progress measures.
 */
export const IMPLEMENTATION_STATUS_RANK: Readonly<Record<ImplementationStatus, number>> = {
  no_information: 0,
  not_implemented: 1,
  partially_implemented: 2,
  fully_implemented: 3,
};

export function implementationStatusRank(status: ImplementationStatus): number {
  return IMPLEMENTATION_STATUS_RANK[status];
}

function normaliseLabel(raw: string): string {
  return raw
    .replace(/[\s\u0085]+/gu, ' ')
    .trim()
    .replace(/^(?:[-–—•*]\s*)+/u, '')
    .replace(/[.;:]+$/u, '')
    .trim()
    .toLowerCase()
    .replace(/[_-]/gu, ' ')
    .replace(/ +/gu, ' ');
}

const STATUS_LABELS: ReadonlyMap<string, ImplementationStatus> = new Map<string, ImplementationStatus>([
  ['fully implemented', 'fully_implemented'],
  ['implemented', 'fully_implemented'],
  ['completed', 'fully_implemented'],
  ['complete', 'fully_implemented'],
  ['fully', 'fully_implemented'],
  ['partially implemented', 'partially_implemented'],
  ['partly implemented', 'partially_implemented'],
  ['partially', 'partially_implemented'],
  ['partial', 'partially_implemented'],
  ['in progress', 'partially_implemented'],
  ['ongoing', 'partially_implemented'],
  ['under way', 'partially_implemented'],
  ['underway', 'partially_implemented'],
  ['started', 'partially_implemented'],
  ['not implemented', 'not_implemented'],
  ['not started', 'not_implemented'],
  ['no action', 'not_implemented'],
  ['no action taken', 'not_implemented'],
  ['not yet implemented', 'not_implemented'],
  ['no information', 'no_information'],
  ['no info', 'no_information'],
  ['no data', 'no_information'],
  ['unknown', 'no_information'],
  ['not assessed', 'no_information'],
]);

/**
 * Maps a status label to its code, case-insensitively, tolerating "- "
 * bullets, underscores and hyphens ('fully_implemented', 'In progress',
 * 'Completed', 'Not started', …). Empty or unknown labels → undefined.
 */
export function parseImplementationStatus(raw: string): ImplementationStatus | undefined {
  const label = normaliseLabel(raw);
  if (label === '') {
    return undefined;
  }
  return STATUS_LABELS.get(label);
}

/** Who asserts an implementation status. */
export const ASSERTING_PARTIES = ['state', 'nhri', 'ngo', 'un_entity', 'ohchr'] as const;
export type AssertingParty = (typeof ASSERTING_PARTIES)[number];

export function isAssertingParty(x: unknown): x is AssertingParty {
  return typeof x === 'string' && (ASSERTING_PARTIES as readonly string[]).includes(x);
}

/*
 * Treaty-body follow-up grades.
 *
 * - 'ccpr_2013': Human Rights Committee assessment criteria since the 2013
 *   follow-up procedure (CCPR/C/108/2), as summarised in its follow-up reports
 *   (e.g. CCPR/C/128/3).
 * - 'ccpr_legacy': the Committee's earlier two-round grading (2008–2013; CCPR
 *   Centre, "Overview of the Follow-up Procedure of the Human Rights Committee").
 * - 'implementation': other committees' fully / partially / not implemented.
 */
export const GRADE_SCALES = ['ccpr_2013', 'ccpr_legacy', 'implementation'] as const;
export type GradeScale = (typeof GRADE_SCALES)[number];

export const CCPR_2013_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Ccpr2013Grade = (typeof CCPR_2013_GRADES)[number];

export const CCPR_LEGACY_GRADES = ['A', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E'] as const;
export type CcprLegacyGrade = (typeof CCPR_LEGACY_GRADES)[number];

export const IMPLEMENTATION_GRADES = ['fully_implemented', 'partially_implemented', 'not_implemented'] as const;
export type ImplementationGrade = (typeof IMPLEMENTATION_GRADES)[number];

/** A grade always travels with its scale. */
export type FollowUpGrade =
  | { readonly scale: 'ccpr_2013'; readonly grade: Ccpr2013Grade }
  | { readonly scale: 'ccpr_legacy'; readonly grade: CcprLegacyGrade }
  | { readonly scale: 'implementation'; readonly grade: ImplementationGrade };

const CCPR_2013_MEANINGS: Readonly<Record<Ccpr2013Grade, string>> = {
  A: 'Reply/action largely satisfactory: evidence of significant action taken towards implementation.',
  B: 'Reply/action partially satisfactory: steps taken, but additional information or action remains necessary.',
  C: 'Reply/action not satisfactory: a response was received, but the action or information is not relevant or does not implement the recommendation.',
  D: 'No cooperation with the Committee: no follow-up report received after the reminder(s).',
  E: 'Information or measures taken are contrary to or reflect rejection of the recommendation.',
};

const CCPR_LEGACY_MEANINGS: Readonly<Record<CcprLegacyGrade, string>> = {
  A: 'Response largely satisfactory.',
  B1: 'Substantive action taken, but additional information required.',
  B2: 'Initial action taken, but additional information and measures required.',
  C1: 'Response received, but actions taken do not implement the recommendation.',
  C2: 'Response received, but not relevant to the recommendation.',
  D1: 'No response received within the deadline, or no reply to a specific question.',
  D2: 'No response received after reminder(s).',
  E: 'The response indicates that the measures taken go against the recommendation.',
};

const IMPLEMENTATION_GRADE_MEANINGS: Readonly<Record<ImplementationGrade, string>> = {
  fully_implemented: 'Recommendation fully implemented.',
  partially_implemented: 'Recommendation partially implemented.',
  not_implemented: 'Recommendation not implemented.',
};

export interface GradeInfo {
  readonly grade: FollowUpGrade;
  readonly meaning: string;
}

/** Every grade of every scale, with its meaning, best grade first. */
export const GRADES: Readonly<Record<GradeScale, readonly GradeInfo[]>> = {
  ccpr_2013: CCPR_2013_GRADES.map((grade) => ({
    grade: { scale: 'ccpr_2013', grade },
    meaning: CCPR_2013_MEANINGS[grade],
  })),
  ccpr_legacy: CCPR_LEGACY_GRADES.map((grade) => ({
    grade: { scale: 'ccpr_legacy', grade },
    meaning: CCPR_LEGACY_MEANINGS[grade],
  })),
  implementation: IMPLEMENTATION_GRADES.map((grade) => ({
    grade: { scale: 'implementation', grade },
    meaning: IMPLEMENTATION_GRADE_MEANINGS[grade],
  })),
};

export function gradeMeaning(g: FollowUpGrade): string {
  switch (g.scale) {
    case 'ccpr_2013':
      return CCPR_2013_MEANINGS[g.grade];
    case 'ccpr_legacy':
      return CCPR_LEGACY_MEANINGS[g.grade];
    case 'implementation':
      return IMPLEMENTATION_GRADE_MEANINGS[g.grade];
  }
}

/**
 * D (current CCPR scale) and D1/D2 (legacy scale): no follow-up information
 * received. Evidence for a non-cooperation flag, never a determination by itself.
 */
export function isNonCooperationGrade(g: FollowUpGrade): boolean {
  switch (g.scale) {
    case 'ccpr_2013':
      return g.grade === 'D';
    case 'ccpr_legacy':
      return g.grade === 'D1' || g.grade === 'D2';
    case 'implementation':
      return false;
  }
}

/** E: measures contrary to the recommendation — a separate "regression" flag, not non-cooperation. */
export function isRegressionGrade(g: FollowUpGrade): boolean {
  switch (g.scale) {
    case 'ccpr_2013':
    case 'ccpr_legacy':
      return g.grade === 'E';
    case 'implementation':
      return false;
  }
}

function findIn<T extends string>(values: readonly T[], candidate: string): T | undefined {
  return values.find((v) => v === candidate);
}

/**
 * Reads a grade on the given scale. CCPR grades are case-insensitive and may be
 * bracketed as printed in follow-up reports ('[B]', 'b1'); a grade of the
 * other CCPR scale is rejected ('B1' on 'ccpr_2013' → undefined). On the
 * 'implementation' scale, status labels are accepted ('Fully implemented',
 * 'in progress' → partially); 'no information' is not a grade → undefined.
 */
export function parseGrade(scale: GradeScale, raw: string): FollowUpGrade | undefined {
  const label = raw
    .replace(/[\s\u0085]+/gu, ' ')
    .trim()
    .replace(/^(?:[-–—•*]\s*)+/u, '')
    .replace(/^\[(.*)\]$/u, '$1')
    .trim();
  switch (scale) {
    case 'ccpr_2013': {
      const grade = findIn(CCPR_2013_GRADES, label.toUpperCase());
      return grade === undefined ? undefined : { scale, grade };
    }
    case 'ccpr_legacy': {
      const grade = findIn(CCPR_LEGACY_GRADES, label.toUpperCase().replace(/ /gu, ''));
      return grade === undefined ? undefined : { scale, grade };
    }
    case 'implementation': {
      const status = parseImplementationStatus(label);
      const grade = status === undefined ? undefined : findIn(IMPLEMENTATION_GRADES, status);
      return grade === undefined ? undefined : { scale, grade };
    }
  }
}
