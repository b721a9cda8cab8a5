import type { ParseResult, RawRecommendationRow } from '../parsers/types';
import { DEFAULT_COLUMN_LABELS } from '../parsers/types';
import { planImport, recordKey, unitsOfUhriRecord } from './import-units';

function row(overrides: Partial<RawRecommendationRow>): RawRecommendationRow {
  return {
    kind: 'recommendation',
    rowNumber: 2,
    stateUnderReview: 'Peru',
    recommendingStates: ['Canada'],
    text: 'Strengthen the rule of law',
    response: 'Accepted',
    actionCategory: '4',
    themes: ['Detention'],
    affectedPersons: [],
    sdgs: [],
    session: '2',
    cycle: null,
    documentSymbol: null,
    paragraph: null,
    sourceOfPosition: null,
    body: null,
    publicationDate: null,
    externalId: null,
    ...overrides,
  };
}

function uprInfo(rows: RawRecommendationRow[]): ParseResult {
  return { format: 'upr_info', container: 'csv', rows, issues: [], columnLabels: { ...DEFAULT_COLUMN_LABELS, stateUnderReview: 'To' } };
}

describe('planning an import', () => {
  it('merges a joint recommendation given once per recommending State into one record keyed by its grouping key', () => {
    const plan = planImport(
      uprInfo([
        row({ rowNumber: 2, recommendingStates: ['Canada'], themes: ['Detention'] }),
        row({ rowNumber: 3, recommendingStates: ['Chile'], text: '  strengthen the  rule of law ', themes: ['Death penalty'] }),
      ]),
    );
    expect(plan.rowsTotal).toBe(2);
    expect(plan.units).toHaveLength(1);
    const [unit] = plan.units;
    expect(unit?.rowNumbers).toEqual([2, 3]);
    expect(unit?.newRows).toBe(2);
    expect(unit?.record).toEqual(
      expect.objectContaining({
        kind: 'recommendation',
        source: 'upr_info',
        externalId: null,
        groupKey: 'PER|2|strengthen the rule of law',
        recommendingStates: ['CAN', 'CHL'],
        themes: ['conditions-of-detention', 'death-penalty'],
        affectedPersons: null,
        sdgs: null,
        response: 'supported',
        responseSource: 'UPR Info database export',
        cycle: 1,
      }),
    );
    expect(recordKey(unit?.record ?? { externalId: null, bodyCode: 'UPR', groupKey: '' })).toBe('group:UPR|PER|2|strengthen the rule of law');
  });

  it('records identical pledges once and reports the repeated row; rejects bad rows with their reason; keeps file order', () => {
    const plan = planImport(
      uprInfo([
        row({ rowNumber: 2, kind: 'pledge', stateUnderReview: 'Chile', recommendingStates: ['Chile'], response: 'Voluntary Pledge', text: 'Present a mid-term report' }),
        row({ rowNumber: 3, stateUnderReview: 'Narnia' }),
        row({ rowNumber: 4, kind: 'pledge', stateUnderReview: 'Chile', recommendingStates: ['Chile'], response: 'Voluntary Pledge', text: 'Present a mid-term report' }),
      ]),
    );
    expect(plan.units.map((u) => [u.kind, u.rowNumbers])).toEqual([
      ['pledge', [2, 4]],
      ['rejected', [3]],
    ]);
    expect(plan.units[0]?.record).toEqual(expect.objectContaining({ bodyCode: 'PLEDGE', mechanism: 'voluntary_pledge', recommendingStates: [], response: null }));
    expect(plan.units[0]?.issues).toEqual([
      { rowNumber: 4, column: 'Text', reason: 'same pledge as row 2 (same State, session and text); recorded once', severity: 'warning' },
    ]);
    expect(plan.units[1]?.issues).toEqual([{ rowNumber: 3, column: 'To', reason: "unknown State name 'Narnia'", severity: 'error' }]);
  });

  it('keys an OHCHR matrix row by symbol and paragraph, and keeps its source of position', () => {
    const plan = planImport({
      format: 'ohchr_matrix',
      container: 'docx',
      rows: [row({ documentSymbol: 'A/HRC/25/5', paragraph: '186.20', sourceOfPosition: 'A/HRC/25/5/Add.1', session: '17', response: 'Noted' })],
      issues: [{ rowNumber: 0, column: 'Session', reason: 'a remark about the whole document', severity: 'warning' }],
      columnLabels: DEFAULT_COLUMN_LABELS,
    });
    expect(plan.units.map((u) => u.kind)).toEqual(['file', 'recommendation']);
    expect(plan.units[0]?.issues.map((i) => i.reason)).toEqual(['a remark about the whole document']);
    expect(plan.units[1]?.record).toEqual(
      expect.objectContaining({ externalId: 'A/HRC/25/5#186.20', responseSource: 'A/HRC/25/5/ADD.1', response: 'noted', affectedPersons: [], sdgs: [] }),
    );
  });

  it('gives each State of a UHRI row concerning several States its own record, keyed by annotation id and State', () => {
    const base = row({ externalId: '0f8fad5b-d9cb-469f-a165-70867728950e', session: null, body: 'Committee against Torture', recommendingStates: [], response: null });
    const units = unitsOfUhriRecord({
      rowNumber: 5,
      rows: [
        { ...base, stateUnderReview: 'Slovenia' },
        { ...base, stateUnderReview: 'Croatia' },
      ],
      issues: [],
      columnLabels: DEFAULT_COLUMN_LABELS,
    });
    expect(units.map((u) => [u.record?.externalId, u.record?.bodyCode, u.newRows])).toEqual([
      ['0f8fad5b-d9cb-469f-a165-70867728950e/SVN', 'CAT', 1],
      ['0f8fad5b-d9cb-469f-a165-70867728950e/HRV', 'CAT', 0],
    ]);
  });
});
