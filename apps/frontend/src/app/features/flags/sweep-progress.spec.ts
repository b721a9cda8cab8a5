import { sweepPercent, sweepProgressText } from './sweep-progress';

describe('sweep progress', () => {
  it('counts done and failed States against the total', () => {
    expect(sweepPercent({ total: 193, done: 0, failed: 0 })).toBe(0);
    expect(sweepPercent({ total: 193, done: 96, failed: 1 })).toBe(50);
    expect(sweepPercent({ total: 1, done: 1, failed: 0 })).toBe(100);
    expect(sweepPercent({ total: 0, done: 0, failed: 0 })).toBe(0);
  });

  it('says how far it is, in words', () => {
    expect(sweepProgressText({ total: 0, done: 0, failed: 0, running: true })).toBe('Starting…');
    expect(sweepProgressText({ total: 193, done: 12, failed: 0, running: true })).toBe('12 of 193 States evaluated');
    expect(sweepProgressText({ total: 193, done: 190, failed: 3, running: false })).toBe('190 of 193 States evaluated · 3 failed');
  });
});
