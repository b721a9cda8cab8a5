import { IMPLEMENTATION_STATUS_RANK, ASSERTING_PARTIES, type AssertingParty, type ImplementationStatus } from '../implementation-status';
import { addDays, compareDates, isoDate, type IsoDate } from '../follow-up/calendar';
import { statusAsOf, type StatusEvent } from '../follow-up/status-as-of';

/**
 * Results of an assistance request: which of its linked recommendations moved
 * in status during the assistance, and after it. Source: issue 6 ("Reporting
 * year … and results: which linked recommendations moved in status during and
 * after the assistance"). Statuses are compared per asserting party, never
 * merged (shared/notes/domain.md, "Implementation status").
 */

export interface LinkedStatusEvent extends StatusEvent {
  readonly recommendationId: string;
}

export interface AssistancePeriod {
  /** First day of the assistance (implementation start). */
  readonly start: IsoDate;
  /** Last day (completion), or null while it runs. */
  readonly end: IsoDate | null;
  /** The date the results are looked at (today, or a report's cut-off). */
  readonly asOf: IsoDate;
}

export type StatusMovement = 'improved' | 'regressed' | 'unchanged' | 'unknown';

export interface PartyMovement {
  readonly party: AssertingParty;
  /** Status on the eve of the assistance. */
  readonly before: ImplementationStatus | null;
  /** Status at its end (or on `asOf` while it runs). */
  readonly atEnd: ImplementationStatus | null;
  /** Status on `asOf`; null while the assistance runs. */
  readonly afterwards: ImplementationStatus | null;
  readonly during: StatusMovement;
  /** Null while the assistance runs. */
  readonly after: StatusMovement | null;
}

export interface RecommendationMovement {
  readonly recommendationId: string;
  /** True when some party's status improved or regressed, during or after. */
  readonly moved: boolean;
  readonly byParty: readonly PartyMovement[];
}

function movement(from: ImplementationStatus | null, to: ImplementationStatus | null): StatusMovement {
  if (from === null || to === null || from === 'no_information' || to === 'no_information') {
    return 'unknown';
  }
  const difference = IMPLEMENTATION_STATUS_RANK[to] - IMPLEMENTATION_STATUS_RANK[from];
  return difference > 0 ? 'improved' : difference < 0 ? 'regressed' : 'unchanged';
}

function changed(m: StatusMovement | null): boolean {
  return m === 'improved' || m === 'regressed';
}

/**
 * For each linked recommendation (in the order given) and each party that has
 * asserted a status on it, the status on the eve of the assistance, at its
 * end and on `asOf`, and the movement in each phase. "No information", or no
 * status at all, makes the movement 'unknown'. Throws a RangeError when the
 * period is out of order.
 */
export function statusMovementDuringAssistance(
  linked: { readonly recommendationIds: readonly string[]; readonly events: readonly LinkedStatusEvent[] },
  period: AssistancePeriod,
): RecommendationMovement[] {
  const start = isoDate(period.start, 'period start');
  const asOf = isoDate(period.asOf, 'period asOf');
  const end = period.end === null ? null : isoDate(period.end, 'period end');
  if ((end !== null && (compareDates(end, start) < 0 || compareDates(asOf, end) < 0)) || compareDates(asOf, start) < 0) {
    throw new RangeError(`Assistance period out of order: start ${start}, end ${end ?? 'open'}, as of ${asOf}`);
  }
  const eve = addDays(start, -1);
  return linked.recommendationIds.map((recommendationId) => {
    const events = linked.events.filter((e) => e.recommendationId === recommendationId);
    const before = statusAsOf(events, eve);
    const atEnd = statusAsOf(events, end ?? asOf);
    const afterwards = end === null ? null : statusAsOf(events, asOf);
    const parties = ASSERTING_PARTIES.filter((p) => events.some((e) => e.party === p));
    const byParty = parties.map((party): PartyMovement => {
      const b = before[party]?.status ?? null;
      const e = atEnd[party]?.status ?? null;
      const a = afterwards === null ? null : (afterwards[party]?.status ?? null);
      return {
        party,
        before: b,
        atEnd: e,
        afterwards: a,
        during: movement(b, e),
        after: afterwards === null ? null : movement(e, a),
      };
    });
    return { recommendationId, moved: byParty.some((m) => changed(m.during) || changed(m.after)), byParty };
  });
}
