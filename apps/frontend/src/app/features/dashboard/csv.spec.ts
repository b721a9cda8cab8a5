import { cell, csvFileName, tableCsv } from './csv';

describe('CSV of a chart table', () => {
  it('writes the headings and the values behind the cells, quoting what needs it', () => {
    const csv = tableCsv({
      columns: ['Month', 'Fully implemented', 'Note, "quoted"'],
      rows: [
        [cell('May 2026', '2026-05'), cell('1,234', 1234), cell('a\nb')],
        [cell('Jun 2026', '2026-06'), cell('0', 0), cell('')],
      ],
    });
    expect(csv).toBe('Month,Fully implemented,"Note, ""quoted"""\r\n2026-05,1234,"a\nb"\r\n2026-06,0,\r\n');
  });

  it('names the file after the title, in any script', () => {
    expect(csvFileName('Status over time: according to the State')).toBe('status-over-time-according-to-the-state.csv');
    expect(csvFileName('الحالة حسب الدولة')).toBe('الحالة-حسب-الدولة.csv');
    expect(csvFileName('***')).toBe('table.csv');
  });
});
