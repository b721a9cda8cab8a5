/**
 * Resolves every State name and code found in the real public data in <repo>/../shared/data
 * (see its README.md). The data is not part of the repository: without it this spec is skipped
 * with a message, except in CI (env CI set), where its absence is a failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import * as iconv from 'iconv-lite';
import { UnknownStateError, resolveState, tryResolveState } from './resolve-state';

// __dirname = <repo>/libs/domain/src/lib/states → six levels up is the folder holding <repo>.
const DATA_DIR = path.resolve(__dirname, '../../../../../../shared/data');
const HAS_DATA = fs.existsSync(path.join(DATA_DIR, 'README.md'));
const IN_CI = (process.env['CI'] ?? '') !== '';

/** The UPR Info marker for statements made without a recommending State: must never resolve. */
const UPR_INFO_UNKNOWN_MARKER = '&#40;Unknown&#41;';

type Row = Record<string, string>;

/** Where a name was seen, for failure messages. */
interface Sighting {
  readonly value: string;
  readonly where: string;
}

function readCsv(file: string, encoding: 'macintosh' | 'utf8'): Row[] {
  const text = iconv.decode(fs.readFileSync(file), encoding);
  // csv-parse detects the record delimiter (CR-only in the UPR Info exports, CRLF or LF elsewhere).
  return parse<Row>(text, { columns: true, skip_empty_lines: true, bom: true });
}

function collect(sightings: Map<string, Sighting>, value: string | undefined, where: string): void {
  if (value === undefined) return;
  if (!sightings.has(value)) sightings.set(value, { value, where });
}

function failures(sightings: Iterable<Sighting>): string[] {
  const out: string[] = [];
  for (const { value, where } of sightings) {
    if (tryResolveState(value) === undefined) out.push(`${JSON.stringify(value)} (${where})`);
  }
  return out;
}

/** Paragraph texts of a .docx (word/document.xml), entities decoded. */
function docxParagraphs(file: string): string[] {
  const entry = 'word/document.xml';
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name === entry });
  const xml = strFromU8(files[entry]);
  return xml.split('</w:p>').map((p) =>
    p
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/**
 * Recommending States of an OHCHR matrix / thematic list: in each recommendation paragraph
 * ("186.28. Text (Mongolia); Text (France) (Lithuania);"), the parenthesised groups that close each
 * ";"-separated recommendation. Nested parentheses are kept whole
 * ("(Venezuela (Bolivarian Republic of))").
 */
function recommendingStates(paragraph: string): string[] {
  if (!/^\s*\d+\.\d+\.?\s/.test(paragraph)) return [];
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of paragraph) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      segments.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  segments.push(current);
  const names: string[] = [];
  for (const segment of segments) {
    let rest = segment.trim().replace(/\.$/, '').trim();
    while (rest.endsWith(')')) {
      let level = 0;
      let i = rest.length - 1;
      for (; i >= 0; i--) {
        if (rest[i] === ')') level++;
        else if (rest[i] === '(' && --level === 0) break;
      }
      if (i < 0) break;
      names.push(rest.slice(i + 1, -1).trim());
      rest = rest.slice(0, i).trim();
    }
  }
  // "(No. 29)", "(No. 189)": ILO convention numbers that end a recommendation's text.
  return names.filter((n) => !/^No\.\s*\d+$/.test(n));
}

if (!HAS_DATA && IN_CI) {
  describe('State names in the real data (shared/data)', () => {
    it('needs the shared data folder in CI', () => {
      throw new Error(`CI is set but ${DATA_DIR} is missing: the real-data State name checks cannot be skipped in CI.`);
    });
  });
} else if (!HAS_DATA) {
  console.warn(`[resolve-state.data.spec] SKIPPED: ${DATA_DIR} not found; real-data State name checks did not run.`);
  describe.skip(`State names in the real data (skipped: ${DATA_DIR} not found)`, () => {
    it('resolves every State name', () => undefined);
  });
} else {
  describe('State names in the real data (shared/data)', () => {
    const uprInfoDir = path.join(DATA_DIR, 'upr-info');
    const treatyDir = path.join(DATA_DIR, 'treaty-ratification');
    const matrixDir = path.join(DATA_DIR, 'ohchr-thematic-lists');

    it('resolves every To / From value of every UPR Info export, and rejects the (Unknown) marker', () => {
      const files = fs.readdirSync(uprInfoDir).filter((f) => /^upr-info_.*\.csv$/.test(f));
      expect(files.length).toBeGreaterThanOrEqual(2);
      const seen = new Map<string, Sighting>();
      let rows = 0;
      let unknownMarkers = 0;
      for (const file of files) {
        for (const row of readCsv(path.join(uprInfoDir, file), 'macintosh')) {
          rows++;
          for (const column of ['To', 'From']) {
            const value = row[column];
            if (value === UPR_INFO_UNKNOWN_MARKER) {
              unknownMarkers++;
              continue;
            }
            collect(seen, value, `${file}, column ${column}`);
          }
        }
      }
      expect(rows).toBe(6094 + 947);
      expect(unknownMarkers).toBe(9);
      expect(seen.size).toBeGreaterThan(140);
      expect(failures(seen.values())).toEqual([]);
      expect(() => resolveState(UPR_INFO_UNKNOWN_MARKER)).toThrow(UnknownStateError);
      expect(() => resolveState(UPR_INFO_UNKNOWN_MARKER)).toThrow(UPR_INFO_UNKNOWN_MARKER);
    });

    it('resolves every State of the UPR Info sessions and years tables', () => {
      const seen = new Map<string, Sighting>();
      for (const row of readCsv(path.join(uprInfoDir, 'sessions.csv'), 'macintosh')) {
        collect(seen, row['To'], 'sessions.csv, column To');
      }
      const years = readCsv(path.join(uprInfoDir, 'upr-years.csv'), 'macintosh');
      for (const row of years) collect(seen, row['country'], 'upr-years.csv, column country');
      expect(years).toHaveLength(193);
      expect(failures(seen.values())).toEqual([]);
      // upr-years lists each Member State once.
      expect(new Set(years.map((r) => resolveState(r['country']).iso3)).size).toBe(193);
    });

    it('resolves every member name and iso2 code of the treaty-ratification tables, consistently', () => {
      const files = fs.readdirSync(treatyDir).filter((f) => /^hr_status_.*\.csv$/.test(f));
      expect(files).toHaveLength(18);
      // Known defects of the source tables (not aliases to add): in hr_status_op_crc_ic.csv the
      // row for Gabon was replaced by Montserrat (a UK territory, not a State), and South Sudan's
      // iso2 is truncated to "S".
      const knownDefects = new Set(['MS|Montserrat', 'S|South Sudan']);
      const problems: string[] = [];
      let defectsSeen = 0;
      for (const file of files) {
        for (const row of readCsv(path.join(treatyDir, file), 'utf8')) {
          const iso2 = row['iso2'];
          const member = row['member'];
          if (knownDefects.has(`${iso2}|${member}`)) {
            defectsSeen++;
            expect(tryResolveState(iso2)).toBeUndefined();
            if (member !== 'Montserrat') expect(tryResolveState(member)).toBeDefined();
            else expect(tryResolveState(member)).toBeUndefined();
            continue;
          }
          const byName = tryResolveState(member);
          const byCode = tryResolveState(iso2);
          if (byName === undefined) problems.push(`member ${JSON.stringify(member)} (${file})`);
          if (byCode === undefined) problems.push(`iso2 ${JSON.stringify(iso2)} (${file})`);
          if (byName !== undefined && byCode !== undefined && byName !== byCode) {
            problems.push(`${JSON.stringify(member)} → ${byName.iso3} but iso2 ${iso2} → ${byCode.iso3} (${file})`);
          }
        }
      }
      expect(defectsSeen).toBe(2);
      expect(problems).toEqual([]);
    });

    it('resolves every recommending State named in the OHCHR matrices and thematic lists', () => {
      const files = fs.readdirSync(matrixDir).filter((f) => f.endsWith('.docx'));
      expect(files).toHaveLength(3);
      const seen = new Map<string, Sighting>();
      for (const file of files) {
        for (const paragraph of docxParagraphs(path.join(matrixDir, file))) {
          for (const name of recommendingStates(paragraph)) collect(seen, name, file);
        }
      }
      expect(seen.size).toBeGreaterThan(150);
      expect(failures(seen.values())).toEqual([]);
      expect(resolveState('Venezuela (Bolivarian Republic of)').iso3).toBe('VEN');
    });
  });
}
