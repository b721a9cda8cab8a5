import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import * as iconv from 'iconv-lite';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { recommendationGroupKey, tryResolveState } from '@tracker/domain';
import { signedIn, type SignedIn } from './accounts';
import { allIssues, importFile, type ImportBody } from './imports';
import { TEST_REDIS_URL } from './queues';
import { describeWithSharedData, readSharedFile, SHARED_DATA_NOTE } from './shared-data';
import { createTestApp, type TestApp } from './test-app';

/**
 * The README oracle counts raw rows: its 5,643 recommendations (3,821 supported), 139 recommending
 * "States" and 6,094 links include 9 rows whose recommending State is "&#40;Unknown&#41;" — Working
 * Group statements (all Indonesia, session 1, Accepted), which the tracker does not store as
 * recommendations but reports, row by row, as warnings. Stored + statements = the oracle.
 */
const UPR_INFO_STATEMENTS = 9;

interface Counts {
  recommendations: number;
  supported: number;
  noted: number;
  links: number;
  pledges: number;
  audit: number;
  maxVersion: number;
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function counts(url: string, where = "r.body_code = 'UPR' AND r.source = 'upr_info'"): Promise<Counts> {
  const [row] = await query<Record<keyof Counts, string>>(
    url,
    `SELECT count(*) FILTER (WHERE ${where}) AS recommendations,
            count(*) FILTER (WHERE ${where} AND r.current_response = 'supported') AS supported,
            count(*) FILTER (WHERE ${where} AND r.current_response = 'noted') AS noted,
            (SELECT count(*) FROM recommendation_recommending_state l JOIN recommendation x ON x.id = l.recommendation_id
              WHERE x.body_code = 'UPR' AND x.source = 'upr_info') AS links,
            count(*) FILTER (WHERE r.body_code = 'PLEDGE' AND r.mechanism = 'voluntary_pledge') AS pledges,
            (SELECT count(*) FROM audit_log) AS audit,
            COALESCE(max(r.version), 0) AS "maxVersion"
     FROM recommendation r`,
  );
  if (!row) throw new Error('no counts');
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as unknown as Counts;
}

const UPR_INFO_CSV = 'upr-info/upr-info_sessions_1-5.csv';

/** The UPR Info CSV with one position and one row's themes changed (rows of single-row recommendations). */
function modifiedUprInfoCsv(): { content: Buffer; respondedRow: string[]; themedRow: string[] } {
  const text = iconv.decode(readSharedFile(UPR_INFO_CSV), 'macintosh');
  const records: string[][] = parse(text, { record_delimiter: '\r', relax_quotes: true });
  const [header, ...rows] = records;
  if (!header) throw new Error('empty file');
  const keyOf = (r: string[]): string =>
    recommendationGroupKey({ stateIso3: tryResolveState(r[0] ?? '')?.iso3 ?? '', session: Number(r[10]), text: r[3] ?? '' });
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(keyOf(r), (sizes.get(keyOf(r)) ?? 0) + 1);
  const single = rows.filter((r) => sizes.get(keyOf(r)) === 1 && r[4] !== '&#40;Unknown&#41;');
  const respondedRow = single.find((r) => r[7] === 'Accepted');
  const themedRow = single.find((r) => r !== respondedRow && r[9] !== 'Death penalty');
  if (!respondedRow || !themedRow) throw new Error('no single-row recommendation to modify');
  const changed = rows.map((r) => (r === respondedRow ? r.map((c, i) => (i === 7 ? 'Noted' : c)) : r === themedRow ? r.map((c, i) => (i === 9 ? 'Death penalty' : c)) : r));
  return {
    content: iconv.encode(stringify([header, ...changed], { record_delimiter: '\r' }), 'macintosh'),
    respondedRow,
    themedRow,
  };
}

describeWithSharedData.each(['postgres', 'redis'] as const)(`Oracle imports of the real exports through the job queue on %s${SHARED_DATA_NOTE}`, (backend) => {
  const prefix = `oracle-${randomBytes(4).toString('hex')}`;
  let t: TestApp;
  let officer: SignedIn;

  beforeAll(async () => {
    t = await createTestApp(backend === 'redis' ? { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix } : {});
    officer = await signedIn(t, { role: 'ohchr_officer' });
  });

  afterAll(async () => {
    await t.close();
    if (backend === 'redis') {
      const redis = new IORedis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  const file = (relative: string): [Buffer, string] => [readSharedFile(relative), relative.split('/').pop() ?? relative];

  it('imports UPR Info sessions 1–5 (.csv, MacRoman, CR-only): the oracle counts, every row accounted for', async () => {
    const done = await importFile(officer.http, ...file(UPR_INFO_CSV));
    expect(done).toEqual(expect.objectContaining({ status: 'completed', format: 'upr_info', container: 'csv' }));
    expect(done.summary).toEqual({
      rowsRead: 6094,
      created: 5634,
      updated: 0,
      unchanged: 0,
      recommendingStateLinks: 6085,
      pledges: 0,
      pledgesCreated: 0,
      pledgesUpdated: 0,
      pledgesUnchanged: 0,
      rejected: 0,
      statements: UPR_INFO_STATEMENTS,
    });
    // Every row accounted for: each UPR Info row names one recommending State, so the rows stored are
    // the links written; the others are rejected (none) or statements (reported one by one below).
    expect(done.summary.recommendingStateLinks + done.summary.rejected + done.summary.statements).toBe(done.summary.rowsRead);
    const stored = await counts(t.db.url);
    expect(stored).toEqual(expect.objectContaining({ recommendations: 5634, supported: 3812, noted: 1822, links: 6085 }));
    // The README oracle, statements included: 5,643 recommendations, 3,821 supported, 1,822 noted, 6,094 links.
    expect(stored.recommendations + UPR_INFO_STATEMENTS).toBe(5643);
    expect(stored.supported + UPR_INFO_STATEMENTS).toBe(3821);
    expect(stored.noted).toBe(1822);
    expect(stored.links + UPR_INFO_STATEMENTS).toBe(6094);

    const issues = await allIssues(officer.http, done.id);
    expect(issues.filter((i) => /State/.test(i.reason) && /unknown|missing/.test(i.reason))).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues).toHaveLength(UPR_INFO_STATEMENTS);
    expect(new Set(issues.map((i) => i.rowNumber)).size).toBe(UPR_INFO_STATEMENTS);
    expect(issues.every((i) => i.column === 'From' && /statement, not a recommendation/.test(i.reason))).toBe(true);
    const [recommendingStates] = await query<{ n: string }>(t.db.url, `SELECT count(DISTINCT state_iso3) AS n FROM recommendation_recommending_state`);
    expect(Number(recommendingStates?.n)).toBe(138);
  });

  it('imports the same data as .xls (BIFF8, duplicate headers) without changing anything, audit included', async () => {
    const before = await counts(t.db.url);
    const done = await importFile(officer.http, ...file('upr-info/upr-info_sessions_1-5.xls'));
    expect(done).toEqual(expect.objectContaining({ status: 'completed', container: 'xls' }));
    expect(done.summary).toEqual(expect.objectContaining({ rowsRead: 6094, created: 0, updated: 0, unchanged: 5634, recommendingStateLinks: 6085, rejected: 0, statements: 9 }));
    expect(await counts(t.db.url)).toEqual(before);
  });

  it('updates a changed row and audits the change; importing the original again changes it back', async () => {
    const { content, respondedRow, themedRow } = modifiedUprInfoCsv();
    const before = await counts(t.db.url);
    const done = await importFile(officer.http, content, 'upr-info_modified.csv');
    expect(done.summary).toEqual(expect.objectContaining({ created: 0, updated: 2, unchanged: 5632, rejected: 0 }));
    const after = await counts(t.db.url);
    expect(after).toEqual(expect.objectContaining({ recommendations: 5634, supported: 3811, noted: 1823, audit: before.audit + 2 }));

    const audits = await query<{ entity_id: string; changes: Record<string, { before: unknown; after: unknown }>; actor: string }>(
      t.db.url,
      `SELECT entity_id, changes, actor FROM audit_log WHERE action = 'update' ORDER BY id`,
    );
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.actor === `import:${done.id}`)).toBe(true);
    const responded = audits.find((a) => a.changes['response'] !== undefined);
    expect(responded?.changes['response']).toEqual({ before: 'supported', after: 'noted' });
    const themed = audits.find((a) => a.changes['themes'] !== undefined);
    expect(themed?.changes['themes']?.after).toEqual(['death-penalty']);
    const [history] = await query<{ responses: string[]; text: string }>(
      t.db.url,
      `SELECT r.text, array_agg(h.response ORDER BY h.id) AS responses FROM recommendation r JOIN recommendation_response h ON h.recommendation_id = r.id
       WHERE r.id = $1 GROUP BY r.id`,
      [Number(responded?.entity_id)],
    );
    expect(history?.responses).toEqual(['supported', 'noted']);
    expect(history?.text.replace(/\s+/g, ' ').trim()).toBe(respondedRow[3]?.replace(/\s+/g, ' ').trim());
    const [themes] = await query<{ codes: string[] }>(t.db.url, `SELECT array_agg(theme_code) AS codes FROM recommendation_theme WHERE recommendation_id = $1`, [
      Number(themed?.entity_id),
    ]);
    expect(themes?.codes).toEqual(['death-penalty']);
    expect(themedRow[9]).not.toBe('Death penalty');

    const reverted = await importFile(officer.http, ...file(UPR_INFO_CSV));
    expect(reverted.summary).toEqual(expect.objectContaining({ created: 0, updated: 2, unchanged: 5632 }));
    expect(await counts(t.db.url)).toEqual(expect.objectContaining({ supported: 3812, noted: 1822, audit: before.audit + 4 }));
  });

  it('imports the voluntary pledges as pledges: 947 rows, 945 pledges (two rows repeat a pledge and are reported)', async () => {
    const done = await importFile(officer.http, ...file('upr-info/upr-info_sessions_voluntary.csv'));
    expect(done.summary).toEqual(expect.objectContaining({ rowsRead: 947, created: 0, pledges: 945, pledgesCreated: 945, rejected: 0, statements: 0 }));
    expect((await counts(t.db.url)).pledges).toBe(945);
    const issues = await allIssues(officer.http, done.id);
    expect(issues.map((i) => [i.rowNumber, i.severity, i.reason])).toEqual([
      [939, 'warning', 'same pledge as row 929 (same State, session and text); recorded once'],
      [940, 'warning', 'same pledge as row 933 (same State, session and text); recorded once'],
    ]);
    const again = await importFile(officer.http, ...file('upr-info/upr-info_sessions_voluntary.xls'));
    expect(again.summary).toEqual(expect.objectContaining({ rowsRead: 947, pledges: 945, pledgesUnchanged: 945, pledgesCreated: 0 }));
    // Pledges never count as recommendations of the UPR.
    expect((await counts(t.db.url)).recommendations).toBe(5634);
  });

  it.each([
    { name: 'China_2013_UPR17_matrix.docx', iso3: 'CHN', session: 17, rows: 252, supported: 204, noted: 48, symbol: 'A/HRC/25/5', sdgs: false },
    { name: 'Slovenia_2019_UPR34_thematic_list.docx', iso3: 'SVN', session: 34, rows: 215, supported: 182, noted: 33, symbol: 'A/HRC/43/15', sdgs: true },
    { name: 'Slovenia_2025_UPR48_thematic_list.docx', iso3: 'SVN', session: 48, rows: 254, supported: 217, noted: 37, symbol: 'A/HRC/59/15', sdgs: true },
  ])('imports the OHCHR matrix $name with its positions, sources and themes', async (c) => {
    const done: ImportBody = await importFile(officer.http, ...file(`ohchr-thematic-lists/${c.name}`));
    expect(done).toEqual(expect.objectContaining({ status: 'completed', format: 'ohchr_matrix', container: 'docx' }));
    expect(done.summary).toEqual(expect.objectContaining({ rowsRead: c.rows, created: c.rows, rejected: 0 }));
    expect(done.progress.errors).toBe(0);
    const [row] = await query<Record<string, string>>(
      t.db.url,
      `SELECT count(*) AS n, count(*) FILTER (WHERE current_response = 'supported') AS supported,
              count(*) FILTER (WHERE current_response = 'noted') AS noted,
              count(*) FILTER (WHERE external_id = document_symbol || '#' || paragraph AND document_symbol = $3) AS keyed,
              (SELECT count(*) FROM recommendation_response h JOIN recommendation x ON x.id = h.recommendation_id
                WHERE x.state_iso3 = $1 AND x.session = $2 AND h.source_document ILIKE $3 || '%') AS sourced,
              (SELECT count(DISTINCT l.recommendation_id) FROM recommendation_theme l JOIN recommendation x ON x.id = l.recommendation_id
                WHERE x.state_iso3 = $1 AND x.session = $2) AS themed,
              (SELECT count(DISTINCT l.recommendation_id) FROM recommendation_sdg l JOIN recommendation x ON x.id = l.recommendation_id
                WHERE x.state_iso3 = $1 AND x.session = $2) AS with_sdgs,
              (SELECT count(DISTINCT l.recommendation_id) FROM recommendation_recommending_state l JOIN recommendation x ON x.id = l.recommendation_id
                WHERE x.state_iso3 = $1 AND x.session = $2) AS attributed
       FROM recommendation WHERE state_iso3 = $1 AND session = $2 AND source = 'ohchr_matrix'`,
      [c.iso3, c.session, c.symbol],
    );
    expect(Number(row?.['n'])).toBe(c.rows);
    expect(Number(row?.['supported'])).toBe(c.supported);
    expect(Number(row?.['noted'])).toBe(c.noted);
    expect(Number(row?.['keyed'])).toBe(c.rows);
    expect(Number(row?.['attributed'])).toBe(c.rows);
    expect(Number(row?.['themed'])).toBeGreaterThan(c.rows * 0.9);
    expect(Number(row?.['with_sdgs']) > 0).toBe(c.sdgs);
    expect(Number(row?.['sourced'])).toBe(c.rows);

    const again = await importFile(officer.http, ...file(`ohchr-thematic-lists/${c.name}`));
    expect(again.summary).toEqual(expect.objectContaining({ created: 0, updated: 0, unchanged: c.rows }));
  });
});
