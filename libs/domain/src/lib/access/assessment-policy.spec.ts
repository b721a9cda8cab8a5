import {
  assessmentCreateDecision,
  assessmentEditDecision,
  assessmentPublishDecision,
  assessmentReadDecision,
  assessmentSourceDecision,
  assessmentVisibility,
  mayListSources,
  type AssessmentFacts,
} from './assessment-policy';
import { ANONYMOUS, type Actor, type UserActor } from './roles';

const base: Omit<UserActor, 'role'> = { kind: 'user', userId: 'u', stateIso3: null, organisationId: null, institutionIds: [], tokenScopes: null };
const officer: Actor = { ...base, role: 'ohchr_officer' };
const admin: Actor = { ...base, role: 'administrator' };
const focalA: Actor = { ...base, role: 'state_focal_point', stateIso3: 'AAA' };
const focalB: Actor = { ...base, role: 'state_focal_point', stateIso3: 'BBB' };
const ngoX: Actor = { ...base, role: 'ngo_monitor', organisationId: 10 };
const ngoY: Actor = { ...base, role: 'ngo_monitor', organisationId: 20 };

const ngoConfidential: AssessmentFacts = { origin: 'civil_society', confidential: true, published: true, recommendationStateIso3: 'AAA', ownerOrganisationId: 10, ownerStateIso3: null };
const ngoPublic: AssessmentFacts = { ...ngoConfidential, confidential: false };
const ngoDraft: AssessmentFacts = { ...ngoPublic, published: false };
const reportOfB: AssessmentFacts = { origin: 'state', confidential: false, published: false, recommendationStateIso3: 'BBB', ownerOrganisationId: null, ownerStateIso3: 'BBB' };

describe('assessment policy', () => {
  it('hides a confidential civil-society assessment from State users, other NGOs and the public as if it did not exist', () => {
    for (const actor of [focalA, focalB, ngoY, ANONYMOUS]) {
      expect(assessmentReadDecision(actor, ngoConfidential)).toBe('hidden');
      expect(assessmentSourceDecision(actor, ngoConfidential)).toBe('hidden');
      expect(assessmentEditDecision(actor, ngoConfidential)).toBe('hidden');
    }
  });

  it('lets OHCHR and the filing organisation read a confidential assessment and its source', () => {
    for (const actor of [officer, admin, ngoX]) {
      expect(assessmentReadDecision(actor, ngoConfidential)).toBe('allow');
      expect(assessmentSourceDecision(actor, ngoConfidential)).toBe('allow');
    }
  });

  it('publishes the content of a published, non-confidential assessment but never its source', () => {
    expect(assessmentReadDecision(ANONYMOUS, ngoPublic)).toBe('allow');
    expect(assessmentReadDecision(focalA, ngoPublic)).toBe('allow');
    expect(assessmentSourceDecision(focalA, ngoPublic)).toBe('forbidden');
    expect(assessmentSourceDecision(ANONYMOUS, ngoPublic)).toBe('unauthenticated');
  });

  it('keeps civil-society drafts unacknowledged, and refuses another State report openly', () => {
    expect(assessmentReadDecision(focalA, ngoDraft)).toBe('hidden');
    expect(assessmentReadDecision(focalA, reportOfB)).toBe('forbidden');
    expect(assessmentReadDecision(ANONYMOUS, reportOfB)).toBe('unauthenticated');
    expect(assessmentReadDecision(focalB, reportOfB)).toBe('allow');
  });

  it('lets only the owner edit, and only while it is a draft: nobody edits another submission', () => {
    expect(assessmentEditDecision(ngoX, ngoDraft)).toBe('allow');
    expect(assessmentEditDecision(ngoX, ngoPublic)).toBe('forbidden');
    expect(assessmentEditDecision(officer, ngoDraft)).toBe('forbidden');
    expect(assessmentEditDecision(focalA, reportOfB)).toBe('forbidden');
    expect(assessmentEditDecision(focalB, reportOfB)).toBe('allow');
  });

  it('lets only OHCHR publish', () => {
    expect(assessmentPublishDecision(officer, ngoDraft)).toBe('allow');
    expect(assessmentPublishDecision(ngoX, ngoDraft)).toBe('forbidden');
    expect(assessmentPublishDecision(focalB, reportOfB)).toBe('forbidden');
    expect(assessmentPublishDecision(focalA, ngoConfidential)).toBe('hidden');
  });

  it('lets a focal point file reports only on its own State, monitors on any, OHCHR none', () => {
    expect(assessmentCreateDecision(focalA, 'AAA')).toEqual({ decision: 'allow', origin: 'state' });
    expect(assessmentCreateDecision(focalA, 'BBB')).toEqual({ decision: 'forbidden' });
    expect(assessmentCreateDecision(ngoX, 'BBB')).toEqual({ decision: 'allow', origin: 'civil_society' });
    expect(assessmentCreateDecision(officer, 'AAA')).toEqual({ decision: 'forbidden' });
    expect(assessmentCreateDecision(ANONYMOUS, 'AAA')).toEqual({ decision: 'unauthenticated' });
  });

  it('narrows lists and exports exactly as the row-by-row read rule', () => {
    expect(assessmentVisibility(officer)).toEqual({ all: true, ownOrganisationId: null, ownStateIso3: null });
    expect(assessmentVisibility(ngoX)).toEqual({ all: false, ownOrganisationId: 10, ownStateIso3: null });
    expect(assessmentVisibility(focalA)).toEqual({ all: false, ownOrganisationId: null, ownStateIso3: 'AAA' });
    expect(assessmentVisibility(ANONYMOUS)).toEqual({ all: false, ownOrganisationId: null, ownStateIso3: null });
    expect(mayListSources(officer)).toBe(true);
    expect(mayListSources(ngoX)).toBe(false);
  });

  it('follows the token scopes: a monitor token without the submit scope owns nothing', () => {
    const token: Actor = { ...base, role: 'ngo_monitor', organisationId: 10, tokenScopes: [] };
    expect(assessmentReadDecision(token, ngoConfidential)).toBe('hidden');
  });
});
