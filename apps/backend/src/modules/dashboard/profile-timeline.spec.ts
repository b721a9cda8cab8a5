import { datedReviews } from './profile-timeline';

describe('datedReviews', () => {
  it('dates UPR reviews by the opening day of their session and treaty reviews by their concluding observations, oldest first', () => {
    expect(
      datedReviews([
        { kind: 'treaty_body', body: 'CAT', session: null, cycle: null, date: '2024-03-10', recommendations: 4 },
        { kind: 'upr', body: 'UPR', session: 41, cycle: 4, date: null, recommendations: 12 },
        { kind: 'upr', body: 'UPR', session: 10, cycle: 1, date: null, recommendations: 3 },
      ]),
    ).toEqual([
      // Session 10's opening day is not confirmed by a source: flagged as approximate.
      { kind: 'upr', body: 'UPR', session: 10, cycle: 1, date: '2011-01-24', approximate: true, recommendations: 3 },
      { kind: 'upr', body: 'UPR', session: 41, cycle: 4, date: '2022-11-07', approximate: false, recommendations: 12 },
      { kind: 'treaty_body', body: 'CAT', session: null, cycle: null, date: '2024-03-10', approximate: false, recommendations: 4 },
    ]);
  });

  it('takes the cycle from the session when the record has none, and leaves out reviews it cannot date', () => {
    expect(
      datedReviews([
        { kind: 'upr', body: 'UPR', session: 30, cycle: null, date: null, recommendations: 1 },
        { kind: 'upr', body: 'UPR', session: 99, cycle: null, date: null, recommendations: 1 },
        { kind: 'treaty_body', body: 'CCPR', session: null, cycle: null, date: null, recommendations: 1 },
      ]),
    ).toEqual([{ kind: 'upr', body: 'UPR', session: 30, cycle: 3, date: '2018-05-07', approximate: true, recommendations: 1 }]);
  });
});
