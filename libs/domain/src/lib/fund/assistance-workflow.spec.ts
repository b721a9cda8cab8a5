import { ADMIN, NGO, OFFICER, PUBLIC, user } from '../follow-up/test-actors';
import { assistanceTransition, availableAssistanceActions, startAssistanceRequest, type AssistanceAction, type AssistanceRequestFacts, type AssistanceStatus } from './assistance-workflow';

const FIJI_FOCAL = user('state_focal_point', 'FJI');
const request = (status: AssistanceStatus): AssistanceRequestFacts => ({ status, stateIso3: 'FJI' });

describe('assistanceTransition', () => {
  it('walks a request from draft to reported: the State submits, OHCHR reviews, approves and follows up', () => {
    const steps: [AssistanceStatus, AssistanceAction, typeof OFFICER][] = [
      ['draft', { type: 'edit' }, FIJI_FOCAL],
      ['draft', { type: 'submit' }, FIJI_FOCAL],
      ['submitted', { type: 'start_review' }, OFFICER],
      ['under_review', { type: 'approve' }, OFFICER],
      ['approved', { type: 'start_implementation' }, OFFICER],
      ['in_implementation', { type: 'complete' }, OFFICER],
      ['completed', { type: 'report' }, OFFICER],
    ];
    expect(steps.map(([status, action, actor]) => assistanceTransition(request(status), action, actor))).toEqual(
      ['draft', 'submitted', 'under_review', 'approved', 'in_implementation', 'completed', 'reported'].map((next) => ({ ok: true, next })),
    );
  });

  it('lets OHCHR decline a request under review, with a reason', () => {
    expect(assistanceTransition(request('under_review'), { type: 'decline', reason: 'Outside the terms of reference' }, OFFICER)).toEqual({
      ok: true,
      next: 'declined',
    });
  });

  it('refuses a decline without a reason', () => {
    expect(assistanceTransition(request('under_review'), { type: 'decline', reason: '' }, OFFICER)).toEqual({
      ok: false,
      refusal: { code: 'reason_required', reason: 'to decline an assistance request, give the reason' },
    });
  });

  it('lets OHCHR return a submitted request or one under review to the State as a draft, with a reason', () => {
    expect(assistanceTransition(request('submitted'), { type: 'return', reason: 'Add the consent letter' }, OFFICER)).toEqual({ ok: true, next: 'draft' });
    expect(assistanceTransition(request('under_review'), { type: 'return', reason: 'Budget lines missing' }, OFFICER)).toEqual({ ok: true, next: 'draft' });
    expect(assistanceTransition(request('submitted'), { type: 'return', reason: ' ' }, OFFICER)).toMatchObject({ refusal: { code: 'reason_required' } });
  });

  it('refuses a focal point approving its own request, and OHCHR submitting on a State’s behalf', () => {
    expect(assistanceTransition(request('under_review'), { type: 'approve' }, FIJI_FOCAL)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(assistanceTransition(request('draft'), { type: 'submit' }, OFFICER)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
  });

  it('refuses a focal point of another State', () => {
    expect(assistanceTransition(request('draft'), { type: 'submit' }, user('state_focal_point', 'TON'))).toMatchObject({
      refusal: { code: 'not_own_state' },
    });
  });

  it('refuses monitors, administrators and the public', () => {
    expect(assistanceTransition(request('under_review'), { type: 'approve' }, NGO)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(assistanceTransition(request('under_review'), { type: 'approve' }, ADMIN)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(assistanceTransition(request('under_review'), { type: 'approve' }, PUBLIC)).toMatchObject({ refusal: { code: 'unauthenticated' } });
  });

  it('refuses steps out of order: approving a draft, implementing a declined request, editing once submitted', () => {
    expect(assistanceTransition(request('draft'), { type: 'approve' }, OFFICER)).toEqual({
      ok: false,
      refusal: { code: 'invalid_transition', reason: 'cannot approve an assistance request that is draft' },
    });
    expect(assistanceTransition(request('declined'), { type: 'start_implementation' }, OFFICER)).toMatchObject({
      refusal: { code: 'invalid_transition' },
    });
    expect(assistanceTransition(request('submitted'), { type: 'edit' }, FIJI_FOCAL)).toMatchObject({ refusal: { code: 'invalid_transition' } });
  });
});

describe('startAssistanceRequest', () => {
  it('lets a focal point draft a request for its own State only', () => {
    expect(startAssistanceRequest('FJI', FIJI_FOCAL)).toEqual({ ok: true, next: 'draft' });
    expect(startAssistanceRequest('TON', FIJI_FOCAL)).toMatchObject({ refusal: { code: 'not_own_state' } });
  });

  it('lets an OHCHR officer (a field office helping the State) draft for any State', () => {
    expect(startAssistanceRequest('TON', OFFICER)).toEqual({ ok: true, next: 'draft' });
  });

  it('refuses monitors, administrators, the public and an officer token without registry:write', () => {
    expect(startAssistanceRequest('FJI', NGO)).toEqual({
      ok: false,
      refusal: { code: 'role_not_allowed', reason: 'only a state_focal_point or an ohchr_officer may draft an assistance request, not a ngo_monitor' },
    });
    expect(startAssistanceRequest('FJI', ADMIN)).toMatchObject({ refusal: { code: 'role_not_allowed' } });
    expect(startAssistanceRequest('FJI', PUBLIC)).toMatchObject({ refusal: { code: 'unauthenticated' } });
    expect(startAssistanceRequest('FJI', user('ohchr_officer', null, ['audit:read']))).toMatchObject({ refusal: { code: 'missing_permission' } });
  });
});

describe('editing a draft', () => {
  it('is open to the State and to OHCHR while it is a draft, to nobody once submitted', () => {
    expect(assistanceTransition(request('draft'), { type: 'edit' }, OFFICER)).toEqual({ ok: true, next: 'draft' });
    expect(assistanceTransition(request('draft'), { type: 'edit' }, user('state_focal_point', 'TON'))).toMatchObject({ refusal: { code: 'not_own_state' } });
    expect(assistanceTransition(request('under_review'), { type: 'edit' }, OFFICER)).toMatchObject({ refusal: { code: 'invalid_transition' } });
  });
});

describe('availableAssistanceActions', () => {
  it('offers the State only submitting its draft, and OHCHR only the steps of the current status', () => {
    expect(availableAssistanceActions(request('draft'), FIJI_FOCAL)).toEqual(['submit']);
    expect(availableAssistanceActions(request('draft'), OFFICER)).toEqual([]);
    expect(availableAssistanceActions(request('under_review'), OFFICER)).toEqual(['return', 'approve', 'decline']);
    expect(availableAssistanceActions(request('approved'), OFFICER)).toEqual(['start_implementation']);
    expect(availableAssistanceActions(request('reported'), OFFICER)).toEqual([]);
  });

  it('offers nothing to another State, monitors or the public', () => {
    expect(availableAssistanceActions(request('draft'), user('state_focal_point', 'TON'))).toEqual([]);
    expect(availableAssistanceActions(request('under_review'), NGO)).toEqual([]);
    expect(availableAssistanceActions(request('under_review'), PUBLIC)).toEqual([]);
  });
});
