import { ADMIN, NGO, OFFICER, PUBLIC, user } from '../follow-up/test-actors';
import {
  assistanceDocumentRefusal,
  assistancePublishRefusal,
  assistanceReadDecision,
  assistanceSubmissionProblems,
  assistanceVisibility,
  disbursementRefusal,
  disbursementVoidRefusal,
  mayReadNonPublicClaims,
  type AssistanceDraftFacts,
  type AssistanceVisibilityFacts,
} from './assistance-policy';
import type { AssistanceStatus } from './assistance-workflow';

const FIJI_FOCAL = user('state_focal_point', 'FJI');
const TONGA_FOCAL = user('state_focal_point', 'TON');
const fiji = (status: AssistanceStatus, published = false): AssistanceVisibilityFacts => ({ stateIso3: 'FJI', status, published });

describe('assistanceReadDecision', () => {
  it('lets OHCHR (officers and administrators) read every request, drafts included', () => {
    expect(assistanceReadDecision(OFFICER, fiji('draft'))).toBe('allow');
    expect(assistanceReadDecision(ADMIN, fiji('declined'))).toBe('allow');
  });

  it('lets a focal point read its own State’s requests in any status, and hides another State’s unpublished ones', () => {
    expect(assistanceReadDecision(FIJI_FOCAL, fiji('draft'))).toBe('allow');
    expect(assistanceReadDecision(FIJI_FOCAL, fiji('declined'))).toBe('allow');
    expect(assistanceReadDecision(TONGA_FOCAL, fiji('approved'))).toBe('hidden');
  });

  it('shows the public and monitors an approved request only once published', () => {
    expect(assistanceReadDecision(PUBLIC, fiji('approved'))).toBe('hidden');
    expect(assistanceReadDecision(PUBLIC, fiji('approved', true))).toBe('allow');
    expect(assistanceReadDecision(NGO, fiji('completed', true))).toBe('allow');
    expect(assistanceReadDecision(TONGA_FOCAL, fiji('reported', true))).toBe('allow');
  });

  it('never shows the public a submitted, reviewed or declined request, whatever its published flag', () => {
    for (const status of ['draft', 'submitted', 'under_review', 'declined'] as const) {
      expect(assistanceReadDecision(PUBLIC, fiji(status, true))).toBe('hidden');
    }
  });

  it('does not treat a focal point token without assessments:submit as the State', () => {
    expect(assistanceReadDecision(user('state_focal_point', 'FJI', ['audit:read']), fiji('draft'))).toBe('hidden');
  });
});

describe('assistanceVisibility', () => {
  it('gives the SQL filter that matches the read decision', () => {
    expect(assistanceVisibility(OFFICER)).toEqual({ all: true, ownStateIso3: null, publicStatuses: ['approved', 'in_implementation', 'completed', 'reported'] });
    expect(assistanceVisibility(FIJI_FOCAL)).toMatchObject({ all: false, ownStateIso3: 'FJI' });
    expect(assistanceVisibility(NGO)).toMatchObject({ all: false, ownStateIso3: null });
    expect(assistanceVisibility(PUBLIC)).toMatchObject({ all: false, ownStateIso3: null });
  });

  it('only OHCHR reads status claims that are not public', () => {
    expect([OFFICER, ADMIN, FIJI_FOCAL, NGO, PUBLIC].map(mayReadNonPublicClaims)).toEqual([true, true, false, false, false]);
  });
});

describe('assistancePublishRefusal', () => {
  it('lets an OHCHR officer publish an approved request once', () => {
    expect(assistancePublishRefusal(fiji('approved'), OFFICER)).toBeNull();
    expect(assistancePublishRefusal(fiji('approved', true), OFFICER)).toEqual({ code: 'invalid_transition', reason: 'the request is already published' });
  });

  it('refuses publishing a request that is not approved, and anyone but an officer', () => {
    expect(assistancePublishRefusal(fiji('under_review'), OFFICER)).toEqual({
      code: 'invalid_transition',
      reason: 'only an approved request can be published; this one is under review',
    });
    expect(assistancePublishRefusal(fiji('approved'), FIJI_FOCAL)).toMatchObject({ code: 'role_not_allowed' });
    expect(assistancePublishRefusal(fiji('approved'), PUBLIC)).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('disbursementVoidRefusal', () => {
  it('lets the officer void a disbursement once, and nobody else', () => {
    expect(disbursementVoidRefusal({ voided: false }, OFFICER)).toBeNull();
    expect(disbursementVoidRefusal({ voided: true }, OFFICER)).toEqual({ code: 'invalid_transition', reason: 'this disbursement was already voided' });
    expect(disbursementVoidRefusal({ voided: false }, FIJI_FOCAL)).toMatchObject({ code: 'role_not_allowed' });
  });
});

describe('disbursementRefusal', () => {
  it('lets an OHCHR officer record disbursements from approval until the request is reported', () => {
    expect(['approved', 'in_implementation', 'completed'].map((s) => disbursementRefusal(fiji(s as AssistanceStatus), OFFICER))).toEqual([null, null, null]);
    expect(disbursementRefusal(fiji('reported'), OFFICER)).toMatchObject({ code: 'invalid_transition' });
    expect(disbursementRefusal(fiji('under_review'), OFFICER)).toEqual({
      code: 'invalid_transition',
      reason: 'money is disbursed only on an approved request until it is reported; this one is under review',
    });
  });

  it('refuses the State and administrators', () => {
    expect(disbursementRefusal(fiji('approved'), FIJI_FOCAL)).toMatchObject({ code: 'role_not_allowed' });
    expect(disbursementRefusal(fiji('approved'), ADMIN)).toMatchObject({ code: 'role_not_allowed' });
  });
});

describe('assistanceDocumentRefusal', () => {
  it('lets OHCHR officers and the State’s own focal point add documents, in any status', () => {
    expect(assistanceDocumentRefusal(fiji('draft'), FIJI_FOCAL)).toBeNull();
    expect(assistanceDocumentRefusal(fiji('completed', true), FIJI_FOCAL)).toBeNull();
    expect(assistanceDocumentRefusal(fiji('under_review'), OFFICER)).toBeNull();
  });

  it('refuses another State, monitors, administrators and the public', () => {
    expect(assistanceDocumentRefusal(fiji('draft'), TONGA_FOCAL)).toMatchObject({ code: 'not_own_state' });
    expect(assistanceDocumentRefusal(fiji('approved', true), NGO)).toMatchObject({ code: 'role_not_allowed' });
    expect(assistanceDocumentRefusal(fiji('approved', true), ADMIN)).toMatchObject({ code: 'role_not_allowed' });
    expect(assistanceDocumentRefusal(fiji('approved', true), PUBLIC)).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('assistanceSubmissionProblems', () => {
  const complete: AssistanceDraftFacts = { description: 'Training of the national mechanism', consentOn: '2026-02-01', consentBy: 'Minister of Justice', recommendationCount: 2, requestedMinor: 5_000_000n };

  it('accepts a draft with the State’s consent, a description, a linked recommendation and an amount', () => {
    expect(assistanceSubmissionProblems(complete)).toEqual([]);
  });

  it('names every missing piece, consent first among them', () => {
    expect(assistanceSubmissionProblems({ description: ' ', consentOn: null, consentBy: '', recommendationCount: 0, requestedMinor: 0n }).map((p) => p.field)).toEqual([
      'description',
      'consentOn',
      'consentBy',
      'recommendationIds',
      'requestedMinor',
    ]);
    expect(assistanceSubmissionProblems({ ...complete, consentOn: null })).toEqual([
      { field: 'consentOn', reason: 'record the date the State consented before submitting (HRC res 6/17)' },
    ]);
  });
});
