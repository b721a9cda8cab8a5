import * as XLSX from '@e965/xlsx';
import * as iconv from 'iconv-lite';
import { detectFormat } from './detect-format';
import { parseUprInfo, UPR_INFO_SHEET } from './upr-info.parser';

const CSV_HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';

/** A UPR Info CSV as the real export is: MacRoman, CR-only line ends, no final line end. */
function macCsv(lines: string[]): Buffer {
  return iconv.encode([CSV_HEADER, ...lines].join('\r'), 'macintosh');
}

/** A UPR Info .xls (BIFF8): duplicate header names and an empty 12th column. */
function uprInfoXls(rows: (string | number | null)[][]): Buffer {
  const header = ['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session', null];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([header, ...rows]), UPR_INFO_SHEET);
  const out: unknown = XLSX.write(wb, { type: 'buffer', bookType: 'xls' });
  if (!Buffer.isBuffer(out)) throw new Error('SheetJS did not return a Buffer');
  return out;
}

describe('parseUprInfo — CSV (MacRoman, CR-only)', () => {
  const buf = macCsv([
    `Côte d'Ivoire,Africa,"AU, OIC, OIF","  Bring Mr. Hissène  Habré to justice. ",France,WEOG,EU,Accepted,5,"Justice,Impunity",3`,
    `Indonesia,Asia,OIC,Indonesia is commended for its efforts.,&#40;Unknown&#41;,&#40;Unknown&#41;,&#40;Unknown&#41;,Accepted,1,General,1`,
    `Albania,EEG,"OIC, OIF","The Government is committed to ""Decade of Roma Inclusion"".",Albania,EEG,"OIC, OIF",Voluntary Pledge,5,Minorities,19`,
    `Chad,Africa,AU,Ratify the CPED.,St Vincent & the Grenadines,GRULAC,,Noted,5,Enforced disappearances,5`,
  ]);

  it('is detected as a UPR Info CSV', () => {
    expect(detectFormat('upr-info.csv', buf)).toEqual({ format: 'upr_info', container: 'csv' });
  });

  it('decodes MacRoman, keeps the line number of each row and splits the Issue list', () => {
    const { rows } = parseUprInfo(buf, 'csv');
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(rows[0]).toEqual({
      kind: 'recommendation',
      rowNumber: 2,
      stateUnderReview: "Côte d'Ivoire",
      recommendingStates: ['France'],
      text: 'Bring Mr. Hissène  Habré to justice.',
      response: 'Accepted',
      actionCategory: '5',
      themes: ['Justice', 'Impunity'],
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
    });
    expect(rows[3].recommendingStates).toEqual(['St Vincent & the Grenadines']);
  });

  it('marks "(Unknown)" rows as statements, with a warning', () => {
    const { rows, issues } = parseUprInfo(buf, 'csv');
    expect(rows[1].kind).toBe('statement');
    expect(rows[1].recommendingStates).toEqual([]);
    expect(issues).toEqual([
      { rowNumber: 3, column: 'From', reason: expect.stringContaining('statement, not a recommendation'), severity: 'warning' },
    ]);
  });

  it('marks "Voluntary Pledge" rows as pledges', () => {
    const { rows } = parseUprInfo(buf, 'csv');
    expect(rows[2].kind).toBe('pledge');
    expect(rows[2].text).toBe('The Government is committed to "Decade of Roma Inclusion".');
  });
});

describe('parseUprInfo — .xls with duplicate header names', () => {
  const buf = uprInfoXls([
    ['Afghanistan', 'Asia', 'OIC', 'Enact legislation.', 'Austria', 'WEOG', 'EU', 'Accepted', 5, "Rights of the Child,Women's rights", 5, null],
    ['Afghanistan', 'Asia', null, 'Enact legislation.', 'Czech Republic', 'EEG', 'EU', 'Noted', 5, 'Justice', 5, null],
    [null, null, null, null, null, null, null, null, null, null, null, null],
  ]);

  it('is detected as a UPR Info .xls', () => {
    expect(detectFormat('export.xls', buf)).toEqual({ format: 'upr_info', container: 'xls' });
  });

  it('maps the columns by position, turns numbers into text and skips the trailing blank row', () => {
    const { rows, issues } = parseUprInfo(buf, 'xls');
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      rowNumber: 2,
      stateUnderReview: 'Afghanistan',
      recommendingStates: ['Austria'],
      text: 'Enact legislation.',
      response: 'Accepted',
      actionCategory: '5',
      themes: ['Rights of the Child', "Women's rights"],
      session: '5',
    });
    expect(rows[1]).toMatchObject({ rowNumber: 3, recommendingStates: ['Czech Republic'], response: 'Noted' });
  });
});
