import type { CountableRecord, StandingInvitationRecord } from './records';
import {
  SP_COMMUNICATIONS_UNANSWERED,
  SP_NO_STANDING_INVITATION,
  SP_REPLY_RATE_LOW,
  SP_VISITS_DECLINED,
  SP_VISIT_REQUESTS_UNANSWERED,
} from './special-procedure-rules';
import { NOV_2026, STATE, letter, visit } from './test-records';

const unansweredVisits = (records: readonly CountableRecord[]) =>
  SP_VISIT_REQUESTS_UNANSWERED.evaluate(records, NOV_2026, SP_VISIT_REQUESTS_UNANSWERED.defaultSettings);
const declined = (records: readonly CountableRecord[]) => SP_VISITS_DECLINED.evaluate(records, NOV_2026, SP_VISITS_DECLINED.defaultSettings);
const invitation = (records: readonly CountableRecord[]) => SP_NO_STANDING_INVITATION.evaluate(records, NOV_2026, {});
const unansweredLetters = (records: readonly CountableRecord[]) =>
  SP_COMMUNICATIONS_UNANSWERED.evaluate(records, NOV_2026, SP_COMMUNICATIONS_UNANSWERED.defaultSettings);
const replyRate = (records: readonly CountableRecord[]) => SP_REPLY_RATE_LOW.evaluate(records, NOV_2026, SP_REPLY_RATE_LOW.defaultSettings);

const standing = (extendedOn: string, withdrawnOn: string | null = null): StandingInvitationRecord => ({
  kind: 'standing_invitation',
  id: 'si-1',
  stateIso3: STATE,
  extendedOn,
  withdrawnOn,
});

describe('visit requests unanswered after a reminder', () => {
  it('fires, medium, for a request with no answer more than 24 months after the latest reminder', () => {
    const request = visit('v1', 'SR on freedom of expression', [
      ['requested', '2022-03-01'],
      ['reminder', '2023-06-01'],
      ['reminder', '2024-10-01'],
    ]);
    expect(unansweredVisits([request])).toEqual({
      ruleId: 'sp_visit_requests_unanswered',
      fired: true,
      severity: 'medium',
      evidence: [{ kind: 'visit_request', id: 'v1' }],
      explanation: '1 visit request unanswered more than 24 months after the latest reminder: SR on freedom of expression (reminder 2024-10-01).',
    });
  });

  it('does not fire within 24 months of the reminder', () => {
    expect(unansweredVisits([visit('v1', 'SR on torture', [['requested', '2023-01-10'], ['reminder', '2025-01-10']])]).fired).toBe(false);
  });

  it('does not fire once the State acknowledged the reminder', () => {
    const request = visit('v1', 'SR on torture', [
      ['requested', '2021-01-10'],
      ['reminder', '2022-01-10'],
      ['acknowledged', '2022-02-01'],
    ]);
    expect(unansweredVisits([request]).fired).toBe(false);
  });

  it('does not fire for a request never reminded', () => {
    expect(unansweredVisits([visit('v1', 'WG on arbitrary detention', [['requested', '2019-05-01']])]).fired).toBe(false);
  });
});

describe('visits declined', () => {
  it('fires, low, for a visit declined within the last 24 months', () => {
    const request = visit('v2', 'SR on human rights defenders', [['requested', '2024-01-15'], ['declined', '2025-02-01']]);
    expect(declined([request])).toMatchObject({ fired: true, severity: 'low', evidence: [{ kind: 'visit_request', id: 'v2' }] });
  });

  it('forgets a decline older than the rolling window', () => {
    expect(declined([visit('v2', 'SR on human rights defenders', [['declined', '2024-11-15']])]).fired).toBe(false);
  });
});

describe('no standing invitation', () => {
  it('fires, low, with no evidence record, when the State never extended one', () => {
    expect(invitation([])).toEqual({
      ruleId: 'sp_no_standing_invitation',
      fired: true,
      severity: 'low',
      evidence: [],
      explanation: 'The State has not extended a standing invitation.',
    });
  });

  it('does not fire while an invitation is in force', () => {
    expect(invitation([standing('2011-03-01')]).fired).toBe(false);
  });

  it('fires, citing the invitation, once it was withdrawn', () => {
    expect(invitation([standing('2011-03-01', '2024-06-30')])).toMatchObject({ fired: true, evidence: [{ kind: 'standing_invitation', id: 'si-1' }] });
  });
});

describe('communications unanswered after 60 days', () => {
  it('fires, low, for an urgent appeal with no reply 60 days after it was sent', () => {
    expect(unansweredLetters([letter('c1', '2026-08-01', null, 'urgent_appeal')])).toMatchObject({
      fired: true,
      severity: 'low',
      evidence: [{ kind: 'communication', id: 'c1' }],
      explanation: expect.stringContaining('urgent appeal of 2026-08-01'),
    });
  });

  it('does not fire during the 60 days, nor after a reply, even a late one', () => {
    expect(unansweredLetters([letter('c1', '2026-10-01', null), letter('c2', '2026-03-01', '2026-07-15')]).fired).toBe(false);
  });

  it('leaves letters older than the rolling 24 months to history', () => {
    expect(unansweredLetters([letter('c1', '2024-06-01', null)]).fired).toBe(false);
  });
});

describe('reply rate', () => {
  it('fires, medium, when fewer than half the communications due a reply were answered over 24 months', () => {
    const records = [letter('c1', '2025-01-10', '2025-02-20'), letter('c2', '2025-04-01', null), letter('c3', '2025-09-01', null), letter('c4', '2026-02-01', null)];
    expect(replyRate(records)).toMatchObject({
      fired: true,
      severity: 'medium',
      evidence: ['c1', 'c2', 'c3', 'c4'].map((id) => ({ kind: 'communication', id })),
      explanation: 'Replied to 1 of 4 communications (25%) in the 24 months to 2026-11-15, below 50%.',
    });
  });

  it('does not fire at or above the threshold', () => {
    const records = [letter('c1', '2025-01-10', '2025-02-20'), letter('c2', '2025-04-01', null), letter('c3', '2025-09-01', '2025-10-01'), letter('c4', '2026-02-01', null)];
    expect(replyRate(records).fired).toBe(false);
  });

  it('does not compute a rate over fewer than 3 communications', () => {
    expect(replyRate([letter('c1', '2025-04-01', null), letter('c2', '2025-09-01', null)]).fired).toBe(false);
  });
});
