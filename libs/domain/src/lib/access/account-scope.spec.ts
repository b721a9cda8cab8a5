import { accountScopeProblems, lastAdministratorProblem, type ScopeFacts } from './account-scope';

const facts: ScopeFacts = {
  stateExists: true,
  organisation: { kind: 'ngo', stateIso3: 'SVN' },
  institutions: [
    { id: 1, stateIso3: 'SVN' },
    { id: 2, stateIso3: 'HRV' },
  ],
};

describe('account scope', () => {
  it('binds a focal point to one existing State and to institutions of that State only', () => {
    expect(accountScopeProblems({ role: 'state_focal_point', stateIso3: 'SVN', organisationId: null, institutionIds: [1] }, facts)).toEqual([]);
    expect(accountScopeProblems({ role: 'state_focal_point', stateIso3: null, organisationId: null, institutionIds: [] }, facts)).toEqual([
      { field: 'stateIso3', reason: 'is required for a State focal point' },
    ]);
    expect(accountScopeProblems({ role: 'state_focal_point', stateIso3: 'SVN', organisationId: null, institutionIds: [2, 9] }, facts)).toEqual([
      { field: 'institutionIds', reason: 'unknown stakeholder(s): 9' },
      { field: 'institutionIds', reason: 'stakeholder(s) 2 do not belong to SVN' },
    ]);
  });

  it('binds a monitor to one civil-society organisation', () => {
    expect(accountScopeProblems({ role: 'ngo_monitor', stateIso3: null, organisationId: 5, institutionIds: [] }, facts)).toEqual([]);
    expect(accountScopeProblems({ role: 'ngo_monitor', stateIso3: null, organisationId: 5, institutionIds: [] }, { ...facts, organisation: { kind: 'government_institution', stateIso3: 'SVN' } })).toEqual([
      { field: 'organisationId', reason: 'must be a civil-society organisation (ngo, nhri, academia, trade_union), not government_institution' },
    ]);
    expect(accountScopeProblems({ role: 'ngo_monitor', stateIso3: null, organisationId: 5, institutionIds: [] }, { ...facts, organisation: null })).toEqual([
      { field: 'organisationId', reason: 'stakeholder 5 does not exist' },
    ]);
  });

  it('refuses a scope on roles that have none', () => {
    expect(accountScopeProblems({ role: 'ohchr_officer', stateIso3: 'SVN', organisationId: 5, institutionIds: [1] }, facts)).toEqual([
      { field: 'stateIso3', reason: 'applies only to State focal points' },
      { field: 'organisationId', reason: 'applies only to NGO / NHRI monitors' },
      { field: 'institutionIds', reason: 'apply only to State focal points' },
    ]);
  });

  it('keeps at least one active administrator', () => {
    expect(lastAdministratorProblem({ currentRole: 'administrator', newRole: 'ohchr_officer', deactivate: false }, 1)).toMatch(/last active administrator/);
    expect(lastAdministratorProblem({ currentRole: 'administrator', newRole: 'administrator', deactivate: true }, 1)).toMatch(/last active administrator/);
    expect(lastAdministratorProblem({ currentRole: 'administrator', newRole: 'ohchr_officer', deactivate: false }, 2)).toBeNull();
    expect(lastAdministratorProblem({ currentRole: 'ngo_monitor', newRole: 'ngo_monitor', deactivate: true }, 1)).toBeNull();
  });
});
