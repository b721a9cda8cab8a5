import { ANONYMOUS } from '../access';
import { claimVisible, partyOfOrganisation, reportEvidenceDecision, reportReadDecision, reportVisibility, type ClaimAccessFacts } from './follow-up-policy';
import { ADMIN, NGO, OFFICER, PUBLIC, user } from './test-actors';

const KENYA_FOCAL = user('state_focal_point', 'KEN');
const UGANDA_FOCAL = user('state_focal_point', 'UGA');

describe('reportReadDecision', () => {
  it('lets OHCHR and the State’s own focal points read a draft, and refuses it to others without hiding it', () => {
    const draft = { status: 'draft', stateIso3: 'KEN' } as const;
    expect(reportReadDecision(OFFICER, draft)).toBe('allow');
    expect(reportReadDecision(ADMIN, draft)).toBe('allow');
    expect(reportReadDecision(KENYA_FOCAL, draft)).toBe('allow');
    expect(reportReadDecision(UGANDA_FOCAL, draft)).toBe('forbidden');
    expect(reportReadDecision(NGO, draft)).toBe('forbidden');
    expect(reportReadDecision(PUBLIC, draft)).toBe('unauthenticated');
  });

  it('lets everyone read a published report', () => {
    const published = { status: 'published', stateIso3: 'KEN' } as const;
    for (const actor of [OFFICER, KENYA_FOCAL, UGANDA_FOCAL, NGO, PUBLIC]) expect(reportReadDecision(actor, published)).toBe('allow');
  });

  it('refuses a focal point whose API token lacks the submit scope', () => {
    expect(reportReadDecision(user('state_focal_point', 'KEN', []), { status: 'submitted', stateIso3: 'KEN' })).toBe('forbidden');
  });
});

describe('reportEvidenceDecision', () => {
  it('hides the evidence of an unpublished report from anyone who may not read the report', () => {
    const validated = { status: 'validated', stateIso3: 'KEN' } as const;
    expect(reportEvidenceDecision(UGANDA_FOCAL, validated)).toBe('hidden');
    expect(reportEvidenceDecision(ANONYMOUS, validated)).toBe('hidden');
    expect(reportEvidenceDecision(KENYA_FOCAL, validated)).toBe('allow');
    expect(reportEvidenceDecision(PUBLIC, { ...validated, status: 'published' })).toBe('allow');
  });
});

describe('reportVisibility', () => {
  it('matches the read decision as a filter', () => {
    expect(reportVisibility(OFFICER)).toEqual({ all: true, ownStateIso3: null });
    expect(reportVisibility(KENYA_FOCAL)).toEqual({ all: false, ownStateIso3: 'KEN' });
    expect(reportVisibility(NGO)).toEqual({ all: false, ownStateIso3: null });
    expect(reportVisibility(PUBLIC)).toEqual({ all: false, ownStateIso3: null });
  });
});

describe('partyOfOrganisation', () => {
  it('asserts as NHRI, UN entity, or NGO for every other civil-society organisation', () => {
    expect(partyOfOrganisation('nhri')).toBe('nhri');
    expect(partyOfOrganisation('un_entity')).toBe('un_entity');
    expect(partyOfOrganisation('ngo')).toBe('ngo');
    expect(partyOfOrganisation('academia')).toBe('ngo');
    expect(partyOfOrganisation('trade_union')).toBe('ngo');
  });
});

describe('claimVisible', () => {
  const confidentialOfOrg7: ClaimAccessFacts = { public: false, ownerOrganisationId: 7, ownerStateIso3: null };

  it('never shows a confidential claim to State users or the public, but to OHCHR and its own organisation', () => {
    expect(claimVisible(KENYA_FOCAL, confidentialOfOrg7)).toBe(false);
    expect(claimVisible(PUBLIC, confidentialOfOrg7)).toBe(false);
    expect(claimVisible(OFFICER, confidentialOfOrg7)).toBe(true);
    expect(claimVisible(NGO, confidentialOfOrg7)).toBe(true); // the test NGO belongs to organisation 7
    expect(claimVisible(user('ngo_monitor'), { ...confidentialOfOrg7, ownerOrganisationId: 8 })).toBe(false);
  });

  it('shows a public claim to everyone and a State’s own unpublished claim to its focal points', () => {
    expect(claimVisible(PUBLIC, { ...confidentialOfOrg7, public: true })).toBe(true);
    const ownState: ClaimAccessFacts = { public: false, ownerOrganisationId: null, ownerStateIso3: 'KEN' };
    expect(claimVisible(KENYA_FOCAL, ownState)).toBe(true);
    expect(claimVisible(UGANDA_FOCAL, ownState)).toBe(false);
  });
});
