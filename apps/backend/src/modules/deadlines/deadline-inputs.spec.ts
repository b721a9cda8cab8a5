import { deadlineContext, qualifyingDocument, type DeadlineInputRow } from './deadline-inputs';

const row = (over: Partial<DeadlineInputRow>): DeadlineInputRow => ({
  id: 1,
  mechanism: 'upr',
  body_code: 'UPR',
  session: null,
  issued_on: null,
  archived: false,
  review_date: null,
  adopted_on: null,
  communication_sent_on: null,
  ...over,
});

describe('deadlineContext', () => {
  it('takes the recorded UPR review date over the session opening, and the adoption date once known', () => {
    expect(deadlineContext(row({ session: 42, review_date: '2023-01-25', adopted_on: '2023-07-07' }))).toEqual({ mechanism: 'upr', reviewDate: '2023-01-25', adoptionDate: '2023-07-07' });
    expect(deadlineContext(row({ session: 42 }))).toEqual({ mechanism: 'upr', reviewDate: '2023-01-23', adoptionDate: null });
    expect(deadlineContext(row({ issued_on: '2019-05-01' }))).toEqual({ mechanism: 'upr', reviewDate: '2019-05-01', adoptionDate: null });
    expect(deadlineContext(row({}))).toBeNull();
  });

  it('counts treaty-body deadlines from the concluding observations, for treaty bodies only', () => {
    expect(deadlineContext(row({ mechanism: 'treaty_body', body_code: 'CAT', issued_on: '2024-05-10' }))).toEqual({ mechanism: 'treaty_body', body: 'CAT', concludingObservationsOn: '2024-05-10' });
    expect(deadlineContext(row({ mechanism: 'treaty_body', body_code: 'CAT' }))).toBeNull();
  });

  it('gives a special-procedure recommendation a reply deadline only when it is a recorded communication', () => {
    expect(deadlineContext(row({ mechanism: 'special_procedure', body_code: 'SR_TORTURE', issued_on: '2025-01-01' }))).toBeNull();
    expect(deadlineContext(row({ mechanism: 'special_procedure', communication_sent_on: '2025-03-10' }))).toEqual({ mechanism: 'special_procedure', communicationSentOn: '2025-03-10' });
  });

  it('computes nothing for an archived recommendation', () => {
    expect(deadlineContext(row({ session: 42, archived: true }))).toBeNull();
  });
});

describe('qualifyingDocument', () => {
  it('carries the workflow status of implementation reports only', () => {
    expect(qualifyingDocument({ recommendation_id: 1, kind: 'implementation_report', id: 'implementation_report:3', dated: '2025-01-02', status: 'returned' })).toEqual({
      id: 'implementation_report:3',
      kind: 'implementation_report',
      submittedOn: '2025-01-02',
      status: 'returned',
    });
    expect(qualifyingDocument({ recommendation_id: 1, kind: 'upr_responses', id: 'recommendation_response:9', dated: '2023-05-01', status: null })).toEqual({
      id: 'recommendation_response:9',
      kind: 'upr_responses',
      submittedOn: '2023-05-01',
    });
  });
});
