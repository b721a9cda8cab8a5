import { COOPERATION_KINDS, kindOf } from './cooperation-kinds';
import { formBody, formValues, parseHistory } from './cooperation-form';

const visits = kindOf('visit-requests')?.fields ?? [];
const upr = kindOf('upr-participation')?.fields ?? [];

describe('cooperation record forms', () => {
  it('has a form for each of the eight kinds, each starting with the State', () => {
    expect(COOPERATION_KINDS.map((k) => k.path)).toEqual([
      'upr-participation',
      'treaty-ratifications',
      'treaty-reports',
      'follow-up-grades',
      'standing-invitations',
      'visit-requests',
      'communications',
      'reprisals-mentions',
    ]);
    expect(COOPERATION_KINDS.every((k) => k.fields[0]?.name === 'stateIso3')).toBe(true);
  });

  it('reads a visit history, one event per line', () => {
    expect(parseHistory('requested 2021-01-10\n\nReminder: 2022-01-10\ndates proposed 2023-01-01')).toEqual({
      events: [
        { status: 'requested', on: '2021-01-10' },
        { status: 'reminder', on: '2022-01-10' },
        { status: 'dates_proposed', on: '2023-01-01' },
      ],
    });
    expect(parseHistory('asked last year')).toEqual({ problem: '"asked last year" is not a status and a date like "requested 2021-01-10".' });
  });

  it('builds a new record’s body: numbers, events, capital ISO code, empty optional fields left out', () => {
    const values = { stateIso3: 'hrv', mandate: ' SR on torture ', history: 'requested 2021-01-10\nreminder 2022-01-10', source: '' };
    expect(formBody(visits, values, null)).toEqual({
      body: { stateIso3: 'HRV', mandate: 'SR on torture', history: [{ status: 'requested', on: '2021-01-10' }, { status: 'reminder', on: '2022-01-10' }] },
    });
  });

  it('clears an emptied optional field in an update, and sends the version', () => {
    const values = { ...formValues(upr, null), stateIso3: 'SVN', session: '48', reviewDate: '2025-01-28', nationalReport: 'done', troika: 'done', interactiveDialogue: 'done', responses: 'done', midTermReport: 'pending' };
    const result = formBody(upr, values, 3);
    expect(result).toEqual({ body: expect.objectContaining({ session: 48, adoptedOn: null, recommendationsCount: null, version: 3 }) });
  });

  it('names the fields the browser can already see are wrong', () => {
    expect(formBody(upr, { stateIso3: 'SVN', session: 'forty' }, null)).toEqual({
      problems: expect.objectContaining({ session: 'Enter a whole number.', reviewDate: 'Fill in this field.' }),
    });
  });

  it('fills the form from a record, the history as lines', () => {
    const values = formValues(visits, { id: 1, version: 2, stateIso3: 'HRV', mandate: 'SR on water', history: [{ status: 'dates_proposed', on: '2024-01-01' }], source: null });
    expect(values).toEqual({ stateIso3: 'HRV', mandate: 'SR on water', history: 'dates proposed 2024-01-01', source: '' });
  });
});
