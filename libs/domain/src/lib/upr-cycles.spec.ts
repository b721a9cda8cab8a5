import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import {
  UPR_CYCLES,
  UPR_SESSIONS,
  UPR_SESSION_YEARS,
  approximateReviewDate,
  cycleOfSession,
  parseUprSession,
  uprSessionYear,
} from './upr-cycles';

// Real data (read-only, outside the repo): ../shared/data from the project root.
const SHARED_DATA = path.resolve(__dirname, '../../../../../shared/data');
const HAS_SHARED_DATA = fs.existsSync(SHARED_DATA);
if (!HAS_SHARED_DATA) {
  if (process.env.CI) {
    throw new Error(`Real-data tests need ${SHARED_DATA} (../shared/data); it must be present in CI`);
  }
  console.warn(`Skipping real-data tests in upr-cycles.spec.ts: ${SHARED_DATA} not found`);
}
const describeWithSharedData = HAS_SHARED_DATA ? describe : describe.skip;

function readSheetRows(file: string, sheet: string): unknown[][] {
  const workbook = XLSX.readFile(file);
  return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet], { header: 1, raw: true, defval: '' });
}

describe('UPR cycles', () => {
  it('lists the four cycles with contiguous Working Group session ranges 1–12, 13–26, 27–40, 41–54', () => {
    expect(UPR_CYCLES.map((c) => [c.cycle, c.firstSession, c.lastSession])).toEqual([
      [1, 1, 12],
      [2, 13, 26],
      [3, 27, 40],
      [4, 41, 54],
    ]);
    expect(UPR_CYCLES.map((c) => [c.startYear, c.endYear])).toEqual([
      [2008, 2011],
      [2012, 2016],
      [2017, 2022],
      [2022, 2027],
    ]);
  });

  it('reviewed 16 States per session in the first cycle and 14 since', () => {
    expect(UPR_CYCLES.map((c) => c.statesPerSession)).toEqual([16, 14, 14, 14]);
  });
});

describe('cycleOfSession', () => {
  it('places the first and last session of each cycle in that cycle', () => {
    expect([1, 12, 13, 26, 27, 40, 41, 54].map(cycleOfSession)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('refuses a session outside 1–54 with a RangeError naming the session', () => {
    expect(() => cycleOfSession(0)).toThrow(RangeError);
    expect(() => cycleOfSession(55)).toThrow(/session 55 /);
    expect(() => cycleOfSession(12.5)).toThrow(/session 12\.5 /);
    expect(() => cycleOfSession(Number.NaN)).toThrow(RangeError);
  });
});

describe('UPR session calendar', () => {
  it('has one entry for each session 1–54, in order, in its cycle', () => {
    expect(UPR_SESSIONS.map((s) => s.session)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(UPR_SESSIONS.every((s) => s.cycle === cycleOfSession(s.session))).toBe(true);
  });

  it('opens every session in the year of the official calendar, in chronological order', () => {
    for (const s of UPR_SESSIONS) {
      expect(`${s.session}:${s.reviewStart.slice(0, 4)}`).toBe(`${s.session}:${UPR_SESSION_YEARS[s.session]}`);
    }
    const starts = UPR_SESSIONS.map((s) => s.reviewStart);
    expect([...starts].sort()).toEqual(starts);
  });

  it('holds sessions in the usual windows: January/February, April/May, October–December', () => {
    const months = new Set(UPR_SESSIONS.map((s) => Number(s.reviewStart.slice(5, 7))));
    expect([...months].every((m) => [1, 2, 4, 5, 10, 11, 12].includes(m))).toBe(true);
  });

  it('opened the first session on 7 April 2008 and the fourth cycle on 7 November 2022', () => {
    expect(UPR_SESSIONS[0]).toEqual({ session: 1, cycle: 1, reviewStart: '2008-04-07', approximate: false });
    expect(approximateReviewDate(41)).toBe('2022-11-07');
  });

  it('records session 36 on its postponed dates (November 2020, COVID-19), not the planned May', () => {
    expect(approximateReviewDate(36)).toBe('2020-11-02');
    expect(approximateReviewDate(37)).toBe('2021-01-18');
  });

  it('places session 54 — the last of the fourth cycle — in January 2027', () => {
    expect(approximateReviewDate(54)).toBe('2027-01-19');
    expect(uprSessionYear(54)).toBe(2027);
  });

  it('flags the sessions whose opening day is an estimate', () => {
    const approximate = UPR_SESSIONS.filter((s) => s.approximate).map((s) => s.session);
    expect(approximate).toContain(10);
    expect(approximate).not.toContain(1);
    expect(approximate.length).toBeLessThan(UPR_SESSIONS.length / 3);
  });

  it('refuses a review date or year for an unknown session', () => {
    expect(() => approximateReviewDate(55)).toThrow(/session 55 /);
    expect(() => uprSessionYear(0)).toThrow(RangeError);
  });
});

describe('parseUprSession', () => {
  it('reads the forms seen in exports', () => {
    expect(parseUprSession('28')).toBe(28);
    expect(parseUprSession('28th session')).toBe(28);
    expect(parseUprSession('- 28th Session - Cycle 2')).toBe(28);
    expect(parseUprSession('UPR 17')).toBe(17);
    expect(parseUprSession('UPR WG 34')).toBe(34);
    expect(parseUprSession(' 1st session ')).toBe(1);
    expect(parseUprSession('Session 5')).toBe(5);
    expect(parseUprSession('UPR48')).toBe(48);
    expect(parseUprSession('52nd session ')).toBe(52);
  });

  it('never takes the Human Rights Council session out of a document symbol', () => {
    expect(parseUprSession('A/HRC/28/7')).toBeUndefined();
    expect(parseUprSession(' a/hrc/43/15/Add.1 ')).toBeUndefined();
    expect(parseUprSession('Source of position: A/HRC/59/15/Add.1 - Para.3')).toBeUndefined();
  });

  it('does not read a Human Rights Council session or a cycle number as a UPR session', () => {
    expect(parseUprSession('HRC 28')).toBeUndefined();
    expect(parseUprSession('Human Rights Council 28th session')).toBeUndefined();
    expect(parseUprSession('Cycle 2')).toBeUndefined();
    expect(parseUprSession('2nd cycle')).toBeUndefined();
  });

  it('returns undefined for empty, ambiguous or out-of-range labels', () => {
    expect(parseUprSession('')).toBeUndefined();
    expect(parseUprSession('28 29')).toBeUndefined();
    expect(parseUprSession('0')).toBeUndefined();
    expect(parseUprSession('55th session')).toBeUndefined();
  });
});

describeWithSharedData('UPR calendar files (real data)', () => {
  it('copies the year of every session 1–53 from upr_sessions.csv', () => {
    const lines = fs
      .readFileSync(path.join(SHARED_DATA, 'upr-calendar', 'upr_sessions.csv'), 'utf8')
      .split(/\r\n|\r|\n/u)
      .slice(1)
      .filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(53);
    for (const line of lines) {
      const [session, year] = line.split(',').map(Number);
      expect(`${session}:${uprSessionYear(session)}`).toBe(`${session}:${year}`);
    }
  });

  it('uses the Working Group dates of sessions 52–54 from timeline_dates.xlsx', () => {
    const rows = readSheetRows(path.join(SHARED_DATA, 'upr-calendar', 'timeline_dates.xlsx'), 'All');
    // Columns: Events, Country, Session, Event_Dates (Excel serial), Description, Input.
    const workingGroupRows = rows.filter((row) => String(row[0]).replace(/\*/gu, '').trim() === 'UPR Working Group');
    expect(workingGroupRows).toHaveLength(3);
    for (const row of workingGroupRows) {
      const session = parseUprSession(String(row[2]));
      const date = XLSX.SSF.parse_date_code(Number(row[3]));
      const iso = `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
      expect(session).toBeDefined();
      expect(`${session}:${approximateReviewDate(session ?? 0)}`).toBe(`${session}:${iso}`);
    }
  });

  it('reads the Session column of the UPR Info export (sessions 1–5) for every row', () => {
    const rows = readSheetRows(path.join(SHARED_DATA, 'upr-info', 'upr-info_sessions_1-5.xls'), 'UPR Info database export')
      .slice(1)
      .filter((row) => row.some((cell) => String(cell).trim() !== ''));
    const sessions = new Set(rows.map((row) => parseUprSession(String(row[10]))));
    expect([...sessions].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
