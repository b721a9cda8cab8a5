import { ADMIN, NGO, OFFICER, PUBLIC, user } from './test-actors';
import { reportTransition, startReport, type ReportFacts, type ReportStatus } from './report-workflow';

const KENYA_FOCAL = user('state_focal_point', 'KEN');
const report = (status: ReportStatus): ReportFacts => ({ status, stateIso3: 'KEN' });

describe('reportTransition', () => {
  it('lets a State focal point edit and submit its own State’s draft', () => {
    expect(reportTransition(report('draft'), { type: 'edit' }, KENYA_FOCAL)).toEqual({ ok: true, next: 'draft' });
    expect(reportTransition(report('draft'), { type: 'submit' }, KENYA_FOCAL)).toEqual({ ok: true, next: 'submitted' });
  });

  it('lets an OHCHR officer return a submitted report with comments, and the focal point edit and resubmit it', () => {
    expect(reportTransition(report('submitted'), { type: 'return', comments: 'Attach the 2024 decree.' }, OFFICER)).toEqual({
      ok: true,
      next: 'returned',
    });
    expect(reportTransition(report('returned'), { type: 'edit' }, KENYA_FOCAL)).toEqual({ ok: true, next: 'returned' });
    expect(reportTransition(report('returned'), { type: 'submit' }, KENYA_FOCAL)).toEqual({ ok: true, next: 'submitted' });
  });

  it('lets an OHCHR officer validate a submitted report, then publish it', () => {
    expect(reportTransition(report('submitted'), { type: 'validate' }, OFFICER)).toEqual({ ok: true, next: 'validated' });
    expect(reportTransition(report('validated'), { type: 'publish' }, OFFICER)).toEqual({ ok: true, next: 'published' });
  });

  it('refuses a return without comments', () => {
    expect(reportTransition(report('submitted'), { type: 'return', comments: '  ' }, OFFICER)).toEqual({
      ok: false,
      refusal: { code: 'reason_required', reason: expect.stringContaining('comments') },
    });
  });

  it('refuses a focal point acting on another State’s report', () => {
    const result = reportTransition(report('draft'), { type: 'submit' }, user('state_focal_point', 'UGA'));
    expect(result).toEqual({ ok: false, refusal: { code: 'not_own_state', reason: expect.stringContaining('UGA') } });
  });

  it('refuses a focal point validating or publishing, even its own State’s report', () => {
    expect(reportTransition(report('submitted'), { type: 'validate' }, KENYA_FOCAL)).toMatchObject({
      ok: false,
      refusal: { code: 'role_not_allowed' },
    });
    expect(reportTransition(report('validated'), { type: 'publish' }, KENYA_FOCAL)).toMatchObject({
      ok: false,
      refusal: { code: 'role_not_allowed' },
    });
  });

  it('gives no part in the workflow to NGO monitors or administrators', () => {
    expect(reportTransition(report('draft'), { type: 'submit' }, NGO)).toMatchObject({ ok: false, refusal: { code: 'role_not_allowed' } });
    expect(reportTransition(report('submitted'), { type: 'validate' }, ADMIN)).toMatchObject({
      ok: false,
      refusal: { code: 'role_not_allowed' },
    });
  });

  it('asks the public to sign in', () => {
    expect(reportTransition(report('validated'), { type: 'publish' }, PUBLIC)).toMatchObject({
      ok: false,
      refusal: { code: 'unauthenticated' },
    });
  });

  it('refuses an officer’s API token that lacks the review scope', () => {
    const token = user('ohchr_officer', null, ['registry:write']);
    expect(reportTransition(report('submitted'), { type: 'validate' }, token)).toEqual({
      ok: false,
      refusal: { code: 'missing_permission', reason: expect.stringContaining('assessments:review') },
    });
  });

  it('refuses actions that do not apply to the current status', () => {
    expect(reportTransition(report('published'), { type: 'edit' }, KENYA_FOCAL)).toEqual({
      ok: false,
      refusal: { code: 'invalid_transition', reason: 'a published report cannot be edited' },
    });
    expect(reportTransition(report('draft'), { type: 'publish' }, OFFICER)).toMatchObject({ refusal: { code: 'invalid_transition' } });
    expect(reportTransition(report('validated'), { type: 'return', comments: 'Too late' }, OFFICER)).toMatchObject({
      refusal: { code: 'invalid_transition' },
    });
    expect(reportTransition(report('submitted'), { type: 'submit' }, KENYA_FOCAL)).toMatchObject({ refusal: { code: 'invalid_transition' } });
  });
});

describe('startReport', () => {
  it('lets a focal point draft a report for its own State only', () => {
    expect(startReport('KEN', KENYA_FOCAL)).toEqual({ ok: true, next: 'draft' });
    expect(startReport('UGA', KENYA_FOCAL)).toMatchObject({ ok: false, refusal: { code: 'not_own_state' } });
    expect(startReport('KEN', OFFICER)).toMatchObject({ ok: false, refusal: { code: 'role_not_allowed' } });
  });
});
