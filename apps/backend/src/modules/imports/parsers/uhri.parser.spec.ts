import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { Readable } from 'stream';
import { detectFormat } from './detect-format';
import { excelSerialToIsoDate } from './excel-date';
import { parseImportFile } from './parse-import-file';
import type { UhriRecord } from './uhri.parser';
import { parseUhriCsv, parseUhriCsvBuffer, parseUhriWorkbook, splitMultiValue } from './uhri.parser';
import { UnsupportedFileError } from './unsupported-file.error';

/** OHCHR's own header spellings ("Reccomending"). */
const MISSPELT_HEADER = [
  'Text',
  'Countries Concerned',
  'Reccomending Body',
  'UPR Session',
  'Document Symbol',
  'UPR Reccomending States',
  'UPR Position',
  'Themes',
  'Affected Persons',
  'Sdgs',
  'Document Publication Date',
  'OHCHR Annotation Id',
];

const UUID_1 = '0f8fad5b-d9cb-469f-a165-70867728950e';
const UUID_2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const UUID_3 = '9b2e4a1c-3f5d-4e6a-8b7c-1d2e3f4a5b6c';

/** Three records: a UPR joint recommendation, a treaty-body one (two countries), a special-procedure one. */
const RECORDS: (string | number)[][] = [
  [
    'Ratify the Optional Protocol to the Convention against Torture',
    '- Slovenia',
    '- UPR',
    '- 34th Session - Cycle 3',
    'A/HRC/43/15',
    '- France\n- Lithuania',
    '- Supported',
    '- Acceptance of international norms\n- Torture and other cruel, inhuman or degrading treatment',
    '- Persons deprived of their liberty',
    '- 16 - Peace, justice and strong institutions',
    43861,
    UUID_1,
  ],
  [
    'The Committee recommends that the State parties establish a juvenile justice system.',
    '- Slovenia\n- Croatia',
    '- Committee on the Rights of the Child',
    '',
    'CRC/C/SVN/CO/3-4',
    '',
    '',
    '- Administration of justice & fair trial',
    '- Children',
    '',
    41640,
    UUID_2,
  ],
  [
    'Adopt a national housing strategy.',
    '- Slovenia',
    '- Special Rapporteur on adequate housing',
    '',
    'A/HRC/49/48/Add.1',
    '',
    '',
    '- Right to adequate housing',
    '',
    '- 11 - Sustainable cities and communities',
    'not a date',
    'n/a',
  ],
];

async function xlsx(header: string[], rows: (string | number)[][], titleRow = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Export');
  if (titleRow) ws.addRow(['Universal Human Rights Index — export']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

async function collect(it: AsyncIterable<UhriRecord>): Promise<UhriRecord[]> {
  const out: UhriRecord[] = [];
  for await (const record of it) out.push(record);
  return out;
}

describe('excelSerialToIsoDate', () => {
  it('converts 1900-system serials, skipping Excel’s phantom 29 February 1900', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(43861)).toBe('2020-01-31');
    expect(excelSerialToIsoDate(44561.75)).toBe('2021-12-31');
  });

  it('converts 1904-system serials and rejects non-dates', () => {
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDate(42399, true)).toBe('2020-01-31');
    expect(excelSerialToIsoDate(-1)).toBeNull();
    expect(excelSerialToIsoDate(Number.NaN)).toBeNull();
    expect(excelSerialToIsoDate(3_000_000)).toBeNull();
  });
});

describe('splitMultiValue', () => {
  it('reads one value per line and drops the "- " prefix, keeping inner dashes', () => {
    expect(splitMultiValue('- 28th Session - Cycle 2')).toEqual(['28th Session - Cycle 2']);
    expect(splitMultiValue('- France\r\n- Lithuania\n\n')).toEqual(['France', 'Lithuania']);
    expect(splitMultiValue('Supported')).toEqual(['Supported']);
    expect(splitMultiValue('')).toEqual([]);
  });
});

describe('parseUhriWorkbook (.xlsx, OHCHR header spellings)', () => {
  it('is detected as a UHRI workbook, also with a title row above the header', async () => {
    expect(detectFormat('export.xlsx', await xlsx(MISSPELT_HEADER, RECORDS))).toEqual({ format: 'uhri', container: 'xlsx' });
    expect(detectFormat('export.xlsx', await xlsx(MISSPELT_HEADER, RECORDS, true))).toEqual({ format: 'uhri', container: 'xlsx' });
  });

  it('reads multi-value cells, the UPR session and cycle, serial dates and the annotation id', async () => {
    const result = parseUhriWorkbook(await xlsx(MISSPELT_HEADER, RECORDS), 'xlsx');
    expect(result.rows[0]).toEqual({
      kind: 'recommendation',
      rowNumber: 2,
      stateUnderReview: 'Slovenia',
      recommendingStates: ['France', 'Lithuania'],
      text: 'Ratify the Optional Protocol to the Convention against Torture',
      response: 'Supported',
      actionCategory: null,
      themes: ['Acceptance of international norms', 'Torture and other cruel, inhuman or degrading treatment'],
      affectedPersons: ['Persons deprived of their liberty'],
      sdgs: ['16 - Peace, justice and strong institutions'],
      session: '34th Session - Cycle 3',
      cycle: '3',
      documentSymbol: 'A/HRC/43/15',
      paragraph: null,
      sourceOfPosition: null,
      body: 'UPR',
      publicationDate: '2020-01-31',
      externalId: UUID_1,
    });
  });

  it('gives a recommendation to several countries one row per country, and reports bad dates and ids', async () => {
    const result = parseUhriWorkbook(await xlsx(MISSPELT_HEADER, RECORDS, true), 'xlsx');
    expect(result.rows.map((r) => [r.rowNumber, r.stateUnderReview, r.body, r.publicationDate])).toEqual([
      [3, 'Slovenia', 'UPR', '2020-01-31'],
      [4, 'Slovenia', 'Committee on the Rights of the Child', '2014-01-01'],
      [4, 'Croatia', 'Committee on the Rights of the Child', '2014-01-01'],
      [5, 'Slovenia', 'Special Rapporteur on adequate housing', null],
    ]);
    expect(result.rows[1]).toMatchObject({ session: null, recommendingStates: [], response: null, externalId: UUID_2 });
    expect(result.issues).toEqual([
      { rowNumber: 5, column: 'Document Publication Date', reason: expect.stringContaining("'not a date'"), severity: 'warning' },
      { rowNumber: 5, column: 'OHCHR Annotation Id', reason: "'n/a' is not a UUID", severity: 'warning' },
    ]);
  });

  it('warns when a single-valued cell holds several values', async () => {
    const twoPositions = [[...RECORDS[0].slice(0, 6), '- Supported\n- Noted', ...RECORDS[0].slice(7)]];
    const result = parseUhriWorkbook(await xlsx(MISSPELT_HEADER, twoPositions), 'xlsx');
    expect(result.rows[0].response).toBe('Supported');
    expect(result.issues).toEqual([
      { rowNumber: 2, column: 'UPR Position', reason: "several values ('Supported', 'Noted'); the first is used", severity: 'warning' },
    ]);
  });
});

describe('UHRI CSV (correct spellings, any column order)', () => {
  const header = [
    'OHCHR Annotation Id',
    'Text',
    'Countries Concerned',
    'Recommending Body',
    'UPR Session',
    'Document Symbol',
    'UPR Recommending States',
    'UPR Position',
    'Themes',
    'Affected Persons',
    'SDGs',
    'Document Publication Date',
  ];
  const rows = RECORDS.map((r) => [r[11], ...r.slice(0, 11)]);
  const text = csv(header, rows);

  it('is detected as UHRI and parsed in memory', () => {
    const buf = Buffer.from(text, 'utf8');
    expect(detectFormat('export.csv', buf)).toEqual({ format: 'uhri', container: 'csv' });
    const result = parseUhriCsvBuffer(buf);
    expect(result.rows).toHaveLength(4);
    expect(result.rows[0]).toMatchObject({
      rowNumber: 2,
      externalId: UUID_1,
      recommendingStates: ['France', 'Lithuania'],
      publicationDate: '2020-01-31',
    });
    // Record 1 spans lines 2–4 (two multi-line cells), record 2 lines 5–6.
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 5, 5, 7]);
  });

  it('streams the same records from a byte stream, whatever the chunk size', async () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const whole = parseUhriCsvBuffer(buf);
    for (const size of [5, 64, 1 << 16]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < buf.length; i += size) chunks.push(buf.subarray(i, i + size));
      const records = await collect(parseUhriCsv(Readable.from(chunks)));
      expect(records.flatMap((r) => r.rows)).toEqual(whole.rows);
      expect(records.flatMap((r) => r.issues)).toEqual(whole.issues);
    }
  });

  it('streams a Windows-1252 file', async () => {
    const row = [UUID_3, 'Protéger les défenseurs', '- Côte d’Ivoire', '- UPR', '', '', '', '', '', '', '', ''];
    const win = iconv.encode(csv(header, [row]), 'windows-1252');
    const records = await collect(parseUhriCsv(Readable.from([win])));
    expect(records[0].rows[0]).toMatchObject({ text: 'Protéger les défenseurs', stateUnderReview: 'Côte d’Ivoire' });
  });

  it('rejects a stream without a UHRI header', async () => {
    await expect(collect(parseUhriCsv(Readable.from([Buffer.from('a,b\n1,2\n')])))).rejects.toThrow(UnsupportedFileError);
  });

  it('goes through parseImportFile', () => {
    const result = parseImportFile('export.csv', Buffer.from(text, 'utf8'));
    expect(result.format).toBe('uhri');
    expect(result.rows).toHaveLength(4);
  });
});
