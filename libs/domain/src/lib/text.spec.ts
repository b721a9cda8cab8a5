import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parseResponse } from './responses';
import { collapseWhitespace, normaliseDocumentSymbol, recommendationGroupKey } from './text';

// Real data (read-only, outside the repo): ../shared/data from the project root.
const SHARED_DATA = path.resolve(__dirname, '../../../../../shared/data');
const HAS_SHARED_DATA = fs.existsSync(SHARED_DATA);
if (!HAS_SHARED_DATA) {
  if (process.env.CI) {
    throw new Error(`Real-data tests need ${SHARED_DATA} (../shared/data); it must be present in CI`);
  }
  console.warn(`Skipping real-data tests in text.spec.ts: ${SHARED_DATA} not found`);
}
const describeWithSharedData = HAS_SHARED_DATA ? describe : describe.skip;

function readUprInfoRows(file: string): string[][] {
  const workbook = XLSX.readFile(path.join(SHARED_DATA, 'upr-info', file));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['UPR Info database export'], {
    header: 1,
    raw: true,
    defval: '',
  });
  return rows
    .slice(1)
    .map((row) => row.map((cell) => String(cell)))
    .filter((row) => row.some((cell) => cell.trim() !== ''));
}

describe('collapseWhitespace', () => {
  it('trims a recommendation text and collapses doubled spaces, tabs and line breaks', () => {
    expect(collapseWhitespace('  Ratify  the\tConvention\r\nagainst Torture  ')).toBe(
      'Ratify the Convention against Torture',
    );
  });

  it('treats no-break, narrow no-break, thin and ideographic spaces and NEL as spaces', () => {
    expect(collapseWhitespace('Ratify\u00a0the\u202fOPCAT\u2009now\u3000please\u0085ok')).toBe(
      'Ratify the OPCAT now please ok',
    );
  });

  it('turns a text made only of whitespace into an empty string', () => {
    expect(collapseWhitespace(' \u00a0\n\t ')).toBe('');
  });
});

describe('recommendationGroupKey', () => {
  it('gives the same key to a joint recommendation arriving once per recommending State with spacing and case differences', () => {
    const fromFrance = recommendationGroupKey({
      stateIso3: 'CHN',
      session: 17,
      text: 'Ratify the International Covenant on Civil and Political Rights',
    });
    const fromNorway = recommendationGroupKey({
      stateIso3: 'CHN',
      session: 17,
      text: '  ratify the International  Covenant on Civil and\u00a0Political Rights ',
    });
    expect(fromNorway).toBe(fromFrance);
    expect(fromFrance).toBe('CHN|17|ratify the international covenant on civil and political rights');
  });

  it('keeps the same text apart when it was made in another session or to another State', () => {
    const text = 'Abolish the death penalty';
    const base = recommendationGroupKey({ stateIso3: 'CHN', session: 17, text });
    expect(recommendationGroupKey({ stateIso3: 'CHN', session: 31, text })).not.toBe(base);
    expect(recommendationGroupKey({ stateIso3: 'VNM', session: 17, text })).not.toBe(base);
  });
});

describe('normaliseDocumentSymbol', () => {
  it('normalises a symbol typed in lower case with stray spaces', () => {
    expect(normaliseDocumentSymbol(' a/hrc/28/7 ')).toBe('A/HRC/28/7');
  });

  it('collapses inner whitespace in an addendum symbol', () => {
    expect(normaliseDocumentSymbol('A/HRC/43/15/Add.1\u00a0 ')).toBe('A/HRC/43/15/ADD.1');
    expect(normaliseDocumentSymbol('CCPR/C/CHN-HKG/CO/4  \n')).toBe('CCPR/C/CHN-HKG/CO/4');
  });
});

describeWithSharedData('grouping the UPR Info export of sessions 1–5 (real data)', () => {
  it('merges 6,094 rows into 5,643 recommendations — 3,821 supported, 1,822 noted — carrying 6,094 recommending-State links', () => {
    const rows = readUprInfoRows('upr-info_sessions_1-5.xls');
    expect(rows).toHaveLength(6094);

    // Columns: SuR, Rgrp, Org, Recommendation, RS, Rgrp, Org, Response, Action, Issue, Session.
    // The State under review's name stands in for its ISO3 code (one name per State in this file).
    const groups = new Map<string, { links: number; responses: Set<string | undefined> }>();
    for (const row of rows) {
      const key = recommendationGroupKey({ stateIso3: row[0], session: Number(row[10]), text: row[3] });
      const group = groups.get(key) ?? { links: 0, responses: new Set<string | undefined>() };
      group.links += 1;
      group.responses.add(parseResponse(row[7]));
      groups.set(key, group);
    }

    const all = [...groups.values()];
    expect(groups.size).toBe(5643);
    expect(all.reduce((sum, g) => sum + g.links, 0)).toBe(6094);
    expect(all.every((g) => g.responses.size === 1)).toBe(true);
    expect(all.filter((g) => g.responses.has('supported'))).toHaveLength(3821);
    expect(all.filter((g) => g.responses.has('noted'))).toHaveLength(1822);
  });
});
