import { readFileSync } from 'node:fs';
import type { IsoDate } from '@tracker/domain';
import type { ClockSetting } from '../../config/app-config';

/**
 * The time as the application sees it: deadlines, overdue lists, report dates and digests ask
 * this provider, never `new Date()`, so tests (and only tests: TEST_CLOCK needs NODE_ENV=test)
 * can move it.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in UTC ('YYYY-MM-DD'). */
  today(): IsoDate {
    return this.now().toISOString().slice(0, 10);
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Always the same instant. */
export class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }

  now(): Date {
    return new Date(this.at.getTime());
  }
}

function parseInstant(text: string, origin: string): Date {
  const raw = text.trim();
  const value = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T12:00:00Z` : raw;
  const ms = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`${origin}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, got "${raw}"`);
  return new Date(ms);
}

/** Reads the instant from a file at every call, so a browser test can move the server's time. */
export class FileClock extends Clock {
  constructor(private readonly path: string) {
    super();
  }

  now(): Date {
    return parseInstant(readFileSync(this.path, 'utf8'), `test clock file ${this.path}`);
  }
}

export function clockFor(setting: ClockSetting): Clock {
  switch (setting.kind) {
    case 'system':
      return new SystemClock();
    case 'fixed':
      return new FixedClock(parseInstant(setting.at, 'TEST_CLOCK'));
    case 'file':
      return new FileClock(setting.path);
  }
}
