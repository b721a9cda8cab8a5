import { TREATY_BY_CODE, type TreatyInfo } from '@tracker/domain';
import { isRatificationTable, readRatificationTable } from './ratification-table';
import { readCsv } from './read-csv';
import { parseVisitHistory } from './record-rows';

const OP_CRC_IC = TREATY_BY_CODE.get('OP-CRC-IC') as TreatyInfo;

/** The quirks of hr_status_op_crc_ic.csv, in a small synthetic table (UTF-8, CRLF, no note column). */
const TABLE = [
  'iso2,member,state party,year ratification or accession,signatory,no action,status',
  'AL,Albania,1,2013,0,0,state party',
  'AT,Austria,0,,1,0,signatory state',
  'BE,Belgium,0,2014,0,0,state party',
  'MS,Montserrat,0,,0,1,no action',
  'S,South Sudan,0,,0,1,no action',
  'TP,East Timor,0,,0,1,no action',
  'CD,"Congo, The Democratic Republic Of The",1,2016,0,0,state party',
  'ZW,Zimbabwe,0,,0,0,state party',
  'FR,France,1,1066,0,0,state party',
  'DE,Germany,1,2013,0,0,ratified',
].join('\r\n');

describe('the ratification tables of the UN Treaty Collection', () => {
  const table = readCsv(Buffer.from(`\uFEFF${TABLE}\r\n`));
  const { rows, issues } = readRatificationTable(table, OP_CRC_IC, 'hr_status_op_crc_ic.csv', 2026);

  it('recognises the table by its header', () => {
    expect(isRatificationTable(table.header)).toBe(true);
    expect(isRatificationTable(['stateIso3', 'treaty', 'ratifiedYear'])).toBe(false);
  });

  it('turns State parties into ratifications and skips signatories and States without action', () => {
    expect(rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'record'],
      [3, 'skipped'],
      [4, 'record'],
      [5, 'rejected'],
      [6, 'rejected'],
      [7, 'skipped'],
      [8, 'record'],
      [9, 'rejected'],
      [10, 'rejected'],
      [11, 'rejected'],
    ]);
    expect(rows[0]).toEqual({ line: 2, outcome: 'record', input: { stateIso3: 'ALB', treaty: 'OP-CRC-IC', ratifiedYear: 2013, source: 'UN Treaty Collection (hr_status_op_crc_ic.csv)' } });
    expect(rows[6]).toMatchObject({ input: { stateIso3: 'COD', ratifiedYear: 2016 } });
  });

  it('reports each defect on its row, naming the column', () => {
    expect(issues).toEqual([
      { row: 4, field: 'state party', reason: "is '0' while status says state party (ratified 2014); loaded as a State party", severity: 'warning' },
      { row: 5, field: 'iso2', reason: 'MS (Montserrat) is not a UN Member State or observer State', severity: 'error' },
      { row: 6, field: 'iso2', reason: "'S' (South Sudan) is not a two-letter ISO 3166-1 alpha-2 code", severity: 'error' },
      { row: 9, field: 'year ratification or accession', reason: 'is missing for a State party', severity: 'error' },
      { row: 10, field: 'year ratification or accession', reason: "'1066' is not a year between 1945 and 2026", severity: 'error' },
      { row: 11, field: 'status', reason: "'ratified' is not one of state party, signatory state, no action", severity: 'error' },
    ]);
  });
});

describe('visit request histories in a CSV cell', () => {
  it('reads "status date" pairs separated by semicolons', () => {
    expect(parseVisitHistory('requested 2021-01-10; reminder 2022-01-10;dates proposed: 2023-02-01')).toEqual([
      { status: 'requested', on: '2021-01-10' },
      { status: 'reminder', on: '2022-01-10' },
      { status: 'dates_proposed', on: '2023-02-01' },
    ]);
  });

  it('refuses anything else', () => {
    expect(parseVisitHistory('requested in 2021')).toBeUndefined();
    expect(parseVisitHistory(' ; ')).toBeUndefined();
  });
});
