import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import { DEFAULT_COOPERATION_SETTINGS, evaluateAll, windowFor } from '@tracker/domain';
import { CooperationRecordsRepository } from '../src/modules/cooperation/cooperation-records.repository';
import { signedIn, type SignedIn } from './accounts';
import { createTestApp, type TestApp } from './test-app';

const FUND = '/api/v1/fund';
const TODAY = new Date().toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface RequestBody {
  id: number;
  status: string;
  version: number;
  reportingYear: number | null;
  requested: { amountMinor: string; currency: string; formatted: string };
  approved: { amountMinor: string; currency: string; formatted: string } | null;
  disbursed: { amountMinor: string; currency: string; formatted: string };
  published: boolean;
  approvalAboveRequestReason: string | null;
  recommendations: { id: number }[];
  partners: { id: number; name: string }[];
  disbursements: { id: number; amount: { amountMinor: string; formatted: string }; disbursedOn: string; voidedAt: string | null; voidReason: string | null }[];
  documents: { id: number; kind: string; title: string; sha256: string | null; sizeBytes: number | null; mediaType: string | null; url: string | null }[];
  transitions: { action: string; fromStatus: string | null; toStatus: string; actorRole: string; actorName: string | null; reason: string | null; effectiveOn: string }[];
  actions: { edit: boolean; publish: boolean; disburse: boolean; archive: boolean; addDocument: boolean; transitions: string[] };
}

describe('Voluntary Fund assistance requests (real PostgreSQL)', () => {
  let t: TestApp;
  let dataDir: string;
  let officer: SignedIn;
  let admin: SignedIn;
  let focalSvn: SignedIn;
  let focalHrv: SignedIn;
  let monitor: SignedIn;
  let partnerId: number;
  const recSvn: number[] = [];
  let recHrv: number;

  const anonymous = (): ReturnType<typeof request> => request(t.app.getHttpServer());

  /** A draft of Slovenia by its focal point, complete enough to submit. */
  async function draft(by: SignedIn = focalSvn, overrides: Record<string, unknown> = {}): Promise<RequestBody> {
    const res = await by.http.post(`${FUND}/requests`).send({
      stateIso3: 'SVN',
      activityType: 'national_capacity_and_expertise',
      channel: 'ohchr_regional_office',
      description: 'Training of the national preventive mechanism on places of detention',
      consentOn: '2026-01-15',
      consentBy: 'Ministry of Justice',
      requestedMinor: '5000000',
      recommendationIds: [recSvn[0], recSvn[1]],
      ...overrides,
    });
    if (res.status !== 201) throw new Error(`draft answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as RequestBody;
  }

  async function step(by: SignedIn, id: number, action: string, extra: Record<string, unknown> = {}): Promise<Response> {
    return by.http.post(`${FUND}/requests/${id}/transitions`).send({ action, ...extra });
  }

  async function ok(pending: PromiseLike<Response>): Promise<RequestBody> {
    const res = await pending;
    if (res.status >= 300) throw new Error(`answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as RequestBody;
  }

  /** Drafted, submitted, reviewed and approved (for `approvedMinor`), with the given step dates. */
  async function approved(approvedMinor = '4000000', options: { on?: string; overrides?: Record<string, unknown> } = {}): Promise<RequestBody> {
    const created = await draft(focalSvn, options.overrides);
    const on = options.on === undefined ? {} : { effectiveOn: options.on };
    await ok(step(focalSvn, created.id, 'submit', on));
    await ok(step(officer, created.id, 'start_review', on));
    return ok(step(officer, created.id, 'approve', { approvedMinor, ...on }));
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fund-data-'));
    t = await createTestApp({ DATA_DIR: dataDir, FUND_DOCUMENT_MAX_MB: '1' });
    officer = await signedIn(t, { role: 'ohchr_officer', displayName: 'Olga Officer' });
    admin = await signedIn(t, { role: 'administrator' });
    focalSvn = await signedIn(t, { role: 'state_focal_point', stateIso3: 'SVN', displayName: 'Maja Focal' });
    focalHrv = await signedIn(t, { role: 'state_focal_point', stateIso3: 'HRV' });
    const org = await officer.http.post('/api/v1/stakeholders').send({ name: 'Human Rights Ombudsman', kind: 'nhri', stateIso3: 'SVN' });
    partnerId = org.body.id;
    monitor = await signedIn(t, { role: 'ngo_monitor', organisationId: partnerId });
    for (const text of ['Strengthen the national preventive mechanism', 'Train prison staff on the Nelson Mandela Rules', 'Ratify OP-CAT']) {
      recSvn.push((await officer.http.post('/api/v1/recommendations').send({ body: 'CAT', stateIso3: 'SVN', text })).body.id);
    }
    recHrv = (await officer.http.post('/api/v1/recommendations').send({ body: 'CAT', stateIso3: 'HRV', text: 'Establish a police complaints body' })).body.id;
  });

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('lifecycle', () => {
    it('walks a request from draft to reported: the State drafts and submits, OHCHR reviews, approves, disburses and reports; every step audited', async () => {
      const created = await draft(focalSvn, { partnerIds: [partnerId] });
      expect(created).toMatchObject({
        status: 'draft',
        version: 1,
        requested: { amountMinor: '5000000', currency: 'USD', formatted: 'USD 50,000.00' },
        approved: null,
        disbursed: { amountMinor: '0', formatted: 'USD 0.00' },
        recommendations: [{ id: recSvn[0] }, { id: recSvn[1] }],
        partners: [{ id: partnerId, name: 'Human Rights Ombudsman' }],
        actions: { edit: true, transitions: ['submit'], publish: false, disburse: false },
      });
      const id = created.id;
      expect((await ok(step(focalSvn, id, 'submit'))).status).toBe('submitted');
      expect((await ok(step(officer, id, 'start_review'))).actions.transitions).toEqual(['return', 'approve', 'decline']);
      const approvedBody = await ok(step(officer, id, 'approve', { approvedMinor: '4500000' }));
      expect(approvedBody).toMatchObject({ status: 'approved', approved: { amountMinor: '4500000', formatted: 'USD 45,000.00' }, reportingYear: Number(TODAY.slice(0, 4)) });
      expect((await ok(step(officer, id, 'start_implementation'))).status).toBe('in_implementation');
      const paid = await ok(officer.http.post(`${FUND}/requests/${id}/disbursements`).send({ amountMinor: '2000000', disbursedOn: TODAY, note: 'First instalment' }));
      expect(paid.disbursed).toEqual({ amountMinor: '2000000', currency: 'USD', formatted: 'USD 20,000.00' });
      expect((await ok(step(officer, id, 'complete'))).status).toBe('completed');
      const reported = await ok(step(officer, id, 'report'));
      expect(reported.status).toBe('reported');
      expect(reported.transitions.map((s) => [s.action, s.fromStatus, s.toStatus, s.actorRole])).toEqual([
        ['create', null, 'draft', 'state_focal_point'],
        ['submit', 'draft', 'submitted', 'state_focal_point'],
        ['start_review', 'submitted', 'under_review', 'ohchr_officer'],
        ['approve', 'under_review', 'approved', 'ohchr_officer'],
        ['start_implementation', 'approved', 'in_implementation', 'ohchr_officer'],
        ['complete', 'in_implementation', 'completed', 'ohchr_officer'],
        ['report', 'completed', 'reported', 'ohchr_officer'],
      ]);
      expect(reported.transitions[1]?.actorName).toBe('Maja Focal');

      const audit: { action: string; entity_type: string; actor: string; changes: Record<string, { before: unknown; after: unknown }> }[] = await t.app
        .get(DataSource)
        .query(`SELECT action, entity_type, actor, changes FROM audit_log WHERE (entity_type = 'assistance_request' AND entity_id = $1) OR (entity_type = 'assistance_disbursement' AND changes->'requestId'->>'after' = $1) ORDER BY id`, [String(id)]);
      expect(audit.map((a) => [a.action, a.entity_type, a.changes['status']?.after ?? a.changes['recommendationId']?.after ?? a.changes['amountMinor']?.after ?? null])).toEqual([
        ['link', 'assistance_request', recSvn[0]],
        ['link', 'assistance_request', recSvn[1]],
        ['create', 'assistance_request', null],
        ['update', 'assistance_request', 'submitted'],
        ['update', 'assistance_request', 'under_review'],
        ['update', 'assistance_request', 'approved'],
        ['update', 'assistance_request', 'in_implementation'],
        ['create', 'assistance_disbursement', '2000000'],
        ['update', 'assistance_request', 'completed'],
        ['update', 'assistance_request', 'reported'],
      ]);
      expect(audit.find((a) => a.changes['status']?.after === 'approved')).toMatchObject({ actor: officer.id, changes: { approvedMinor: { before: null, after: '4500000' } } });
    });

    it('lets OHCHR return a request to the State with a reason, which makes it an editable draft again', async () => {
      const { id } = await draft();
      await ok(step(focalSvn, id, 'submit'));
      const returned = await ok(step(officer, id, 'return', { reason: 'Attach the budget' }));
      // A draft again: OHCHR may help edit it, only the State submits it.
      expect(returned).toMatchObject({ status: 'draft', actions: { edit: true, transitions: [] } });
      expect(returned.transitions.at(-1)).toMatchObject({ action: 'return', reason: 'Attach the budget', actorName: 'Olga Officer' });
      const forState = await ok(focalSvn.http.get(`${FUND}/requests/${id}`));
      expect(forState.actions).toMatchObject({ edit: true, transitions: ['submit'] });
      // Names of the people who acted are OHCHR's to see.
      expect(forState.transitions.at(-1)).toMatchObject({ actorRole: 'ohchr_officer', actorName: null, reason: 'Attach the budget' });
    });

    it('lets OHCHR draft for any State, but only the State submits it', async () => {
      const created = await draft(officer, { stateIso3: 'HRV', recommendationIds: [recHrv] });
      expect(created.status).toBe('draft');
      const submit = await step(officer, created.id, 'submit');
      expect(submit.status).toBe(403);
      expect(submit.body.message).toBe('only a state_focal_point may submit an assistance request, not a ohchr_officer');
      expect((await ok(step(focalHrv, created.id, 'submit'))).status).toBe('submitted');
    });

    it('refuses a step the role may not take with 403 and the reason', async () => {
      const { id } = await draft();
      await ok(step(focalSvn, id, 'submit'));
      await ok(step(officer, id, 'start_review'));
      const own = await step(focalSvn, id, 'approve', { approvedMinor: '100' });
      expect(own.status).toBe(403);
      expect(own.body.message).toBe('only a ohchr_officer may approve an assistance request, not a state_focal_point');
      expect((await step(admin, id, 'approve', { approvedMinor: '100' })).status).toBe(403);
      const anonymousStep = await anonymous().post(`${FUND}/requests/${id}/transitions`).send({ action: 'approve', approvedMinor: '100' });
      expect(anonymousStep.status).toBe(401);
    });

    it('refuses a step out of order with 409 and the reason, and a refusal without a reason with 400 naming `reason`', async () => {
      const { id } = await draft();
      const early = await step(officer, id, 'approve', { approvedMinor: '100' });
      expect(early.status).toBe(409);
      expect(early.body.message).toBe('cannot approve an assistance request that is draft');
      await ok(step(focalSvn, id, 'submit'));
      await ok(step(officer, id, 'start_review'));
      const noReason = await step(officer, id, 'decline', { reason: '   ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors).toEqual([{ field: 'reason', reason: 'to decline an assistance request, give the reason' }]);
      const declined = await ok(step(officer, id, 'decline', { reason: 'Outside the terms of reference' }));
      expect(declined).toMatchObject({ status: 'declined', reportingYear: Number(TODAY.slice(0, 4)), actions: { transitions: [], publish: false } });
      expect((await step(officer, id, 'start_implementation')).status).toBe(409);
    });

    it('refuses submitting without the State’s consent or a linked recommendation (422, naming the fields)', async () => {
      const { id } = await draft(focalSvn, { consentOn: null, consentBy: null, recommendationIds: [] });
      const res = await step(focalSvn, id, 'submit');
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['consentOn', 'consentBy', 'recommendationIds']);
      expect(res.body.message).toContain('record the date the State consented before submitting (HRC res 6/17)');
    });

    it('refuses a stale version (409), and a step dated in the future or before the previous one (400)', async () => {
      const created = await draft();
      expect((await step(focalSvn, created.id, 'submit', { version: created.version + 5 })).status).toBe(409);
      const future = await step(focalSvn, created.id, 'submit', { effectiveOn: '2999-01-01' });
      expect(future.status).toBe(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'effectiveOn' });
      await ok(step(focalSvn, created.id, 'submit', { effectiveOn: '2026-02-01', version: created.version }));
      const before = await step(officer, created.id, 'start_review', { effectiveOn: '2026-01-20' });
      expect(before.status).toBe(400);
      expect(before.body.errors).toEqual([{ field: 'effectiveOn', reason: 'is before the previous step of the request (2026-02-01)' }]);
    });
  });

  describe('drafting', () => {
    it('lets the State change its draft, guarded by the version, and not once submitted', async () => {
      const created = await draft();
      const changed = await ok(focalSvn.http.patch(`${FUND}/requests/${created.id}`).send({ version: created.version, requestedMinor: '6000000', recommendationIds: [recSvn[2]] }));
      expect(changed).toMatchObject({ version: 2, requested: { amountMinor: '6000000' }, recommendations: [{ id: recSvn[2] }] });
      const stale = await focalSvn.http.patch(`${FUND}/requests/${created.id}`).send({ version: created.version, description: 'Lost update' });
      expect(stale.status).toBe(409);
      expect(stale.body.current.version).toBe(2);
      // Re-linking a recommendation that was unlinked restores the link (rows are never deleted).
      const relinked = await ok(focalSvn.http.patch(`${FUND}/requests/${created.id}`).send({ version: 2, recommendationIds: [recSvn[0], recSvn[2]] }));
      expect(relinked.recommendations.map((r) => r.id)).toEqual([recSvn[0], recSvn[2]]);
      const rows: { recommendation_id: number; unlinked: boolean }[] = await t.app
        .get(DataSource)
        .query(`SELECT recommendation_id, unlinked_at IS NOT NULL AS unlinked FROM assistance_request_recommendation WHERE request_id = $1 ORDER BY recommendation_id`, [created.id]);
      expect(rows).toEqual([
        { recommendation_id: recSvn[0], unlinked: false },
        { recommendation_id: recSvn[1], unlinked: true },
        { recommendation_id: recSvn[2], unlinked: false },
      ]);
      await ok(step(focalSvn, created.id, 'submit'));
      const late = await focalSvn.http.patch(`${FUND}/requests/${created.id}`).send({ version: 4, description: 'Too late' });
      expect(late.status).toBe(409);
      expect(late.body.message).toBe('cannot edit an assistance request that is submitted');
    });

    it('links only recommendations addressed to the requesting State (400 naming the item)', async () => {
      const res = await focalSvn.http.post(`${FUND}/requests`).send({ stateIso3: 'SVN', activityType: 'good_practice_exchange', channel: 'ohchr_headquarters', recommendationIds: [recSvn[0], recHrv, 999999] });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'recommendationIds[1]', reason: `recommendation ${recHrv} is addressed to HRV, not to the requesting State SVN` },
        { field: 'recommendationIds[2]', reason: 'recommendation 999999 does not exist' },
      ]);
    });

    it('lets a focal point draft for its own State only; monitors, administrators and the public draft nothing', async () => {
      const body = { stateIso3: 'SVN', activityType: 'good_practice_exchange', channel: 'ohchr_headquarters' };
      const other = await focalHrv.http.post(`${FUND}/requests`).send(body);
      expect(other.status).toBe(403);
      expect(other.body.message).toBe('a State focal point of HRV may not draft an assistance request for SVN');
      expect((await monitor.http.post(`${FUND}/requests`).send(body)).status).toBe(403);
      expect((await admin.http.post(`${FUND}/requests`).send(body)).status).toBe(403);
      expect((await anonymous().post(`${FUND}/requests`).send(body)).status).toBe(401);
    });

    it('archives a draft instead of deleting it; PostgreSQL refuses a DELETE', async () => {
      const { id } = await draft();
      expect((await focalSvn.http.post(`${FUND}/requests/${id}/archive`).send({ reason: '' })).status).toBe(400);
      expect((await focalSvn.http.post(`${FUND}/requests/${id}/archive`).send({ reason: 'Duplicate of another request' })).status).toBe(204);
      expect((await focalSvn.http.get(`${FUND}/requests/${id}`)).status).toBe(404);
      const db = t.app.get(DataSource);
      await expect(db.query(`DELETE FROM assistance_request WHERE id = $1`, [id])).rejects.toThrow(/archived or revoked, never deleted/);
      await expect(db.query(`DELETE FROM assistance_transition WHERE request_id = $1`, [id])).rejects.toThrow(/never deleted/);
    });
  });

  describe('amounts', () => {
    it('never accepts a negative amount: 400 naming the field, and a CHECK in PostgreSQL', async () => {
      const res = await focalSvn.http.post(`${FUND}/requests`).send({ stateIso3: 'SVN', activityType: 'good_practice_exchange', channel: 'ohchr_headquarters', requestedMinor: '-500' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'requestedMinor', reason: 'USD -5.00 is negative; amounts never go negative' }]);
      const float = await focalSvn.http.post(`${FUND}/requests`).send({ stateIso3: 'SVN', activityType: 'good_practice_exchange', channel: 'ohchr_headquarters', requestedMinor: '12.50' });
      expect(float.status).toBe(400);
      expect(float.body.errors[0]).toMatchObject({ field: 'requestedMinor', reason: expect.stringContaining('whole number of minor units') });
      const { id } = await draft();
      await expect(t.app.get(DataSource).query(`UPDATE assistance_request SET requested_minor = -1 WHERE id = $1`, [id])).rejects.toThrow(/CHK_assistance_request_requested/);
    });

    it('approves more than requested only when an OHCHR officer records why', async () => {
      const { id } = await draft();
      await ok(step(focalSvn, id, 'submit'));
      await ok(step(officer, id, 'start_review'));
      const above = await step(officer, id, 'approve', { approvedMinor: '6000000' });
      expect(above.status).toBe(400);
      expect(above.body.errors).toEqual([{ field: 'approvedMinor', reason: 'USD 60,000.00 approved exceeds USD 50,000.00 requested; an OHCHR officer must record why' }]);
      const missing = await step(officer, id, 'approve', {});
      expect(missing.body.errors).toEqual([{ field: 'approvedMinor', reason: 'is required to approve: the amount approved, in minor units' }]);
      const justified = await ok(step(officer, id, 'approve', { approvedMinor: '6000000', approvalAboveRequestReason: 'The Board added a regional seminar' }));
      expect(justified).toMatchObject({ approved: { amountMinor: '6000000' }, approvalAboveRequestReason: 'The Board added a regional seminar' });
      await expect(t.app.get(DataSource).query(`UPDATE assistance_request SET approval_above_request_reason = NULL WHERE id = $1`, [id])).rejects.toThrow(/CHK_assistance_request_approved_above/);
    });

    it('never disburses more than approved, nor in another currency, nor nothing, nor before approval', async () => {
      const request = await approved('3000000');
      const url = `${FUND}/requests/${request.id}/disbursements`;
      await ok(officer.http.post(url).send({ amountMinor: '2000000', disbursedOn: TODAY }));
      const over = await officer.http.post(url).send({ amountMinor: '1000001', disbursedOn: TODAY });
      expect(over.status).toBe(400);
      expect(over.body.errors).toEqual([{ field: 'amountMinor', reason: 'USD 30,000.01 disbursed exceeds USD 30,000.00 approved' }]);
      const currency = await officer.http.post(url).send({ amountMinor: '100', currency: 'EUR', disbursedOn: TODAY });
      expect(currency.body.errors).toEqual([{ field: 'currency', reason: 'is in EUR; the request is in USD' }]);
      const zero = await officer.http.post(url).send({ amountMinor: '0', disbursedOn: TODAY });
      expect(zero.body.errors).toEqual([{ field: 'amountMinor', reason: 'must be greater than zero' }]);
      const early = await officer.http.post(url).send({ amountMinor: '100', disbursedOn: '2020-01-01' });
      expect(early.body.errors).toEqual([{ field: 'disbursedOn', reason: `is before the approval on ${TODAY}` }]);
      expect((await focalSvn.http.post(url).send({ amountMinor: '100', disbursedOn: TODAY })).status).toBe(403);
      const last = await ok(officer.http.post(url).send({ amountMinor: '1000000', disbursedOn: TODAY }));
      expect(last.disbursed.formatted).toBe('USD 30,000.00');

      const { id: draftId } = await draft();
      const beforeApproval = await officer.http.post(`${FUND}/requests/${draftId}/disbursements`).send({ amountMinor: '100', disbursedOn: TODAY });
      expect(beforeApproval.status).toBe(409);
      expect(beforeApproval.body.message).toBe('money is disbursed only on an approved request until it is reported; this one is draft');
    });

    it('voids a disbursement entered by mistake, with a reason: kept on record, no longer counted, audited; once; officers only', async () => {
      const request = await approved('3000000');
      const url = `${FUND}/requests/${request.id}/disbursements`;
      await ok(officer.http.post(url).send({ amountMinor: '2000000', disbursedOn: TODAY }));
      const twice = await ok(officer.http.post(url).send({ amountMinor: '1000000', disbursedOn: TODAY, note: 'Entered by mistake' }));
      const mistaken = twice.disbursements.find((d) => d.amount.amountMinor === '1000000')?.id ?? 0;
      expect((await officer.http.post(url).send({ amountMinor: '500000', disbursedOn: TODAY })).status).toBe(400);
      const voidUrl = `${url}/${mistaken}/void`;

      const blank = await officer.http.post(voidUrl).send({ reason: '  ' });
      expect(blank.status).toBe(400);
      expect(blank.body.errors).toEqual([{ field: 'reason', reason: 'must say why the disbursement is voided' }]);
      expect((await focalSvn.http.post(voidUrl).send({ reason: 'Not ours' })).status).toBe(403);
      expect((await officer.http.post(`${url}/999999/void`).send({ reason: 'No such payment' })).status).toBe(404);

      const voided = await ok(officer.http.post(voidUrl).send({ reason: ' Entered twice; the bank statement shows one payment ' }));
      expect(voided.disbursed.formatted).toBe('USD 20,000.00');
      expect(voided.disbursements.map((d) => [d.amount.amountMinor, d.voidReason, d.voidedAt === null])).toEqual([
        ['2000000', null, true],
        ['1000000', 'Entered twice; the bank statement shows one payment', false],
      ]);
      const again = await officer.http.post(voidUrl).send({ reason: 'Again' });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('this disbursement was already voided');
      // The voided amount no longer counts against the approval: the right payment can be recorded.
      const corrected = await ok(officer.http.post(url).send({ amountMinor: '1000000', disbursedOn: TODAY, note: 'Second instalment' }));
      expect(corrected.disbursed.formatted).toBe('USD 30,000.00');
      const listed = (await officer.http.get(`${FUND}/requests`).query({ state: 'SVN' })).body.items as { id: number; disbursed: { amountMinor: string } }[];
      expect(listed.find((r) => r.id === request.id)?.disbursed.amountMinor).toBe('3000000');

      const db = t.app.get(DataSource);
      const audit = await db.query(`SELECT action, changes->'reason'->>'after' AS reason FROM audit_log WHERE entity_type = 'assistance_disbursement' AND entity_id = $1 ORDER BY id`, [String(mistaken)]);
      expect(audit).toEqual([
        { action: 'create', reason: null },
        { action: 'update', reason: 'Entered twice; the bank statement shows one payment' },
      ]);
      await expect(db.query(`UPDATE assistance_disbursement SET void_reason = NULL WHERE id = $1`, [mistaken])).rejects.toThrow(/CHK_assistance_disbursement_void/);
    });

    it('keeps amounts exact in currencies with 0 and 3 decimals, as strings', async () => {
      const jpy = await draft(focalSvn, { currency: 'JPY', requestedMinor: '9007199254740993' });
      expect(jpy.requested).toEqual({ amountMinor: '9007199254740993', currency: 'JPY', formatted: 'JPY 9,007,199,254,740,993' });
      const kwd = await draft(focalSvn, { currency: 'KWD', requestedMinor: '1250' });
      expect(kwd.requested.formatted).toBe('KWD 1.250');
    });
  });

  describe('visibility', () => {
    it('shows the public and monitors an approved request only once published; the State sees its own; OHCHR sees all', async () => {
      const request = await approved('1000000');
      const path = `${FUND}/requests/${request.id}`;
      expect((await anonymous().get(path)).status).toBe(404);
      expect((await monitor.http.get(path)).status).toBe(404);
      expect((await focalHrv.http.get(path)).status).toBe(404);
      expect((await focalSvn.http.get(path)).status).toBe(200);
      expect((await admin.http.get(path)).status).toBe(200);
      const published = await ok(officer.http.post(`${path}/publish`).send({}));
      expect(published.published).toBe(true);
      expect((await officer.http.post(`${path}/publish`).send({})).status).toBe(409);
      const forPublic = await anonymous().get(path);
      expect(forPublic.status).toBe(200);
      expect(forPublic.body.actions).toEqual({ edit: false, publish: false, disburse: false, voidDisbursement: false, archive: false, addDocument: false, transitions: [] });
      expect((await monitor.http.get(path)).status).toBe(200);
    });

    it('never publishes a request that is not approved', async () => {
      const { id } = await draft();
      const res = await officer.http.post(`${FUND}/requests/${id}/publish`).send({});
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('only an approved request can be published; this one is draft');
      expect((await focalSvn.http.post(`${FUND}/requests/${id}/publish`).send({})).status).toBe(403);
    });

    it('leaves out of lists what the caller may not see, and answers a hidden request like a missing one', async () => {
      const own = await draft();
      const hrv = await draft(officer, { stateIso3: 'HRV', recommendationIds: [recHrv] });
      const ids = async (agent: SignedIn | null): Promise<number[]> =>
        ((await (agent ? agent.http : anonymous()).get(`${FUND}/requests`).query({ limit: 200 })).body.items as { id: number }[]).map((r) => r.id);
      expect(await ids(focalSvn)).toContain(own.id);
      expect(await ids(focalSvn)).not.toContain(hrv.id);
      expect(await ids(focalHrv)).toContain(hrv.id);
      expect(await ids(officer)).toEqual(expect.arrayContaining([own.id, hrv.id]));
      expect(await ids(null)).not.toContain(own.id);
      const hidden = await focalHrv.http.get(`${FUND}/requests/${own.id}`);
      const missing = await focalHrv.http.get(`${FUND}/requests/999999`);
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual({ ...missing.body, message: `Assistance request ${own.id} not found` });
    });

    it('filters the list by status, year, region, activity type and State, and validates the filters', async () => {
      const res = await officer.http.get(`${FUND}/requests`).query({ status: 'draft', state: 'HRV', region: 'Europe', activityType: 'national_capacity_and_expertise' });
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
      expect((res.body.items as { status: string; stateIso3: string; region: string }[]).every((r) => r.status === 'draft' && r.stateIso3 === 'HRV' && r.region === 'Europe')).toBe(true);
      const bad = await officer.http.get(`${FUND}/requests`).query({ status: 'granted' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'status' });
    });
  });

  describe('aggregates for the Fund page', () => {
    it('counts by status, year, region and activity type, and sums amounts per period and currency, in PostgreSQL, over what the caller may see', async () => {
      const fresh = await createTestApp({ DATA_DIR: dataDir });
      try {
        const off = await signedIn(fresh, { role: 'ohchr_officer' });
        const fji = await signedIn(fresh, { role: 'state_focal_point', stateIso3: 'FJI' });
        const svn = await signedIn(fresh, { role: 'state_focal_point', stateIso3: 'SVN' });
        const rec = async (state: string): Promise<number> => (await off.http.post('/api/v1/recommendations').send({ body: 'CAT', stateIso3: state, text: `Rec ${state} ${Math.random()}` })).body.id;
        const [fjiRec, svnRec] = [await rec('FJI'), await rec('SVN')];
        const make = async (by: SignedIn, state: string, recId: number, body: Record<string, unknown>): Promise<number> =>
          (
            await ok(
              by.http.post(`${FUND}/requests`).send({ stateIso3: state, channel: 'resident_coordinator', consentOn: '2024-01-01', consentBy: 'Cabinet', description: 'Assistance', recommendationIds: [recId], ...body }),
            )
          ).id;
        /** The State submits; OHCHR takes every other step. */
        const walk = async (state: SignedIn, id: number, steps: [string, string, Record<string, unknown>?][]): Promise<void> => {
          for (const [action, on, extra] of steps) await ok(step(action === 'submit' ? state : off, id, action, { effectiveOn: on, ...extra }));
        };
        // Fiji: USD, approved in 2024 and 2025, disbursed in 2025; one published.
        const a = await make(fji, 'FJI', fjiRec, { activityType: 'implementation_project_co_funding', requestedMinor: '10000000' });
        await walk(fji, a, [['submit', '2024-02-10'], ['start_review', '2024-03-01'], ['approve', '2024-04-15', { approvedMinor: '8000000' }], ['start_implementation', '2024-05-01']]);
        await ok(off.http.post(`${FUND}/requests/${a}/disbursements`).send({ amountMinor: '5000000', disbursedOn: '2025-01-20' }));
        await ok(off.http.post(`${FUND}/requests/${a}/publish`).send({}));
        const b = await make(fji, 'FJI', fjiRec, { activityType: 'national_capacity_and_expertise', requestedMinor: '2000000' });
        await walk(fji, b, [['submit', '2025-03-03'], ['start_review', '2025-03-04'], ['decline', '2025-06-30', { reason: 'Funds exhausted' }]]);
        // Slovenia: EUR, approved in 2025; never published; one draft.
        const c = await make(svn, 'SVN', svnRec, { activityType: 'national_capacity_and_expertise', currency: 'EUR', requestedMinor: '300000' });
        await walk(svn, c, [['submit', '2025-07-01'], ['start_review', '2025-07-02'], ['approve', '2025-07-20', { approvedMinor: '300000' }]]);
        await ok(off.http.post(`${FUND}/requests/${c}/disbursements`).send({ amountMinor: '100000', disbursedOn: '2025-08-01' }));
        await make(svn, 'SVN', svnRec, { activityType: 'good_practice_exchange', requestedMinor: '999' });

        const all = (await off.http.get(`${FUND}/aggregates`)).body;
        expect(all.total).toBe(4);
        expect(all.byStatus).toEqual([
          { key: 'approved', count: 1 },
          { key: 'declined', count: 1 },
          { key: 'draft', count: 1 },
          { key: 'in_implementation', count: 1 },
        ]);
        expect(all.byYear).toEqual([
          { key: '2024', count: 1 },
          { key: '2025', count: 2 },
          { key: null, count: 1 },
        ]);
        expect(all.byRegion).toEqual([
          { key: 'Europe', count: 2 },
          { key: 'Oceania', count: 2 },
        ]);
        expect(all.byActivityType).toEqual([
          { key: 'good_practice_exchange', count: 1 },
          { key: 'implementation_project_co_funding', count: 1 },
          { key: 'national_capacity_and_expertise', count: 2 },
        ]);
        const flat = (points: { period: string; currency: string; requested: { amountMinor: string }; approved: { amountMinor: string }; disbursed: { formatted: string } }[]): string[][] =>
          points.map((p) => [p.period, p.currency, p.requested.amountMinor, p.approved.amountMinor, p.disbursed.formatted]);
        expect(all.granularity).toBe('year');
        expect(flat(all.amountsOverTime)).toEqual([
          ['2024', 'USD', '10000000', '8000000', 'USD 0.00'],
          ['2025', 'EUR', '300000', '300000', 'EUR 1,000.00'],
          ['2025', 'USD', '2000000', '0', 'USD 50,000.00'],
        ]);
        const monthly = (await off.http.get(`${FUND}/aggregates`).query({ granularity: 'month', state: 'FJI' })).body;
        expect(flat(monthly.amountsOverTime)).toEqual([
          ['2024-02', 'USD', '10000000', '0', 'USD 0.00'],
          ['2024-04', 'USD', '0', '8000000', 'USD 0.00'],
          ['2025-01', 'USD', '0', '0', 'USD 50,000.00'],
          ['2025-03', 'USD', '2000000', '0', 'USD 0.00'],
        ]);
        const filtered = (await off.http.get(`${FUND}/aggregates`).query({ year: 2025, activityType: 'national_capacity_and_expertise' })).body;
        expect(filtered.total).toBe(2);
        expect(filtered.byRegion).toEqual([
          { key: 'Europe', count: 1 },
          { key: 'Oceania', count: 1 },
        ]);

        // The public counts only the published, approved request; Slovenia's focal point its own as well.
        const publicFigures = (await request(fresh.app.getHttpServer()).get(`${FUND}/aggregates`)).body;
        expect(publicFigures.total).toBe(1);
        expect(publicFigures.byStatus).toEqual([{ key: 'in_implementation', count: 1 }]);
        expect(flat(publicFigures.amountsOverTime)).toEqual([
          ['2024', 'USD', '10000000', '8000000', 'USD 0.00'],
          ['2025', 'USD', '0', '0', 'USD 50,000.00'],
        ]);
        const slovenia = (await svn.http.get(`${FUND}/aggregates`)).body;
        expect(slovenia.total).toBe(3);
        expect(slovenia.byRegion).toEqual([
          { key: 'Europe', count: 2 },
          { key: 'Oceania', count: 1 },
        ]);
      } finally {
        await fresh.close();
      }
    });
  });

  describe('linked recommendations and results', () => {
    it('shows each linked recommendation’s status timeline (public claims only for the State and the public) and which moved during the assistance', async () => {
      const request = await approved('1000000', { on: '2025-01-10', overrides: { recommendationIds: [recSvn[0], recSvn[1]] } });
      await ok(step(officer, request.id, 'start_implementation', { effectiveOn: '2025-02-01' }));
      await ok(step(officer, request.id, 'complete', { effectiveOn: '2025-12-31' }));
      await ok(officer.http.post(`${FUND}/requests/${request.id}/publish`).send({}));
      const db = t.app.get(DataSource);
      const claim = (rec: number | undefined, party: string, status: string, on: string, isPublic: boolean): Promise<unknown> =>
        db.query(`INSERT INTO status_event (recommendation_id, party, status, effective_on, source, public) VALUES ($1, $2, $3, $4, 'ohchr', $5)`, [rec, party, status, on, isPublic]);
      await claim(recSvn[0], 'ohchr', 'not_implemented', '2024-06-01', true);
      await claim(recSvn[0], 'ohchr', 'partially_implemented', '2025-06-01', true);
      await claim(recSvn[0], 'ngo', 'fully_implemented', '2025-07-01', false);
      await claim(recSvn[1], 'state', 'partially_implemented', '2024-01-01', true);

      const forState = (await focalSvn.http.get(`${FUND}/requests/${request.id}/recommendations`)).body;
      expect(forState.period).toEqual({ start: '2025-02-01', end: '2025-12-31', asOf: TODAY });
      expect(forState.publicClaimsOnly).toBe(true);
      const first = forState.items.find((i: { id: number }) => i.id === recSvn[0]);
      expect(first.timeline.map((c: { party: string; status: string; effectiveOn: string }) => [c.party, c.status, c.effectiveOn])).toEqual([
        ['ohchr', 'not_implemented', '2024-06-01'],
        ['ohchr', 'partially_implemented', '2025-06-01'],
      ]);
      expect(first.result).toEqual({
        moved: true,
        byParty: [{ party: 'ohchr', before: 'not_implemented', atEnd: 'partially_implemented', afterwards: 'partially_implemented', during: 'improved', after: 'unchanged' }],
      });
      expect(forState.items.find((i: { id: number }) => i.id === recSvn[1]).result).toEqual({
        moved: false,
        byParty: [{ party: 'state', before: 'partially_implemented', atEnd: 'partially_implemented', afterwards: 'partially_implemented', during: 'unchanged', after: 'unchanged' }],
      });
      const forPublic = (await anonymous().get(`${FUND}/requests/${request.id}/recommendations`)).body;
      expect(forPublic.items[0].timeline).toHaveLength(2);

      const forOhchr = (await officer.http.get(`${FUND}/requests/${request.id}/recommendations`)).body;
      expect(forOhchr.publicClaimsOnly).toBe(false);
      const firstForOhchr = forOhchr.items.find((i: { id: number }) => i.id === recSvn[0]);
      expect(firstForOhchr.timeline).toHaveLength(3);
      expect(firstForOhchr.result.byParty.map((m: { party: string; during: string }) => [m.party, m.during])).toEqual([
        ['ngo', 'unknown'],
        ['ohchr', 'improved'],
      ]);
    });

    it('has no results before the implementation starts', async () => {
      const { id } = await draft();
      const res = (await focalSvn.http.get(`${FUND}/requests/${id}/recommendations`)).body;
      expect(res.period).toBeNull();
      expect(res.items.map((i: { result: unknown }) => i.result)).toEqual([null, null]);
    });
  });

  describe('asking for assistance is evidence of cooperation', () => {
    it('never produces a non-cooperation flag: the rules read the requests through the cooperation loader and set them all aside', async () => {
      const fji = await signedIn(t, { role: 'state_focal_point', stateIso3: 'FJI' });
      const rec = (await officer.http.post('/api/v1/recommendations').send({ body: 'CAT', stateIso3: 'FJI', text: 'Adopt a national action plan' })).body.id as number;
      const base = { stateIso3: 'FJI', activityType: 'implementation_project_co_funding', channel: 'resident_coordinator', description: 'Action plan', consentOn: '2026-01-01', consentBy: 'Cabinet', requestedMinor: '100000', recommendationIds: [rec] };
      const create = async (): Promise<number> => (await ok(fji.http.post(`${FUND}/requests`).send(base))).id;
      const walk = async (id: number, steps: string[]): Promise<void> => {
        for (const action of steps) {
          await ok(step(action === 'submit' ? fji : officer, id, action, action === 'approve' ? { approvedMinor: '100000' } : action === 'decline' ? { reason: 'Funds exhausted' } : {}));
        }
      };
      const paths: string[][] = [
        [],
        ['submit'],
        ['submit', 'start_review'],
        ['submit', 'start_review', 'decline'],
        ['submit', 'start_review', 'approve'],
        ['submit', 'start_review', 'approve', 'start_implementation'],
        ['submit', 'start_review', 'approve', 'start_implementation', 'complete'],
        ['submit', 'start_review', 'approve', 'start_implementation', 'complete', 'report'],
      ];
      for (const path of paths) await walk(await create(), path);

      const window = windowFor(TODAY, DEFAULT_COOPERATION_SETTINGS.window);
      const records = await t.app.get(CooperationRecordsRepository).forState('FJI', window.asOf);
      const requests = records.filter((r) => r.kind === 'assistance_request');
      expect(requests.map((r) => (r.kind === 'assistance_request' ? r.status : null)).sort()).toEqual(
        ['approved', 'completed', 'declined', 'draft', 'in_implementation', 'reported', 'submitted', 'under_review'],
      );
      const withRequests = evaluateAll(records, window, DEFAULT_COOPERATION_SETTINGS);
      expect(withRequests).toEqual(evaluateAll(records.filter((r) => r.kind !== 'assistance_request'), window, DEFAULT_COOPERATION_SETTINGS));
      expect(withRequests.flatMap((r) => r.evidence).filter((e) => e.kind === 'assistance_request')).toEqual([]);
    });
  });

  describe('documents', () => {
    it('leaves no stored copy behind when the transaction recording the document does not commit', async () => {
      const { id } = await draft();
      const db = t.app.get(DataSource);
      await db.query(`CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk quota of the database exceeded'; END $$`);
      await db.query(`CREATE TRIGGER refuse_document BEFORE INSERT ON assistance_document FOR EACH ROW EXECUTE FUNCTION refuse_document()`);
      try {
        const failed = await focalSvn.http.post(`${FUND}/requests/${id}/documents`).field('title', 'Consent letter').attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' });
        expect(failed.status).toBe(500);
      } finally {
        await db.query(`DROP TRIGGER refuse_document ON assistance_document; DROP FUNCTION refuse_document()`);
      }
      const folder = join(dataDir, 'fund-documents', String(id));
      expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    });

    it('keeps an uploaded file privately under DATA_DIR with its SHA-256, and serves it only to those who may read the request', async () => {
      const { id } = await draft();
      const res = await focalSvn.http.post(`${FUND}/requests/${id}/documents`).field('title', 'Consent letter').attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(201);
      const document = (res.body as RequestBody).documents[0];
      const sha256 = createHash('sha256').update(PDF).digest('hex');
      expect(document).toMatchObject({ kind: 'file', title: 'Consent letter', sha256, sizeBytes: PDF.length, mediaType: 'application/pdf', url: null });
      const folder = join(dataDir, 'fund-documents', String(id));
      const files = readdirSync(folder);
      expect(files).toHaveLength(1);
      expect(readFileSync(join(folder, files[0] ?? '')).equals(PDF)).toBe(true);
      expect(statSync(join(folder, files[0] ?? '')).mode & 0o777).toBe(0o600);

      const download = await focalSvn.http.get(`${FUND}/requests/${id}/documents/${document?.id}`).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain('filename="consent.pdf"');
      expect((download.body as Buffer).equals(PDF)).toBe(true);
      expect((await anonymous().get(`${FUND}/requests/${id}/documents/${document?.id}`)).status).toBe(404);
      expect((await focalHrv.http.get(`${FUND}/requests/${id}/documents/${document?.id}`)).status).toBe(404);
    });

    it('refuses a file of another type, an empty one or one over the limit, naming `file`; accepts a link', async () => {
      const { id } = await draft();
      const url = `${FUND}/requests/${id}/documents`;
      const text = await focalSvn.http.post(url).field('title', 'Notes').attach('file', Buffer.from('plain text pretending'), { filename: 'notes.pdf', contentType: 'application/pdf' });
      expect(text.status).toBe(400);
      expect(text.body.errors).toEqual([{ field: 'file', reason: 'is not an accepted document type (PDF, Word (.docx), Excel (.xlsx), OpenDocument (.odt, .ods), PNG or JPEG)' }]);
      const big = await focalSvn.http.post(url).field('title', 'Huge').attach('file', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]), { filename: 'huge.pdf' });
      expect(big.status).toBe(413);
      expect(big.body.errors).toEqual([{ field: 'file', reason: 'is larger than the limit of 1 MB (FUND_DOCUMENT_MAX_MB)' }]);
      const none = await focalSvn.http.post(url).field('title', 'Nothing');
      expect(none.body.errors).toEqual([{ field: 'file', reason: 'is required unless a link (url) is given' }]);
      const link = await ok(focalSvn.http.post(url).field('title', 'Project page').field('url', 'https://www.ohchr.org/en/hr-bodies/upr/voluntary-fund'));
      expect(link.documents).toEqual([expect.objectContaining({ kind: 'link', url: 'https://www.ohchr.org/en/hr-bodies/upr/voluntary-fund', sha256: null })]);
      expect((await monitor.http.post(url).field('title', 'x').field('url', 'https://example.org')).status).toBe(404);
      const archived = await ok(focalSvn.http.post(`${url}/${link.documents[0]?.id}/archive`).send({ reason: 'Wrong page' }));
      expect(archived.documents).toEqual([]);
      expect(existsSync(join(dataDir, 'fund-documents', String(id)))).toBe(false);
    });
  });
});
