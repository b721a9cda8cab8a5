import { readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { signedIn, type SignedIn } from './accounts';
import { describeWithSharedData, readSharedFile, sharedFile, SHARED_DATA_NOTE } from './shared-data';
import { createTestApp, type TestApp } from './test-app';

interface Issue {
  row: number;
  field: string;
  reason: string;
  severity: 'error' | 'warning';
}

interface Report {
  kind: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  issues: Issue[];
}

const UPR = {
  stateIso3: 'SVN',
  session: 48,
  reviewDate: '2025-01-28',
  nationalReport: 'done',
  troika: 'done',
  interactiveDialogue: 'done',
  responses: 'done',
  midTermReport: 'pending',
  adoptedOn: '2025-07-03',
};

describe('Cooperation records: CRUD, validation, audit and CSV import (real PostgreSQL)', () => {
  let t: TestApp;
  let officer: SignedIn;
  let focal: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await signedIn(t, { role: 'ohchr_officer' });
    focal = await signedIn(t, { role: 'state_focal_point', stateIso3: 'SVN' });
  });

  afterAll(async () => {
    await t.close();
  });

  const audit = async (entityType: string, entityId: number): Promise<{ action: string; changes: Record<string, { before: unknown; after: unknown }> }[]> =>
    t.app.get(DataSource).query(`SELECT action, changes FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`, [entityType, String(entityId)]);

  it('creates, reads, updates and archives a UPR participation record, each change audited', async () => {
    const created = await officer.http.post('/api/v1/cooperation/upr-participation').send(UPR);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...UPR, cycle: 4, version: 1, recommendationsCount: null, source: null });
    const id: number = created.body.id;

    expect((await officer.http.get(`/api/v1/cooperation/upr-participation/${id}`)).body).toMatchObject({ troika: 'done', cycle: 4 });
    const updated = await officer.http.patch(`/api/v1/cooperation/upr-participation/${id}`).send({ version: 1, troika: 'missed' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ troika: 'missed', version: 2, session: 48 });
    const stale = await officer.http.patch(`/api/v1/cooperation/upr-participation/${id}`).send({ version: 1, troika: 'done' });
    expect(stale.status).toBe(409);

    expect((await officer.http.get('/api/v1/cooperation/upr-participation').query({ state: 'SVN' })).body.map((r: { id: number }) => r.id)).toEqual([id]);
    expect((await officer.http.delete(`/api/v1/cooperation/upr-participation/${id}`)).status).toBe(204);
    expect((await officer.http.get(`/api/v1/cooperation/upr-participation/${id}`)).status).toBe(404);
    expect((await officer.http.get('/api/v1/cooperation/upr-participation').query({ state: 'SVN' })).body).toEqual([]);

    const trail = await audit('upr_review', id);
    expect(trail.map((a) => a.action)).toEqual(['create', 'update', 'archive']);
    expect(trail[1]?.changes).toEqual({ troika: { before: 'done', after: 'missed' } });
    // Archived: the same review may be entered again.
    expect((await officer.http.post('/api/v1/cooperation/upr-participation').send(UPR)).status).toBe(201);
  });

  it('answers bad input with 400 naming the field and the reason, never 500', async () => {
    const cases: [string, object, { field: string; reason: RegExp }][] = [
      ['upr-participation', { ...UPR, session: 99 }, { field: 'session', reason: /must not be greater than 54/ }],
      ['upr-participation', { ...UPR, troika: 'absent' }, { field: 'troika', reason: /one of the following values: done, missed, pending/ }],
      ['upr-participation', { ...UPR, session: 47, adoptedOn: '2024-01-01' }, { field: 'adoptedOn', reason: /must not be before reviewDate/ }],
      ['upr-participation', { ...UPR, session: 46, withoutResponseCount: 3 }, { field: 'recommendationsCount', reason: /required with withoutResponseCount/ }],
      ['treaty-ratifications', { stateIso3: 'SVN', treaty: 'XYZ', ratifiedYear: 1992 }, { field: 'treaty', reason: /one of the following values/ }],
      ['treaty-ratifications', { stateIso3: 'SVN', treaty: 'ICCPR', ratifiedYear: 1992, ratifiedOn: '1993-02-30' }, { field: 'ratifiedOn', reason: /calendar date/ }],
      ['treaty-reports', { stateIso3: 'SVN', body: 'SPT', reportType: 'periodic', dueOn: '2020-01-01' }, { field: 'body', reason: /one of the following values/ }],
      ['follow-up-grades', { stateIso3: 'SVN', body: 'CCPR', assessedOn: '2025-03-28', paragraph: '12', scale: 'ccpr_2013', grade: 'B1' }, { field: 'grade', reason: /not a grade of the ccpr_2013 scale/ }],
      ['standing-invitations', { stateIso3: 'SVN', extendedOn: '2010-01-01', withdrawnOn: '2009-01-01' }, { field: 'withdrawnOn', reason: /must not be before extendedOn/ }],
      ['visit-requests', { stateIso3: 'SVN', mandate: 'SR on torture', history: [{ status: 'reminder', on: '2021-01-01' }] }, { field: 'history.0.status', reason: /must be 'requested'/ }],
      ['visit-requests', { stateIso3: 'SVN', mandate: 'SR on torture', history: [{ status: 'requested', on: '2021-01-01' }, { status: 'declined', on: '2020-01-01' }] }, { field: 'history.1.on', reason: /must not be before the previous event/ }],
      ['communications', { stateIso3: 'SVN', reference: 'AL SVN 1/2024', type: 'letter', sentOn: '2024-01-01' }, { field: 'type', reason: /urgent_appeal, allegation_letter, other_letter/ }],
      ['communications', { stateIso3: 'QQQ', reference: 'AL QQQ 1/2024', type: 'other_letter', sentOn: '2024-01-01' }, { field: 'stateIso3', reason: /unknown State QQQ/ }],
      ['reprisals-mentions', { stateIso3: 'SVN', reportYear: 2025, extra: 1 }, { field: 'extra', reason: /should not exist/ }],
    ];
    for (const [path, body, expected] of cases) {
      const res = await officer.http.post(`/api/v1/cooperation/${path}`).send(body);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field: expected.field, reason: expect.stringMatching(expected.reason) }]));
    }
    const bad = await officer.http.patch('/api/v1/cooperation/reprisals-mentions/abc').send({ version: 1 });
    expect(bad.status).toBe(400);
  });

  it('refuses a second live record with the same natural key, naming the key fields', async () => {
    const body = { stateIso3: 'HRV', reference: 'UA HRV 2/2025', type: 'urgent_appeal', sentOn: '2025-02-01' };
    expect((await officer.http.post('/api/v1/cooperation/communications').send(body)).status).toBe(201);
    const again = await officer.http.post('/api/v1/cooperation/communications').send({ ...body, sentOn: '2025-02-02' });
    expect(again.status).toBe(409);
    expect(again.body.errors.map((e: { field: string }) => e.field)).toEqual(['stateIso3', 'reference']);
  });

  it('keeps cooperation records to OHCHR officers and administrators', async () => {
    expect((await t.http.get('/api/v1/cooperation/communications')).status).toBe(401);
    expect((await focal.http.get('/api/v1/cooperation/communications')).status).toBe(403);
    expect((await focal.http.post('/api/v1/cooperation/reprisals-mentions').send({ stateIso3: 'SVN', reportYear: 2025 })).status).toBe(403);
  });

  it('imports a CSV of visit requests with a row-level report, then a second time without changing anything', async () => {
    const csv = [
      'stateIso3,mandate,history,source',
      'Croatia,SR on human rights defenders,"requested 2021-01-10; reminder 2022-01-10",OHCHR visits page',
      'HRV,SR on torture,requested 2023-03-01; declined 2023-09-01,',
      'HRV,SR on torture,reminder 2023-03-01,',
      'Atlantis,WG on detention,requested 2024-01-01,',
      'HRV,SR on water,"requested 2024-01-01; approved 2024-02-01",',
      'HRV,SR on human rights defenders,requested 2021-01-10,duplicate of line 2',
    ].join('\r\n');
    const first = await officer.http.post('/api/v1/cooperation/visit-requests/import').attach('file', Buffer.from(csv), 'visits.csv');
    expect(first.status).toBe(200);
    const report = first.body as Report;
    expect(report).toMatchObject({ kind: 'visit_request', rows: 6, created: 2, updated: 0, unchanged: 0, rejected: 4 });
    expect(report.issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [4, 'history.0.status', 'error'],
      [5, 'stateIso3', 'error'],
      [6, 'history.1.status', 'error'],
      [7, 'stateIso3, mandate, history.0.on', 'error'],
    ]);
    expect(report.issues[1]?.reason).toBe("'Atlantis' is not a known State (use its ISO 3166-1 alpha-3 code)");
    const listed = await officer.http.get('/api/v1/cooperation/visit-requests').query({ state: 'HRV' });
    expect(listed.body.map((v: { mandate: string; currentStatus: string }) => [v.mandate, v.currentStatus]).sort()).toEqual([
      ['SR on human rights defenders', 'reminder'],
      ['SR on torture', 'declined'],
    ]);
    const again = await officer.http.post('/api/v1/cooperation/visit-requests/import').attach('file', Buffer.from(csv), 'visits.csv');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 4 });
    const changed = csv.replace('requested 2023-03-01; declined 2023-09-01', 'requested 2023-03-01; declined 2023-09-01; requested 2024-05-01');
    expect((await officer.http.post('/api/v1/cooperation/visit-requests/import').attach('file', Buffer.from(changed), 'visits.csv')).body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it('refuses a file that is not a table of the kind, naming the reason', async () => {
    const none = await officer.http.post('/api/v1/cooperation/communications/import');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'file', reason: 'is required (a multipart/form-data part named "file")' }]);
    const unknown = await officer.http.post('/api/v1/cooperation/communications/import').attach('file', Buffer.from('stateIso3,reference,kind,sentOn\nSVN,A,B,2020-01-01\n'), 'c.csv');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'file', reason: "has an unknown column 'kind' (the columns are stateIso3, source, reference, type, sentOn, repliedOn)" },
      { field: 'file', reason: 'lacks the required column(s) type' },
    ]);
    const latin1 = await officer.http.post('/api/v1/cooperation/communications/import').attach('file', Buffer.from([0x73, 0xe9, 0x0a]), 'c.csv');
    expect(latin1.status).toBe(400);
    expect(latin1.body.errors[0].reason).toMatch(/not UTF-8/);
  });

  describeWithSharedData(`the real ratification tables of the UN Treaty Collection${SHARED_DATA_NOTE}`, () => {
    const folder = 'treaty-ratification';
    const reports = new Map<string, Report>();

    beforeAll(async () => {
      for (const file of readdirSync(sharedFile(folder)).filter((f) => /^hr_status_.*\.csv$/.test(f)).sort()) {
        const res = await officer.http.post('/api/v1/cooperation/treaty-ratifications/import').attach('file', readSharedFile(`${folder}/${file}`), file);
        expect([file, res.status]).toEqual([file, 200]);
        reports.set(file, res.body as Report);
      }
    }, 120_000);

    it('loads the State parties of the nine core treaties: the counts of the UN Treaty Collection', async () => {
      const counts: { treaty: string; n: number }[] = await t.app.get(DataSource).query(
        `SELECT treaty, count(*)::int AS n FROM treaty_ratification WHERE archived_at IS NULL AND treaty = ANY($1) GROUP BY treaty ORDER BY treaty`,
        [['CRC', 'CEDAW', 'CRPD', 'ICERD', 'ICCPR', 'CAT', 'ICESCR', 'CPED', 'ICMW']],
      );
      expect(Object.fromEntries(counts.map((c) => [c.treaty, c.n]))).toEqual({ CRC: 192, CEDAW: 187, CRPD: 181, ICERD: 181, ICCPR: 174, CAT: 171, ICESCR: 171, CPED: 68, ICMW: 57 });
      expect(reports.get('hr_status_crc.csv')).toMatchObject({ rows: 193, created: 192, skipped: 1, rejected: 0, issues: [] });
    });

    it('reports the two defects of hr_status_op_crc_ic.csv as row errors instead of failing', async () => {
      const report = reports.get('hr_status_op_crc_ic.csv');
      expect(report?.issues.filter((i) => i.severity === 'error')).toEqual([
        { row: 116, field: 'iso2', reason: 'MS (Montserrat) is not a UN Member State or observer State', severity: 'error' },
        { row: 163, field: 'iso2', reason: "'S' (South Sudan) is not a two-letter ISO 3166-1 alpha-2 code", severity: 'error' },
      ]);
      // Belgium, Brazil and Ecuador: 'state party' 0 but status "state party" with a year — loaded, with a warning.
      expect(report?.issues.filter((i) => i.severity === 'warning').map((i) => i.row)).toEqual([18, 25, 52]);
      expect(report).toMatchObject({ rows: 193, created: 46, rejected: 2 });
    });

    it('reports the other inconsistent rows, and reads the old code TP as Timor-Leste', async () => {
      expect(reports.get('hr_status_op_cedaw.csv')?.issues).toEqual([
        expect.objectContaining({ field: 'year ratification or accession', reason: 'is missing for a State party', severity: 'error' }),
      ]);
      const timor: { n: number }[] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM treaty_ratification WHERE state_iso3 = 'TLS' AND treaty = 'CRC'`);
      expect(timor[0]?.n).toBe(1);
    });

    it('changes nothing when the tables are imported again', async () => {
      const again = await officer.http.post('/api/v1/cooperation/treaty-ratifications/import').attach('file', readSharedFile(`${folder}/hr_status_iccpr.csv`), 'hr_status_iccpr.csv');
      expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 174 });
    });
  });
});
