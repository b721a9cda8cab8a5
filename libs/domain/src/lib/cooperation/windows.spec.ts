import { compareWindowKeys, isPersistent, windowFor } from './windows';

describe('windowFor', () => {
  it('puts 15 November 2026 in the quarterly window 2026-Q4, evaluated as of that day', () => {
    expect(windowFor('2026-11-15', { granularity: 'quarter' })).toEqual({ key: '2026-Q4', start: '2026-10-01', end: '2026-12-31', asOf: '2026-11-15' });
  });

  it('names monthly and yearly windows deterministically', () => {
    expect(windowFor('2028-02-29', { granularity: 'month' })).toEqual({ key: '2028-02', start: '2028-02-01', end: '2028-02-29', asOf: '2028-02-29' });
    expect(windowFor('2026-01-01', { granularity: 'year' })).toMatchObject({ key: '2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('gives the same key to every day of a quarter', () => {
    expect(['2026-04-01', '2026-05-17', '2026-06-30'].map((d) => windowFor(d, { granularity: 'quarter' }).key)).toEqual(['2026-Q2', '2026-Q2', '2026-Q2']);
  });
});

describe('compareWindowKeys', () => {
  it('orders windows across a year boundary, and refuses to mix granularities', () => {
    expect(compareWindowKeys('2025-Q4', '2026-Q1')).toBeLessThan(0);
    expect(compareWindowKeys('2026-01', '2025-12')).toBeGreaterThan(0);
    expect(() => compareWindowKeys('2026', '2026-Q1')).toThrow(/Cannot compare/);
    expect(() => compareWindowKeys('2026-Q5', '2026-Q1')).toThrow(/Invalid evaluation window key/);
  });
});

describe('isPersistent', () => {
  it('is persistent when the rule fired in the current window and the K − 1 before it, across a year boundary', () => {
    expect(isPersistent({ currentWindow: '2026-Q1', firedWindows: ['2025-Q3', '2025-Q4', '2026-Q1'] }, { consecutiveWindows: 3 })).toBe(true);
  });

  it('is not persistent when one window in the run is missing', () => {
    expect(isPersistent({ currentWindow: '2026-Q1', firedWindows: ['2025-Q2', '2025-Q3', '2026-Q1'] }, { consecutiveWindows: 3 })).toBe(false);
  });

  it('is not persistent when the rule did not fire in the current window', () => {
    expect(isPersistent({ currentWindow: '2026-Q2', firedWindows: ['2025-Q4', '2026-Q1'] }, { consecutiveWindows: 2 })).toBe(false);
  });

  it('refuses K below 1 and mixed granularities', () => {
    expect(() => isPersistent({ currentWindow: '2026-Q1', firedWindows: [] }, { consecutiveWindows: 0 })).toThrow(/consecutiveWindows/);
    expect(() => isPersistent({ currentWindow: '2026-Q1', firedWindows: ['2025'] }, { consecutiveWindows: 2 })).toThrow(/not a quarter/);
  });
});
