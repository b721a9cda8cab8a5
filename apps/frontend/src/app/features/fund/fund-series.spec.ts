import type { AmountPointDto } from '../../api/models';
import { amountCurrencies, amountGroups, amountTable, countSeries, countTable, countTicks, csvFileName, majorUnits, tableCsv } from './fund-series';

const money = (amountMinor: string, currency: string, formatted: string) => ({ amountMinor, currency, formatted });
const point = (period: string, currency: string, requested: [string, string], approved: [string, string], disbursed: [string, string]): AmountPointDto => ({
  period,
  currency,
  requested: money(requested[0], currency, requested[1]),
  approved: money(approved[0], currency, approved[1]),
  disbursed: money(disbursed[0], currency, disbursed[1]),
});

const POINTS: AmountPointDto[] = [
  point('2024', 'USD', ['10000000', 'USD 100,000.00'], ['8000000', 'USD 80,000.00'], ['0', 'USD 0.00']),
  point('2025', 'EUR', ['300000', 'EUR 3,000.00'], ['300000', 'EUR 3,000.00'], ['100000', 'EUR 1,000.00']),
  point('2025', 'USD', ['2000000', 'USD 20,000.00'], ['0', 'USD 0.00'], ['5000000', 'USD 50,000.00']),
];
const LABELS = { requested: 'Requested', approved: 'Approved', disbursed: 'Disbursed' };

describe('count charts', () => {
  it('turns counts into bars with their labels, and the table shows exactly those bars', () => {
    const series = countSeries(
      [
        { key: '2024', count: 1 },
        { key: null, count: 3 },
      ],
      (key) => key ?? 'Not decided yet',
    );
    expect(series).toEqual([
      { name: '2024', value: 1 },
      { name: 'Not decided yet', value: 3 },
    ]);
    expect(countTable(series, 'Reporting year', 'Requests')).toEqual({
      columns: ['Reporting year', 'Requests'],
      rows: [
        ['2024', '1'],
        ['Not decided yet', '3'],
      ],
    });
  });
});

describe('count axis', () => {
  it('ticks whole numbers only: every one while the counts are small, even steps beyond', () => {
    expect(countTicks([{ name: 'Approved', value: 1 }])).toEqual([0, 1]);
    expect(countTicks([{ name: 'a', value: 3 }, { name: 'b', value: 2 }])).toEqual([0, 1, 2, 3]);
    expect(countTicks([])).toEqual([0, 1]);
    expect(countTicks([{ name: 'a', value: 23 }])).toEqual([0, 5, 10, 15, 20, 25]);
  });
});

describe('amount charts', () => {
  it('lists the currencies, US dollars first', () => {
    expect(amountCurrencies(POINTS)).toEqual(['USD', 'EUR']);
    expect(amountCurrencies([])).toEqual([]);
  });

  it('groups one currency’s amounts by period, in major units for the bar heights, never mixing currencies', () => {
    expect(amountGroups(POINTS, 'USD', LABELS)).toEqual([
      {
        name: '2024',
        series: [
          { name: 'Requested', value: 100_000 },
          { name: 'Approved', value: 80_000 },
          { name: 'Disbursed', value: 0 },
        ],
      },
      {
        name: '2025',
        series: [
          { name: 'Requested', value: 20_000 },
          { name: 'Approved', value: 0 },
          { name: 'Disbursed', value: 50_000 },
        ],
      },
    ]);
    expect(amountGroups(POINTS, 'EUR', LABELS).map((g) => g.name)).toEqual(['2025']);
  });

  it('reads minor units with the currency’s own exponent', () => {
    expect(majorUnits('1250', 'KWD')).toBe(1.25);
    expect(majorUnits('1250', 'JPY')).toBe(1250);
    expect(majorUnits('1250', 'USD')).toBe(12.5);
  });

  it('tabulates the exact formatted amounts of the chart’s currency', () => {
    expect(amountTable(POINTS, 'EUR', 'Year', LABELS)).toEqual({
      columns: ['Year', 'Requested', 'Approved', 'Disbursed'],
      rows: [['2025', 'EUR 3,000.00', 'EUR 3,000.00', 'EUR 1,000.00']],
    });
  });
});

describe('CSV', () => {
  it('writes the table’s header and rows, quoting what needs quoting, with CRLF line ends', () => {
    const csv = tableCsv({
      columns: ['Period', 'Requested'],
      rows: [
        ['2025', 'USD 20,000.00'],
        ['Say "hi"', '-5'],
      ],
    });
    expect(csv).toBe('Period,Requested\r\n2025,"USD 20,000.00"\r\n"Say ""hi""",-5\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(tableCsv({ columns: ['x'], rows: [['=HYPERLINK("http://evil")'], ['@SUM(A1)']] })).toBe(`x\r\n"'=HYPERLINK(""http://evil"")"\r\n'@SUM(A1)\r\n`);
  });

  it('names the file after the chart heading', () => {
    expect(csvFileName('Requests by activity type')).toBe('requests-by-activity-type.csv');
    expect(csvFileName('Montants demandés, approuvés')).toBe('montants-demandes-approuves.csv');
    expect(csvFileName('???')).toBe('table.csv');
  });
});
