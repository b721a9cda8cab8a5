import { csvCell, EXPORT_COLUMNS } from './export-columns';
import type { ExportRow } from './exports.repository';

const row: ExportRow = {
  id: 12,
  mechanism: 'upr',
  body_code: 'UPR',
  body_name: 'Universal Periodic Review',
  state_iso3: 'SVN',
  state_name: 'Slovenia',
  cycle: 3,
  session: 34,
  document_symbol: 'A/HRC/43/15',
  paragraph: '121.2',
  text: 'Continue efforts to combat discrimination against Roma',
  language: 'en',
  issued_on: '2020-01-31',
  action_category: 4,
  source: 'uhri',
  external_id: '0f8fad5b-d9cb-469f-a165-70867728950e/SVN',
  current_response: 'supported_in_part',
  current_status: 'partially_implemented',
  updated_at: new Date('2026-11-29T10:00:00Z'),
  recommending_states: [
    { code: 'FRA', name: 'France' },
    { code: 'LTU', name: 'Lithuania' },
  ],
  themes: [{ code: 'racial-discrimination', name: 'Racial discrimination' }],
  affected_persons: [],
  sdgs: [{ code: '10', name: 'Reduced inequalities' }],
  responses: [
    { response: 'noted', respondedOn: null, sourceDocument: 'A/HRC/43/15' },
    { response: 'supported_in_part', respondedOn: '2022-03-01', sourceDocument: null },
  ],
  status_by_party: [
    { party: 'ngo', status: 'not_implemented', effectiveOn: '2023-05-02' },
    { party: 'state', status: 'fully_implemented', effectiveOn: '2023-01-10' },
  ],
  deadlines: [
    { kind: 'upr_mid_term_report', dueOn: '2022-07-31', metOn: '2022-06-30' },
    { kind: 'upr_next_review', dueOn: '2024-07-31', metOn: null },
  ],
};

function exported(header: string): string | number {
  const column = EXPORT_COLUMNS.find((c) => c.header === header);
  if (!column) throw new Error(`no column ${header}`);
  return csvCell(column.value(row));
}

describe('export columns', () => {
  it('fill the UHRI columns the way a UHRI export does, one value per line', () => {
    expect(exported('UPR Session')).toBe('34th Session - Cycle 3');
    expect(exported('UPR Recommending States')).toBe('France\nLithuania');
    expect(exported('UPR Position')).toBe('Supported in part');
    expect(exported('Affected Persons')).toBe('');
    expect(exported('Sdgs')).toBe('10 - Reduced inequalities');
    expect(exported('Document Publication Date')).toBe('2020-01-31');
    // The State suffix of a UHRI row concerning several States is not part of OHCHR's id.
    expect(exported('OHCHR Annotation Id')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it("add the tracker's fields: response history with dates and documents, current status", () => {
    expect(exported('Response History')).toBe('Noted (A/HRC/43/15)\n2022-03-01 Supported in part');
    expect(exported('Current Status')).toBe('Partially implemented');
    expect(exported('Tracker Id')).toBe(12);
    expect(exported('Status by Party')).toBe('NGO: Not implemented (2023-05-02)\nState: Fully implemented (2023-01-10)');
    expect(exported('Deadlines')).toBe('upr_mid_term_report due 2022-07-31 (met 2022-06-30)\nupr_next_review due 2024-07-31');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.org","click")')).toBe('\'=HYPERLINK("http://example.org","click")');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('- a bullet')).toBe("'- a bullet");
    expect(csvCell('Ratify the Convention')).toBe('Ratify the Convention');
    expect(csvCell(-3)).toBe(-3);
  });
});
