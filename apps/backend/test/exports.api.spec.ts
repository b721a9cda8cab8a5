import * as ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { detectFormat } from '../src/modules/imports/parsers/detect-format';
import { EXPORT_BATCH } from '../src/modules/exports/exports.service';
import { signedIn, type SignedIn } from './accounts';
import { uprInfoCsv } from './fixtures/import-files';
import { importFile } from './imports';
import { createTestApp, type TestApp } from './test-app';

const AFRICA = ['Africa', 'AU'];
const WEOG = ['WEOG', 'EU'];
const BULK = EXPORT_BATCH * 2 + 345;

/** Two hand-picked recommendations and a pledge, then enough rows to need several export batches. */
function fixture(): Buffer {
  const rows: string[][] = [
    ["Côte d'Ivoire", ...AFRICA, 'Ratify the Optional Protocol to the Convention against Torture', 'France', ...WEOG, 'Accepted', '5', 'Detention', '12'],
    ["Côte d'Ivoire", ...AFRICA, 'Ratify the Optional Protocol to the Convention against Torture', 'Germany', ...WEOG, 'Accepted', '5', 'Detention', '12'],
    ["Côte d'Ivoire", ...AFRICA, 'Abolish the death penalty', 'Spain', ...WEOG, 'Noted', '5', 'Death penalty', '12'],
    ['Chile', 'GRULAC', 'OAS', 'The Government will present a mid-term report', 'Chile', 'GRULAC', 'OAS', 'Voluntary Pledge', '2', 'UPR process', '5'],
  ];
  for (let i = 0; i < BULK; i++) rows.push(['Peru', 'GRULAC', 'OAS', `Strengthen the rule of law, step ${i}`, 'Canada', ...WEOG, i % 3 === 0 ? 'Noted' : 'Accepted', '4', 'General', '2']);
  return uprInfoCsv(rows);
}

type Row = Record<string, string>;

function arrayBufferOf(buf: Buffer): ArrayBuffer {
  return new Uint8Array(buf).buffer;
}

function csvRows(text: string): Row[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse(text.slice(1), { columns: true }) as Row[];
}

describe('Exports: CSV, XLSX and open data with the list\'s filters (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t, { role: 'ohchr_officer' });
    const done = await importFile(officer.http, fixture(), 'fixture.csv');
    expect(done.summary).toEqual(expect.objectContaining({ created: BULK + 2, pledges: 1, rejected: 0 }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('exports the filtered recommendations as CSV with the UHRI columns and the tracker\'s fields, readable by anyone', async () => {
    const res = await t.http.get('/api/v1/recommendations/export.csv').query({ state: 'CIV', response: 'supported' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="recommendations-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows(res.text);
    expect(rows).toHaveLength(1);
    const row = rows[0] as Row;
    expect(Object.keys(row).slice(0, 12)).toEqual([
      'Text',
      'Countries Concerned',
      'Recommending Body',
      'UPR Session',
      'Document Symbol',
      'UPR Recommending States',
      'UPR Position',
      'Themes',
      'Affected Persons',
      'Sdgs',
      'Document Publication Date',
      'OHCHR Annotation Id',
    ]);
    expect(row).toEqual(
      expect.objectContaining({
        Text: 'Ratify the Optional Protocol to the Convention against Torture',
        'Countries Concerned': "Côte d'Ivoire",
        'Recommending Body': 'Universal Periodic Review',
        'UPR Session': '12th Session - Cycle 1',
        'UPR Recommending States': 'France\nGermany',
        'UPR Position': 'Supported',
        Themes: 'Conditions of detention',
        'Recommending State Codes': 'FRA\nDEU',
        'Response History': 'Supported (UPR Info database export)',
        'Current Status': 'No information',
        'State ISO3': 'CIV',
        Source: 'upr_info',
        'Action Category': '5',
      }),
    );
    // An export is itself a file the importer recognises (as a UHRI export).
    expect(detectFormat('export.csv', Buffer.from(res.text, 'utf8'))).toEqual({ format: 'uhri', container: 'csv' });
  });

  it('adds the latest public status claim of each party to the export, and nothing confidential', async () => {
    const list = await t.http.get('/api/v1/recommendations').query({ state: 'CIV', response: 'supported' });
    const rec = await t.http.get(`/api/v1/recommendations/${list.body.items[0].id}`);
    const patched = await officer.http.patch(`/api/v1/recommendations/${rec.body.id}`).send({ version: rec.body.version, status: 'partially_implemented' });
    expect(patched.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const rows = csvRows((await t.http.get('/api/v1/recommendations/export.csv').query({ state: 'CIV', response: 'supported' })).text);
    expect(rows[0]).toEqual(expect.objectContaining({ 'Current Status': 'Partially implemented', 'Status by Party': `OHCHR: Partially implemented (${today})` }));
  });

  it('streams every matching row, batch after batch, matching the list\'s total for the same filters', async () => {
    for (const filter of [{}, { state: 'PER' }, { state: 'PER', response: 'noted' }, { q: 'rule of law' }, { recommendingState: 'CAN' }, { mechanism: 'voluntary_pledge' }]) {
      const [list, csv] = await Promise.all([t.http.get('/api/v1/recommendations').query({ ...filter, limit: 1 }), t.http.get('/api/v1/recommendations/export.csv').query(filter)]);
      const rows = csvRows(csv.text);
      expect(rows).toHaveLength(list.body.total);
      const ids = rows.map((r) => Number(r['Tracker Id']));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    }
    const all = csvRows((await t.http.get('/api/v1/recommendations/export.csv')).text);
    expect(all).toHaveLength(BULK + 3);
  });

  it('exports the same rows as an Excel workbook, written as a stream', async () => {
    const res = await t.http
      .get('/api/v1/recommendations/export.xlsx')
      .query({ state: 'CIV' })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(res.body as Buffer));
    const sheet = workbook.getWorksheet('Recommendations');
    expect(sheet?.rowCount).toBe(3);
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Text', 'Countries Concerned', 'Recommending Body']);
    const texts = [2, 3].map((n) => sheet?.getRow(n).getCell(1).value);
    expect(texts.sort()).toEqual(['Abolish the death penalty', 'Ratify the Optional Protocol to the Convention against Torture']);
    expect(sheet?.getRow(2).getCell(header.indexOf('Tracker Id') + 1).value).toEqual(expect.any(Number));

    const big = await t.http
      .get('/api/v1/recommendations/export.xlsx')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const all = new ExcelJS.Workbook();
    await all.xlsx.load(arrayBufferOf(big.body as Buffer));
    expect(all.getWorksheet('Recommendations')?.rowCount).toBe(BULK + 3 + 1);
  });

  it('pages the open data with a cursor, with links and response history', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: { id: number; stateIso3: string; responses: unknown[]; recommendingStates: unknown[] }[]; nextCursor: string | null } } =
        await t.http.get('/api/v1/open-data/recommendations').query({ state: 'PER', limit: 1000, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i) => i.id));
      expect(res.body.items.every((i) => i.stateIso3 === 'PER' && i.responses.length === 1 && i.recommendingStates.length === 1)).toBe(true);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(BULK);
    expect(new Set(seen).size).toBe(BULK);

    const civ = await t.http.get('/api/v1/open-data/recommendations').query({ state: 'CIV', response: 'supported' });
    expect(civ.body.items).toEqual([
      expect.objectContaining({
        stateIso3: 'CIV',
        source: 'upr_info',
        recommendingStates: [
          { iso3: 'FRA', name: 'France' },
          { iso3: 'DEU', name: 'Germany' },
        ].sort((a, b) => a.name.localeCompare(b.name)),
        themes: [{ code: 'conditions-of-detention', name: 'Conditions of detention' }],
        responses: [{ response: 'supported', respondedOn: null, sourceDocument: 'UPR Info database export' }],
      }),
    ]);
  });

  it('answers bad filters with 400 naming the field, in every format', async () => {
    for (const path of ['/api/v1/recommendations/export.csv', '/api/v1/recommendations/export.xlsx', '/api/v1/open-data/recommendations']) {
      const res = await t.http.get(path).query({ state: 'civ' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'state', reason: 'must contain ISO 3166-1 alpha-3 codes in capitals' }]);
    }
    const tooMany = await t.http.get('/api/v1/open-data/recommendations').query({ limit: 1001 });
    expect(tooMany.body.errors).toEqual([{ field: 'limit', reason: 'must not be greater than 1000' }]);
    const badCursor = await t.http.get('/api/v1/open-data/recommendations').query({ cursor: 'nope' });
    expect(badCursor.status).toBe(400);
  });
});
