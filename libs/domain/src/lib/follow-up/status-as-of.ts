import {
  implementationStatusRank,
  type AssertingParty,
  type ImplementationStatus,
} from '../implementation-status';
import { IMPLEMENTATION_STATUS_LABELS } from '../labels';
import { compareDates, instant, isoDate, type IsoDate } from './calendar';

/**
 * Implementation status of one recommendation over time, per asserting party.
 *
 * Every status claim is an event with the party asserting it and the date it
 * takes effect; stakeholders disagree, so statuses are never merged across
 * parties. Sources: shared/notes/domain.md, "Implementation status" (record who
 * asserts each status, when, on what evidence; show them side by side);
 * issue 5 ("status of any recommendation, per asserting party, as of any date").
 */

/** Where a status event comes from: a State implementation report, an independent assessment, an OHCHR record. */
export const STATUS_EVENT_SOURCES = ['state_report', 'assessment', 'ohchr'] as const;
export type StatusEventSource = (typeof STATUS_EVENT_SOURCES)[number];

export interface StatusEvent {
  readonly id: string;
  readonly party: AssertingParty;
  readonly status: ImplementationStatus;
  /** ISO date from which the status holds. */
  readonly effectiveOn: IsoDate;
  /** ISO timestamp (with Z or an offset) at which it was recorded; a later record corrects an earlier one for the same day. */
  readonly recordedAt: string;
  readonly source: StatusEventSource;
}

export type StatusByParty = { readonly [P in AssertingParty]?: StatusEvent };

function isLaterClaim(candidate: StatusEvent, held: StatusEvent): boolean {
  const byDate = compareDates(candidate.effectiveOn, held.effectiveOn);
  if (byDate !== 0) {
    return byDate > 0;
  }
  return instant(candidate.recordedAt, 'recordedAt') >= instant(held.recordedAt, 'recordedAt');
}

/**
 * Per party, the event in force on `date`: the latest `effectiveOn` on or
 * before it; for the same day, the latest recorded (a correction); on a full
 * tie, the one listed last. Parties with no event in force are absent.
 * `events` are those of one recommendation. Throws a RangeError on a bad date.
 */
export function statusAsOf(events: readonly StatusEvent[], date: IsoDate): StatusByParty {
  isoDate(date, 'as-of date');
  const latest = new Map<AssertingParty, StatusEvent>();
  for (const event of events) {
    instant(event.recordedAt, 'recordedAt');
    if (compareDates(event.effectiveOn, date) > 0) {
      continue;
    }
    const held = latest.get(event.party);
    if (held === undefined || isLaterClaim(event, held)) {
      latest.set(event.party, event);
    }
  }
  const byParty: { [P in AssertingParty]?: StatusEvent } = {};
  for (const [party, event] of latest) {
    byParty[party] = event;
  }
  return byParty;
}

/** Parties whose assessments are independent of the State's own claim. */
export const INDEPENDENT_PARTIES = ['nhri', 'ngo', 'un_entity', 'ohchr'] as const satisfies readonly AssertingParty[];
export type IndependentParty = (typeof INDEPENDENT_PARTIES)[number];

const PARTY_LABELS: Readonly<Record<AssertingParty, string>> = {
  state: 'State',
  nhri: 'NHRI',
  ngo: 'NGO',
  un_entity: 'UN entity',
  ohchr: 'OHCHR',
};

export interface PartyDisagreement {
  readonly party: IndependentParty;
  readonly stateStatus: ImplementationStatus;
  readonly partyStatus: ImplementationStatus;
  /** Distance on the scale not → partially → fully implemented (1 or 2). */
  readonly gap: number;
  /** 'state_claims_more': the State reports more progress than the independent party sees. */
  readonly direction: 'state_claims_more' | 'state_claims_less';
  readonly explanation: string;
}

export interface DisagreementSummary {
  /** The State's claim, or null when the State has made none (nothing to disagree with). */
  readonly stateStatus: ImplementationStatus | null;
  readonly disagree: boolean;
  /** Largest gap among the disagreements; 0 when none. */
  readonly maxGap: number;
  readonly items: readonly PartyDisagreement[];
}

/**
 * Where independent assessments (NHRI, NGO, UN entity, OHCHR) differ from the
 * State's claim, and by how many ranks. "No information" on either side is
 * not a claim and is never counted as a disagreement.
 */
export function disagreements(statusByParty: StatusByParty): DisagreementSummary {
  const stateStatus = statusByParty.state?.status ?? null;
  if (stateStatus === null || stateStatus === 'no_information') {
    return { stateStatus, disagree: false, maxGap: 0, items: [] };
  }
  const items: PartyDisagreement[] = [];
  for (const party of INDEPENDENT_PARTIES) {
    const partyStatus = statusByParty[party]?.status;
    if (partyStatus === undefined || partyStatus === 'no_information' || partyStatus === stateStatus) {
      continue;
    }
    const difference = implementationStatusRank(stateStatus) - implementationStatusRank(partyStatus);
    const gap = Math.abs(difference);
    items.push({
      party,
      stateStatus,
      partyStatus,
      gap,
      direction: difference > 0 ? 'state_claims_more' : 'state_claims_less',
      explanation:
        `State says ${IMPLEMENTATION_STATUS_LABELS[stateStatus].toLowerCase()}, ` +
        `${PARTY_LABELS[party]} says ${IMPLEMENTATION_STATUS_LABELS[partyStatus].toLowerCase()}: ` +
        `gap of ${gap} rank${gap === 1 ? '' : 's'}`,
    });
  }
  return { stateStatus, disagree: items.length > 0, maxGap: Math.max(0, ...items.map((i) => i.gap)), items };
}
