import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import {
  ACTION_CATEGORIES,
  ACTION_CATEGORY_INFO,
  isActionCategory,
  parseActionCategory,
  suggestActionCategory,
} from './action-categories';

// Real data (read-only, outside the repo): ../shared/data from the project root.
const SHARED_DATA = path.resolve(__dirname, '../../../../../shared/data');
const HAS_SHARED_DATA = fs.existsSync(SHARED_DATA);
if (!HAS_SHARED_DATA) {
  if (process.env.CI) {
    throw new Error(`Real-data tests need ${SHARED_DATA} (../shared/data); it must be present in CI`);
  }
  console.warn(`Skipping real-data tests in action-categories.spec.ts: ${SHARED_DATA} not found`);
}
const describeWithSharedData = HAS_SHARED_DATA ? describe : describe.skip;

/** [recommendation text, UPR Info "Action" cell] of each row. */
function readUprInfoActions(file: string): [string, string | number][] {
  const workbook = XLSX.readFile(path.join(SHARED_DATA, 'upr-info', file));
  const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['UPR Info database export'], {
    header: 1,
    raw: true,
    defval: '',
  });
  return rows
    .slice(1)
    .filter((row) => row.some((cell) => String(cell).trim() !== ''))
    .map((row): [string, string | number] => [String(row[3]), typeof row[8] === 'number' ? row[8] : String(row[8])]);
}

describe('action categories', () => {
  it('defines McMahon\'s five categories from minimal to specific action', () => {
    expect(ACTION_CATEGORIES).toEqual([1, 2, 3, 4, 5]);
    expect(ACTION_CATEGORIES.map((c) => ACTION_CATEGORY_INFO[c].label)).toEqual([
      'Minimal action',
      'Continuing action',
      'Considering action',
      'General action',
      'Specific action',
    ]);
    expect(ACTION_CATEGORIES.every((c) => ACTION_CATEGORY_INFO[c].category === c)).toBe(true);
    expect(ACTION_CATEGORIES.every((c) => ACTION_CATEGORY_INFO[c].description.length > 20)).toBe(true);
  });

  it('recognises category numbers only', () => {
    expect(isActionCategory(3)).toBe(true);
    expect(isActionCategory(0)).toBe(false);
    expect(isActionCategory('3')).toBe(false);
  });
});

describe('parseActionCategory', () => {
  it('reads the Action cell of a UPR Info export, as a number or as text', () => {
    expect(parseActionCategory(5)).toBe(5);
    expect(parseActionCategory('3')).toBe(3);
    expect(parseActionCategory(' 4 ')).toBe(4);
    expect(parseActionCategory('2.0')).toBe(2);
  });

  it('reads spelled-out forms and labels', () => {
    expect(parseActionCategory('Category 1')).toBe(1);
    expect(parseActionCategory('3 - Considering action')).toBe(3);
    expect(parseActionCategory('Specific action')).toBe(5);
    expect(parseActionCategory('continuing')).toBe(2);
  });

  it('rejects numbers outside 1–5, contradictory labels and empty cells', () => {
    expect(parseActionCategory(0)).toBeUndefined();
    expect(parseActionCategory(6)).toBeUndefined();
    expect(parseActionCategory(2.5)).toBeUndefined();
    expect(parseActionCategory('3 - Specific action')).toBeUndefined();
    expect(parseActionCategory('')).toBeUndefined();
    expect(parseActionCategory('urgent')).toBeUndefined();
  });
});

describe('suggestActionCategory', () => {
  it('suggests continuing action for "continue" and "maintain"', () => {
    expect(suggestActionCategory('Continue its efforts to combat trafficking in persons')).toBe(2);
    expect(suggestActionCategory('Maintain the moratorium on the death penalty')).toBe(2);
  });

  it('suggests considering action for "consider", "review" and "explore"', () => {
    expect(suggestActionCategory('Consider ratifying the Optional Protocol to the Convention against Torture')).toBe(3);
    expect(suggestActionCategory('Review its legislation on freedom of assembly')).toBe(3);
    expect(suggestActionCategory('Explore the possibility of establishing an NHRI')).toBe(3);
  });

  it('suggests specific action for ratify, adopt, abolish, accede, repeal, amend and criminalize', () => {
    const texts = [
      'Ratify the Convention on the Rights of Persons with Disabilities',
      'Adopt a law on domestic violence',
      'Abolish the death penalty',
      'Accede to the 1951 Refugee Convention',
      'Repeal the provisions criminalizing defamation',
      'Amend the Criminal Code to define torture',
      'Criminalize marital rape',
      'Criminalise marital rape',
    ];
    expect(texts.map(suggestActionCategory)).toEqual(texts.map(() => 5));
  });

  it('suggests minimal action for requesting or sharing, and for seeking assistance', () => {
    expect(suggestActionCategory('Request technical assistance from OHCHR')).toBe(1);
    expect(suggestActionCategory('Share its best practices on birth registration')).toBe(1);
    expect(suggestActionCategory('Seek technical assistance to prepare its reports')).toBe(1);
    expect(suggestActionCategory('Seek to ensure equal access to education')).toBe(4);
  });

  it('suggests general action for anything else', () => {
    expect(suggestActionCategory('Take measures to ensure the independence of the judiciary')).toBe(4);
    expect(suggestActionCategory('Ensure that human rights defenders can work freely')).toBe(4);
    expect(suggestActionCategory('')).toBe(4);
  });

  it('looks past paragraph numbers, bullets and leading adverbs to the verb', () => {
    expect(suggestActionCategory('121.2 Ratify the OPCAT (France);')).toBe(5);
    expect(suggestActionCategory('186.20. Continue to promote gender equality')).toBe(2);
    expect(suggestActionCategory('- Promptly ratify the Rome Statute')).toBe(5);
    expect(suggestActionCategory('Further strengthen its national human rights institution')).toBe(4);
    expect(suggestActionCategory('Apply the moratorium to all pending cases')).toBe(4);
  });
});

describeWithSharedData('UPR Info exports (real data)', () => {
  it('reads a category 1–5 from every Action cell of sessions 1–5', () => {
    const rows = readUprInfoActions('upr-info_sessions_1-5.xls');
    expect(rows).toHaveLength(6094);
    expect(rows.every(([, action]) => parseActionCategory(action) !== undefined)).toBe(true);
  });

  it("agrees with UPR Info's own categorisation for at least three recommendations in four (sessions 1–5)", () => {
    const rows = readUprInfoActions('upr-info_sessions_1-5.xls');
    const agreeing = rows.filter(([text, action]) => suggestActionCategory(text) === parseActionCategory(action));
    expect(agreeing.length / rows.length).toBeGreaterThanOrEqual(0.75);
  });
});
