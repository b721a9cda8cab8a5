import { strToU8, zipSync } from 'fflate';
import { detectFormat } from './detect-format';
import { parseOhchrMatrix } from './ohchr-matrix.parser';
import { domainStateNameMatcher } from './state-names';
import { UnsupportedFileError } from './unsupported-file.error';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A paragraph; an array gives several runs (Word splits text into runs arbitrarily). */
function p(text: string | string[]): string {
  const runs = (Array.isArray(text) ? text : [text]).map((t) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`);
  return `<w:p>${runs.join('')}</w:p>`;
}

function cell(paragraphs: string[], span = 1): string {
  const props = span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : '<w:tcPr/>';
  return `<w:tc>${props}${(paragraphs.length ? paragraphs : ['']).map((x) => p(x)).join('')}</w:tc>`;
}

function row(cells: string[]): string {
  return `<w:tr>${cells.join('')}</w:tr>`;
}

/** A minimal .docx: one table, and the page header paragraph OHCHR puts the review in. */
function docx(tableRows: string[], headerRuns: string[] | null): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p/><w:tbl>${tableRows.join('')}</w:tbl><w:p/><w:sectPr/></w:body></w:document>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(document),
  };
  if (headerRuns) files['word/header1.xml'] = strToU8(`<?xml version="1.0"?><w:hdr ${W}>${p(headerRuns)}</w:hdr>`);
  return Buffer.from(zipSync(files));
}

const stateNames = domainStateNameMatcher();

describe('parseOhchrMatrix — 2015 layout (separate, run-together "Recommending state/s")', () => {
  const header = row(
    ['Recommendation', 'Recommending state/s', 'Position', 'Full list of themes', 'Assessment/comments on level of implementation'].map((h) =>
      cell([h]),
    ),
  );
  const buf = docx(
    [
      header,
      row([cell(['Theme: A41 Constitutional and legislative framework'], 5)]),
      row([
        cell(['28.212 Adopt a law on enforced disappearance;', 'Source of position: A/HRC/37/5/Add.1 - Para. 28.212']),
        cell(['ChileParaguayVenezuela (Bolivarian Republic of)']),
        cell(['Supported/Noted']),
        cell(['A41 Constitutional and legislative framework', 'D32 Enforced disappearances', 'Affected persons:', '- disappeared persons']),
        cell(['']),
      ]),
      row([
        cell(['28.3 Ratify the Convention (No. 189);', 'Source of position: A/HRC/37/5 - Para. 28']),
        cell(['Sierra Le one', 'Trinidad and Tobago']),
        cell(['Noted']),
        cell(['A12 Acceptance of international norms']),
        cell(['']),
      ]),
      row([cell(['Theme: A12 Acceptance of international norms'], 5)]),
    ],
    ['UPR of Ar', 'gentina (2nd Cycle – 2', '8th session)', '\tThematic list of recommendations'],
  );

  it('is detected as an OHCHR matrix', () => {
    expect(detectFormat('matrix.docx', buf)).toEqual({ format: 'ohchr_matrix', container: 'docx' });
  });

  it('takes the State under review and the UPR session from the page header, not from the symbol', () => {
    const result = parseOhchrMatrix(buf, { stateNames });
    expect(result.document).toEqual({ stateUnderReview: 'Argentina', session: 28, cycle: 2, layout: '2015', themeHeaderRows: 2 });
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.session)).toEqual(['28', '28']);
  });

  it('splits run-together recommending States and keeps the raw position', () => {
    const [first, second] = parseOhchrMatrix(buf, { stateNames }).rows;
    expect(first).toEqual({
      kind: 'recommendation',
      rowNumber: 3,
      stateUnderReview: 'Argentina',
      recommendingStates: ['Chile', 'Paraguay', 'Venezuela (Bolivarian Republic of)'],
      text: 'Adopt a law on enforced disappearance',
      response: 'Supported/Noted',
      actionCategory: null,
      themes: ['A41 Constitutional and legislative framework', 'D32 Enforced disappearances'],
      affectedPersons: ['disappeared persons'],
      sdgs: [],
      session: '28',
      cycle: '2',
      documentSymbol: 'A/HRC/37/5',
      paragraph: '28.212',
      sourceOfPosition: 'A/HRC/37/5/Add.1',
      body: null,
      publicationDate: null,
      externalId: null,
    });
    expect(second).toMatchObject({
      rowNumber: 4,
      recommendingStates: ['Sierra Le one', 'Trinidad and Tobago'],
      text: 'Ratify the Convention (No. 189)',
      paragraph: '28.3',
      documentSymbol: 'A/HRC/37/5',
      sourceOfPosition: 'A/HRC/37/5',
    });
  });
});

describe('parseOhchrMatrix — 2025 layout', () => {
  const buf = docx(
    [
      row(
        ['Recommendation and recommending State', 'Position of the State under review', 'Human rights themes and groups of persons', 'Relevant SDGs'].map((h) =>
          cell([h]),
        ),
      ),
      row([cell(['Theme: Ratification of & accession to international instruments'], 4)]),
      row([
        cell(['140.7 Ratify the OP-ICESCR (Maldives) (Portugal);', 'Source of Position: A/HRC/59/15/Add.1 - Para.3']),
        cell(['Supported']),
        cell(['- Ratification of & accession to international instruments', 'Groups of Persons: ', '- Public officials']),
        cell(['- 1 - NO POVERTY', '- 10 - REDUCED INEQUALITIES']),
      ]),
      row([
        cell(['186.20. Abolish the death penalty (France, Germany); Ratify OP2 (Chile; Peru);', 'Source of Position: A/HRC/59/15/Add.1 - Para.5']),
        cell(['Noted']),
        cell(['- Death penalty']),
        cell(['- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS']),
      ]),
    ],
    ['UPR of Slovenia ', '(4th Cycle - 4', '8', 'th Session)'],
  );

  it('reads the SDG column, the "Groups of Persons" block and clustered recommendations', () => {
    const result = parseOhchrMatrix(buf, { stateNames });
    expect(result.document).toEqual({ stateUnderReview: 'Slovenia', session: 48, cycle: 4, layout: '2025', themeHeaderRows: 1 });
    expect(result.rows[0]).toMatchObject({
      recommendingStates: ['Maldives', 'Portugal'],
      text: 'Ratify the OP-ICESCR',
      themes: ['Ratification of & accession to international instruments'],
      affectedPersons: ['Public officials'],
      sdgs: ['1 - NO POVERTY', '10 - REDUCED INEQUALITIES'],
      paragraph: '140.7',
    });
    expect(result.rows[1]).toMatchObject({
      paragraph: '186.20',
      recommendingStates: ['France', 'Germany', 'Chile', 'Peru'],
      text: 'Abolish the death penalty (France, Germany); Ratify OP2 (Chile; Peru)',
      response: 'Noted',
    });
  });
});

describe('parseOhchrMatrix — documents that do not name the review', () => {
  const table = [
    row(['Recommendation', 'Position', 'Full list of themes'].map((h) => cell([h]))),
    row([
      cell(['121.2 Ratify CPED (Ukraine);', 'Source of Position: A/HRC/43/15 - Para 121']),
      cell(['Supported']),
      cell(['- Acceptance of international norms', 'SDGs: ', '- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS', 'Affected persons: ', '- Disappeared persons']),
    ]),
  ];

  it('uses the caller-provided State and session', () => {
    const result = parseOhchrMatrix(docx(table, null), { stateNames, stateUnderReview: 'Slovenia', session: 34 });
    expect(result.issues).toEqual([]);
    expect(result.document).toMatchObject({ stateUnderReview: 'Slovenia', session: 34, cycle: null, layout: '2019' });
    expect(result.rows[0]).toMatchObject({
      stateUnderReview: 'Slovenia',
      session: '34',
      themes: ['Acceptance of international norms'],
      sdgs: ['16 - PEACE, JUSTICE AND STRONG INSTITUTIONS'],
      affectedPersons: ['Disappeared persons'],
    });
  });

  it('reports a missing State and session as file-level errors instead of guessing from the symbol', () => {
    const result = parseOhchrMatrix(docx(table, null), { stateNames });
    expect(result.rows[0]).toMatchObject({ stateUnderReview: '', session: null, documentSymbol: 'A/HRC/43/15' });
    expect(result.issues).toEqual([
      expect.objectContaining({ rowNumber: 0, column: 'State under review', severity: 'error' }),
      expect.objectContaining({ rowNumber: 0, column: 'Session', severity: 'error' }),
    ]);
  });

  it('warns when the caller contradicts the document, and follows the document', () => {
    const result = parseOhchrMatrix(docx(table, ['UPR of Slovenia (3rd Cycle - 34th Session)']), {
      stateNames,
      stateUnderReview: 'Croatia',
      session: 35,
    });
    expect(result.document).toMatchObject({ stateUnderReview: 'Slovenia', session: 34 });
    expect(result.issues.map((i) => [i.column, i.severity])).toEqual([
      ['State under review', 'warning'],
      ['Session', 'warning'],
    ]);
  });

  it('rejects a Word document without a recommendations table', () => {
    const letter = docx([row([cell(['Dear colleague']), cell(['…'])])], null);
    expect(() => parseOhchrMatrix(letter, { stateNames })).toThrow(UnsupportedFileError);
    expect(() => detectFormat('letter.docx', letter)).toThrow(UnsupportedFileError);
  });
});
