/**
 * Oracle tests over the real exports in `shared/data` (beside the repository root; see its
 * README for the counts). The files are not part of the project: without the folder these tests
 * are skipped, except in CI, where the folder must be present.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { tryResolveState } from '@tracker/domain';
import { detectFormat } from './detect-format';
import { groupRecommendations } from './group';
import type { GroupableRow } from './group';
import { normaliseParseResult } from './normalise';
import type { OhchrMatrixResult } from './ohchr-matrix.parser';
import { parseOhchrMatrix } from './ohchr-matrix.parser';
import { parseImportFile } from './parse-import-file';
import type { ParseResult } from './types';
import { parseUprInfo } from './upr-info.parser';

// parsers → imports → modules → src → backend → apps → repository root → its parent.
const DATA_DIR = path.resolve(__dirname, '../../../../../../../shared/data');
const HAS_DATA = existsSync(DATA_DIR);
if (!HAS_DATA && process.env['CI']) {
  throw new Error(`The oracle data folder ${DATA_DIR} is missing: CI must provide shared/data beside the repository.`);
}
if (!HAS_DATA) console.warn(`Oracle tests skipped: ${DATA_DIR} not found (they fail instead when CI is set).`);
const describeData = HAS_DATA ? describe : describe.skip;
const SKIPPED = HAS_DATA ? '' : ` (SKIPPED: ${DATA_DIR} not found)`;

function read(relative: string): Buffer {
  return readFileSync(path.join(DATA_DIR, relative));
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function iso3(name: string): string {
  const state = tryResolveState(name);
  if (!state) throw new Error(`unresolved State name '${name}'`);
  return state.iso3;
}

/** UPR Info's recommending-State value on Working Group statements. */
const UNKNOWN_MARKER = '&#40;Unknown&#41;';

describeData(`UPR Info sessions 1–5 oracle${SKIPPED}`, () => {
  /*
   * How the README oracle treats the 9 "&#40;Unknown&#41;" rows (all Indonesia, session 1,
   * "Accepted"): it counts raw rows, so they are included everywhere —
   *   - 6,094 rows and Accepted 4,087 include them;
   *   - 139 recommending States = 138 real States + the "&#40;Unknown&#41;" value itself;
   *   - 5,643 groups (3,821 supported) include them as 9 groups of one row each (their texts are
   *     distinct and match no recommendation), and the 6,094 links include their 9 rows.
   * The product treats them as statements, not recommendations: 6,085 recommendation rows,
   * 138 recommending States, 5,634 recommendations (3,812 supported, 1,822 noted) with 6,085 links,
   * plus 9 statement warnings. Adding the 9 statements back reproduces the oracle exactly.
   */
  const sources: [string, 'csv' | 'xls'][] = [
    ['upr-info/upr-info_sessions_1-5.csv', 'csv'],
    ['upr-info/upr-info_sessions_1-5.xls', 'xls'],
  ];

  describe.each(sources)('%s', (file, container) => {
    let parsed: ParseResult;
    beforeAll(() => {
      parsed = parseImportFile(file, read(file));
    });

    it('is detected by content', () => {
      expect(detectFormat(file, read(file))).toEqual({ format: 'upr_info', container });
    });

    it('has 6,094 rows, 80 States under review, Accepted 4,087 / Noted 2,007', () => {
      expect(parsed.rows).toHaveLength(6094);
      expect(new Set(parsed.rows.map((r) => iso3(r.stateUnderReview))).size).toBe(80);
      expect(new Set(parsed.rows.map((r) => r.stateUnderReview)).size).toBe(80);
      expect(countBy(parsed.rows, (r) => r.response ?? '')).toEqual({ Accepted: 4087, Noted: 2007 });
    });

    it('has 139 distinct recommending-State values: 138 States and the "(Unknown)" marker of 9 statements', () => {
      const statements = parsed.rows.filter((r) => r.kind === 'statement');
      expect(statements).toHaveLength(9);
      expect(new Set(statements.map((r) => `${r.stateUnderReview}|${r.session}|${r.response}`))).toEqual(
        new Set(['Indonesia|1|Accepted']),
      );
      const recommending = new Set(parsed.rows.flatMap((r) => r.recommendingStates.map(iso3)));
      expect(recommending.size).toBe(138);
      const asInReadme = new Set(parsed.rows.flatMap((r) => (r.kind === 'statement' ? [UNKNOWN_MARKER] : r.recommendingStates.map(iso3))));
      expect(asInReadme.size).toBe(139);
      expect(parsed.issues).toHaveLength(9);
      expect(parsed.issues.every((i) => i.severity === 'warning' && /statement/.test(i.reason))).toBe(true);
    });

    it('normalises every row with no error: 6,085 recommendations + 9 statements', () => {
      const n = normaliseParseResult(parsed);
      expect(n.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(n.issues).toHaveLength(9);
      expect(n.recommendations).toHaveLength(6085);
      expect(n.statements).toHaveLength(9);
      expect(n.pledges).toHaveLength(0);
      expect(n.rejected).toHaveLength(0);
      expect(n.recommendations.length + n.statements.length).toBe(parsed.rows.length);
    });

    it('groups into 5,634 recommendations (+ 9 statements = the oracle’s 5,643, 3,821 supported, 6,094 links)', () => {
      const n = normaliseParseResult(parsed);
      const grouped = groupRecommendations(n.recommendations);
      expect(grouped.issues).toEqual([]);
      expect(grouped.groups).toHaveLength(5634);
      expect(countBy(grouped.groups, (g) => g.response ?? 'none')).toEqual({ supported: 3812, noted: 1822 });
      expect(grouped.groups.reduce((sum, g) => sum + g.recommendingStateIso3.length, 0)).toBe(6085);
      expect(grouped.groups.flatMap((g) => g.rowNumbers)).toHaveLength(6085);

      // The README's grouping, which keeps the statements as rows with their marker.
      const statementRows: GroupableRow[] = n.statements.map((r) => ({
        rowNumber: r.rowNumber,
        stateIso3: iso3(r.stateUnderReview),
        session: Number(r.session),
        text: r.text,
        recommendingStateIso3: [UNKNOWN_MARKER],
        response: 'supported',
      }));
      const oracle = groupRecommendations<GroupableRow>([...n.recommendations, ...statementRows]);
      expect(oracle.groups).toHaveLength(5643);
      expect(countBy(oracle.groups, (g) => g.response ?? 'none')).toEqual({ supported: 3821, noted: 1822 });
      expect(oracle.groups.reduce((sum, g) => sum + g.recommendingStateIso3.length, 0)).toBe(6094);
    });
  });

  it('reads the same rows from the .csv and the .xls', () => {
    const csv = parseUprInfo(read('upr-info/upr-info_sessions_1-5.csv'), 'csv');
    const xls = parseUprInfo(read('upr-info/upr-info_sessions_1-5.xls'), 'xls');
    expect(xls.rows).toEqual(csv.rows);
    expect(csv.rows.find((r) => r.text.includes('Hiss'))?.text).toContain('Hissène Habré');
  });
});

describeData(`UPR Info voluntary pledges oracle${SKIPPED}`, () => {
  it.each(['upr-info/upr-info_sessions_voluntary.csv', 'upr-info/upr-info_sessions_voluntary.xls'])(
    '%s has 947 pledge rows, all normalised',
    (file) => {
      const parsed = parseImportFile(file, read(file));
      expect(parsed.rows).toHaveLength(947);
      expect(parsed.rows.every((r) => r.kind === 'pledge')).toBe(true);
      const n = normaliseParseResult(parsed);
      expect(n.issues).toEqual([]);
      expect(n.pledges).toHaveLength(947);
      expect(n.recommendations).toHaveLength(0);
      expect(n.pledges.find((p) => p.stateIso3 === 'CIV')?.text).toContain('Côte d\'Ivoire');
    },
  );
});

describeData(`OHCHR matrices and thematic lists oracle${SKIPPED}`, () => {
  const cases = [
    { file: 'China_2013_UPR17_matrix.docx', iso3: 'CHN', session: 17, cycle: 2, layout: '2014', rows: 252, supported: 204, noted: 48, headers: 51, report: 'A/HRC/25/5' },
    { file: 'Slovenia_2019_UPR34_thematic_list.docx', iso3: 'SVN', session: 34, cycle: 3, layout: '2019', rows: 215, supported: 182, noted: 33, headers: 53, report: 'A/HRC/43/15' },
    { file: 'Slovenia_2025_UPR48_thematic_list.docx', iso3: 'SVN', session: 48, cycle: 4, layout: '2025', rows: 254, supported: 217, noted: 37, headers: 53, report: 'A/HRC/59/15' },
  ];

  describe.each(cases)('$file', (c) => {
    const file = `ohchr-thematic-lists/${c.file}`;
    let parsed: OhchrMatrixResult;
    beforeAll(() => {
      parsed = parseOhchrMatrix(read(file));
    });

    it('is detected by content', () => {
      expect(detectFormat(c.file, read(file))).toEqual({ format: 'ohchr_matrix', container: 'docx' });
    });

    it('finds the State under review and the UPR session in the document (not the Council session of its symbols)', () => {
      expect(iso3(parsed.document.stateUnderReview ?? '')).toBe(c.iso3);
      expect(parsed.document).toMatchObject({ session: c.session, cycle: c.cycle, layout: c.layout, themeHeaderRows: c.headers });
    });

    it('has the oracle’s recommendation rows and positions', () => {
      expect(parsed.rows).toHaveLength(c.rows);
      expect(countBy(parsed.rows, (r) => r.response ?? '')).toEqual({ Supported: c.supported, Noted: c.noted });
      expect(parsed.rows.every((r) => r.paragraph !== null && r.recommendingStates.length > 0)).toBe(true);
      expect(parsed.rows.flatMap((r) => r.recommendingStates).filter((name) => !tryResolveState(name))).toEqual([]);
      expect(new Set(parsed.rows.map((r) => r.documentSymbol))).toEqual(new Set([c.report]));
    });

    it('resolves every State name and label: no issue at all', () => {
      const n = normaliseParseResult(parsed);
      expect(n.issues).toEqual([]);
      expect(n.recommendations).toHaveLength(c.rows);
      expect(n.recommendations.every((r) => r.stateIso3 === c.iso3 && r.session === c.session && r.cycle === c.cycle)).toBe(true);
      expect(countBy(n.recommendations, (r) => r.response ?? 'none')).toEqual({ supported: c.supported, noted: c.noted });
    });
  });
});
