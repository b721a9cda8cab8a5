import { Client } from 'pg';
import { parse } from 'csv-parse/sync';
import { multi, uhriCsv, uhriXlsx, uprInfoCsv } from './fixtures/import-files';
import { signedIn, type SignedIn } from './accounts';
import { allIssues, finished, importFile, upload, type ImportBody } from './imports';
import { createTestApp, type TestApp } from './test-app';

const AFRICA = ['Africa', 'AU, OIF'];
const WEOG = ['WEOG', 'EU, OIF'];

/** A small UPR Info export: a joint recommendation (two rows), a bad State, an unknown position and a pledge. */
const SMALL_UPR_INFO = uprInfoCsv([
  ["Côte d'Ivoire", ...AFRICA, 'Ratify the Optional Protocol to the Convention against Torture', 'France', ...WEOG, 'Accepted', '5', 'Torture and other CID treatment,Detention', '12'],
  ["Cote d'Ivoire", ...AFRICA, '  Ratify the Optional Protocol to the  Convention against Torture ', 'Germany', ...WEOG, 'Accepted', '5', 'Torture and other CID treatment', '12'],
  ['Narnia', ...AFRICA, 'Abolish the death penalty', 'France', ...WEOG, 'Noted', '5', 'Death penalty', '12'],
  ['Senegal', ...AFRICA, 'Adopt a law on domestic violence', 'Spain', ...WEOG, 'Perhaps', '5', "Women's rights", '4'],
  ['Chile', 'GRULAC', 'OAS', 'The Government will present a mid-term report', 'Chile', 'GRULAC', 'OAS', 'Voluntary Pledge', '2', 'UPR process', '5'],
]);

interface RecommendationBody {
  id: number;
  text: string;
  response: string;
  recommendingStates: { iso3: string }[];
  themes: { code: string }[];
}

describe('Imports API (real PostgreSQL, job queue on PostgreSQL)', () => {
  let t: TestApp;
  /** Imports change the registry: an OHCHR officer (or administrator) runs them. */
  let officer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t, { role: 'ohchr_officer' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers at once with a queued import, then imports the good rows and reports the bad ones by line, column and reason', async () => {
    const res = await officer.http.post('/api/v1/imports').attach('file', SMALL_UPR_INFO, 'small.csv');
    expect(res.status).toBe(202);
    expect(res.body).toEqual(expect.objectContaining({ fileName: 'small.csv', format: 'upr_info', container: 'csv', status: 'queued' }));
    const done = await finished(officer.http, res.body.id);
    expect(done.status).toBe('completed');
    expect(done.summary).toEqual({
      rowsRead: 5,
      created: 1,
      updated: 0,
      unchanged: 0,
      recommendingStateLinks: 2,
      pledges: 1,
      pledgesCreated: 1,
      pledgesUpdated: 0,
      pledgesUnchanged: 0,
      rejected: 2,
      statements: 0,
    });
    expect(done.progress).toEqual(expect.objectContaining({ rowsDone: 5, rowsTotal: 5, percent: 100, errors: 2 }));

    const issues = await allIssues(officer.http, done.id);
    expect(issues).toEqual([
      { rowNumber: 4, column: 'To', reason: "unknown State name 'Narnia'", severity: 'error' },
      { rowNumber: 5, column: 'Response', reason: "unknown position 'Perhaps'", severity: 'error' },
    ]);
    const report = await officer.http.get(`/api/v1/imports/${done.id}/report.csv`);
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.headers['content-disposition']).toBe(`attachment; filename="import-${done.id}-report.csv"`);
    expect(parse(report.text)).toEqual([
      ['Row', 'Column', 'Reason', 'Severity'],
      ['4', 'To', "unknown State name 'Narnia'", 'error'],
      ['5', 'Response', "unknown position 'Perhaps'", 'error'],
    ]);

    // The joint recommendation: one record, both recommending States, its themes and position.
    const civ = await t.http.get('/api/v1/recommendations').query({ state: 'CIV' });
    expect(civ.body.total).toBe(1);
    const rec: RecommendationBody = civ.body.items[0];
    expect(rec.text).toBe('Ratify the Optional Protocol to the Convention against Torture');
    expect(rec.response).toBe('supported');
    expect(rec.recommendingStates.map((s) => s.iso3).sort()).toEqual(['DEU', 'FRA']);
    expect(rec.themes.map((th) => th.code).sort()).toEqual(['conditions-of-detention', 'torture']);
    const detail = await t.http.get(`/api/v1/recommendations/${rec.id}`);
    expect(detail.body).toEqual(expect.objectContaining({ source: 'upr_info', session: 12, cycle: 1, mechanism: 'upr', actionCategory: 5 }));
    expect(detail.body.responses).toEqual([expect.objectContaining({ response: 'supported', sourceDocument: 'UPR Info database export' })]);

    // The pledge is a pledge, not a recommendation.
    const pledges = await t.http.get('/api/v1/recommendations').query({ mechanism: 'voluntary_pledge' });
    expect(pledges.body.items.map((p: RecommendationBody & { stateIso3: string; body: string }) => [p.stateIso3, p.body, p.response])).toEqual([
      ['CHL', 'PLEDGE', 'no_response'],
    ]);
  });

  it('imports the same file again without creating, changing or auditing anything', async () => {
    const audit = async (): Promise<number> => {
      const client = new Client({ connectionString: t.db.url });
      await client.connect();
      try {
        return Number((await client.query(`SELECT count(*) AS n FROM audit_log`)).rows[0].n);
      } finally {
        await client.end();
      }
    };
    const before = await audit();
    const again = await importFile(officer.http, SMALL_UPR_INFO, 'small-again.csv');
    expect(again.summary).toEqual(expect.objectContaining({ created: 0, updated: 0, unchanged: 1, pledgesCreated: 0, pledgesUnchanged: 1, rejected: 2 }));
    expect(await audit()).toBe(before);
    expect((await t.http.get('/api/v1/recommendations').query({ state: 'CIV' })).body.total).toBe(1);
  });

  it('imports a UHRI export — CSV streamed, XLSX read whole — with annotation ids, dates, groups of persons and SDGs', async () => {
    const rows: (string | number)[][] = [
      [
        'Continue efforts to combat discrimination against Roma',
        multi('Slovenia'),
        multi('UPR'),
        multi('34th Session - Cycle 3'),
        'A/HRC/43/15',
        multi('France', 'Lithuania'),
        multi('Supported'),
        multi('Racial discrimination', 'Minorities'),
        multi('Roma'),
        multi('10 - Reduced inequalities'),
        43861,
        '0f8fad5b-d9cb-469f-a165-70867728950e',
      ],
      [
        'Abolish the death penalty in law',
        multi('Slovenia', 'Croatia'),
        multi('Human Rights Committee'),
        '',
        'CCPR/C/SVN/CO/4',
        '',
        '',
        multi('Death penalty'),
        '',
        multi('16.1'),
        44000,
        '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      ],
      ['Ensure free and fair elections', multi('Atlantis'), multi('UPR'), multi('34th Session - Cycle 3'), 'A/HRC/43/15', multi('France'), multi('Noted'), '', '', '', 43861, '1b4e28ba-2fa1-11d2-883f-0016d3cca427'],
    ];
    const csv = await importFile(officer.http, uhriCsv(rows), 'uhri.csv');
    expect(csv).toEqual(expect.objectContaining({ status: 'completed', format: 'uhri', container: 'csv' }));
    // The second record concerns two States: one record each. The third names no known State; its
    // line is 7, as an editor shows it, since multi-value cells span several lines.
    expect(csv.summary).toEqual(expect.objectContaining({ rowsRead: 3, created: 3, recommendingStateLinks: 2, rejected: 1 }));
    expect(await allIssues(officer.http, csv.id)).toEqual([{ rowNumber: 7, column: 'Countries Concerned', reason: "unknown State name 'Atlantis'", severity: 'error' }]);

    const roma = (await t.http.get('/api/v1/recommendations').query({ q: 'Roma', state: 'SVN' })).body.items[0] as RecommendationBody;
    const detail = (await t.http.get(`/api/v1/recommendations/${roma.id}`)).body;
    expect(detail).toEqual(
      expect.objectContaining({
        source: 'uhri',
        externalId: '0f8fad5b-d9cb-469f-a165-70867728950e',
        session: 34,
        cycle: 3,
        documentSymbol: 'A/HRC/43/15',
        issuedOn: '2020-01-31',
        response: 'supported',
      }),
    );
    expect(detail.recommendingStates.map((s: { iso3: string }) => s.iso3).sort()).toEqual(['FRA', 'LTU']);
    expect(detail.affectedPersons.map((a: { code: string }) => a.code)).toEqual(['roma']);
    expect(detail.sdgs.map((s: { code: string }) => s.code)).toEqual(['10']);
    expect(detail.responses).toEqual([expect.objectContaining({ response: 'supported', sourceDocument: 'A/HRC/43/15' })]);
    const ccpr = (await t.http.get('/api/v1/recommendations').query({ body: 'CCPR' })).body;
    expect(ccpr.items.map((r: { stateIso3: string }) => r.stateIso3).sort()).toEqual(['HRV', 'SVN']);
    const ccprSvn = (await t.http.get(`/api/v1/recommendations/${ccpr.items.find((r: { stateIso3: string }) => r.stateIso3 === 'SVN').id}`)).body;
    expect(ccprSvn).toEqual(expect.objectContaining({ externalId: '7c9e6679-7425-40de-944b-e07fc1f90ae7/SVN', session: null, response: 'no_response' }));
    expect(ccprSvn.sdgs.map((s: { code: string }) => s.code)).toEqual(['16.1']);

    const xlsx = await importFile(officer.http, await uhriXlsx(rows), 'uhri.xlsx');
    expect(xlsx).toEqual(expect.objectContaining({ status: 'completed', format: 'uhri', container: 'xlsx' }));
    expect(xlsx.summary).toEqual(expect.objectContaining({ rowsRead: 3, created: 0, updated: 0, unchanged: 3, rejected: 1 }));
  });

  it('rejects bad uploads with a 4xx that names the field and the reason, never a 500', async () => {
    const none = await officer.http.post('/api/v1/imports').field('session', '34');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'file', reason: 'is required (a multipart/form-data part named "file")' }]);

    const empty = await officer.http.post('/api/v1/imports').attach('file', Buffer.alloc(0), 'empty.csv');
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'file', reason: 'is empty' }]);

    const png = await officer.http.post('/api/v1/imports').attach('file', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.png');
    expect(png.status).toBe(415);
    expect(png.body.errors[0]).toEqual({ field: 'file', reason: expect.stringMatching(/not a UPR Info, OHCHR matrix or UHRI export.*binary data/) });

    const text = await officer.http.post('/api/v1/imports').attach('file', Buffer.from('name,age\nAda,36\n'), 'people.csv');
    expect(text.status).toBe(415);
    expect(text.body.errors[0].reason).toMatch(/no recognised header/);

    const brokenDocx = await officer.http.post('/api/v1/imports').attach('file', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(200, 7)]), 'matrix.docx');
    expect(brokenDocx.status).toBe(415);
    expect(brokenDocx.body.errors[0].reason).toMatch(/cannot be opened/);

    const badSession = await officer.http.post('/api/v1/imports').attach('file', SMALL_UPR_INFO, 'small.csv').field('session', '99');
    expect(badSession.status).toBe(400);
    expect(badSession.body.errors).toEqual([{ field: 'session', reason: 'must not be greater than 54' }]);

    const extra = await officer.http.post('/api/v1/imports').attach('file', SMALL_UPR_INFO, 'small.csv').field('owner', 'me');
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([{ field: 'owner', reason: 'should not exist' }]);

    const twoFiles = await officer.http.post('/api/v1/imports').attach('file', SMALL_UPR_INFO, 'a.csv').attach('file', SMALL_UPR_INFO, 'b.csv');
    expect(twoFiles.status).toBe(400);

    expect((await officer.http.get('/api/v1/imports/999999')).status).toBe(404);
    expect((await officer.http.get('/api/v1/imports/999999/report.csv')).status).toBe(404);
    expect((await officer.http.get('/api/v1/imports/abc')).status).toBe(400);
    const badCursor = await officer.http.get('/api/v1/imports/1/issues?cursor=nope');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([{ field: 'cursor', reason: 'is not a cursor returned by this API' }]);
  });

  it('lets only OHCHR officers and administrators import or read import reports', async () => {
    const anonymous = await t.http.post('/api/v1/imports').attach('file', SMALL_UPR_INFO, 'small.csv');
    expect(anonymous.status).toBe(401);
    expect((await t.http.get('/api/v1/imports')).status).toBe(401);
    const monitor = await signedIn(t, { role: 'state_focal_point', stateIso3: 'CHL' });
    const refused = await monitor.http.post('/api/v1/imports').attach('file', SMALL_UPR_INFO, 'small.csv');
    expect(refused.status).toBe(403);
    expect((await monitor.http.get('/api/v1/imports/1/report.csv')).status).toBe(403);
  });

  it('lists imports newest first, page by page', async () => {
    const first = await officer.http.get('/api/v1/imports').query({ limit: 2 });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].id).toBeGreaterThan(first.body.items[1].id);
    const ids: number[] = first.body.items.map((i: ImportBody) => i.id);
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const next: { body: { items: ImportBody[]; nextCursor: string | null } } = await officer.http.get('/api/v1/imports').query({ limit: 2, cursor });
      ids.push(...next.body.items.map((i) => i.id));
      cursor = next.body.nextCursor;
    }
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });
});

describe('Imports: upload limit and process roles', () => {
  it('answers 413 naming the field and the limit when a file is too large', async () => {
    const t = await createTestApp({ IMPORT_MAX_UPLOAD_MB: '1' });
    try {
      const officer = await signedIn(t, { role: 'ohchr_officer' });
      const res = await officer.http.post('/api/v1/imports').attach('file', Buffer.alloc(1024 * 1024 + 10, 65), 'big.csv');
      expect(res.status).toBe(413);
      expect(res.body.errors).toEqual([{ field: 'file', reason: 'is larger than the upload limit of 1 MB' }]);
      expect((await officer.http.get('/api/v1/imports')).body.items).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('queues the import without running it in a PROCESS_ROLE=api process (workers run elsewhere)', async () => {
    const t = await createTestApp({ PROCESS_ROLE: 'api' });
    try {
      const officer = await signedIn(t, { role: 'administrator' });
      const queued = await upload(officer.http, SMALL_UPR_INFO, 'small.csv');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const later = (await officer.http.get(`/api/v1/imports/${queued.id}`)).body as ImportBody;
      expect(later.status).toBe('queued');
      expect(later.progress.rowsDone).toBe(0);
    } finally {
      await t.close();
    }
  });
});
