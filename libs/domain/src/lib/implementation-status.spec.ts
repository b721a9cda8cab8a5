import {
  ASSERTING_PARTIES,
  CCPR_2013_GRADES,
  CCPR_LEGACY_GRADES,
  GRADES,
  GRADE_SCALES,
  IMPLEMENTATION_STATUSES,
  FollowUpGrade,
  gradeMeaning,
  implementationStatusRank,
  isAssertingParty,
  isNonCooperationGrade,
  isRegressionGrade,
  parseGrade,
  parseImplementationStatus,
} from './implementation-status';

describe('implementation statuses', () => {
  it('ranks statuses from no information to fully implemented', () => {
    const ranks = IMPLEMENTATION_STATUSES.map(implementationStatusRank);
    expect(ranks).toEqual([0, 1, 2, 3]);
    expect(implementationStatusRank('fully_implemented')).toBeGreaterThan(implementationStatusRank('partially_implemented'));
  });

  it('sorts mid-term assessments so the least implemented recommendations come first after unknown ones', () => {
    const assessed = ['fully_implemented', 'no_information', 'not_implemented', 'partially_implemented'] as const;
    const sorted = [...assessed].sort((a, b) => implementationStatusRank(a) - implementationStatusRank(b));
    expect(sorted).toEqual(['no_information', 'not_implemented', 'partially_implemented', 'fully_implemented']);
  });
});

describe('parseImplementationStatus', () => {
  it('reads UPR Info mid-term assessment labels', () => {
    expect(parseImplementationStatus('Fully implemented')).toBe('fully_implemented');
    expect(parseImplementationStatus('Partially implemented')).toBe('partially_implemented');
    expect(parseImplementationStatus('Not implemented')).toBe('not_implemented');
    expect(parseImplementationStatus('No information')).toBe('no_information');
  });

  it('reads State self-reports "completed / in progress / not started"', () => {
    expect(parseImplementationStatus('Completed')).toBe('fully_implemented');
    expect(parseImplementationStatus('In progress')).toBe('partially_implemented');
    expect(parseImplementationStatus('Not started')).toBe('not_implemented');
  });

  it('tolerates case, bullets, underscores and hyphens', () => {
    expect(parseImplementationStatus('- FULLY IMPLEMENTED')).toBe('fully_implemented');
    expect(parseImplementationStatus('partially_implemented')).toBe('partially_implemented');
    expect(parseImplementationStatus('not-implemented')).toBe('not_implemented');
    expect(parseImplementationStatus('  in   progress. ')).toBe('partially_implemented');
  });

  it('returns undefined for empty or unknown labels', () => {
    expect(parseImplementationStatus('')).toBeUndefined();
    expect(parseImplementationStatus('Excellent')).toBeUndefined();
  });
});

describe('asserting parties', () => {
  it('names the five kinds of stakeholder whose assessments are shown side by side', () => {
    expect(ASSERTING_PARTIES).toEqual(['state', 'nhri', 'ngo', 'un_entity', 'ohchr']);
    expect(isAssertingParty('nhri')).toBe(true);
    expect(isAssertingParty('media')).toBe(false);
  });
});

describe('treaty-body follow-up grades', () => {
  it('defines the current CCPR scale A–E and the legacy scale A, B1, B2, C1, C2, D1, D2, E', () => {
    expect(GRADE_SCALES).toEqual(['ccpr_2013', 'ccpr_legacy', 'implementation']);
    expect(CCPR_2013_GRADES).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(CCPR_LEGACY_GRADES).toEqual(['A', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E']);
    expect(GRADES.implementation.map((g) => g.grade.grade)).toEqual([
      'fully_implemented',
      'partially_implemented',
      'not_implemented',
    ]);
  });

  it('explains every grade of every scale', () => {
    for (const scale of GRADE_SCALES) {
      for (const info of GRADES[scale]) {
        expect(info.grade.scale).toBe(scale);
        expect(info.meaning.length).toBeGreaterThan(10);
        expect(gradeMeaning(info.grade)).toBe(info.meaning);
      }
    }
    expect(gradeMeaning({ scale: 'ccpr_2013', grade: 'D' })).toMatch(/no follow-up report/i);
  });

  it('treats D, D1 and D2 as non-cooperation and nothing else', () => {
    const nonCooperation = GRADE_SCALES.flatMap((scale) => GRADES[scale].map((i) => i.grade)).filter(isNonCooperationGrade);
    expect(nonCooperation).toEqual<FollowUpGrade[]>([
      { scale: 'ccpr_2013', grade: 'D' },
      { scale: 'ccpr_legacy', grade: 'D1' },
      { scale: 'ccpr_legacy', grade: 'D2' },
    ]);
  });

  it('treats E as regression on both CCPR scales, separately from non-cooperation', () => {
    const current: FollowUpGrade = { scale: 'ccpr_2013', grade: 'E' };
    const legacy: FollowUpGrade = { scale: 'ccpr_legacy', grade: 'E' };
    expect(isRegressionGrade(current)).toBe(true);
    expect(isRegressionGrade(legacy)).toBe(true);
    expect(isNonCooperationGrade(current)).toBe(false);
    expect(isRegressionGrade({ scale: 'ccpr_2013', grade: 'C' })).toBe(false);
    expect(isRegressionGrade({ scale: 'implementation', grade: 'not_implemented' })).toBe(false);
  });
});

describe('parseGrade', () => {
  it('reads a CCPR grade as printed in a follow-up report, keeping its scale', () => {
    expect(parseGrade('ccpr_2013', 'B')).toEqual({ scale: 'ccpr_2013', grade: 'B' });
    expect(parseGrade('ccpr_2013', '[d]')).toEqual({ scale: 'ccpr_2013', grade: 'D' });
    expect(parseGrade('ccpr_legacy', ' b1 ')).toEqual({ scale: 'ccpr_legacy', grade: 'B1' });
    expect(parseGrade('ccpr_legacy', '[C2]')).toEqual({ scale: 'ccpr_legacy', grade: 'C2' });
  });

  it('rejects a grade from the other CCPR scale', () => {
    expect(parseGrade('ccpr_2013', 'B1')).toBeUndefined();
    expect(parseGrade('ccpr_legacy', 'B')).toBeUndefined();
    expect(parseGrade('ccpr_legacy', 'D')).toBeUndefined();
  });

  it('reads fully / partially / not implemented on the implementation scale', () => {
    expect(parseGrade('implementation', 'Fully implemented')).toEqual({ scale: 'implementation', grade: 'fully_implemented' });
    expect(parseGrade('implementation', 'in progress')).toEqual({ scale: 'implementation', grade: 'partially_implemented' });
    expect(parseGrade('implementation', 'Not implemented')).toEqual({ scale: 'implementation', grade: 'not_implemented' });
    expect(parseGrade('implementation', 'No information')).toBeUndefined();
    expect(parseGrade('implementation', 'A')).toBeUndefined();
  });

  it('returns undefined for empty or unknown grades', () => {
    expect(parseGrade('ccpr_2013', '')).toBeUndefined();
    expect(parseGrade('ccpr_2013', 'F')).toBeUndefined();
    expect(parseGrade('ccpr_legacy', 'B3')).toBeUndefined();
  });
});
