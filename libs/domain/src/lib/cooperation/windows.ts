import { addDays, addMonths, isoDate, type IsoDate } from '../follow-up/calendar';

/**
 * Evaluation windows: the periods in which the sweep evaluates the rules for
 * each State, with a deterministic key ('2026-Q4', '2026-11', '2026') used in
 * job ids and the unique key of flags. Persistence: the same rule firing for
 * the same State in K consecutive windows (shared/notes/domain.md,
 * "Persistence"; issue 7).
 */

export const WINDOW_GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type WindowGranularity = (typeof WINDOW_GRANULARITIES)[number];

export interface WindowSettings {
  readonly granularity: WindowGranularity;
}

/** Convention of this tracker: quarterly windows. */
export const DEFAULT_WINDOW_SETTINGS: WindowSettings = { granularity: 'quarter' };

export interface EvaluationWindow {
  readonly key: string;
  readonly start: IsoDate;
  /** Last day of the window. */
  readonly end: IsoDate;
  /** The day the rules look from: the evaluation date, within the window. Rolling periods end here. */
  readonly asOf: IsoDate;
}

const MONTHS_PER: Readonly<Record<WindowGranularity, number>> = { month: 1, quarter: 3, year: 12 };

function keyOf(granularity: WindowGranularity, year: number, firstMonth: number): string {
  switch (granularity) {
    case 'month':
      return `${year}-${String(firstMonth).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${(firstMonth - 1) / 3 + 1}`;
    case 'year':
      return String(year);
  }
}

/** The window containing `date`, evaluated as of `date`. */
export function windowFor(date: IsoDate, settings: WindowSettings): EvaluationWindow {
  const [year, month] = isoDate(date, 'evaluation date').split('-').map(Number);
  const span = MONTHS_PER[settings.granularity];
  const firstMonth = Math.floor((month - 1) / span) * span + 1;
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  return { key: keyOf(settings.granularity, year, firstMonth), start, end: addDays(addMonths(start, span), -1), asOf: date };
}

/** Position of a window key on its granularity's time line, to compare and step keys. */
function parseKey(key: string): { readonly granularity: WindowGranularity; readonly index: number } {
  const month = /^(\d{4})-(\d{2})$/u.exec(key);
  if (month !== null && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { granularity: 'month', index: Number(month[1]) * 12 + Number(month[2]) - 1 };
  }
  const quarter = /^(\d{4})-Q([1-4])$/u.exec(key);
  if (quarter !== null) {
    return { granularity: 'quarter', index: Number(quarter[1]) * 4 + Number(quarter[2]) - 1 };
  }
  if (/^\d{4}$/u.test(key)) {
    return { granularity: 'year', index: Number(key) };
  }
  throw new RangeError(`Invalid evaluation window key '${key}' (expected 2026, 2026-Q4 or 2026-11)`);
}

/** Throws a RangeError unless `key` is a window key ('2026', '2026-Q4', '2026-11'). */
export function checkWindowKey(key: string): string {
  parseKey(key);
  return key;
}

/** Negative when `a` is an earlier window than `b`; throws a RangeError for keys of different granularities. */
export function compareWindowKeys(a: string, b: string): number {
  const [pa, pb] = [parseKey(a), parseKey(b)];
  if (pa.granularity !== pb.granularity) {
    throw new RangeError(`Cannot compare window '${a}' (${pa.granularity}) with '${b}' (${pb.granularity})`);
  }
  return pa.index - pb.index;
}

export interface PersistenceSettings {
  /** K: consecutive windows in which a rule must fire for its flag to be persistent. */
  readonly consecutiveWindows: number;
}

/** Convention of this tracker (no UN body defines it): two consecutive windows. */
export const DEFAULT_PERSISTENCE_SETTINGS: PersistenceSettings = { consecutiveWindows: 2 };

/**
 * Whether a rule's firings for one State are persistent in the current
 * window: it fired in the current window and in each of the K − 1 windows
 * just before it. A window missing from `firedWindows` breaks the run.
 */
export function isPersistent(
  history: { readonly currentWindow: string; readonly firedWindows: readonly string[] },
  settings: PersistenceSettings,
): boolean {
  const k = settings.consecutiveWindows;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`Persistence setting consecutiveWindows must be a whole number ≥ 1, got ${String(k)}`);
  }
  const current = parseKey(history.currentWindow);
  const fired = new Set<number>();
  for (const key of history.firedWindows) {
    const parsed = parseKey(key);
    if (parsed.granularity !== current.granularity) {
      throw new RangeError(`Window '${key}' is not a ${current.granularity} like '${history.currentWindow}'`);
    }
    fired.add(parsed.index);
  }
  for (let back = 0; back < k; back += 1) {
    if (!fired.has(current.index - back)) {
      return false;
    }
  }
  return true;
}
