import { normaliseParseResult, normaliseRows } from './normalise';
import type { ParseResult, RawRecommendationRow } from './types';
import { DEFAULT_COLUMN_LABELS } from './types';

function raw(rowNumber: number, over: Partial<RawRecommendationRow> = {}): RawRecommendationRow {
  return {
    kind: 'recommendation',
    rowNumber,
    stateUnderReview: "Cote d'Ivoire",
    recommendingStates: ['St Vincent & the Grenadines'],
    text: '  Ratify the   CPED. ',
    response: 'Accepted',
    actionCategory: '5',
    themes: ['Enforced disappearances'],
    affectedPersons: [],
    sdgs: [],
    session: '3',
    cycle: null,
    documentSymbol: null,
    paragraph: null,
    sourceOfPosition: null,
    body: null,
    publicationDate: null,
    externalId: null,
    ...over,
  };
}

const LABELS = { ...DEFAULT_COLUMN_LABELS, recommendingStates: 'From', response: 'Response', stateUnderReview: 'To' };

describe('normaliseRows', () => {
  it('resolves UPR Info short names, positions, sessions and labels to codes', () => {
    const { recommendations, issues } = normaliseRows([raw(2)], LABELS);
    expect(issues).toEqual([]);
    expect(recommendations).toEqual([
      {
        rowNumber: 2,
        stateIso3: 'CIV',
        recommendingStateIso3: ['VCT'],
        text: 'Ratify the CPED.',
        response: 'supported',
        actionCategory: 5,
        themeCodes: [expect.any(String)],
        affectedPersonCodes: [],
        sdgCodes: [],
        session: 3,
        cycle: 1,
        body: 'UPR',
        documentSymbol: null,
        paragraph: null,
        sourceOfPosition: null,
        publicationDate: null,
        externalId: null,
      },
    ]);
  });

  it('rejects a row with an unknown State, naming the column, and never drops it silently', () => {
    const rows = [raw(2, { recommendingStates: ['Atlantis'] }), raw(3, { stateUnderReview: '' }), raw(4)];
    const result = normaliseRows(rows, LABELS);
    expect(result.recommendations.map((r) => r.rowNumber)).toEqual([4]);
    expect(result.rejected.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(result.issues).toEqual([
      { rowNumber: 2, column: 'From', reason: "unknown State name 'Atlantis'", severity: 'error' },
      { rowNumber: 3, column: 'To', reason: 'missing State name', severity: 'error' },
    ]);
  });

  it('reports missing text, unknown positions and missing UPR sessions as errors', () => {
    const result = normaliseRows(
      [raw(2, { text: '  ' }), raw(3, { response: 'Maybe' }), raw(4, { session: null }), raw(5, { session: 'A/HRC/25/5' })],
      LABELS,
    );
    expect(result.recommendations).toEqual([]);
    expect(result.issues.map((i) => [i.rowNumber, i.column, i.severity, i.reason])).toEqual([
      [2, 'Text', 'error', 'missing recommendation text'],
      [3, 'Response', 'error', "unknown position 'Maybe'"],
      [4, 'Session', 'error', 'missing UPR Working Group session'],
      [5, 'Session', 'error', "'A/HRC/25/5' is not a UPR Working Group session"],
    ]);
  });

  it('keeps a row with unknown vocabulary labels, with warnings', () => {
    const result = normaliseRows([raw(2, { themes: ['Basket weaving'], sdgs: ['99'], actionCategory: '9' })], LABELS);
    expect(result.recommendations).toHaveLength(1);
    expect(result.issues.map((i) => [i.column, i.severity, i.reason])).toEqual([
      ['Themes', 'warning', "unknown theme 'Basket weaving'"],
      ['SDGs', 'warning', "unknown SDG '99'"],
      ['Action', 'warning', "unknown action category '9'"],
    ]);
  });

  it('reads "Supported/Noted" as supported in part and checks the cycle against the session', () => {
    const result = normaliseRows([raw(2, { response: 'Supported/Noted', session: '22nd Session - Cycle 3', cycle: '3' })], LABELS);
    expect(result.recommendations[0]).toMatchObject({ response: 'supported_in_part', session: 22, cycle: 2 });
    expect(result.issues).toEqual([
      { rowNumber: 2, column: 'Session', reason: "cycle '3' does not match session 22, which is in cycle 2", severity: 'warning' },
    ]);
  });

  it('handles treaty-body rows: body code, no recommending State or session needed', () => {
    const result = normaliseRows(
      [raw(2, { body: 'Committee on the Rights of the Child', recommendingStates: [], response: null, session: null, documentSymbol: ' crc/c/svn/co/3-4 ' })],
      LABELS,
    );
    expect(result.issues).toEqual([]);
    expect(result.recommendations[0]).toMatchObject({ body: 'CRC', session: null, cycle: null, documentSymbol: 'CRC/C/SVN/CO/3-4' });
  });

  it('separates pledges and statements from recommendations', () => {
    const result = normaliseRows(
      [raw(2, { kind: 'pledge', recommendingStates: ['Albania'], stateUnderReview: 'Albania', response: 'Voluntary Pledge' }), raw(3, { kind: 'statement', recommendingStates: [] })],
      LABELS,
    );
    expect(result.pledges).toEqual([
      { rowNumber: 2, stateIso3: 'ALB', text: 'Ratify the CPED.', session: 3, cycle: 1, actionCategory: 5, themeCodes: [expect.any(String)] },
    ]);
    expect(result.statements.map((r) => r.rowNumber)).toEqual([3]);
    expect(result.recommendations).toEqual([]);
  });
});

describe('normaliseParseResult', () => {
  it('merges the parser’s issues with its own, by row number', () => {
    const parsed: ParseResult = {
      format: 'upr_info',
      container: 'csv',
      rows: [raw(2, { recommendingStates: ['Atlantis'] }), raw(3, { kind: 'statement', recommendingStates: [] })],
      issues: [{ rowNumber: 3, column: 'From', reason: 'statement, not a recommendation', severity: 'warning' }],
      columnLabels: LABELS,
    };
    const result = normaliseParseResult(parsed);
    expect(result.issues.map((i) => [i.rowNumber, i.severity])).toEqual([
      [2, 'error'],
      [3, 'warning'],
    ]);
    expect(result.rejected.length + result.statements.length + result.recommendations.length + result.pledges.length).toBe(2);
  });
});
