import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockFor } from './clock';

describe('clockFor', () => {
  it('answers a fixed date at noon UTC, so today() is that date', () => {
    const clock = clockFor({ kind: 'fixed', at: '2025-06-01T12:00:00Z' });
    expect(clock.today()).toBe('2025-06-01');
    expect(clock.now().toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('reads a file clock at every call, so a test can move the time', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'now');
    writeFileSync(file, '2025-06-01\n');
    const clock = clockFor({ kind: 'file', path: file });
    expect(clock.today()).toBe('2025-06-01');
    writeFileSync(file, '2025-08-01T23:30:00Z');
    expect(clock.today()).toBe('2025-08-01');
    writeFileSync(file, 'tomorrow');
    expect(() => clock.now()).toThrow(/expected YYYY-MM-DD/);
  });

  it('follows the system time by default', () => {
    const before = Date.now();
    const at = clockFor({ kind: 'system' }).now().getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });
});
