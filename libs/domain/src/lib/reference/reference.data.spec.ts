/**
 * Checks the reference vocabularies (themes, affected persons, SDGs) against the real public data
 * in <repo>/../shared/data (see its README.md): every UPR Info "Issue" value, and every theme,
 * affected-persons group and SDG printed in the three OHCHR matrices / thematic lists. The data is
 * not part of the repository: without it this spec is skipped with a message, except in CI (env CI
 * set), where its absence is a failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { resolveAffectedPerson } from './affected-persons';
import { resolveSdg } from './sdgs';
import { UPR_INFO_ISSUE_THEMES, resolveTheme } from './themes';

// __dirname = <repo>/libs/domain/src/lib/reference → six levels up is the folder holding <repo>.
const DATA_DIR = path.resolve(__dirname, '../../../../../../shared/data');
const HAS_DATA = fs.existsSync(path.join(DATA_DIR, 'README.md'));
const IN_CI = (process.env['CI'] ?? '') !== '';

type Row = Record<string, string>;

interface MatrixVocabulary {
  readonly themes: Set<string>;
  readonly affectedPersons: Set<string>;
  readonly sdgs: Set<string>;
}

function docxLines(file: string): string[] {
  const entry = 'word/document.xml';
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name === entry });
  return strFromU8(files[entry])
    .split('</w:p>')
    .map((p) =>
      p
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
        .trim(),
    );
}

/**
 * Walks a matrix: "Theme: …" header rows; after the position line ("Supported" / "Noted" …) come
 * the themes ("- …" bullets, or "A12 …" coded lines in the 2014 layout), then "SDGs:" and
 * "Affected persons:" / "Groups of Persons:" blocks of "- …" bullets. SDG bullets read
 * "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS" wherever they appear.
 */
function matrixVocabulary(file: string): MatrixVocabulary {
  const out: MatrixVocabulary = { themes: new Set(), affectedPersons: new Set(), sdgs: new Set() };
  let mode: 'themes' | 'persons' | 'sdgs' | null = null;
  for (const line of docxLines(file)) {
    if (line === '') continue;
    if (/^Theme:/.test(line)) {
      out.themes.add(line);
      mode = null;
    } else if (/^(Supported|Noted)\b/.test(line)) {
      mode = 'themes';
    } else if (/^SDGs\s*:/.test(line)) {
      mode = 'sdgs';
    } else if (/^(Affected persons|Groups of Persons)\s*:/i.test(line)) {
      mode = 'persons';
    } else if (line.startsWith('- ')) {
      const value = line.slice(2).trim();
      if (/^\d{1,2} - /.test(value)) out.sdgs.add(value);
      else if (mode === 'themes') out.themes.add(value);
      else if (mode === 'persons') out.affectedPersons.add(value);
    } else if (mode === 'themes' && /^[A-H]\d{1,2} /.test(line)) {
      out.themes.add(line);
    } else if (!/^Source of position/i.test(line)) {
      mode = null;
    }
  }
  return out;
}

function unresolved(values: Iterable<string>, resolve: (v: string) => unknown): string[] {
  return [...values].filter((v) => resolve(v) === undefined).map((v) => JSON.stringify(v));
}

if (!HAS_DATA && IN_CI) {
  describe('Reference vocabularies in the real data (shared/data)', () => {
    it('needs the shared data folder in CI', () => {
      throw new Error(`CI is set but ${DATA_DIR} is missing: the real-data vocabulary checks cannot be skipped in CI.`);
    });
  });
} else if (!HAS_DATA) {
  console.warn(`[reference.data.spec] SKIPPED: ${DATA_DIR} not found; real-data vocabulary checks did not run.`);
  describe.skip(`Reference vocabularies in the real data (skipped: ${DATA_DIR} not found)`, () => {
    it('resolves every theme, affected-persons group and SDG', () => undefined);
  });
} else {
  describe('Reference vocabularies in the real data (shared/data)', () => {
    it('resolves every UPR Info Issue value to its mapped theme', () => {
      const dir = path.join(DATA_DIR, 'upr-info');
      const issues = new Set<string>();
      for (const file of fs.readdirSync(dir).filter((f) => /^upr-info_.*\.csv$/.test(f))) {
        const text = iconv.decode(fs.readFileSync(path.join(dir, file)), 'macintosh');
        for (const row of parse<Row>(text, { columns: true, skip_empty_lines: true })) {
          for (const issue of row['Issue'].split(',')) {
            if (issue.trim() !== '') issues.add(issue.trim());
          }
        }
      }
      expect(issues.size).toBe(54);
      const wrong = [...issues].filter((i) => resolveTheme(i)?.code !== UPR_INFO_ISSUE_THEMES[i]);
      expect(wrong).toEqual([]);
    });

    describe.each([
      // file, minimum distinct themes / affected-persons groups / SDGs printed in it
      ['China_2013_UPR17_matrix.docx', 70, 20, 0],
      ['Slovenia_2019_UPR34_thematic_list.docx', 60, 25, 13],
      ['Slovenia_2025_UPR48_thematic_list.docx', 60, 24, 12],
    ])('%s', (file, minThemes, minPersons, minSdgs) => {
      const vocabulary = matrixVocabulary(path.join(DATA_DIR, 'ohchr-thematic-lists', file));

      it('resolves every theme (headers, coded themes and theme bullets)', () => {
        expect(vocabulary.themes.size).toBeGreaterThanOrEqual(minThemes);
        expect(unresolved(vocabulary.themes, resolveTheme)).toEqual([]);
      });

      it('resolves every affected-persons group', () => {
        expect(vocabulary.affectedPersons.size).toBeGreaterThanOrEqual(minPersons);
        expect(unresolved(vocabulary.affectedPersons, resolveAffectedPerson)).toEqual([]);
      });

      it('resolves every SDG', () => {
        expect(vocabulary.sdgs.size).toBeGreaterThanOrEqual(minSdgs);
        expect(unresolved(vocabulary.sdgs, resolveSdg)).toEqual([]);
        for (const sdg of vocabulary.sdgs) {
          expect(resolveSdg(sdg)?.kind).toBe('goal');
        }
      });
    });
  });
}
