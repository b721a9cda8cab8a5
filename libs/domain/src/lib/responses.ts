/**
 * A State's response (position) to a recommendation.
 *
 * Only "supported" and "noted" are official UPR positions (HRC res 5/1 and
 * its practice). `supported_in_part` records the practice value seen in OHCHR
 * lists and national trackers ("Supported/Noted", "partially supported"); it
 * is not a third official position. `no_response` means no position was given.
 * Positions change over time (e.g. a mid-term report accepts previously noted
 * recommendations), so responses are kept as a history.
 */

export const RESPONSES = ['supported', 'noted', 'supported_in_part', 'no_response'] as const;
export type ResponseCode = (typeof RESPONSES)[number];

/** Positions recognised by the Human Rights Council. */
export const OFFICIAL_RESPONSES: readonly ResponseCode[] = ['supported', 'noted'];

export function isOfficialResponse(response: ResponseCode): boolean {
  switch (response) {
    case 'supported':
    case 'noted':
      return true;
    case 'supported_in_part':
    case 'no_response':
      return false;
  }
}

function normaliseLabel(raw: string): string {
  return raw
    .replace(/[\s\u0085]+/gu, ' ')
    .trim()
    .replace(/^(?:[-–—•*]\s*)+/u, '')
    .replace(/[.;:]+$/u, '')
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/gu, '/');
}

/**
 * Labels seen in exports, normalised (lower case, single spaces, no bullet).
 * "Accepted" is UPR Info's word for "supported"; "Rejected" is the wording
 * UPR Info and some early addenda used for what the Council records as
 * "noted".
 */
const RESPONSE_LABELS: ReadonlyMap<string, ResponseCode> = new Map<string, ResponseCode>([
  ['supported', 'supported'],
  ['support', 'supported'],
  ['accepted', 'supported'],
  ['accept', 'supported'],
  ['noted', 'noted'],
  ['note', 'noted'],
  ['not supported', 'noted'],
  ['not accepted', 'noted'],
  ['rejected', 'noted'],
  ['supported/noted', 'supported_in_part'],
  ['accepted/noted', 'supported_in_part'],
  ['partially supported', 'supported_in_part'],
  ['partially accepted', 'supported_in_part'],
  ['supported in part', 'supported_in_part'],
  ['accepted in part', 'supported_in_part'],
  ['supported partially', 'supported_in_part'],
  ['accepted partially', 'supported_in_part'],
  ['partly supported', 'supported_in_part'],
  ['partly accepted', 'supported_in_part'],
  ['no response', 'no_response'],
  ['no reply', 'no_response'],
  ['no position', 'no_response'],
  ['not responded', 'no_response'],
  ['without response', 'no_response'],
]);

/**
 * Maps a response label to its code, case-insensitively, tolerating
 * surrounding whitespace and "- " bullets (OHCHR UHRI multi-value cells).
 *
 * Returns undefined for an empty label, for "Voluntary Pledge" (UPR Info puts
 * it in the Response column, but a pledge is not a response — see
 * `isVoluntaryPledgeLabel`), for "pending"/"deferred" (a position still to
 * come is not "no response") and for anything unknown, so that importers can
 * report the value rather than guess.
 */
export function parseResponse(raw: string): ResponseCode | undefined {
  const label = normaliseLabel(raw);
  if (label === '') {
    return undefined;
  }
  return RESPONSE_LABELS.get(label);
}

/** True for the UPR Info "Response" value that marks a voluntary pledge ('Voluntary Pledge'). */
export function isVoluntaryPledgeLabel(raw: string): boolean {
  const label = normaliseLabel(raw);
  return label === 'voluntary pledge' || label === 'voluntary pledges';
}

export interface ResponseEntry {
  readonly response: ResponseCode;
  /** ISO date the State gave this position (addendum, plenary, mid-term report); null if unknown. */
  readonly respondedOn: string | null;
  /** ISO timestamp at which the entry was recorded in the tracker. */
  readonly recordedAt: string;
}

function timeOf(iso: string, field: keyof ResponseEntry): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) {
    throw new RangeError(`Invalid ${field} in response history: '${iso}'`);
  }
  return t;
}

/** Negative if a is older than b, positive if newer. */
function compareEntries(a: ResponseEntry, b: ResponseEntry): number {
  if (a.respondedOn !== b.respondedOn) {
    // An entry without a known response date yields to any dated one.
    if (a.respondedOn === null) {
      return -1;
    }
    if (b.respondedOn === null) {
      return 1;
    }
    const byDate = timeOf(a.respondedOn, 'respondedOn') - timeOf(b.respondedOn, 'respondedOn');
    if (byDate !== 0) {
      return byDate;
    }
  }
  return timeOf(a.recordedAt, 'recordedAt') - timeOf(b.recordedAt, 'recordedAt');
}

/**
 * The State's current position: the latest entry by `respondedOn`, then by
 * `recordedAt` (a correction recorded later wins for the same day). Entries
 * with an unknown `respondedOn` count as older than any dated entry; on a full
 * tie the entry listed last wins. An empty history means 'no_response'.
 * Throws a RangeError on an unparseable date.
 */
export function currentResponse(history: readonly ResponseEntry[]): ResponseCode {
  let latest: ResponseEntry | undefined;
  for (const entry of history) {
    timeOf(entry.recordedAt, 'recordedAt');
    if (entry.respondedOn !== null) {
      timeOf(entry.respondedOn, 'respondedOn');
    }
    if (latest === undefined || compareEntries(entry, latest) >= 0) {
      latest = entry;
    }
  }
  return latest === undefined ? 'no_response' : latest.response;
}
