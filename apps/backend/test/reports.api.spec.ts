import { DataSource } from 'typeorm';
import { cast, createFollowUpApp, draftReport, recommendation, step, type Cast, type FollowUpApp } from './follow-up-fixture';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('Implementation reports: workflow, optimistic locking and evidence (real PostgreSQL)', () => {
  let app: FollowUpApp;
  let c: Cast;
  let recA: number;
  let recB: number;
  let recHRV: number;

  beforeAll(async () => {
    app = await createFollowUpApp('2025-06-02', { EVIDENCE_MAX_FILE_MB: '1' });
    c = await cast(app);
    recA = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 42 });
    recB = await recommendation(c.officer, { body: 'CAT', stateIso3: 'SVN', issuedOn: '2024-05-10' });
    recHRV = await recommendation(c.officer, { body: 'UPR', stateIso3: 'HRV', session: 42 });
  });

  afterAll(async () => {
    await app.close();
  });

  it('walks draft → submitted → returned with comments → submitted → validated → published, audited step by step', async () => {
    const draft = await draftReport(c.focalSVN, [
      { recommendationId: recA, status: 'partially_implemented' },
      { recommendationId: recB, status: 'fully_implemented' },
    ], { institutionIds: [c.nhriId] });
    expect(draft).toMatchObject({ status: 'draft', stateIso3: 'SVN', recommendationCount: 2, actions: { edit: true, submit: true, validate: false, publish: false } });

    const submitted = await step(c.focalSVN, draft, 'submit');
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: '2025-06-02' });
    const officerView = (await c.officer.http.get(`/api/v1/reports/${draft.id}`)).body;
    expect(officerView.actions).toEqual({ edit: false, submit: false, return: true, validate: true, publish: false });

    const noComment = await c.officer.http.post(`/api/v1/reports/${draft.id}/transitions`).send({ action: 'return', version: submitted.version, comments: '  ' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors).toEqual([{ field: 'comments', reason: expect.stringContaining('comments') }]);

    const returned = await step(c.officer, submitted, 'return', 'Attach the amended Police Act.');
    expect(returned.status).toBe('returned');
    const edited = await c.focalSVN.http.patch(`/api/v1/reports/${draft.id}`).send({ version: returned.version, narrative: 'The Police Act was amended in March 2025.' });
    expect(edited.status).toBe(200);
    const resubmitted = await step(c.focalSVN, edited.body, 'submit');
    const validated = await step(c.officer, resubmitted, 'validate');
    const published = await step(c.officer, validated, 'publish');
    expect(published).toMatchObject({ status: 'published', publishedOn: '2025-06-02' });
    const history = (published as unknown as { history: { action: string; comments: string | null }[] }).history;
    expect(history.map((h) => h.action)).toEqual(['create', 'submit', 'return', 'submit', 'validate', 'publish']);
    expect(history[2]).toMatchObject({ action: 'return', comments: 'Attach the amended Police Act.' });

    const db = app.t.app.get(DataSource);
    const audit: { action: string; changes: { status?: { after: string } } }[] = await db.query(
      `SELECT action, changes FROM audit_log WHERE entity_type = 'implementation_report' AND entity_id = $1 ORDER BY id`,
      [String(draft.id)],
    );
    expect(audit.map((a) => `${a.action}${a.changes.status ? `:${a.changes.status.after}` : ''}`)).toEqual([
      'create',
      'transition:submitted',
      'transition:returned',
      'update',
      'transition:submitted',
      'transition:validated',
      'transition:published',
    ]);
  });

  it('turns a published report into public State claims, effective at the end of the period covered', async () => {
    const report = await draftReport(c.focalSVN, [{ recommendationId: recB, status: 'partially_implemented' }], { periodTo: '2025-04-30' });
    const submitted = await step(c.focalSVN, report, 'submit');
    const validated = await step(c.officer, submitted, 'validate');
    const db = app.t.app.get(DataSource);
    const before: unknown[] = await db.query(`SELECT 1 FROM status_event WHERE source = 'state_report' AND source_id = $1`, [String(report.id)]);
    expect(before).toHaveLength(0);
    await step(c.officer, validated, 'publish');
    const claims = await db.query(`SELECT party, status, to_char(effective_on, 'YYYY-MM-DD') AS effective_on, public FROM status_event WHERE source = 'state_report' AND source_id = $1`, [String(report.id)]);
    expect(claims).toEqual([{ party: 'state', status: 'partially_implemented', effective_on: '2025-04-30', public: true }]);
  });

  it('refuses steps the workflow does not allow, with the reason from the domain rules', async () => {
    const report = await draftReport(c.focalSVN, [{ recommendationId: recA, status: 'not_implemented' }]);
    const publishDraft = await c.officer.http.post(`/api/v1/reports/${report.id}/transitions`).send({ action: 'publish', version: report.version });
    expect(publishDraft.status).toBe(409);
    expect(publishDraft.body).toMatchObject({ code: 'invalid_transition', message: 'a draft report cannot be published' });
    const byFocal = await c.focalSVN.http.post(`/api/v1/reports/${report.id}/transitions`).send({ action: 'validate', version: report.version });
    expect(byFocal.status).toBe(403);
    expect(byFocal.body.code).toBe('role_not_allowed');
    const byForeign = await c.focalHRV.http.post(`/api/v1/reports/${report.id}/transitions`).send({ action: 'submit', version: report.version });
    expect(byForeign.status).toBe(403);
    const byNgo = await c.ngo.http.post('/api/v1/reports').send({ title: 'x', narrative: 'y', measuresTaken: '', periodFrom: '2024-01-01', periodTo: '2024-12-31', items: [{ recommendationId: recA, status: 'not_implemented' }] });
    expect(byNgo.status).toBe(403);
  });

  it('refuses another State’s recommendation and bad periods with 400 naming the field', async () => {
    const foreign = await c.focalSVN.http.post('/api/v1/reports').send({
      title: 'x', narrative: 'y', measuresTaken: '', periodFrom: '2024-01-01', periodTo: '2024-12-31',
      items: [{ recommendationId: recA, status: 'not_implemented' }, { recommendationId: recHRV, status: 'not_implemented' }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ field: 'items.1.recommendationId', reason: expect.stringContaining('addressed to HRV, not to SVN') }]);
    const backwards = await c.focalSVN.http.post('/api/v1/reports').send({ title: 'x', narrative: 'y', measuresTaken: '', periodFrom: '2025-01-01', periodTo: '2024-12-31', items: [{ recommendationId: recA, status: 'not_implemented' }] });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ field: 'periodTo', reason: 'must not be before periodFrom (2025-01-01)' }]);
    const notADate = await c.focalSVN.http.post('/api/v1/reports').send({ title: 'x', narrative: 'y', measuresTaken: '', periodFrom: '2025-02-30', periodTo: '2025-03-01', items: [{ recommendationId: recA, status: 'not_implemented' }] });
    expect(notADate.status).toBe(400);
    expect(notADate.body.errors).toEqual([{ field: 'periodFrom', reason: 'must be a real calendar date' }]);
  });

  it('lets one of two concurrent updates win and answers the other 409 with the current version, losing nothing', async () => {
    const report = await draftReport(c.focalSVN, [{ recommendationId: recA, status: 'not_implemented' }]);
    const secondTab = c.focalSVN;
    const [first, second] = await Promise.all([
      c.focalSVN.http.patch(`/api/v1/reports/${report.id}`).send({ version: report.version, title: 'Title from the first tab' }),
      secondTab.http.patch(`/api/v1/reports/${report.id}`).send({ version: report.version, narrative: 'Narrative from the second tab' }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = first.status === 200 ? first : second;
    const loser = first.status === 200 ? second : first;
    expect(loser.body.current).toMatchObject({ id: report.id, version: report.version + 1 });
    expect(loser.body.message).toContain(`version ${report.version + 1}, your change is based on ${report.version}`);
    const stored = (await c.focalSVN.http.get(`/api/v1/reports/${report.id}`)).body;
    expect(stored.version).toBe(report.version + 1);
    expect(stored.title).toBe(winner === first ? 'Title from the first tab' : 'Mid-term implementation report');
    expect(stored.narrative).toBe(winner === second ? 'Narrative from the second tab' : 'The Police Act was amended.');
    // The loser re-applies on the current version: both changes are kept.
    const retried = await c.focalSVN.http.patch(`/api/v1/reports/${report.id}`).send({ version: stored.version, ...(winner === first ? { narrative: 'Narrative from the second tab' } : { title: 'Title from the first tab' }) });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ title: 'Title from the first tab', narrative: 'Narrative from the second tab', version: report.version + 2 });
  });

  it('also locks assessments: a stale update gets 409 with the current version', async () => {
    const created = await c.ngo.http.post('/api/v1/assessments').send({ recommendationId: recA, status: 'not_implemented', narrative: 'Nothing changed.' });
    const [a, b] = await Promise.all([
      c.ngo.http.patch(`/api/v1/assessments/${created.body.id}`).send({ version: 1, status: 'partially_implemented' }),
      c.ngo.http.patch(`/api/v1/assessments/${created.body.id}`).send({ version: 1, narrative: 'Some change.' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.current).toMatchObject({ id: created.body.id, version: 2 });
  });

  describe('evidence', () => {
    let reportId: number;
    let fileId: number;

    beforeAll(async () => {
      const report = await draftReport(c.focalSVN, [{ recommendationId: recA, status: 'partially_implemented' }]);
      reportId = report.id;
      const upload = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/files`).field('title', 'Amended Police Act').attach('file', PDF, { filename: 'police-act.pdf', contentType: 'application/pdf' });
      expect(upload.status).toBe(201);
      fileId = upload.body.id;
    });

    it('stores the file privately under DATA_DIR with its SHA-256, and records a link', async () => {
      const report = (await c.focalSVN.http.get(`/api/v1/reports/${reportId}`)).body;
      const sha = require('node:crypto').createHash('sha256').update(PDF).digest('hex') as string;
      expect(report.evidence).toEqual([expect.objectContaining({ id: fileId, kind: 'file', fileName: 'police-act.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, sha256: sha })]);
      const db = app.t.app.get(DataSource);
      const [row] = await db.query(`SELECT storage_key FROM report_evidence WHERE id = $1`, [fileId]);
      const { readFileSync, statSync } = require('node:fs') as typeof import('node:fs');
      const path = `${app.dataDir}/evidence/${row.storage_key as string}`;
      expect(readFileSync(path)).toEqual(PDF);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const link = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/links`).send({ title: 'Official Gazette', url: 'https://www.uradni-list.si/1/objava.jsp' });
      expect(link.status).toBe(201);
      expect(link.body).toMatchObject({ kind: 'link', url: 'https://www.uradni-list.si/1/objava.jsp', sha256: null });
    });

    it('leaves no file behind when the transaction recording it does not commit', async () => {
      const { readdirSync } = require('node:fs') as typeof import('node:fs');
      const files = (): string[] => readdirSync(`${app.dataDir}/evidence`, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
      const before = files();
      const db = app.t.app.get(DataSource);
      // A database fault after the file is written: the row never commits.
      await db.query(`CREATE FUNCTION refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk quota of the database exceeded'; END $$`);
      await db.query(`CREATE TRIGGER refuse_evidence BEFORE INSERT ON report_evidence FOR EACH ROW EXECUTE FUNCTION refuse_evidence()`);
      try {
        const failed = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/files`).field('title', 'Lost').attach('file', PDF, { filename: 'lost.pdf', contentType: 'application/pdf' });
        expect(failed.status).toBe(500);
      } finally {
        await db.query(`DROP TRIGGER refuse_evidence ON report_evidence; DROP FUNCTION refuse_evidence()`);
      }
      expect(files()).toEqual(before);
      const ok = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/files`).field('title', 'Kept').attach('file', PDF, { filename: 'kept.pdf', contentType: 'application/pdf' });
      expect(ok.status).toBe(201);
      expect(files()).toHaveLength(before.length + 1);
    });

    it('refuses a type not accepted, a file that lies about its type, and one over the size limit, naming the field', async () => {
      const exe = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/files`).field('title', 'Tool').attach('file', Buffer.from('MZ\x90\x00'), { filename: 'tool.exe', contentType: 'application/x-msdownload' });
      expect(exe.status).toBe(400);
      expect(exe.body.errors[0]).toMatchObject({ field: 'file', reason: expect.stringContaining('is not accepted') });
      const fake = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/files`).field('title', 'Fake').attach('file', Buffer.from('MZ\x90\x00'), { filename: 'fake.pdf', contentType: 'application/pdf' });
      expect(fake.status).toBe(400);
      expect(fake.body.errors[0]).toEqual({ field: 'file', reason: 'does not contain what its type application/pdf says' });
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const tooBig = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/files`).field('title', 'Big').attach('file', big, { filename: 'big.pdf', contentType: 'application/pdf' });
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.errors).toEqual([{ field: 'file', reason: 'is larger than the evidence limit of 1 MB' }]);
    });

    it('serves the file only to those who may see the report: 404 for a foreign State and, while unpublished, for the public', async () => {
      const path = `/api/v1/reports/${reportId}/evidence/${fileId}/file`;
      const own = await c.focalSVN.http.get(path);
      expect(own.status).toBe(200);
      expect(own.headers['content-type']).toBe('application/pdf');
      expect(Buffer.from(own.body as Buffer)).toEqual(PDF);
      expect((await c.officer.http.get(path)).status).toBe(200);
      const foreign = await c.focalHRV.http.get(path);
      expect(foreign.status).toBe(404);
      expect(foreign.body.message).toBe(`Evidence ${fileId} not found`);
      expect((await app.anonymous().get(path)).status).toBe(404);
      expect((await c.ngo.http.get(path)).status).toBe(404);
      // The report itself is refused without hiding that it exists (ADR 0005).
      expect((await c.focalHRV.http.get(`/api/v1/reports/${reportId}`)).status).toBe(403);
      expect((await app.anonymous().get(`/api/v1/reports/${reportId}`)).status).toBe(401);
    });

    it('serves it to everyone once the report is published', async () => {
      let report = (await c.focalSVN.http.get(`/api/v1/reports/${reportId}`)).body;
      report = await step(c.focalSVN, report, 'submit');
      report = await step(c.officer, report, 'validate');
      await step(c.officer, report, 'publish');
      const path = `/api/v1/reports/${reportId}/evidence/${fileId}/file`;
      expect((await app.anonymous().get(path)).status).toBe(200);
      expect((await c.focalHRV.http.get(path)).status).toBe(200);
    });

    it('no longer accepts evidence once the report left the State', async () => {
      const late = await c.focalSVN.http.post(`/api/v1/reports/${reportId}/evidence/links`).send({ title: 'Late', url: 'https://example.org/' });
      expect(late.status).toBe(409);
    });
  });
});
